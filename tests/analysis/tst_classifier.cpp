#include "vocsync/analysis/classifier.h"

#include <QTest>

#include <cmath>

using namespace vocsync;
using namespace vocsync::analysis;

namespace {

RunThresholds thresholds(int dwellS = 60, double hysteresis = 1)
{
    RunThresholds t;
    t.off = 1;
    t.run = 10;
    t.overload = 60;
    t.hysteresis = hysteresis;
    t.minDwellS = dwellS;
    return t;
}

/// Feeds (seconds, value) pairs sampled every 10 s and finishes at endS.
Timeline classify(const std::vector<std::pair<int, double>> &readings, int endS,
                  RunThresholds t = thresholds())
{
    StateClassifier c(t, 10'000);
    for (const auto &[s, v] : readings)
        c.push(std::int64_t{s} * 1000, v);
    c.finish(std::int64_t{endS} * 1000);
    return c.output();
}

std::vector<std::pair<int, double>> steady(int fromS, int toS, double v)
{
    std::vector<std::pair<int, double>> out;
    for (int s = fromS; s < toS; s += 10)
        out.emplace_back(s, v);
    return out;
}

std::vector<std::pair<int, double>> operator+(std::vector<std::pair<int, double>> a,
                                              const std::vector<std::pair<int, double>> &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("state");
        QTest::newRow("zero is off") << 0.0 << int(RunState::Off);
        QTest::newRow("below off") << 0.99 << int(RunState::Off);
        QTest::newRow("idle") << 5.0 << int(RunState::Idle);
        QTest::newRow("running") << 30.0 << int(RunState::Running);
        QTest::newRow("overload") << 61.0 << int(RunState::Overload);
    }
    void levels()
    {
        QFETCH(double, value);
        QFETCH(int, state);
        const Timeline tl = classify(steady(0, 300, value), 300);
        QCOMPARE(tl.size(), size_t{1});
        QCOMPARE(int(tl[0].state), state);
        QCOMPARE(tl[0].startMs, 0);
        QCOMPARE(tl[0].endMs, 300'000);
    }

    void hysteresisHoldsTheStateInsideTheBand()
    {
        // Running at 10.4 A (above run 10 but inside +h/2) after a clear start stays running
        // while readings wander between 9.6 and 10.4 A.
        auto r = steady(0, 120, 30.0);
        for (int s = 120; s < 1200; s += 10)
            r.emplace_back(s, (s / 10) % 2 ? 9.6 : 10.4);
        const Timeline tl = classify(r, 1200);
        QCOMPARE(tl.size(), size_t{1});
        QCOMPARE(tl[0].state, RunState::Running);
        // Without hysteresis the same readings flip (and the dwell keeps it running anyway),
        // so check the level directly with dwell 0: it must flip many times.
        const Timeline flappy = classify(r, 1200, thresholds(0, 0));
        QVERIFY(flappy.size() > 50);
    }

    void shortExcursionIsAbsorbed()
    {
        // 30 s at 0 A inside a run: shorter than the 60 s dwell.
        const Timeline tl = classify(steady(0, 600, 30) + steady(600, 630, 0) +
                                         steady(630, 1200, 30), 1200);
        QCOMPARE(tl.size(), size_t{1});
        QCOMPARE(tl[0].state, RunState::Running);
    }

    void changeIsDatedFromItsFirstReading()
    {
        const Timeline tl = classify(steady(0, 600, 30) + steady(600, 1200, 0), 1200);
        QCOMPARE(tl.size(), size_t{2});
        QCOMPARE(tl[0].state, RunState::Running);
        QCOMPARE(tl[0].endMs, 600'000);
        QCOMPARE(tl[1].state, RunState::Off);
        QCOMPARE(tl[1].startMs, 600'000);
    }

    void flappingBetweenTwoOtherStatesIsStillTaken()
    {
        // Off, then 20 min alternating 58/62 A around the overload threshold (60 A): the
        // facility runs; it must not stay off because neither level alone lasts the dwell.
        auto r = steady(0, 300, 0);
        for (int s = 300; s < 1500; s += 10)
            r.emplace_back(s, (s / 10) % 2 ? 58.0 : 62.0);
        const Timeline tl = classify(r, 1500);
        QVERIFY(tl.size() >= 2);
        QCOMPARE(tl[0].state, RunState::Off);
        QCOMPARE(tl[0].endMs, 300'000);
        for (size_t i = 1; i < tl.size(); ++i)
            QVERIFY(isOperating(tl[i].state));
    }

    void aShortRampStateDoesNotDelayTheChange()
    {
        // Off -> 30 s idle (a ramp) -> running: running is dated from its own first reading.
        const Timeline tl =
            classify(steady(0, 600, 0) + steady(600, 630, 5) + steady(630, 1200, 30), 1200);
        QCOMPARE(tl.size(), size_t{2});
        QCOMPARE(tl[1].state, RunState::Running);
        QCOMPARE(tl[1].startMs, 630'000);
    }

    void twoMissedReadingsAreNotAGap()
    {
        auto r = steady(0, 600, 30);
        r.erase(std::remove_if(r.begin(), r.end(),
                               [](const auto &p) { return p.first == 300 || p.first == 310; }),
                r.end());
        const Timeline tl = classify(r, 600);
        QCOMPARE(tl.size(), size_t{1});
    }

    void silenceBecomesUnknown()
    {
        // Readings stop at 590 s and resume at 1200 s: running covers one interval after the
        // last reading, then unknown until the next one.
        const Timeline tl = classify(steady(0, 600, 30) + steady(1200, 1800, 30), 1800);
        QCOMPARE(tl.size(), size_t{3});
        QCOMPARE(tl[0].endMs, 600'000);
        QCOMPARE(tl[1].state, RunState::Unknown);
        QCOMPARE(tl[1].startMs, 600'000);
        QCOMPARE(tl[1].endMs, 1'200'000);
        QCOMPARE(tl[2].state, RunState::Running);
    }

    void invalidReadingsAreSkipped()
    {
        auto r = steady(0, 600, 30);
        r[20].second = std::nan("");
        const Timeline tl = classify(r, 600);
        QCOMPARE(tl.size(), size_t{1});
        QCOMPARE(tl[0].state, RunState::Running);
    }

    void liveAdvanceGivesTheSameOutput()
    {
        const auto r = steady(0, 600, 30) + steady(600, 900, 5) + steady(1500, 2400, 0);
        StateClassifier live(thresholds(), 10'000);
        size_t i = 0;
        for (std::int64_t now = 0; now <= 2'400'000; now += 7'000) {
            while (i < r.size() && std::int64_t{r[i].first} * 1000 <= now)
                live.push(std::int64_t{r[i].first} * 1000, r[i].second), ++i;
            live.advance(now);
            const StateInterval tail = live.certainTail(now);
            QVERIFY(tail.endMs <= now || tail.endMs == tail.startMs);
        }
        live.finish(2'400'000);
        QCOMPARE(live.output(), classify(r, 2400));
    }

    void relativeThresholdsScaleWithTheRatedLevel()
    {
        RunThresholds t = thresholds();
        t.relative = true;
        t.off = 0.05;
        t.run = 0.2;
        t.overload = 1.2;
        t.hysteresis = 0.02;
        const RunThresholds a = resolveThresholds(t, 50);
        QCOMPARE(a.relative, false);
        QCOMPARE(a.off, 2.5);
        QCOMPARE(a.run, 10.0);
        QCOMPARE(a.overload, 60.0);
        QCOMPARE(a.hysteresis, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
