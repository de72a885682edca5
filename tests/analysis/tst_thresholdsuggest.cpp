// Threshold suggestion and rated-level learning on synthetic, seeded load distributions: the
// thresholds must separate the generated states, confidence must order clean above noisy.
#include "vocsync/analysis/profile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>

using namespace vocsync;
using namespace vocsync::analysis;

namespace {

enum class Truth { Off, Idle, Running, Overload };

/// One state of a synthetic facility: a Gaussian level (folded at zero for off).
struct Part
{
    Truth truth;
    double level;
    double sigma;
    double share;
};

/// Generated readings in random order with the state each one was drawn from.
struct History
{
    std::vector<double> values;
    std::vector<Truth> truth;
};

History generate(const std::vector<Part> &parts, int n, unsigned seed)
{
    std::mt19937 rng(seed);
    History h;
    for (const Part &p : parts) {
        std::normal_distribution<double> dist(p.level, p.sigma);
        const int count = static_cast<int>(std::lround(p.share * n));
        for (int i = 0; i < count; ++i) {
            const double v = dist(rng);
            h.values.push_back(p.level == 0 ? std::abs(v) : v);
            h.truth.push_back(p.truth);
        }
    }
    std::vector<size_t> order(h.values.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::shuffle(order.begin(), order.end(), rng);
    History shuffled;
    for (size_t i : order) {
        shuffled.values.push_back(h.values[i]);
        shuffled.truth.push_back(h.truth[i]);
    }
    return shuffled;
}

const std::vector<Part> kOffRunning = {{Truth::Off, 0, 0.1, 0.4}, {Truth::Running, 40, 1.2, 0.6}};
const std::vector<Part> kOffIdleRunning = {
    {Truth::Off, 0, 0.1, 0.3}, {Truth::Idle, 10, 0.3, 0.15}, {Truth::Running, 40, 1.2, 0.55}};
const std::vector<Part> kWithOverload = {{Truth::Off, 0, 0.1, 0.35},
                                         {Truth::Idle, 10, 0.3, 0.15},
                                         {Truth::Running, 40, 1.2, 0.48},
                                         {Truth::Overload, 55, 1.65, 0.02}};
const std::vector<Part> kNoisy = {{Truth::Off, 0, 1.5, 0.4}, {Truth::Running, 40, 6.0, 0.6}};
const std::vector<Part> kPowerKw = {
    {Truth::Off, 0, 0.02, 0.3}, {Truth::Idle, 3, 0.09, 0.2}, {Truth::Running, 12, 0.36, 0.5}};
const std::vector<Part> kIdleNoOff = {{Truth::Idle, 10, 0.3, 0.3}, {Truth::Running, 40, 1.2, 0.7}};

/// Whether a reading lies in its true state's band, dead bands (h/2 each side) left out.
bool inBand(const RunThresholds &t, Truth truth, double v)
{
    const double half = t.hysteresis / 2;
    switch (truth) {
    case Truth::Off:
        return v < t.off - half;
    case Truth::Idle:
        return v >= t.off + half && v < t.run - half;
    case Truth::Running:
        return v >= t.run + half && (t.overload == 0 || v < t.overload - half);
    case Truth::Overload:
        return t.overload > 0 && v >= t.overload + half;
    }
    return false;
}

/// Fails unless, for every generated state, at least minFraction of its readings lie in its band.
void verifySeparates(const ThresholdSuggestion &s, const History &h, double minFraction)
{
    std::map<Truth, std::pair<int, int>> tally; // state -> (in band, all)
    for (size_t i = 0; i < h.values.size(); ++i) {
        auto &[in, all] = tally[h.truth[i]];
        in += inBand(s.thresholds, h.truth[i], h.values[i]) ? 1 : 0;
        ++all;
    }
    for (const auto &[truth, counts] : tally) {
        const double fraction = static_cast<double>(counts.first) / counts.second;
        QVERIFY2(fraction >= minFraction,
                 qPrintable(QStringLiteral("state %1: %2 of readings in band (off %3, run %4, "
                                           "overload %5, hysteresis %6)")
                                .arg(static_cast<int>(truth))
                                .arg(fraction)
                                .arg(s.thresholds.off)
                                .arg(s.thresholds.run)
                                .arg(s.thresholds.overload)
                                .arg(s.thresholds.hysteresis)));
    }
}

ThresholdSuggestion suggest(const History &h, Quantity q = Quantity::CurrentA)
{
    return suggestThresholds(h.values, q);
}

} // namespace

class TestThresholdSuggest : public QObject
{
    Q_OBJECT

private slots:
    void offAndRunning()
    {
        const History h = generate(kOffRunning, 200'000, 1);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.sampleCount, 200'000);
        QCOMPARE(s.thresholds.quantity, Quantity::CurrentA);
        QCOMPARE(s.thresholds.minDwellS, 60);
        QVERIFY(!s.thresholds.relative);
        QCOMPARE(s.modes.size(), 2);
        QVERIFY(s.modes[0].level < 0.2);
        QVERIFY(std::abs(s.modes[1].level - 40) < 0.4);
        QVERIFY(std::abs(s.modes[0].share - 0.4) < 0.01);
        QVERIFY(std::abs(s.modes[1].share - 0.6) < 0.01);
        // No idle mode: off and run coincide, so no reading is ever called idle.
        QCOMPARE(s.thresholds.run, s.thresholds.off);
        QCOMPARE(s.thresholds.overload, 0.0);
        QVERIFY(s.thresholds.hysteresis > 0);
        QVERIFY(s.thresholds.hysteresis <= 2 * 1.2 * 1.1);
        verifySeparates(s, h, 0.999);
        QVERIFY2(s.confidence > 0.9, qPrintable(QString::number(s.confidence)));
    }

    void offIdleAndRunning()
    {
        const History h = generate(kOffIdleRunning, 200'000, 2);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.modes.size(), 3);
        QVERIFY(std::abs(s.modes[1].level - 10) < 0.2);
        QVERIFY(std::abs(s.modes[1].share - 0.15) < 0.01);
        QVERIFY(s.thresholds.off > 0.5 && s.thresholds.off < 9);
        QVERIFY(s.thresholds.run > 11 && s.thresholds.run < 35);
        QCOMPARE(s.thresholds.overload, 0.0);
        verifySeparates(s, h, 0.999);
        QVERIFY2(s.confidence > 0.9, qPrintable(QString::number(s.confidence)));
        QVERIFY(s.reason.isEmpty());
    }

    void overloadBursts()
    {
        const History h = generate(kWithOverload, 300'000, 3);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.modes.size(), 4);
        QVERIFY(std::abs(s.modes[3].share - 0.02) < 0.005);
        QVERIFY2(s.thresholds.overload > 44.8 && s.thresholds.overload < 51,
                 qPrintable(QString::number(s.thresholds.overload)));
        verifySeparates(s, h, 0.999);
        QVERIFY(s.confidence > 0.8);
    }

    void smallModeJustAboveLoadedIsNotOverload()
    {
        const History h = generate({{Truth::Off, 0, 0.1, 0.4},
                                    {Truth::Running, 40, 1.0, 0.57},
                                    {Truth::Running, 45, 0.5, 0.03}},
                                   100'000, 4);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.modes.size(), 3);
        QCOMPARE(s.thresholds.overload, 0.0);
        verifySeparates(s, h, 0.999);
    }

    void idleButNeverOff()
    {
        const History h = generate(kIdleNoOff, 100'000, 5);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QVERIFY(!s.reason.isEmpty()); // says the off threshold is extrapolated
        QVERIFY(s.thresholds.off > 0 && s.thresholds.off < 9);
        verifySeparates(s, h, 0.999);
        const ThresholdSuggestion withOff = suggest(generate(kOffIdleRunning, 100'000, 5));
        QVERIFY(s.confidence < withOff.confidence);
        QVERIFY(s.confidence <= 0.7);
    }

    void runningOnlyIsRefused()
    {
        const History h = generate({{Truth::Running, 40, 1.2, 1.0}}, 50'000, 6);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY(!s.ok);
        QVERIFY(!s.reason.isEmpty());
        QCOMPARE(s.confidence, 0.0);
        QCOMPARE(s.modes.size(), 1);
        QVERIFY(std::abs(s.modes[0].level - 40) < 0.4);
    }

    void twoRunningLevelsWithoutStopAreRefused()
    {
        const History h =
            generate({{Truth::Running, 30, 0.9, 0.5}, {Truth::Running, 40, 1.2, 0.5}}, 50'000, 7);
        const ThresholdSuggestion s = suggest(h);
        QVERIFY(!s.ok);
        QVERIFY(s.reason.contains(QLatin1String("75 %")));
        QCOMPARE(s.modes.size(), 2);
    }

    void constantIsRefused_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("forty") << 40.0;
    }

    void constantIsRefused()
    {
        QFETCH(double, value);
        const ThresholdSuggestion s =
            suggestThresholds(std::vector<double>(10'000, value), Quantity::CurrentA);
        QVERIFY(!s.ok);
        QVERIFY(!s.reason.isEmpty());
        QCOMPARE(s.sampleCount, 10'000);
        QVERIFY(s.modes.isEmpty());
    }

    void tooFewReadingsAreRefused()
    {
        History h = generate(kOffRunning, 50, 8);
        QCOMPARE(h.values.size(), size_t{50});
        const ThresholdSuggestion s = suggest(h);
        QVERIFY(!s.ok);
        QCOMPARE(s.sampleCount, 50);
        QVERIFY(s.reason.contains(QLatin1String("50")));
        QVERIFY(!suggestThresholds(std::vector<double>{}, Quantity::CurrentA).ok);
    }

    void nanIsIgnored()
    {
        History h = generate(kOffRunning, 2'000, 9);
        h.values.insert(h.values.end(), 500, std::numeric_limits<double>::quiet_NaN());
        h.values.insert(h.values.end(), 2, std::numeric_limits<double>::infinity());
        const ThresholdSuggestion s = suggestThresholds(h.values, Quantity::CurrentA);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.sampleCount, 2'000);
        h.values.resize(2'000);
        verifySeparates(s, h, 0.999);
    }

    void fewReadingsGiveLowerConfidence()
    {
        const ThresholdSuggestion few = suggest(generate(kOffIdleRunning, 300, 10));
        const ThresholdSuggestion many = suggest(generate(kOffIdleRunning, 100'000, 10));
        QVERIFY2(few.ok, qPrintable(few.reason));
        QVERIFY(few.confidence < many.confidence);
    }

    void heavyNoiseLowersConfidence()
    {
        const History noisy = generate(kNoisy, 100'000, 11);
        const ThresholdSuggestion n = suggest(noisy);
        const ThresholdSuggestion c = suggest(generate(kOffRunning, 100'000, 11));
        QVERIFY2(n.ok, qPrintable(n.reason));
        QVERIFY(c.ok);
        QVERIFY2(
            n.confidence < c.confidence - 0.1,
            qPrintable(QStringLiteral("noisy %1, clean %2").arg(n.confidence).arg(c.confidence)));
        QVERIFY(n.confidence > 0.3);
        verifySeparates(n, noisy, 0.99);
    }

    void overlappingModesGiveLowConfidence()
    {
        // Idle at 8 +- 1.5 and running at 18 +- 2.5: two modes, but their tails meet.
        const ThresholdSuggestion s = suggest(generate(
            {{Truth::Off, 0, 0.1, 0.3}, {Truth::Idle, 8, 1.5, 0.3}, {Truth::Running, 18, 2.5, 0.4}},
            100'000, 12));
        const ThresholdSuggestion clean = suggest(generate(kOffIdleRunning, 100'000, 12));
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.modes.size(), 3);
        QVERIFY2(s.confidence < clean.confidence - 0.2, qPrintable(QString::number(s.confidence)));
    }

    void powerInKilowatts()
    {
        const History h = generate(kPowerKw, 100'000, 13);
        const ThresholdSuggestion s = suggest(h, Quantity::PowerKw);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.thresholds.quantity, Quantity::PowerKw);
        QCOMPARE(s.modes.size(), 3);
        QVERIFY(s.thresholds.run > 3.2 && s.thresholds.run < 11);
        verifySeparates(s, h, 0.999);
        QVERIFY(s.confidence > 0.9);
    }

    void quantizedReadings_data()
    {
        QTest::addColumn<double>("resolution");
        QTest::newRow("0.01 kW") << 0.01;
        QTest::newRow("0.1 kW") << 0.1;
        QTest::newRow("0.5 kW") << 0.5;
    }

    void quantizedReadings()
    {
        // Meters report a fixed number of decimals: the histogram must not see a comb of modes.
        QFETCH(double, resolution);
        History h = generate(kPowerKw, 100'000, 16);
        for (double &v : h.values)
            v = std::round(v / resolution) * resolution;
        const ThresholdSuggestion s = suggest(h, Quantity::PowerKw);
        QVERIFY2(s.ok, qPrintable(s.reason));
        QCOMPARE(s.modes.size(), 3);
        verifySeparates(s, h, 0.999);
        QVERIFY2(s.confidence > 0.8, qPrintable(QString::number(s.confidence)));
        QVERIFY(std::abs(learnRatedLevel(h.values) - 12) <= 0.02 * 12);
    }

    void inputOrderDoesNotMatter()
    {
        History h = generate(kWithOverload, 20'000, 14);
        const ThresholdSuggestion a = suggest(h);
        std::sort(h.values.begin(), h.values.end());
        const ThresholdSuggestion b = suggest(h);
        QCOMPARE(a.thresholds.off, b.thresholds.off);
        QCOMPARE(a.thresholds.run, b.thresholds.run);
        QCOMPARE(a.thresholds.overload, b.thresholds.overload);
        QCOMPARE(a.thresholds.hysteresis, b.thresholds.hysteresis);
        QCOMPARE(a.confidence, b.confidence);
    }

    void learnsRatedLevel_data()
    {
        QTest::addColumn<int>("distribution");
        QTest::addColumn<double>("loaded");
        QTest::newRow("off + running") << 0 << 40.0;
        QTest::newRow("off + idle + running") << 1 << 40.0;
        QTest::newRow("with overload bursts") << 2 << 40.0;
        QTest::newRow("power kW") << 3 << 12.0;
        QTest::newRow("idle, never off") << 4 << 40.0;
        QTest::newRow("running only") << 5 << 40.0;
    }

    void learnsRatedLevel()
    {
        QFETCH(int, distribution);
        QFETCH(double, loaded);
        const std::vector<std::vector<Part>> all = {
            kOffRunning, kOffIdleRunning, kWithOverload,
            kPowerKw,    kIdleNoOff,      {{Truth::Running, 40, 1.2, 1.0}}};
        const History h = generate(all[static_cast<size_t>(distribution)], 5'760, 15);
        const double rated = learnRatedLevel(h.values);
        QVERIFY2(std::abs(rated - loaded) <= 0.02 * loaded, qPrintable(QString::number(rated)));
    }

    void ratedLevelOfNothingIsZero()
    {
        QCOMPARE(learnRatedLevel({}), 0.0);
        QCOMPARE(learnRatedLevel(std::vector<double>(1000, 0.0)), 0.0);
        QCOMPARE(learnRatedLevel({std::numeric_limits<double>::quiet_NaN(), 0.0, -1.0}), 0.0);
        QCOMPARE(learnRatedLevel({0.0, 0.0, 7.5}), 7.5);
    }
};

QTEST_APPLESS_MAIN(TestThresholdSuggest)
#include "tst_thresholdsuggest.moc"
