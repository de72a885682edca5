// MeterPoller against faulty Modbus peers (tests/support/modbus_peer.py, pymodbus, over TCP and
// RTU over TCP): lost and late replies, garbage, and a dead unit behind a gateway beside a live
// one, against the failure rules of modules/acquisition/src/meter/bus.h (retry after
// min(interval, 1 s), then interval * 2^(k-1); comm fault after PollPolicy::commFaultAfter).
#include "peerprocess.h"
#include "pollrecorder.h"

#include "vocsync/acquisition/templatelibrary.h"

#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace peertest;

namespace {

using Mode = ModbusPeer::Mode;

QString protocolOf(Mode m)
{
    return m == Mode::Tcp ? QStringLiteral("modbus_tcp") : QStringLiteral("modbus_rtu_tcp");
}

/// A Modbus TCP gateway in front of a peer, as serial-to-Ethernet gateways (MGate, USR-TCP232)
/// behave: unit 1 is forwarded, every other unit id answers exception 0x0B, "gateway target
/// device failed to respond" (Modbus Application Protocol V1.1b3, 7). Prints its port.
const char *const kGatewayScript = R"(
import asyncio, struct, sys
UPSTREAM = int(sys.argv[1])
async def handle(r, w):
    ur, uw = await asyncio.open_connection('127.0.0.1', UPSTREAM)
    try:
        while True:
            head = await r.readexactly(7)
            tid, _, length, unit = struct.unpack('>HHHB', head)
            pdu = await r.readexactly(length - 1)
            if unit == 1:
                uw.write(head + pdu)
                await uw.drain()
                reply = await ur.readexactly(7)
                reply += await ur.readexactly(struct.unpack('>H', reply[4:6])[0] - 1)
                w.write(reply)
            else:
                w.write(struct.pack('>HHHBBB', tid, 0, 3, unit, pdu[0] | 0x80, 0x0B))
            await w.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    w.close()
    uw.close()
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()
asyncio.run(main())
)";

} // namespace

class TestMeterPollerTcpFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    TemplateLibrary m_templates = TemplateLibrary::builtin();

    QString dir() const { return m_dir->path(); }

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

    void cleanup() { m_dir.reset(); }

    /// Every 4th request unanswered: the poll times out (Retrying, "timeout" in lastError),
    /// the next one succeeds (Ok) and never piles up to a comm fault.
    void lostRepliesRetryThenRecover()
    {
        ModbusPeer peer(dir(), QStringLiteral("drop"));
        const QString error =
            peer.start(Mode::Tcp, QStringLiteral("0"), {QStringLiteral("1:generic-modbus-meter")},
                       {QStringLiteral("--drop-every"), QStringLiteral("4")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QString id = QStringLiteral("D");
        poller.configure({meter(id, QStringLiteral("modbus_tcp"), peer.hostPort(),
                                QStringLiteral("1"), QStringLiteral("generic-modbus-meter"), 300)},
                         {});
        poller.start();
        const auto recovered = [&] {
            const qint64 retry = rec.firstStatusAt(id, DeviceHealth::Status::Retrying);
            return retry >= 0 && rec.firstStatusAt(id, DeviceHealth::Status::Ok, retry) >= 0;
        };
        QVERIFY2(waitUntil(recovered, 15000), qPrintable(rec.describe(id)));
        poller.stop();

        DeviceHealth retrying;
        for (const TimedHealth &h : rec.healths(id)) {
            QVERIFY(h.health.status != DeviceHealth::Status::CommFault);
            if (h.health.status == DeviceHealth::Status::Retrying && retrying.polls == 0)
                retrying = h.health;
        }
        QCOMPARE(retrying.consecutiveFailures, 1);
        QCOMPARE(retrying.timeouts, 1u);
        QVERIFY2(retrying.lastError.contains(QLatin1String("timeout")),
                 qPrintable(retrying.lastError));
        const DeviceHealth last = rec.lastHealth(id);
        QCOMPARE(last.status, DeviceHealth::Status::Ok);
        QCOMPARE(last.consecutiveFailures, 0);
        QVERIFY(last.good >= 2);
        const QString diff = checkAllReadings(rec, id, peer.unit(1)->values);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    /// Replies later than the timeout: Retrying, Retrying, then CommFault after
    /// PollPolicy::commFaultAfter polls, attempts spaced by the backoff, the error naming the
    /// timeout; the late replies are never taken for values.
    void lateRepliesMakeCommFault()
    {
        ModbusPeer peer(dir(), QStringLiteral("late"));
        const QString error =
            peer.start(Mode::Tcp, QStringLiteral("0"), {QStringLiteral("1:generic-modbus-meter")},
                       {QStringLiteral("--delay-ms"), QStringLiteral("700")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PollPolicy policy;
        QCOMPARE(policy.commFaultAfter, 3);
        MeterPoller poller(&m_templates, policy);
        PollRecorder rec(poller);
        const QString id = QStringLiteral("L");
        poller.configure({meter(id, QStringLiteral("modbus_tcp"), peer.hostPort(),
                                QStringLiteral("1"), QStringLiteral("generic-modbus-meter"), 300)},
                         {});
        poller.start();
        QVERIFY2(
            waitUntil([&] { return rec.status(id) == DeviceHealth::Status::CommFault; }, 15000),
            qPrintable(rec.describe(id)));
        poller.stop();

        QList<TimedHealth> failures;
        for (const TimedHealth &h : rec.healths(id)) {
            if (h.health.polls > 0)
                failures.append(h);
        }
        QCOMPARE(failures.size(), 3);
        QCOMPARE(failures[0].health.status, DeviceHealth::Status::Retrying);
        QCOMPARE(failures[1].health.status, DeviceHealth::Status::Retrying);
        QCOMPARE(failures[2].health.status, DeviceHealth::Status::CommFault);
        const DeviceHealth h = failures[2].health;
        QCOMPARE(h.consecutiveFailures, 3);
        QCOMPARE(h.timeouts, 3u);
        QCOMPARE(h.good, 0u);
        QCOMPARE(rec.readingCount(id), 0);
        const QRegularExpression re(QStringLiteral("^timeout after (\\d+) ms"));
        const auto match = re.match(h.lastError);
        QVERIFY2(match.hasMatch(), qPrintable(h.lastError));
        const int waited = match.captured(1).toInt();
        QVERIFY2(waited >= 300 && waited < 600, qPrintable(h.lastError));
        // Backoff: first retry after min(interval, 1 s), then interval * 2^(k-1).
        const qint64 gap1 = failures[1].atMs - failures[0].atMs;
        const qint64 gap2 = failures[2].atMs - failures[1].atMs;
        qInfo("failures %lld ms and %lld ms apart; next attempt %lld ms after the fault", gap1,
              gap2, static_cast<long long>(h.nextPollMs - h.lastErrorMs));
        QVERIFY2(gap1 >= 1250 && gap1 < 1600, qPrintable(QString::number(gap1)));
        QVERIFY2(gap2 >= 2250 && gap2 < 2600, qPrintable(QString::number(gap2)));
        QVERIFY(std::abs(h.nextPollMs - h.lastErrorMs - 4000) <= 100);
    }

    void garbageCountedAsBadFrames_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("modbus_rtu_tcp") << static_cast<int>(Mode::RtuTcp);
        QTest::newRow("modbus_tcp") << static_cast<int>(Mode::Tcp);
    }

    /// Every 3rd reply broken (a bad CRC or a foreign transaction id, then random bytes; the
    /// template takes one request a poll): each costs exactly one failed poll, nothing crashes,
    /// and the good readings still match.
    void garbageCountedAsBadFrames()
    {
        QFETCH(int, mode);
        const auto m = static_cast<Mode>(mode);
        ModbusPeer peer(dir(), QStringLiteral("garbage"));
        const QString error =
            peer.start(m, QStringLiteral("0"), {QStringLiteral("1:generic-modbus-meter")},
                       {QStringLiteral("--garbage-every"), QStringLiteral("3")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QString id = QStringLiteral("G");
        poller.configure({meter(id, protocolOf(m), peer.hostPort(), QStringLiteral("1"),
                                QStringLiteral("generic-modbus-meter"), 300)},
                         {});
        poller.start();
        const auto enough = [&] {
            int garbage = 0;
            for (const LoggedRequest &r : peer.requests())
                garbage += r.outcome == QLatin1String("garbage") ? 1 : 0;
            return garbage >= 2 && rec.readingCount(id) >= 3;
        };
        QVERIFY2(waitUntil(enough, 20000), qPrintable(rec.describe(id)));
        QTest::qWait(400); // the last garbage reply's poll ends (timeout 300 ms)
        poller.stop();

        int garbage = 0;
        for (const LoggedRequest &r : peer.requests())
            garbage += r.outcome == QLatin1String("garbage") ? 1 : 0;
        const DeviceHealth h = rec.lastHealth(id);
        qInfo("%d garbage replies: %llu polls, %llu good, %llu bad frames, %llu timeouts", garbage,
              static_cast<unsigned long long>(h.polls), static_cast<unsigned long long>(h.good),
              static_cast<unsigned long long>(h.badFrames),
              static_cast<unsigned long long>(h.timeouts));
        QCOMPARE(static_cast<int>(h.badFrames + h.timeouts), garbage);
        QCOMPARE(h.polls, h.good + h.badFrames + h.timeouts);
        if (m == Mode::RtuTcp)
            QVERIFY2(h.badFrames >= 1, "a reply with a bad CRC was not counted as a bad frame");
        QCOMPARE(static_cast<int>(h.good), rec.readingCount(id));
        const QString diff = checkAllReadings(rec, id, peer.unit(1)->values);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void deadUnitBehindGateway_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("gatewayException");
        QTest::newRow("modbus_rtu_tcp, no reply") << static_cast<int>(Mode::RtuTcp) << false;
        QTest::newRow("modbus_tcp, no reply") << static_cast<int>(Mode::Tcp) << false;
        QTest::newRow("modbus_tcp, exception 0x0B") << static_cast<int>(Mode::Tcp) << true;
    }

    /// A live and a dead unit behind one gateway port. Either nobody answers for the dead unit
    /// (pymodbus drops requests for unit ids it does not serve), or the gateway answers
    /// exception 0x0B for it, which says the device did not answer. The live unit keeps its
    /// cadence (a gap is at most interval + one timeout), the dead one becomes a comm fault and
    /// is tried ever less often.
    void deadUnitBehindGateway()
    {
        QFETCH(int, mode);
        QFETCH(bool, gatewayException);
        const auto m = static_cast<Mode>(mode);
        ModbusPeer peer(dir(), QStringLiteral("gateway"));
        const QString error =
            peer.start(m, QStringLiteral("0"), {QStringLiteral("1:generic-modbus-meter")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString port = peer.hostPort();
        QProcess gateway;
        if (gatewayException) {
            gateway.start(python(), {QStringLiteral("-c"), QString::fromLatin1(kGatewayScript),
                                     QString::number(peer.port())});
            QVERIFY(gateway.waitForStarted(5000));
            QVERIFY(waitUntil([&] { return gateway.canReadLine(); }, 10000));
            port = QStringLiteral("127.0.0.1:%1").arg(gateway.readLine().trimmed().toInt());
        }
        const auto stopGateway = qScopeGuard([&] {
            gateway.kill();
            gateway.waitForFinished(3000);
        });
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QString live = QStringLiteral("LIVE");
        const QString dead = QStringLiteral("DEAD");
        const int timeoutMs = 300;
        poller.configure({meter(live, protocolOf(m), port, QStringLiteral("1"),
                                QStringLiteral("generic-modbus-meter"), timeoutMs),
                          meter(dead, protocolOf(m), port, QStringLiteral("7"),
                                QStringLiteral("generic-modbus-meter"), timeoutMs)},
                         {});
        poller.start();
        const auto failures = [&] {
            QList<qint64> t; // test time of each failed attempt
            std::uint64_t polls = 0;
            for (const TimedHealth &h : rec.healths(dead)) {
                if (h.health.polls > polls && h.health.good == 0)
                    t.append(h.atMs);
                polls = h.health.polls;
            }
            return t;
        };
        QVERIFY2(waitUntil([&] { return failures().size() >= 4; }, 15000),
                 qPrintable(rec.describe(dead)));
        poller.stop();

        const QList<qint64> attempts = failures();
        QList<qint64> gaps;
        for (qsizetype i = 1; i < attempts.size(); ++i)
            gaps.append(attempts[i] - attempts[i - 1]);
        qInfo() << "dead unit: failed attempts" << gaps << "ms apart";
        for (qsizetype i = 1; i < gaps.size(); ++i) {
            QVERIFY2(gaps[i] >= gaps[i - 1] + 500,
                     qPrintable(QStringLiteral("attempt gaps do not grow: %1 then %2")
                                    .arg(gaps[i - 1])
                                    .arg(gaps[i])));
        }
        QCOMPARE(rec.status(dead), DeviceHealth::Status::CommFault);
        if (gatewayException) {
            QVERIFY2(rec.lastHealth(dead).lastError.contains(QLatin1String("gateway")),
                     qPrintable(rec.lastHealth(dead).lastError));
        }
        for (const LoggedRequest &r : peer.requests())
            QCOMPARE(r.unit, 1); // the peer never saw a request it could answer for unit 7
        const DeviceHealth hd = rec.lastHealth(dead);
        QCOMPARE(hd.good, 0u);
        QVERIFY(hd.consecutiveFailures >= 3);
        // Silence and a gateway's 0x0A/0x0B both mean the device did not answer: timeouts.
        QCOMPARE(hd.timeouts, hd.polls);
        QCOMPARE(hd.badFrames, 0u);

        const QList<qint64> starts = pollStarts(rec, live);
        const qint64 gap = largestGap(starts);
        qInfo("live unit: %lld readings, largest gap %lld ms",
              static_cast<long long>(starts.size()), gap);
        QVERIFY2(gap <= 1000 + timeoutMs + 100,
                 qPrintable(QStringLiteral("the live unit waited %1 ms").arg(gap)));
        const DeviceHealth hl = rec.lastHealth(live);
        QCOMPARE(hl.polls, hl.good);
        QVERIFY(starts.size() >= 6);
        const QString diff = checkAllReadings(rec, live, peer.unit(1)->values);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestMeterPollerTcpFaults)
#include "tst_meterpoller_tcpfaults.moc"
