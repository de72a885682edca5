// Scores the analyzer against the labelled scenarios of tests/support/scenario (issue 4,
// docs/scenarios.md): for each scenario a ProfileLearner pass, then an Analyzer over all samples
// in time order; events are matched to the truth one to one (same type, facility and related
// facility, start and end each within 60 s), and precision, recall and sync rates are checked.
#include "scenario/scenario.h"

#include "vocsync/analysis/analyzer.h"
#include "vocsync/analysis/resultjson.h"
#include "vocsync/core/plantjson.h"
#include "vocsync/core/timeutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <map>
#include <tuple>

using namespace vocsync;
using namespace vocsync::analysis;
namespace sc = vocsync::scenarios;

namespace {

constexpr std::int64_t kToleranceMs = 60'000;

struct Scored
{
    sc::Scenario scenario;
    AnalysisResult result;
    std::vector<int> matchOfTruth; ///< index into result.events, -1 when missed
    std::vector<int> matchOfFound; ///< index into truth.events, -1 when false
};

struct Tally
{
    int truth = 0;
    int found = 0;
    int matched = 0;
    double precision() const { return found == 0 ? 1.0 : static_cast<double>(matched) / found; }
    double recall() const { return truth == 0 ? 1.0 : static_cast<double>(matched) / truth; }
};

AnalysisResult analyse(const sc::Scenario &s)
{
    ProfileLearner learner(s.plant);
    learner.push(s.samples);
    Analyzer analyzer(s.plant, AnalysisOptions{}, learner.profiles(), s.fromMs);
    analyzer.push(s.samples);
    return analyzer.finish(s.toMs);
}

/// One-to-one matching: every admissible (truth, found) pair by increasing time error, each
/// side taken at most once.
void match(Scored &x)
{
    const QList<sc::TrueEvent> &truth = x.scenario.truth.events;
    const QList<Event> &found = x.result.events;
    std::vector<std::tuple<std::int64_t, int, int>> pairs;
    for (int i = 0; i < truth.size(); ++i) {
        for (int j = 0; j < found.size(); ++j) {
            const sc::TrueEvent &t = truth[i];
            const Event &f = found[j];
            const std::int64_t ds = std::llabs(t.startMs - f.startMs);
            const std::int64_t de = std::llabs(t.endMs - f.endMs);
            if (eventTypeKey(f.type) != t.type || f.facility != t.facility ||
                f.related != t.related || ds > kToleranceMs || de > kToleranceMs)
                continue;
            pairs.emplace_back(ds + de, i, j);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    x.matchOfTruth.assign(static_cast<size_t>(truth.size()), -1);
    x.matchOfFound.assign(static_cast<size_t>(found.size()), -1);
    for (const auto &[cost, i, j] : pairs) {
        if (x.matchOfTruth[static_cast<size_t>(i)] >= 0 ||
            x.matchOfFound[static_cast<size_t>(j)] >= 0)
            continue;
        x.matchOfTruth[static_cast<size_t>(i)] = j;
        x.matchOfFound[static_cast<size_t>(j)] = i;
    }
}

QString iso(std::int64_t ms)
{
    return timeutil::toIso(ms, sc::scenarioZone()).mid(5, 14);
}

QSet<QString> keysOf(const QJsonArray &objects)
{
    QSet<QString> keys;
    for (const QJsonValue &v : objects) {
        for (const QString &k : v.toObject().keys())
            keys.insert(k);
    }
    return keys;
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private:
    std::vector<Scored> m_scored;

    const Scored &scored(const QString &name) const
    {
        for (const Scored &s : m_scored) {
            if (s.scenario.name == name)
                return s;
        }
        qFatal("no scenario %s", qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        qint64 generateMs = 0;
        for (const QString &name : sc::scenarioNames()) {
            QElapsedTimer g;
            g.start();
            std::optional<sc::Scenario> s = sc::makeScenario(name);
            QVERIFY(s);
            generateMs += g.elapsed();
            Scored x{std::move(*s), {}, {}, {}};
            x.result = analyse(x.scenario);
            match(x);
            m_scored.push_back(std::move(x));
        }
        qInfo("%zu scenarios generated in %lld ms, analysed in %lld ms", m_scored.size(),
              generateMs, timer.elapsed() - generateMs);
    }

    void catalogueIsLargeEnough()
    {
        QVERIFY(m_scored.size() >= 15);
        std::size_t samples = 0;
        qsizetype events = 0;
        for (const Scored &x : m_scored) {
            const std::int64_t span = x.scenario.toMs - x.scenario.fromMs;
            QVERIFY2(span >= 24 * 3'600'000LL && span <= 72 * 3'600'000LL,
                     qPrintable(x.scenario.name));
            samples += x.scenario.samples.size();
            events += x.scenario.truth.events.size();
        }
        qInfo("%zu samples, %lld true events", samples, static_cast<long long>(events));
        QVERIFY(events >= 300);
        QVERIFY(samples <= 3'500'000);
    }

    void truthIsUnambiguous()
    {
        for (const Scored &x : m_scored)
            QVERIFY2(
                x.scenario.problems.isEmpty(),
                qPrintable(x.scenario.name + QStringLiteral(": ") + x.scenario.problems.value(0)));
    }

    void plantsAreValid()
    {
        for (const Scored &x : m_scored) {
            const Status valid = plantjson::validate(x.scenario.plant);
            QVERIFY2(valid,
                     qPrintable(x.scenario.name + QLatin1Char(' ') + valid.error().toString()));
            const Result<Plant> back = plantjson::read(plantjson::write(x.scenario.plant));
            QVERIFY2(back, qPrintable(x.scenario.name));
            QCOMPARE(back->facilities.size(), x.scenario.plant.facilities.size());
            QCOMPARE(x.result.facilities.size(), x.scenario.plant.facilities.size());
        }
    }

    void generatorIsDeterministic()
    {
        const sc::Scenario a = *sc::makeScenario(QStringLiteral("noisy_currents"));
        const Scored &b = scored(QStringLiteral("noisy_currents"));
        QCOMPARE(a.samples.size(), b.scenario.samples.size());
        QVERIFY(std::equal(a.samples.begin(), a.samples.end(), b.scenario.samples.begin(),
                           [](const Sample &x, const Sample &y) {
                               return x.point == y.point && x.tMs == y.tMs && x.mask == y.mask &&
                                      x.v == y.v;
                           }));
        QCOMPARE(a.truth.events.size(), b.scenario.truth.events.size());
        const sc::Scenario other = *sc::makeScenario(QStringLiteral("noisy_currents"), 7);
        QVERIFY(other.samples.size() != a.samples.size() ||
                other.truth.events.size() != a.truth.events.size() ||
                other.samples[1000].v != a.samples[1000].v);
        // Samples come in time order, then point.
        QVERIFY(std::is_sorted(a.samples.begin(), a.samples.end(),
                               [](const Sample &x, const Sample &y) {
                                   return std::tie(x.tMs, x.point) < std::tie(y.tMs, y.point);
                               }));
    }

    void eventsMatchTruth()
    {
        std::map<QString, Tally> byType;
        Tally all;
        for (const Scored &x : m_scored) {
            Tally one;
            for (int i = 0; i < x.scenario.truth.events.size(); ++i) {
                Tally &t = byType[x.scenario.truth.events[i].type];
                ++t.truth;
                ++one.truth;
                if (x.matchOfTruth[static_cast<size_t>(i)] >= 0) {
                    ++t.matched;
                    ++one.matched;
                }
            }
            for (const Event &e : x.result.events) {
                ++byType[eventTypeKey(e.type)].found;
                ++one.found;
            }
            all.truth += one.truth;
            all.found += one.found;
            all.matched += one.matched;
            qInfo("%-16s truth %4d found %4d matched %4d", qPrintable(x.scenario.name), one.truth,
                  one.found, one.matched);
        }
        qInfo("%-24s %6s %6s %7s %9s %6s", "type", "truth", "found", "matched", "precision",
              "recall");
        for (const auto &[type, t] : byType)
            qInfo("%-24s %6d %6d %7d %9.3f %6.3f", qPrintable(type), t.truth, t.found, t.matched,
                  t.precision(), t.recall());
        qInfo("%-24s %6d %6d %7d %9.3f %6.3f", "all", all.truth, all.found, all.matched,
              all.precision(), all.recall());
        int shown = 0;
        for (const Scored &x : m_scored) {
            for (int i = 0; i < x.scenario.truth.events.size() && shown < 15; ++i) {
                if (x.matchOfTruth[static_cast<size_t>(i)] >= 0)
                    continue;
                const sc::TrueEvent &t = x.scenario.truth.events[i];
                qInfo("missed %s: %s %s/%s %s..%s (%s)", qPrintable(x.scenario.name),
                      qPrintable(t.type), qPrintable(t.facility), qPrintable(t.related),
                      qPrintable(iso(t.startMs)), qPrintable(iso(t.endMs)), qPrintable(t.note));
                ++shown;
            }
            for (int j = 0; j < x.result.events.size() && shown < 30; ++j) {
                if (x.matchOfFound[static_cast<size_t>(j)] >= 0)
                    continue;
                const Event &e = x.result.events[j];
                qInfo("false %s: %s %s/%s %s..%s", qPrintable(x.scenario.name),
                      qPrintable(eventTypeKey(e.type)), qPrintable(e.facility),
                      qPrintable(e.related), qPrintable(iso(e.startMs)), qPrintable(iso(e.endMs)));
                ++shown;
            }
        }
        QVERIFY2(all.precision() >= 0.95, qPrintable(QString::number(all.precision())));
        QVERIFY2(all.recall() >= 0.95, qPrintable(QString::number(all.recall())));
    }

    void syncRatesMatchTruth()
    {
        int checked = 0;
        double worst = 0;
        for (const Scored &x : m_scored) {
            QCOMPARE(x.result.sync.size(), x.scenario.truth.sync.size());
            for (int i = 0; i < x.result.sync.size(); ++i) {
                const sc::TrueSync &t = x.scenario.truth.sync[i];
                const SyncFigures &f = x.result.sync[i];
                QCOMPARE(f.production, t.production);
                if (t.productionMs <= 3'600'000)
                    continue;
                QVERIFY2(f.ratePercent(), qPrintable(t.production));
                const double diff = std::abs(*f.ratePercent() - *t.ratePercent());
                worst = std::max(worst, diff);
                QVERIFY2(diff <= 0.5, qPrintable(QStringLiteral("%1 %2: %3 %, truth %4 %")
                                                     .arg(x.scenario.name, t.production)
                                                     .arg(*f.ratePercent())
                                                     .arg(*t.ratePercent())));
                ++checked;
            }
            for (const sc::TrueEnterprise &t : x.scenario.truth.enterprises) {
                const auto it =
                    std::find_if(x.result.enterprises.cbegin(), x.result.enterprises.cend(),
                                 [&t](const EnterpriseFigures &e) { return e.id == t.id; });
                QVERIFY(it != x.result.enterprises.cend());
                if (t.productionMs > 3'600'000)
                    QVERIFY2(std::abs(*it->syncRatePercent - *t.syncRatePercent()) <= 0.5,
                             qPrintable(x.scenario.name + QLatin1Char(' ') + t.id));
            }
        }
        qInfo("%d production facilities checked, worst sync rate difference %.3f points", checked,
              worst);
        QVERIFY(checked >= 60);
    }

    void statesMatchTruth()
    {
        std::int64_t total = 0, same = 0;
        for (const Scored &x : m_scored) {
            for (int i = 0; i < x.result.facilities.size(); ++i) {
                const Timeline &found = x.result.facilities[i].states;
                for (const sc::TrueInterval &t : x.scenario.truth.facilities[i].states) {
                    total += t.endMs - t.startMs;
                    for (const StateInterval &f : clip(found, t.startMs, t.endMs)) {
                        if (f.state == t.state)
                            same += f.endMs - f.startMs;
                    }
                }
            }
        }
        const double share = 100.0 * static_cast<double>(same) / static_cast<double>(total);
        qInfo("true state found %.4f %% of facility time", share);
        QVERIFY(share >= 99.5);
    }

    void spotChecks()
    {
        // The hand-placed day of docs/scenarios.md: every event to the second, and the sync time.
        const Scored &x = scored(QStringLiteral("spot_checks"));
        const std::int64_t day = x.scenario.fromMs;
        const auto at = [day](int h, int m) { return day + (h * 60 + m) * 60'000LL; };
        struct Expected
        {
            const char *type;
            const char *facility;
            const char *related;
            std::int64_t start;
            std::int64_t end;
        };
        const Expected expected[] = {
            {"late_start", "E01-F02", "E01-F01", at(8, 0), at(8, 17)},
            {"treatment_abnormal_stop", "E01-F03", "E01-F01", at(10, 0), at(10, 12)},
            {"treatment_slowdown", "E01-F02", "E01-F01", at(11, 0), at(11, 20)},
            {"treatment_idle", "E01-F02", "E01-F01", at(14, 0), at(14, 9)},
            {"over_limit", "E01-F01", "", at(15, 0), at(15, 4)},
            {"early_stop", "E01-F03", "E01-F01", at(17, 10), at(17, 30)},
            {"data_gap", "E01-F03", "", at(20, 0), at(20, 15)},
        };
        QCOMPARE(x.scenario.truth.events.size(), qsizetype(std::size(expected)));
        QCOMPARE(x.result.events.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < x.result.events.size(); ++i) {
            const Expected &e = expected[i];
            const sc::TrueEvent &t = x.scenario.truth.events[i];
            QCOMPARE(t.type, QLatin1String(e.type));
            QCOMPARE(t.startMs, e.start);
            QCOMPARE(t.endMs, e.end);
            const Event &f = x.result.events[i];
            QCOMPARE(eventTypeKey(f.type), QLatin1String(e.type));
            QCOMPARE(f.facility, QLatin1String(e.facility));
            QCOMPARE(f.related, QLatin1String(e.related));
            QCOMPARE(iso(f.startMs), iso(e.start));
            QCOMPARE(iso(f.endMs), iso(e.end));
        }
        QCOMPARE(x.result.events[6].point, QStringLiteral("E01-F03-M"));
        // 08:00-12:00, 13:00-17:30 and a 3 min test run; out of sync 17 + 12 + 9 + 3 + 20 + 3
        // min (the slowed fan still runs).
        QCOMPARE(x.scenario.truth.sync[0].productionMs, 513 * 60'000LL);
        QCOMPARE(x.scenario.truth.sync[0].syncMs, 449 * 60'000LL);
        QCOMPARE(x.result.sync[0].productionMs, 513 * 60'000LL);
        QCOMPARE(x.result.sync[0].syncMs, 449 * 60'000LL);
        QCOMPARE(x.result.sync[0].unknownMs, std::int64_t{0});
        QCOMPARE(stateAt(x.result.facilities[2].states, at(20, 5)), RunState::Unknown);
        QCOMPARE(stateAt(x.result.facilities[0].states, at(15, 2)), RunState::Overload);
    }

    void truthJsonUsesCliFieldNames()
    {
        const Scored &x = scored(QStringLiteral("spot_checks"));
        const QJsonObject truth = sc::truthToJson(x.scenario, sc::scenarioZone());
        const QJsonObject cli = toJson(x.result, sc::scenarioZone());
        for (const char *list : {"facilities", "sync", "enterprises", "events"}) {
            const QString key = QLatin1String(list);
            const QSet<QString> ours = keysOf(truth.value(key).toArray());
            const QSet<QString> theirs = keysOf(cli.value(key).toArray());
            QVERIFY2(
                !ours.isEmpty() && theirs.contains(ours),
                qPrintable(key + QStringLiteral(": ") + QStringList(ours.values()).join(u',')));
        }
        QCOMPARE(truth.value(QStringLiteral("from")), cli.value(QStringLiteral("from")));
        QCOMPARE(truth.value(QStringLiteral("to")), cli.value(QStringLiteral("to")));
    }
};

QTEST_APPLESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
