// MeterPoller::configure called again (the GUI saved one device): devices whose polling
// settings did not change keep their connection, cadence and health; a changed device is
// polled with its new settings; a removed one stops; a running test read goes on.
#include "peerprocess.h"
#include "pollrecorder.h"

#include "vocsync/acquisition/templatelibrary.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace peertest;

class TestMeterPollerReconfigure : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    TemplateLibrary m_templates = TemplateLibrary::builtin();

private slots:
    void initTestCase()
    {
        const QString missing = missingTools(false, true);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void unchangedDevicesAreUndisturbed()
    {
        ModbusPeer peer(m_dir->path(), QStringLiteral("peer"));
        QVERIFY(peer.launch(ModbusPeer::Mode::Tcp, QStringLiteral("0"),
                            {QStringLiteral("1:generic-modbus-meter"),
                             QStringLiteral("2:generic-modbus-meter"),
                             QStringLiteral("3:eastron-sdm630")},
                            // Every 127.0.0.0/8 address reaches it: C gets an endpoint of its own.
                            {QStringLiteral("--host"), QStringLiteral("0.0.0.0")}));
        const QString ready = peer.waitReady();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        const QString port = peer.hostPort();
        // A and B share one connection (a gateway); C has its own (a fresh Debian root has no
        // /etc/hosts, so no "localhost": another loopback address).
        Device a = meter(QStringLiteral("A"), QStringLiteral("modbus_tcp"), port,
                         QStringLiteral("1"), QStringLiteral("generic-modbus-meter"));
        Device b = meter(QStringLiteral("B"), QStringLiteral("modbus_tcp"), port,
                         QStringLiteral("2"), QStringLiteral("generic-modbus-meter"));
        Device c = meter(QStringLiteral("C"), QStringLiteral("modbus_tcp"),
                         QStringLiteral("127.0.0.2:%1").arg(peer.port()), QStringLiteral("3"),
                         QStringLiteral("eastron-sdm630"));

        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        QVERIFY(poller.configure({a, b, c}, {pointOf(1, QStringLiteral("A"))}).isEmpty());
        poller.start();
        QVERIFY2(waitUntil([&] { return rec.readingCount(QStringLiteral("A")) >= 3
                                        && rec.readingCount(QStringLiteral("C")) >= 3; },
                           8000),
                 qPrintable(rec.describe(QStringLiteral("A"))));
        Device test = meter(QStringLiteral("test:X"), QStringLiteral("modbus_tcp"), port,
                            QStringLiteral("3"), QStringLiteral("eastron-sdm630"));
        poller.startTestRead(test);
        QVERIFY(waitUntil([&] { return rec.readingCount(QStringLiteral("test:X")) >= 1; }, 5000));

        const quint64 pollsA = rec.lastHealth(QStringLiteral("A")).polls;
        const int requestsBefore = static_cast<int>(peer.requests().size());
        // Save: B now every 2 s; C removed; A unchanged. A keeps its health counters (the
        // same BusDevice), so its poll count goes on from where it was.
        b.pollIntervalMs = 2000;
        QVERIFY(poller.configure({a, b}, {pointOf(1, QStringLiteral("A"))}).isEmpty());
        const qint64 savedAt = rec.nowMs();
        QTest::qWait(3500);
        const DeviceHealth ha = rec.lastHealth(QStringLiteral("A"));
        QVERIFY2(ha.polls >= pollsA + 3, qPrintable(rec.describe(QStringLiteral("A"))));
        QCOMPARE(ha.consecutiveFailures, 0);
        // A's cadence across the save: no gap beyond one interval and a little.
        QList<qint64> at;
        for (const TimedReading &r : rec.readings(QStringLiteral("A")))
            at.append(r.atMs);
        QVERIFY2(largestGap(at) < 1300, qPrintable(QString::number(largestGap(at))));
        // C is no longer polled: no reading of it after the save (one in flight may finish).
        int cAfter = 0;
        for (const TimedReading &r : rec.readings(QStringLiteral("C")))
            cAfter += r.atMs > savedAt + 200 ? 1 : 0;
        QCOMPARE(cAfter, 0);
        // B now every 2 s: at most 2 readings in 3.5 s (plus one in flight at the save).
        int bAfter = 0;
        for (const TimedReading &r : rec.readings(QStringLiteral("B")))
            bAfter += r.atMs > savedAt ? 1 : 0;
        QVERIFY2(bAfter >= 1 && bAfter <= 3, qPrintable(QString::number(bAfter)));
        // The test read went on.
        int testAfter = 0;
        for (const TimedReading &r : rec.readings(QStringLiteral("test:X")))
            testAfter += r.atMs > savedAt + 1000 ? 1 : 0;
        QVERIFY2(testAfter >= 1, "the test read stopped at the save");
        QVERIFY(static_cast<int>(peer.requests().size()) > requestsBefore);
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestMeterPollerReconfigure)
#include "tst_meterpoller_reconfigure.moc"
