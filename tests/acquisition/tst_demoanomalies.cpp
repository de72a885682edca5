// The demo simulator's injected ground truth: every anomaly type occurs, spread over
// enterprises and weeks, and each anomaly is visible in the samples it claims to affect.
#include "demotesthelpers.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/timeutil.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace demotest;

class TestDemoAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void anomalyTypesAllPresent_data();
    void anomalyTypesAllPresent();
    void anomaliesVisibleInData_data();
    void anomaliesVisibleInData();

private:
    std::int64_t lagMs(const InjectedAnomaly &a) const
    {
        for (const FacilityLink &l : m_plant.links) {
            if (l.productionId == a.relatedId && l.treatmentId == a.facilityId)
                return static_cast<std::int64_t>(l.lagMinutes * kMinute);
        }
        return -1;
    }

    const Plant m_plant = keyedPlant();
};

void TestDemoAnomalies::anomalyTypesAllPresent_data()
{
    anomaliesVisibleInData_data();
}

void TestDemoAnomalies::anomalyTypesAllPresent()
{
    QFETCH(quint64, seed);
    const QList<InjectedAnomaly> list =
        DemoSimulator(keyedPlant(), seed).anomalies(kMonday, kMonday + 30 * kDay);
    QHash<QString, int> byType;
    QHash<QString, int> byEnterprise;
    for (const InjectedAnomaly &a : list) {
        ++byType[a.type];
        ++byEnterprise[a.facilityId.left(3)];
        QVERIFY(a.endMs > a.startMs);
        QVERIFY(m_plant.facility(a.facilityId));
        QCOMPARE(a.relatedId.isEmpty(), a.type == QLatin1String("data_gap"));
        if (a.type != QLatin1String("data_gap"))
            QCOMPARE(m_plant.facility(a.facilityId)->kind, FacilityKind::Treatment);
    }
    for (const char *type :
         {"late_start", "treatment_idle", "treatment_slowdown", "treatment_abnormal_stop",
          "treatment_not_started", "early_stop", "data_gap"})
        QVERIFY2(byType.value(QLatin1String(type)) >= 1, type);
    for (const Enterprise &e : m_plant.enterprises)
        QVERIFY2(byEnterprise.value(e.id) >= 4, qPrintable(e.id));
    // Spread over time: anomalies in every week.
    QSet<std::int64_t> weeks;
    for (const InjectedAnomaly &a : list)
        weeks.insert((a.startMs - kMonday) / (7 * kDay));
    QVERIFY(weeks.size() >= 4);
    QString counts;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        counts += QStringLiteral(" %1=%2").arg(it.key()).arg(it.value());
    qInfo("30 days, %lld anomalies:%s", static_cast<long long>(list.size()), qPrintable(counts));
}

void TestDemoAnomalies::anomaliesVisibleInData_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("default") << quint64(DemoSimulator::kDefaultSeed);
    QTest::newRow("7") << quint64(7);
    QTest::newRow("123456789") << quint64(123456789);
}

void TestDemoAnomalies::anomaliesVisibleInData()
{
    QFETCH(quint64, seed);
    const DemoSimulator sim(keyedPlant(), seed);
    int slowdownsChecked = 0;
    for (const InjectedAnomaly &a : sim.anomalies(kMonday, kMonday + 30 * kDay)) {
        const QString what =
            QStringLiteral("%1 %2 (%3) %4")
                .arg(a.type, a.facilityId, a.relatedId, timeutil::toIso(a.startMs));
        const MonitoringPoint *tp = m_plant.pointsOf(a.facilityId).first();
        const bool slow = a.type == QLatin1String("treatment_slowdown");
        const std::int64_t margin = slow ? 3 * 3600'000 : 10 * kMinute;
        const auto ts = series(sim, tp->key, a.startMs - margin, a.endMs + margin);
        if (a.type == QLatin1String("data_gap")) {
            for (std::int64_t t = ceilTo10s(a.startMs); t < a.endMs; t += 10'000)
                QVERIFY2(!ts.count(t), qPrintable(what));
            QVERIFY2(ts.count(a.startMs - 10'000) && ts.count(a.endMs), qPrintable(what));
            continue;
        }
        const RunThresholds &th = m_plant.facility(a.facilityId)->thresholds;
        const RunThresholds &pth = m_plant.facility(a.relatedId)->thresholds;
        const std::uint32_t prodKey = m_plant.pointsOf(a.relatedId).first()->key;
        const auto ps = series(sim, prodKey, a.startMs, a.endMs);
        double normalKw = 0;
        if (slow) { // the treatment's own running level a few hours around the event
            QList<double> powers;
            for (const auto &[t, s] : ts) {
                if ((t < a.startMs - 30 * kMinute || t > a.endMs + 30 * kMinute) &&
                    s.value(Quantity::CurrentA) >= th.run)
                    powers << s.value(Quantity::PowerKw);
            }
            if (powers.size() < 100)
                continue;
            std::sort(powers.begin(), powers.end());
            normalKw = powers.at(powers.size() / 2);
            ++slowdownsChecked;
        }
        int n = 0;
        int good = 0;
        int considered = 0;
        int producing = 0;
        for (std::int64_t t = ceilTo10s(a.startMs); t < a.endMs; t += 10'000) {
            const auto it = ts.find(t);
            QVERIFY2(it != ts.end(), qPrintable(what));
            const double i = it->second.value(Quantity::CurrentA);
            bool ok = i == 0;
            if (a.type == QLatin1String("treatment_idle"))
                ok = i > th.off && i < th.run;
            else if (slow)
                ok = i >= th.run && it->second.value(Quantity::PowerKw) < 0.6 * normalKw &&
                     (!tp->measures(Quantity::FrequencyHz) ||
                      std::abs(it->second.value(Quantity::FrequencyHz) - 37.5) <= 2.5);
            else if (a.type == QLatin1String("late_start") && t >= a.endMs - 70'000)
                continue; // the fan is ramping up
            ++n;
            good += ok ? 1 : 0;
            if (t < a.startMs + 60'000)
                continue; // the production may still be ramping up
            ++considered;
            const auto pit = ps.find(t);
            producing += pit != ps.end() && pit->second.value(Quantity::CurrentA) >= pth.run;
        }
        QVERIFY2(n > 0 && good == n,
                 qPrintable(QStringLiteral("%1: %2 of %3 samples fit").arg(what).arg(good).arg(n)));
        if (a.type == QLatin1String("early_stop")) {
            // The event ends at production stop + lag: production ran just before that stop.
            const std::int64_t stop = a.endMs - lagMs(a);
            QVERIFY2(currentAt(sim, prodKey, ceilTo10s(stop) - 20'000) >= pth.run,
                     qPrintable(what));
            QVERIFY2(currentAt(sim, prodKey, ceilTo10s(stop) + 10'000) < pth.run, qPrintable(what));
            continue;
        }
        QVERIFY2(producing >= 0.9 * considered,
                 qPrintable(QStringLiteral("%1: production ran %2 of %3")
                                .arg(what)
                                .arg(producing)
                                .arg(considered)));
    }
    QVERIFY(slowdownsChecked >= 1);
}

QTEST_APPLESS_MAIN(TestDemoAnomalies)
#include "tst_demoanomalies.moc"
