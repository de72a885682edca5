// Each sync anomaly of DOMAIN.md on a hand-built plant whose truth is known to the minute.
#include "analysisfixture.h"

#include "vocsync/analysis/resultjson.h"

#include <QJsonArray>
#include <QTest>

using namespace vocsync;
using namespace vocsync::analysis;
using fixture::at;

namespace {

struct Expected
{
    EventType type;
    QString facility;
    QString related;
    double startMin;
    double endMin;
};

const Event *find(const AnalysisResult &r, const Expected &x)
{
    for (const Event &e : r.events) {
        if (e.type == x.type && e.facility == x.facility && e.related == x.related &&
            std::abs(e.startMs - at(x.startMin)) <= 20'000 &&
            std::abs(e.endMs - at(x.endMin)) <= 20'000)
            return &e;
    }
    return nullptr;
}

QString describe(const AnalysisResult &r)
{
    QString s;
    for (const Event &e : r.events)
        s += QStringLiteral("\n  %1 %2/%3 %4..%5 min")
                 .arg(eventTypeKey(e.type), e.facility, e.related)
                 .arg(static_cast<double>(e.startMs - fixture::kT0) / 60000.0)
                 .arg(static_cast<double>(e.endMs - fixture::kT0) / 60000.0);
    return s;
}

const SyncFigures *syncOf(const AnalysisResult &r, const QString &p)
{
    for (const SyncFigures &s : r.sync)
        if (s.production == p)
            return &s;
    return nullptr;
}

} // namespace

class TestDetectors : public QObject
{
    Q_OBJECT

private:
    fixture::PlantBuilder m_b;
    AnalysisResult m_r;
    QList<Expected> m_expected;

    void pair(const QString &n, double lead = 0, double lag = 0)
    {
        m_b.facility(QStringLiteral("P") + n, FacilityKind::Production);
        m_b.facility(QStringLiteral("T") + n, FacilityKind::Treatment);
        m_b.link(QStringLiteral("P") + n, QStringLiteral("T") + n, lead, lag);
    }

private slots:
    void initTestCase()
    {
        const auto P = [](const char *n) -> QString { return QStringLiteral("P") + QLatin1String(n); };
        const auto T = [](const char *n) -> QString { return QStringLiteral("T") + QLatin1String(n); };
        pair(QStringLiteral("1")); // late start
        m_b.level(P("1"), 60, 300, 30);
        m_b.level(T("1"), 75, 310, 30);
        m_expected.append({EventType::LateStart, T("1"), P("1"), 60, 75});
        pair(QStringLiteral("2")); // never started
        m_b.level(P("2"), 100, 200, 30);
        m_expected.append({EventType::TreatmentNotStarted, T("2"), P("2"), 100, 200});
        pair(QStringLiteral("3")); // early stop
        m_b.level(P("3"), 300, 500, 30);
        m_b.level(T("3"), 290, 480, 30);
        m_expected.append({EventType::EarlyStop, T("3"), P("3"), 480, 500});
        pair(QStringLiteral("4")); // abnormal stop of 20 min; a 3 min stop raises nothing
        m_b.level(P("4"), 60, 400, 30);
        m_b.level(T("4"), 50, 150, 30);
        m_b.level(T("4"), 170, 250, 30);
        m_b.level(T("4"), 253, 410, 30);
        m_expected.append({EventType::TreatmentAbnormalStop, T("4"), P("4"), 150, 170});
        pair(QStringLiteral("5")); // idle for 30 min
        m_b.level(P("5"), 60, 400, 30);
        m_b.level(T("5"), 50, 410, 30);
        m_b.level(T("5"), 200, 230, 5);
        m_expected.append({EventType::TreatmentIdle, T("5"), P("5"), 200, 230});
        pair(QStringLiteral("6")); // slowed to 16 A (53 % of its power) for 40 min
        m_b.level(P("6"), 60, 400, 30);
        m_b.level(T("6"), 50, 410, 30);
        m_b.level(T("6"), 200, 240, 16);
        m_expected.append({EventType::TreatmentSlowdown, T("6"), P("6"), 200, 240});
        m_b.facility(P("7"), FacilityKind::Production); // overload, no treatment linked
        m_b.level(P("7"), 60, 120, 70);
        m_expected.append({EventType::OverLimit, P("7"), {}, 60, 120});
        pair(QStringLiteral("8")); // treatment meter silent for 40 min
        m_b.level(P("8"), 60, 400, 30);
        m_b.level(T("8"), 50, 410, 30);
        m_b.silence(T("8"), 100, 140);
        m_expected.append({EventType::DataGap, T("8"), {}, 100, 140});
        pair(QStringLiteral("9"), 10, 15); // lead 10 min, lag 15 min
        m_b.level(P("9"), 100, 300, 30);
        m_b.level(T("9"), 95, 305, 30);
        m_expected.append({EventType::LateStart, T("9"), P("9"), 90, 95}); // inside the lead
        m_expected.append({EventType::EarlyStop, T("9"), P("9"), 305, 315});
        pair(QStringLiteral("10")); // a 3 minute run raises nothing
        m_b.level(P("10"), 100, 103, 30);
        // One treatment serving two productions: its stop is an event for each.
        m_b.facility(QStringLiteral("P11a"), FacilityKind::Production);
        m_b.facility(QStringLiteral("P11b"), FacilityKind::Production);
        m_b.facility(T("11"), FacilityKind::Treatment);
        m_b.link(QStringLiteral("P11a"), T("11"));
        m_b.link(QStringLiteral("P11b"), T("11"));
        m_b.level(QStringLiteral("P11a"), 60, 300, 30);
        m_b.level(QStringLiteral("P11b"), 100, 300, 30);
        m_b.level(T("11"), 50, 150, 30);
        m_b.level(T("11"), 180, 310, 30);
        m_expected.append({EventType::TreatmentAbnormalStop, T("11"), QStringLiteral("P11a"), 150, 180});
        m_expected.append({EventType::TreatmentAbnormalStop, T("11"), QStringLiteral("P11b"), 150, 180});
        m_r = fixture::analyze(m_b, 600);
    }

    void everyExpectedEventIsFound()
    {
        for (const Expected &x : m_expected)
            QVERIFY2(find(m_r, x), qPrintable(QStringLiteral("missing %1 %2/%3; found:%4")
                                                  .arg(eventTypeKey(x.type), x.facility,
                                                       x.related, describe(m_r))));
    }

    void nothingElseIsFound()
    {
        QVERIFY2(m_r.events.size() == m_expected.size(), qPrintable(describe(m_r)));
    }

    void severityFollowsDuration()
    {
        const Event *notStarted = find(m_r, m_expected[1]);
        QVERIFY(notStarted);
        QCOMPARE(notStarted->severity, Severity::Alarm);
        const Event *late = find(m_r, m_expected[0]);
        QCOMPARE(late->severity, Severity::Warning); // 15 min < 30 min
        const Event *slow = find(m_r, m_expected[5]);
        QCOMPARE(slow->severity, Severity::Alarm); // 40 min
    }

    void evidenceCarriesTheValues()
    {
        const Event *late = find(m_r, m_expected[0]);
        QCOMPARE(late->evidence.value(QStringLiteral("delay_s")).toDouble(), 900.0);
        const Event *gap = find(m_r, m_expected[7]);
        QCOMPARE(gap->point, QStringLiteral("T8-M"));
        QCOMPARE(gap->evidence.value(QStringLiteral("interval_s")).toDouble(), 10.0);
    }

    void syncFigures()
    {
        const SyncFigures *s1 = syncOf(m_r, QStringLiteral("P1"));
        QVERIFY(s1);
        QCOMPARE(s1->productionMs, 240 * fixture::kMin);
        QCOMPARE(s1->syncMs, 225 * fixture::kMin);
        QCOMPARE(*s1->ratePercent(), 93.75);
        const SyncFigures *s2 = syncOf(m_r, QStringLiteral("P2"));
        QCOMPARE(*s2->ratePercent(), 0.0);
        // Unknown treatment time is left out of both and reported.
        const SyncFigures *s8 = syncOf(m_r, QStringLiteral("P8"));
        QCOMPARE(s8->unknownMs, 40 * fixture::kMin);
        QCOMPARE(s8->productionMs, 300 * fixture::kMin);
        QCOMPARE(*s8->ratePercent(), 100.0);
        // No treatment linked: no rate.
        const SyncFigures *s7 = syncOf(m_r, QStringLiteral("P7"));
        QVERIFY(!s7->ratePercent());
    }

    void enterpriseRateIsTimeWeighted()
    {
        std::int64_t prod = 0, sync = 0;
        for (const SyncFigures &s : m_r.sync) {
            if (s.treatments) {
                prod += s.productionMs;
                sync += s.syncMs;
            }
        }
        QCOMPARE(m_r.enterprises.size(), 1);
        QCOMPARE(*m_r.enterprises[0].syncRatePercent, 100.0 * double(sync) / double(prod));
        QVERIFY(m_r.enterprises[0].risk > 0);
    }

    void statesCoverThePeriod()
    {
        for (const FacilityStates &f : m_r.facilities) {
            QVERIFY(!f.states.empty());
            QCOMPARE(f.states.front().startMs, fixture::kT0);
            QCOMPARE(f.states.back().endMs, at(600));
            for (size_t i = 1; i < f.states.size(); ++i)
                QCOMPARE(f.states[i].startMs, f.states[i - 1].endMs);
        }
    }

    void configuredLimits()
    {
        // 70 A for 2 min on P7's meter against a limit of 65 A held 60 s; and a floor of 1 A
        // on T2 (never started) held 30 min.
        AnalysisOptions o;
        QuantityLimit high;
        high.pointId = QStringLiteral("P7-M");
        high.quantity = Quantity::CurrentA;
        high.above = 65;
        high.minDurationS = 60;
        QuantityLimit low;
        low.pointId = QStringLiteral("T2-M");
        low.quantity = Quantity::CurrentA;
        low.below = 1;
        low.minDurationS = 1800;
        o.limits = {high, low};
        const AnalysisResult r = fixture::analyze(m_b, 600, o);
        QList<Event> limits;
        for (const Event &e : r.events)
            if (e.type == EventType::OverLimit && !e.point.isEmpty())
                limits.append(e);
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits[0].point, QStringLiteral("T2-M"));
        QCOMPARE(limits[0].startMs, fixture::kT0);
        QCOMPARE(limits[0].endMs, at(600));
        QCOMPARE(limits[1].point, QStringLiteral("P7-M"));
        QCOMPARE(limits[1].startMs, at(60));
        QCOMPARE(limits[1].endMs, at(120));
        QCOMPARE(limits[1].evidence.value(QStringLiteral("above")).toDouble(), 65.0);
    }

    void jsonHasTheContractFields()
    {
        const QJsonObject j = toJson(m_r, QTimeZone("Asia/Shanghai"));
        for (const char *k : {"facilities", "sync", "enterprises", "events", "quality"})
            QVERIFY2(j.contains(QLatin1String(k)), k);
        const QJsonObject e = j.value(QStringLiteral("events")).toArray().at(0).toObject();
        for (const char *k : {"type", "facility", "related", "start", "end", "severity", "evidence"})
            QVERIFY2(e.contains(QLatin1String(k)), k);
        QVERIFY(e.value(QStringLiteral("start")).toString().endsWith(QStringLiteral("+08:00")));
    }
};

QTEST_APPLESS_MAIN(TestDetectors)
#include "tst_detectors.moc"
