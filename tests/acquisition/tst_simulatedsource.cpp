// SimulatedSource: the demo plant as a live SampleSource, driven by an injected clock so the
// test does not wait for the 10 s grid.
#include "demotesthelpers.h"

#include "vocsync/acquisition/demoplant.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cstring>
#include <memory>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

/// Tuesday 2026-11-10 10:00 local: production and treatment running, no anomaly on E01.
std::int64_t morning()
{
    return demotest::local(2026, 11, 10, 10);
}

using demotest::keyedPlant;

bool sameBatch(const SampleBatch &a, const SampleBatch &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].point != b[i].point || a[i].tMs != b[i].tMs || a[i].mask != b[i].mask ||
            std::memcmp(a[i].v.data(), b[i].v.data(), sizeof(double) * a[i].v.size()) != 0)
            return false;
    }
    return true;
}

/// Records what a source publishes.
struct Recorder
{
    QList<SampleBatch> batches;
    QList<LinkState> states;

    void attach(SimulatedSource &source)
    {
        QObject::connect(&source, &SampleSource::samplesReady,
                         [this](const SampleBatch &b) { batches.append(b); });
        QObject::connect(&source, &SampleSource::linkStateChanged,
                         [this](LinkState s, const QString &) { states.append(s); });
    }
    QList<std::int64_t> times() const
    {
        QList<std::int64_t> out;
        for (const SampleBatch &b : batches)
            out.append(b.empty() ? -1 : b.front().tMs);
        return out;
    }
};

} // namespace

class TestSimulatedSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<SampleBatch>(); }
    void everyGridInstantOnce();
    void alignedToTheClockGrid();
    void signalSpyAndName();
};

void TestSimulatedSource::everyGridInstantOnce()
{
    const DemoSimulator reference(keyedPlant());
    auto now = std::make_shared<std::int64_t>(morning() + 3'000);
    SimulatedSource source{DemoSimulator(keyedPlant())};
    source.setClock([now] { return *now; });
    source.setTickIntervalMs(10);
    Recorder rec;
    rec.attach(source);
    QCOMPARE(source.linkState(), LinkState::Disconnected);

    source.start();
    QCOMPARE(source.linkState(), LinkState::Connected);
    QCOMPARE(rec.states, QList<LinkState>{LinkState::Connected});
    // The current grid instant at once.
    QCOMPARE(rec.times(), QList<std::int64_t>{morning()});

    // A tick that comes 35 s late publishes each missed instant: no hole.
    *now += 35'000;
    QTRY_COMPARE(rec.batches.size(), 4);
    QCOMPARE(rec.times(), (QList<std::int64_t>{morning(), morning() + 10'000, morning() + 20'000,
                                               morning() + 30'000}));
    // Ticks without the clock passing a grid instant publish nothing: no duplicate.
    QTest::qWait(100);
    QCOMPARE(rec.batches.size(), 4);
    *now += 9'000; // 10:00:47
    QTRY_COMPARE(rec.batches.size(), 5);
    QCOMPARE(rec.batches.last().front().tMs, morning() + 40'000);

    for (const SampleBatch &b : rec.batches) {
        QCOMPARE(b.size(), static_cast<size_t>(keyedPlant().points.size()));
        QVERIFY(sameBatch(b, reference.samplesAt(b.front().tMs)));
    }

    source.stop();
    QCOMPARE(source.linkState(), LinkState::Disconnected);
    QCOMPARE(rec.states, (QList<LinkState>{LinkState::Connected, LinkState::Disconnected}));
    *now += 60'000;
    QTest::qWait(100);
    QCOMPARE(rec.batches.size(), 5);

    // Restarted later, it continues from the new "now".
    source.start();
    QCOMPARE(rec.batches.size(), 6);
    QCOMPARE(rec.batches.last().front().tMs, morning() + 100'000);
    source.stop();
}

void TestSimulatedSource::alignedToTheClockGrid()
{
    // Default tick (aligned to the grid): a clock that is 200 ms before a grid instant must
    // produce the next batch about 250 ms later, not 10 s later.
    QElapsedTimer real;
    real.start();
    const std::int64_t base = morning() + 9'800;
    SimulatedSource source{DemoSimulator(keyedPlant())};
    source.setClock([base, real] { return base + real.elapsed(); });
    Recorder rec;
    rec.attach(source);
    source.start();
    QCOMPARE(rec.times(), QList<std::int64_t>{morning()});
    QTRY_COMPARE_WITH_TIMEOUT(rec.batches.size(), 2, 1500);
    QCOMPARE(rec.batches.at(1).front().tMs, morning() + 10'000);
    QVERIFY(real.elapsed() >= 200);
    QVERIFY(real.elapsed() < 1500);
    source.stop();
}

void TestSimulatedSource::signalSpyAndName()
{
    // Consumers connect through the meta-object system (queued, across threads).
    SimulatedSource source{DemoSimulator(keyedPlant())};
    auto now = std::make_shared<std::int64_t>(morning());
    source.setClock([now] { return *now; });
    source.setTickIntervalMs(5);
    QSignalSpy spy(&source, &SampleSource::samplesReady);
    QVERIFY(spy.isValid());
    QVERIFY(!source.name().isEmpty());
    source.start();
    *now += 20'000;
    QTRY_COMPARE(spy.count(), 3);
    const auto batch = spy.at(2).at(0).value<SampleBatch>();
    QCOMPARE(batch.front().tMs, morning() + 20'000);
    source.stop();
}

QTEST_GUILESS_MAIN(TestSimulatedSource)
#include "tst_simulatedsource.moc"
