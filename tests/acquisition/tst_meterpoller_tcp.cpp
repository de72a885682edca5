// MeterPoller against real Modbus TCP and RTU-over-TCP peers (tests/support/modbus_peer.py,
// pymodbus): every shipped Modbus template decoded exactly as the peer encoded it, a peer that
// restarts under a polled device, staggered first polls and no burst after a reconnect (the
// scheduler rules of modules/acquisition/src/meter/bus.h). Faults: tst_meterpoller_tcpfaults.
#include "peerprocess.h"
#include "pollrecorder.h"

#include "vocsync/acquisition/templatelibrary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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

} // namespace

class TestMeterPollerTcp : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    TemplateLibrary m_templates = TemplateLibrary::builtin();
    QStringList m_modbusIds;

    QString dir() const { return m_dir->path(); }

private slots:
    void initTestCase()
    {
        const QString missing = missingTools(false, true);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY2(m_templates.errors().isEmpty(),
                 qPrintable(m_templates.errors().value(0).toString()));
        for (const TemplateInfo &t : m_templates.list()) {
            if (t.protocol == QLatin1String("modbus"))
                m_modbusIds << t.id;
        }
        QVERIFY(m_modbusIds.size() >= 5);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void decodesEveryTemplate_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("modbus_tcp") << static_cast<int>(Mode::Tcp);
        QTest::newRow("modbus_rtu_tcp") << static_cast<int>(Mode::RtuTcp);
    }

    /// One peer plays one unit per shipped Modbus template; each decoded value, the ratios and
    /// the samples of the device's point equal what the peer encoded.
    void decodesEveryTemplate()
    {
        QFETCH(int, mode);
        const auto m = static_cast<Mode>(mode);
        ModbusPeer peer(dir(), QStringLiteral("gw"));
        QStringList units;
        for (int i = 0; i < m_modbusIds.size(); ++i)
            units << QStringLiteral("%1:%2").arg(i + 1).arg(m_modbusIds[i]);
        const QString error = peer.start(m, QStringLiteral("0"), units);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QList<Device> devices;
        QList<MonitoringPoint> points;
        for (int i = 0; i < m_modbusIds.size(); ++i) {
            const QString id = QStringLiteral("M%1").arg(i + 1);
            devices << meter(id, protocolOf(m), peer.hostPort(), QString::number(i + 1),
                             m_modbusIds[i]);
            points << pointOf(static_cast<std::uint32_t>(100 + i), id);
        }
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QList<Error> errors = poller.configure(devices, points);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        poller.start();
        const auto allRead = [&] {
            for (int i = 0; i < devices.size(); ++i) {
                if (rec.readingCount(devices[i].id) == 0 ||
                    rec.samples(static_cast<std::uint32_t>(100 + i)).isEmpty())
                    return false;
            }
            return true;
        };
        QVERIFY2(waitUntil(allRead, 15000), qPrintable(rec.describe(devices.last().id)));
        poller.stop();

        for (int i = 0; i < devices.size(); ++i) {
            const ModbusUnit *unit = peer.unit(i + 1);
            QVERIFY(unit);
            QCOMPARE(unit->templateId, m_modbusIds[i]);
            const Reading r = rec.readings(devices[i].id).first().reading;
            const QString diff = compareValues(r, unit->values);
            QVERIFY2(diff.isEmpty(), qPrintable(m_modbusIds[i] + QStringLiteral(": ") + diff));
            QCOMPARE(r.ptRatio, unit->pt);
            QCOMPARE(r.ctRatio, unit->ct);
            const vocsync::Sample s = rec.samples(static_cast<std::uint32_t>(100 + i)).first();
            QCOMPARE(s.tMs, r.tMs);
            const QString sdiff = compareSample(s, m_modbusIds[i], unit->values);
            QVERIFY2(sdiff.isEmpty(), qPrintable(m_modbusIds[i] + QStringLiteral(": ") + sdiff));
            const DeviceHealth h = rec.lastHealth(devices[i].id);
            QCOMPARE(h.status, DeviceHealth::Status::Ok);
            QCOMPARE(h.timeouts, 0u);
            QCOMPARE(h.badFrames, 0u);
            QCOMPARE(h.busId, peer.hostPort());
        }
        // Some template must have exercised real ratios, or the ratio path went untested.
        bool ratioSeen = false;
        for (const ModbusUnit &u : peer.units())
            ratioSeen = ratioSeen || u.pt != 1 || u.ct != 1;
        QVERIFY(ratioSeen);
    }

    /// The peer dies under a polled device and comes back on the same port: LinkDown, then
    /// polling resumes within two intervals of the peer listening, without a restart of the
    /// poller. A device on another peer polls on undisturbed all along.
    void peerRestartResumes()
    {
        ModbusPeer a(dir(), QStringLiteral("a"));
        ModbusPeer b(dir(), QStringLiteral("b"));
        QVERIFY(
            a.launch(Mode::Tcp, QStringLiteral("0"), {QStringLiteral("1:generic-modbus-meter")}));
        QVERIFY(b.launch(Mode::Tcp, QStringLiteral("0"), {QStringLiteral("1:acrel-adl400")}));
        QString error = a.waitReady();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = b.waitReady();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QString da = QStringLiteral("A");
        const QString db = QStringLiteral("B");
        poller.configure({meter(da, QStringLiteral("modbus_tcp"), a.hostPort(), QStringLiteral("1"),
                                QStringLiteral("generic-modbus-meter"), 500),
                          meter(db, QStringLiteral("modbus_tcp"), b.hostPort(), QStringLiteral("1"),
                                QStringLiteral("acrel-adl400"), 500)},
                         {});
        poller.start();
        QVERIFY2(waitUntil([&] { return rec.readingCount(da) >= 2 && rec.readingCount(db) >= 2; },
                           10000),
                 qPrintable(rec.describe(da) + QLatin1Char('\n') + rec.describe(db)));

        a.kill();
        const qint64 killedAt = rec.nowMs();
        QVERIFY2(waitUntil([&] { return rec.status(da) == DeviceHealth::Status::LinkDown; }, 3000),
                 qPrintable(rec.describe(da)));
        const qint64 downAfter = rec.firstStatusAt(da, DeviceHealth::Status::LinkDown) - killedAt;
        QVERIFY2(!rec.lastHealth(da).lastError.isEmpty(), "LinkDown without a reason");
        const int readsBefore = rec.readingCount(da);
        QTest::qWait(2500); // the station retries the refused connection meanwhile
        QCOMPARE(rec.readingCount(da), readsBefore);
        QCOMPARE(rec.status(da), DeviceHealth::Status::LinkDown);

        error = a.restart();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qint64 readyAt = rec.nowMs();
        QVERIFY2(waitUntil([&] { return rec.readingCount(da) > readsBefore; }, 5000),
                 qPrintable(rec.describe(da)));
        const qint64 resumeMs = rec.readings(da).value(readsBefore).atMs - readyAt;
        qInfo("LinkDown %lld ms after the kill; first reading %lld ms after the peer was ready "
              "(interval 1000 ms)",
              downAfter, resumeMs);
        QVERIFY2(resumeMs <= 2000, qPrintable(QStringLiteral("resumed after %1 ms").arg(resumeMs)));
        QVERIFY2(waitUntil([&] { return rec.status(da) == DeviceHealth::Status::Ok; }, 3000),
                 qPrintable(rec.describe(da)));
        QTest::qWait(1500);
        poller.stop();

        const QString diffA = checkAllReadings(rec, da, a.unit(1)->values);
        QVERIFY2(diffA.isEmpty(), qPrintable(diffA));
        // B: never a failure, one reading a second with no gap.
        for (const TimedHealth &h : rec.healths(db)) {
            QVERIFY2(h.health.status == DeviceHealth::Status::Ok ||
                         h.health.status == DeviceHealth::Status::Waiting,
                     qPrintable(healthStatusKey(h.health.status) + h.health.lastError));
        }
        const DeviceHealth hb = rec.lastHealth(db);
        QCOMPARE(hb.timeouts + hb.badFrames + hb.exceptions, 0u);
        QCOMPARE(hb.polls, hb.good);
        const QList<qint64> starts = pollStarts(rec, db);
        const qint64 span = starts.last() - starts.first();
        const qint64 gap = largestGap(starts);
        qInfo("B: %lld readings over %lld ms, largest gap %lld ms",
              static_cast<long long>(starts.size()), span, gap);
        QVERIFY2(gap <= 1200, qPrintable(QStringLiteral("B paused %1 ms").arg(gap)));
        QVERIFY(std::abs((starts.size() - 1) - span / 1000.0) <= 1.0);
        const QString diffB = checkAllReadings(rec, db, b.unit(1)->values);
        QVERIFY2(diffB.isEmpty(), qPrintable(diffB));
    }

    /// Ten devices at 1 s on ten ports: their first polls spread over the interval instead of
    /// all going out at once.
    void firstPollsStaggered()
    {
        constexpr int n = 10;
        std::vector<std::unique_ptr<ModbusPeer>> peers;
        for (int i = 0; i < n; ++i) {
            peers.push_back(std::make_unique<ModbusPeer>(dir(), QStringLiteral("p%1").arg(i)));
            QVERIFY(peers.back()->launch(Mode::Tcp, QStringLiteral("0"),
                                         {QStringLiteral("1:generic-modbus-meter")}));
        }
        QList<Device> devices;
        for (int i = 0; i < n; ++i) {
            const QString error = peers[static_cast<std::size_t>(i)]->waitReady();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            devices << meter(QStringLiteral("S%1").arg(i), QStringLiteral("modbus_tcp"),
                             peers[static_cast<std::size_t>(i)]->hostPort(), QStringLiteral("1"),
                             QStringLiteral("generic-modbus-meter"));
        }
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        poller.configure(devices, {});
        QCOMPARE(poller.buses().size(), n);
        poller.start();
        const auto allRead = [&] {
            return std::all_of(devices.begin(), devices.end(),
                               [&](const Device &d) { return rec.readingCount(d.id) > 0; });
        };
        QVERIFY2(waitUntil(allRead, 10000), "not every device was read");
        poller.stop();

        QList<qint64> first;
        for (const Device &d : devices)
            first.append(rec.readings(d.id).first().reading.tMs);
        QList<qint64> sorted = first;
        std::sort(sorted.begin(), sorted.end());
        const qint64 spread = sorted.last() - sorted.first();
        int crowd = 0; // most first polls within 50 ms
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            int k = 0;
            for (qsizetype j = i; j < sorted.size() && sorted[j] - sorted[i] < 50; ++j)
                ++k;
            crowd = std::max(crowd, k);
        }
        qInfo("first polls spread over %lld ms, at most %d within 50 ms", spread, crowd);
        QVERIFY2(spread >= 700, qPrintable(QString::number(spread)));
        QVERIFY2(crowd <= 2, qPrintable(QString::number(crowd)));
    }

    /// After a 5-s outage the missed polls are skipped, not queued: in the first second after
    /// the reconnection the peer sees at most one poll per device.
    void noBurstAfterReconnect()
    {
        ModbusPeer peer(dir(), QStringLiteral("burst"));
        const QStringList units{QStringLiteral("1:generic-modbus-meter"),
                                QStringLiteral("2:generic-modbus-meter"),
                                QStringLiteral("3:generic-modbus-meter")};
        QString error = peer.start(Mode::Tcp, QStringLiteral("0"), units);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<Device> devices;
        for (int u = 1; u <= 3; ++u) {
            devices << meter(QStringLiteral("U%1").arg(u), QStringLiteral("modbus_tcp"),
                             peer.hostPort(), QString::number(u),
                             QStringLiteral("generic-modbus-meter"));
        }
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        poller.configure(devices, {});
        poller.start();
        QVERIFY2(waitUntil([&] { return rec.readingCount(QStringLiteral("U3")) >= 2; }, 10000),
                 qPrintable(rec.describe(QStringLiteral("U3"))));
        // Requests per poll of this template, from the steady state.
        const QList<LoggedRequest> before = peer.requests();
        int perPoll = 0;
        for (const LoggedRequest &r : before)
            perPoll += r.unit == 1 ? 1 : 0;
        const int unit1Polls = rec.readingCount(QStringLiteral("U1"));
        QVERIFY(unit1Polls >= 2);
        perPoll = (perPoll + unit1Polls - 1) / unit1Polls;
        QVERIFY(perPoll >= 1);

        peer.kill();
        const qint64 killedAt = rec.nowMs();
        const qsizetype loggedBefore = peer.requests().size(); // the log goes on after restart
        QVERIFY2(
            waitUntil(
                [&] { return rec.status(QStringLiteral("U1")) == DeviceHealth::Status::LinkDown; },
                3000),
            qPrintable(rec.describe(QStringLiteral("U1"))));
        QTest::qWait(static_cast<int>(5000 - (rec.nowMs() - killedAt)));
        error = peer.restart();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qint64 readyNs = peer.readyNs();
        QTest::qWait(3000);
        poller.stop();

        QList<qint64> after;
        for (const LoggedRequest &r : peer.requests().mid(loggedBefore))
            after.append(r.requestNs);
        QVERIFY(!after.isEmpty());
        std::sort(after.begin(), after.end());
        // The first second, less 30 ms for the event loops' jitter between two polls of the
        // same device exactly one interval apart.
        const qint64 windowNs = 970LL * 1000000;
        const auto inFirstSecond = std::count_if(
            after.begin(), after.end(), [&](qint64 t) { return t - after.first() < windowNs; });
        qInfo("after the outage: %lld requests in the first second (%d devices, %d request(s) "
              "a poll), first %lld ms after the peer was ready",
              static_cast<long long>(inFirstSecond), 3, perPoll,
              (after.first() - readyNs) / 1000000);
        QVERIFY2(inFirstSecond <= 3 * perPoll,
                 qPrintable(QStringLiteral("%1 requests in the first second").arg(inFirstSecond)));
        QVERIFY(inFirstSecond >= 1);
        for (const Device &d : devices)
            QCOMPARE(rec.status(d.id), DeviceHealth::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestMeterPollerTcp)
#include "tst_meterpoller_tcp.moc"
