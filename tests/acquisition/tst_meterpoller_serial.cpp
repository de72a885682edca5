// MeterPoller and BusScanner on a real RS-485 bus stand-in: a socat pty pair with
// tests/support/modbus_peer.py (pymodbus RTU) playing three meters on the far end. Values,
// one request in flight, an unplugged adapter (the pty vanishes) and its return, and a scan.
#include "peerprocess.h"
#include "pollrecorder.h"

#include "vocsync/acquisition/busscanner.h"
#include "vocsync/acquisition/templatelibrary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <memory>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace peertest;

namespace {

const QStringList kTemplates{QStringLiteral("acrel-adl400"), QStringLiteral("eastron-sdm630"),
                             QStringLiteral("chint-dtsu666")};

/// User + system CPU time of this process, all threads, in ms.
qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000LL +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

Device rtuMeter(const QString &id, const QString &port, int unit, const QString &templateId)
{
    Device d = meter(id, QStringLiteral("modbus_rtu"), port, QString::number(unit), templateId);
    d.serial.baud = 9600;
    d.serial.parity = 'N'; // ptys refuse parity; the peer falls back to N as well
    return d;
}

} // namespace

class TestMeterPollerSerial : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    TemplateLibrary m_templates = TemplateLibrary::builtin();
    std::unique_ptr<PtyPair> m_pty;
    std::unique_ptr<ModbusPeer> m_peer;

    /// socat and a peer playing `units` ("UNIT:TEMPLATE") on the far end.
    QString startBus(const QStringList &units)
    {
        m_pty = std::make_unique<PtyPair>();
        QString error = m_pty->start(m_dir->path());
        if (!error.isEmpty())
            return error;
        m_peer = std::make_unique<ModbusPeer>(m_dir->path(), QStringLiteral("rtu"));
        return m_peer->start(ModbusPeer::Mode::Serial, m_pty->peer(), units);
    }

    QList<Device> threeMeters() const
    {
        QList<Device> devices;
        for (int u = 1; u <= 3; ++u) {
            devices << rtuMeter(QStringLiteral("R%1").arg(u), m_pty->station(), u,
                                kTemplates[u - 1]);
        }
        return devices;
    }

    static QStringList threeUnits()
    {
        QStringList units;
        for (int u = 1; u <= 3; ++u)
            units << QStringLiteral("%1:%2").arg(u).arg(kTemplates[u - 1]);
        return units;
    }

private slots:
    void initTestCase()
    {
        const QString missing = missingTools(true, true);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_peer.reset();
        m_pty.reset();
        m_dir.reset();
    }

    /// Three meters of three makes on one bus at 1 s: every value equals the peer's, the points
    /// get their samples, and the peer's log shows one request in flight at a time.
    void threeMetersOneBus()
    {
        const QString error = startBus(threeUnits());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Device> devices = threeMeters();
        QList<MonitoringPoint> points;
        for (int i = 0; i < 3; ++i)
            points << pointOf(static_cast<std::uint32_t>(10 + i), devices[i].id);
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QList<Error> errors = poller.configure(devices, points);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(poller.buses().size(), 1);
        poller.start();
        const auto enough = [&] {
            return std::all_of(devices.begin(), devices.end(),
                               [&](const Device &d) { return rec.readingCount(d.id) >= 3; });
        };
        QVERIFY2(waitUntil(enough, 15000), qPrintable(rec.describe(devices[0].id)));
        poller.stop();

        for (int i = 0; i < 3; ++i) {
            const ModbusUnit *unit = m_peer->unit(i + 1);
            QVERIFY(unit);
            for (const TimedReading &r : rec.readings(devices[i].id)) {
                const QString diff = compareValues(r.reading, unit->values);
                QVERIFY2(diff.isEmpty(), qPrintable(kTemplates[i] + QStringLiteral(": ") + diff));
                QCOMPARE(r.reading.ptRatio, unit->pt);
                QCOMPARE(r.reading.ctRatio, unit->ct);
            }
            const auto samples = rec.samples(static_cast<std::uint32_t>(10 + i));
            QVERIFY(!samples.isEmpty());
            const QString sdiff = compareSample(samples.last(), kTemplates[i], unit->values);
            QVERIFY2(sdiff.isEmpty(), qPrintable(sdiff));
            const DeviceHealth h = rec.lastHealth(devices[i].id);
            QCOMPARE(h.polls, h.good);
            QCOMPARE(h.busId, m_pty->station());
        }

        const QList<LoggedRequest> log = m_peer->requests();
        QVERIFY(log.size() >= 9);
        for (qsizetype i = 0; i < log.size(); ++i) {
            QCOMPARE(log[i].outcome, QStringLiteral("ok"));
            if (i == 0)
                continue;
            QVERIFY2(log[i].requestNs > log[i - 1].replyNs,
                     qPrintable(QStringLiteral("request %1 (unit %2) complete %3 us before the "
                                               "reply to request %4 was sent")
                                    .arg(i)
                                    .arg(log[i].unit)
                                    .arg((log[i - 1].replyNs - log[i].requestNs) / 1000)
                                    .arg(i - 1)));
        }
        qint64 tightest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < log.size(); ++i)
            tightest = std::min(tightest, log[i].requestNs - log[i - 1].replyNs);
        qInfo("%lld requests, never two in flight; closest: next request complete %lld us after "
              "a reply was sent",
              static_cast<long long>(log.size()), tightest / 1000);
    }

    /// The adapter is unplugged (socat killed: the pty vanishes): LinkDown, no busy loop while
    /// down, and once socat and the peer are back under the same names the poller goes on by
    /// itself.
    void unplugAndReplug()
    {
        QString error = startBus(threeUnits());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Device> devices = threeMeters();
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        poller.configure(devices, {});
        poller.start();
        QVERIFY2(waitUntil([&] { return rec.readingCount(QStringLiteral("R3")) >= 1; }, 10000),
                 qPrintable(rec.describe(QStringLiteral("R3"))));

        m_pty->kill();
        const qint64 unpluggedAt = rec.nowMs();
        const auto allDown = [&] {
            return std::all_of(devices.begin(), devices.end(), [&](const Device &d) {
                return rec.status(d.id) == DeviceHealth::Status::LinkDown;
            });
        };
        QVERIFY2(waitUntil(allDown, 3000), qPrintable(rec.describe(QStringLiteral("R1"))));
        const qint64 downAfter =
            rec.firstStatusAt(QStringLiteral("R1"), DeviceHealth::Status::LinkDown) - unpluggedAt;
        m_peer->stop(); // its pty is gone too
        QVERIFY(!poller.buses().value(0).open);

        const qint64 cpu0 = cpuMs();
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(2000);
        const double load = static_cast<double>(cpuMs() - cpu0) / wall.elapsed();
        qInfo("LinkDown %lld ms after the unplug; CPU while down %.1f%% of a core (%s)", downAfter,
              100 * load, qPrintable(poller.buses().value(0).detail));
        QVERIFY2(load < 0.5,
                 qPrintable(QStringLiteral("%1% CPU while the port is gone").arg(100 * load)));
        QVERIFY(allDown());

        const int before = rec.readingCount(QStringLiteral("R1"));
        error = m_pty->restart();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_peer->restart();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qint64 readyAt = rec.nowMs();
        const auto allBack = [&] {
            return std::all_of(devices.begin(), devices.end(), [&](const Device &d) {
                return rec.readingCount(d.id) > (d.id == QLatin1String("R1") ? before : 1) &&
                       rec.status(d.id) == DeviceHealth::Status::Ok;
            });
        };
        QVERIFY2(waitUntil(allBack, 10000),
                 qPrintable(rec.describe(QStringLiteral("R1")) + QLatin1Char('\n') +
                            rec.describe(QStringLiteral("R2")) + QLatin1Char('\n') +
                            rec.describe(QStringLiteral("R3"))));
        qInfo("all three meters read again %lld ms after the peer was back", rec.nowMs() - readyAt);
        poller.stop();
        QVERIFY(poller.buses().value(0).busId == m_pty->station());
        for (int i = 0; i < 3; ++i) {
            for (const TimedReading &r : rec.readings(devices[i].id)) {
                const QString diff = compareValues(r.reading, m_peer->unit(i + 1)->values);
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
        }
    }

    /// BusScanner over units 1..10 with a 200 ms timeout finds exactly the three on the bus.
    void scannerFindsTheUnits()
    {
        const QString error =
            startBus({QStringLiteral("2:generic-modbus-meter"), QStringLiteral("5:acrel-adl400"),
                      QStringLiteral("9:eastron-sdm630")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScanOptions o;
        o.link = rtuMeter(QStringLiteral("scan"), m_pty->station(), 1, QString());
        o.link.timeoutMs = 200;
        o.firstUnit = 1;
        o.lastUnit = 10;
        BusScanner scanner;
        QSignalSpy probed(&scanner, &BusScanner::probed);
        QSignalSpy finished(&scanner, &BusScanner::finished);
        QSignalSpy failed(&scanner, &BusScanner::failed);
        QElapsedTimer t;
        t.start();
        QString why;
        QVERIFY2(scanner.start(o, &why), qPrintable(why));
        QVERIFY2(waitUntil([&] { return finished.size() + failed.size() > 0; }, 15000),
                 "the scan did not end");
        qInfo("scanned 10 unit ids in %lld ms", t.elapsed());
        QCOMPARE(failed.size(), 0);
        const auto hits = finished.first().first().value<QList<ScanHit>>();
        QList<int> units;
        for (const ScanHit &h : hits) {
            units << h.unit;
            QVERIFY2(h.answer.startsWith(QLatin1String("registers:")), qPrintable(h.answer));
        }
        std::sort(units.begin(), units.end());
        QCOMPARE(units, (QList<int>{2, 5, 9}));
        QCOMPARE(probed.size(), 10);
        for (const QList<QVariant> &p : probed) {
            const int unit = p.at(0).toInt();
            QCOMPARE(p.at(1).toBool(), unit == 2 || unit == 5 || unit == 9);
        }
        // The scan took the whole bus at the same one-request-at-a-time pace.
        QVERIFY(t.elapsed() < 7 * (200 + 100) + 2000);
    }
};

QTEST_GUILESS_MAIN(TestMeterPollerSerial)
#include "tst_meterpoller_serial.moc"
