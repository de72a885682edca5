// Hj212Server's protection of the many against the few, over real sockets: idle timeout,
// packets per second per connection (an authenticated transmitter is read more slowly, its
// packets all kept; a stranger's excess is dropped and a stranger flooding for 5 s closed),
// connections per address and in all, 200 concurrent transmitters all answered, and a
// well-behaved transmitter answered promptly while one peer floods valid packets and another
// spews garbage.
#include "hj212client.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

namespace {

QString mnOf(int i)
{
    return QStringLiteral("%1").arg(i + 0x10000, 24, 16, QLatin1Char('0')).toUpper();
}

QByteArray upload(const QString &mn, int i, int flag = 5)
{
    return rtd(mn, "2026010100" + QByteArray::number(1000000 + i), "20260101100000",
               "x01001-Rtd=1.5", flag);
}

/// A peer on its own thread writing `chunk` as fast as TCP takes it, until stopped or closed
/// by the server.
class Spewer : public QThread
{
public:
    Spewer(quint16 port, QByteArray chunk) : m_port(port), m_chunk(std::move(chunk)) {}
    std::atomic<bool> stop{false};
    std::atomic<bool> connected{false};
    std::atomic<bool> closedByServer{false};
    std::atomic<qint64> closedAtMs{-1};
    std::atomic<qint64> bytesWritten{0};

protected:
    void run() override
    {
        QElapsedTimer clock;
        clock.start();
        QTcpSocket s;
        s.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), m_port);
        if (!s.waitForConnected(3000))
            return;
        connected = true;
        while (!stop) {
            if (s.state() != QAbstractSocket::ConnectedState) {
                closedByServer = true;
                closedAtMs = clock.elapsed();
                return;
            }
            if (s.bytesToWrite() < 4 * m_chunk.size())
                bytesWritten += s.write(m_chunk);
            s.waitForBytesWritten(20);
            s.readAll();
        }
    }

private:
    quint16 m_port;
    QByteArray m_chunk;
};

} // namespace

class TestHj212ServerLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;

    void start(const Hj212ServerSettings &s, const QList<TransmitterConfig> &registry)
    {
        QString error;
        m_server = startServer(s, registry, &error);
        QVERIFY2(m_server, qPrintable(error));
    }
    quint16 port() const { return m_server->serverPort(); }

private slots:
    void cleanup() { m_server.reset(); }

    /// idleTimeoutS with no byte closes; a peer that keeps talking stays, and once silent is
    /// closed after max(idleTimeoutS, 3 x its real-time interval), here 3 x 1 s. (Before
    /// review finding #11 the transmitter went after idleTimeoutS; its interval is now 1 s, as
    /// the default 60 s would keep it for 3 min.)
    void idleTimeout()
    {
        Hj212ServerSettings s;
        s.idleTimeoutS = 1;
        TransmitterConfig fast = transmitter(kMn);
        fast.rtdIntervalS = 1;
        start(s, {fast});
        QElapsedTimer t;
        t.start();
        Client quiet(port());
        Client chatty(port());
        QVERIFY(quiet.waitConnected() && chatty.waitConnected());
        while (t.elapsed() < 1800) {
            chatty.write(upload(kMn, static_cast<int>(t.elapsed()), 4));
            QTest::qWait(300);
            if (!quiet.isConnected())
                break;
        }
        QVERIFY(quiet.waitDisconnected(2000));
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(t.elapsed() < 2600, qPrintable(QString::number(t.elapsed())));
        QVERIFY(chatty.isConnected());
        QElapsedTimer silence;
        silence.start();
        QTRY_VERIFY_WITH_TIMEOUT(!chatty.isConnected(), 5000); // silent now: closed too
        QVERIFY2(silence.elapsed() >= 2000, qPrintable(QString::number(silence.elapsed())));
    }

    /// 50 packets in one second with a limit of 20 from a registered transmitter: all 50
    /// answered, in order, but over three seconds (20, 20, 10); nothing dropped or counted as
    /// an error, the connection stays. (Before review finding #2 this test expected 30 of them
    /// dropped.)
    void rateLimit()
    {
        Hj212ServerSettings s;
        s.maxPacketsPerSecond = 20;
        start(s, {transmitter(kMn)});
        Client c(port());
        QVERIFY(c.waitConnected());
        // Start early in a wall-clock second, so the burst is read within one.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() % 1000 < 100, 2000);
        QByteArray burst;
        for (int i = 0; i < 50; ++i)
            burst += upload(kMn, i);
        c.write(burst);
        QVERIFY(c.waitFrames(20));
        QTest::qWait(300);
        QCOMPARE(c.frames().size(), 20);
        QVERIFY(c.waitFrames(50, 4000));
        for (int i = 0; i < 50; ++i)
            QCOMPARE(c.packet(i).qn.toByteArray(), "2026010100" + QByteArray::number(1000000 + i));
        QVERIFY2(c.arrivalMs(49) - c.arrivalMs(0) >= 1500,
                 qPrintable(QString::number(c.arrivalMs(49) - c.arrivalMs(0))));
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
        QCOMPARE(statusOf(*m_server, kMn).packets, 50u);
        QVERIFY(c.isConnected());
    }

    /// maxConnectionsPerAddress: the extra connection is closed at once, the others work,
    /// and a place freed is taken again.
    void connectionsPerAddress()
    {
        Hj212ServerSettings s;
        s.maxConnectionsPerAddress = 3;
        start(s, {transmitter(kMn)});
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Client>(port()));
            QVERIFY(clients.back()->waitConnected());
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "connection refused: 3 connections open from this address")));
        Client extra(port());
        QVERIFY(extra.waitDisconnected(3000));
        for (auto &c : clients) {
            c->write(upload(kMn, 1));
            QVERIFY(c->waitFrames(1));
        }
        clients.pop_back();
        QTest::qWait(100);
        Client again(port());
        QVERIFY(again.waitConnected());
        again.write(upload(kMn, 2));
        QVERIFY(again.waitFrames(1));
    }

    /// maxConnections counts every address (127.0.0.x are all loopback on Linux).
    void connectionsInAll()
    {
        Hj212ServerSettings s;
        s.maxConnections = 3;
        s.maxConnectionsPerAddress = 2;
        start(s, {transmitter(kMn)});
        Client a(port(), QHostAddress(QStringLiteral("127.0.0.1")));
        Client b(port(), QHostAddress(QStringLiteral("127.0.0.1")));
        Client c(port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(a.waitConnected() && b.waitConnected() && c.waitConnected());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "127\\.0\\.0\\.3:\\d+: connection refused: 3 "
                                               "connections open$")));
        Client d(port(), QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(d.waitDisconnected(3000));
        c.write(upload(kMn, 1));
        QVERIFY(c.waitFrames(1));
    }

    /// 200 transmitters at once, three packets each: 600 answers, each to its own QN, and
    /// every MN counted.
    void twoHundredClients()
    {
        Hj212ServerSettings s;
        s.maxConnectionsPerAddress = 250;
        QList<TransmitterConfig> registry;
        for (int i = 0; i < 200; ++i)
            registry << transmitter(mnOf(i));
        start(s, registry);
        Recorder rec(*m_server);
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 200; ++i)
            clients.push_back(std::make_unique<Client>(port()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(clients.begin(), clients.end(),
                                   [](const auto &c) { return c->isConnected(); });
            },
            10000));
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 200; ++i)
                clients[static_cast<size_t>(i)]->write(upload(mnOf(i), i * 10 + round));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(clients.begin(), clients.end(),
                                   [](const auto &c) { return c->frames().size() >= 3; });
            },
            20000));
        int answers = 0;
        for (int i = 0; i < 200; ++i) {
            const Client &c = *clients[static_cast<size_t>(i)];
            answers += static_cast<int>(c.frames().size());
            for (int k = 0; k < 3; ++k) {
                const hj212::Packet a = c.packet(k);
                QCOMPARE(a.cn, 9014);
                QCOMPARE(a.mn.toString(), mnOf(i));
                QCOMPARE(a.qn.toByteArray(),
                         "2026010100" + QByteArray::number(1000000 + i * 10 + k));
            }
        }
        QCOMPARE(answers, 600);
        QCOMPARE(rec.samples.size(), size_t(600));
        for (const TransmitterStatus &t : m_server->transmitters()) {
            QCOMPARE(t.packets, 3u);
            QVERIFY(t.connected);
        }
    }

    /// One peer floods valid packets, another spews garbage: a well-behaved transmitter's
    /// packets are answered promptly all along. The garbage spewer is closed after about 5 s;
    /// the flooder, a registered transmitter, is read at 20 packets a second and not closed
    /// (before review finding #2 it was closed and its excess counted as errors).
    void floodDoesNotDelayOthers()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vocsync.acquisition.warning=false\n"
                                                        "vocsync.acquisition.info=false"));
        Hj212ServerSettings s;
        start(s, {transmitter(kMn), transmitter(kMn2)});
        Recorder rec(*m_server);
        QByteArray flood;
        for (int i = 0; i < 100; ++i)
            flood += upload(kMn2, i, 4);
        QByteArray garbage(64 * 1024, '\0');
        QRandomGenerator rng(212);
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>(i % 997 < 2 ? '#' : rng.bounded(256));
        Spewer flooder(port(), flood);
        Spewer spewer(port(), garbage);
        QElapsedTimer floodClock;
        floodClock.start();
        flooder.start();
        spewer.start();
        QTRY_VERIFY(flooder.connected && spewer.connected);
        QTest::qWait(300);

        Client good(port());
        QVERIFY(good.waitConnected());
        QList<qint64> latencies;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 30; ++i) {
            const qint64 sent = good.elapsedMs();
            good.write(upload(kMn, i));
            if (!good.waitFrames(i + 1, 3000))
                break;
            latencies << good.arrivalMs(i) - sent;
            QTest::qWait(100);
        }
        const qint64 bytesDuring = flooder.bytesWritten + spewer.bytesWritten;
        QCOMPARE(latencies.size(), 30);
        std::sort(latencies.begin(), latencies.end());
        qInfo() << "answer latency ms: median" << latencies[15] << "max" << latencies.last()
                << "offenders wrote" << bytesDuring / 1024 << "KiB";
        QVERIFY2(latencies[15] < 150, // about 25 ms here; room for ASan and a busy CI
                 qPrintable(QString::number(latencies[15])));
        QVERIFY2(latencies.last() < 1500, qPrintable(QString::number(latencies.last())));
        QVERIFY(bytesDuring > 1024 * 1024); // they really flooded

        QVERIFY(QTest::qWaitFor([&] { return spewer.closedByServer.load(); }, 8000));
        QVERIFY2(spewer.closedAtMs >= 4500, qPrintable(QString::number(spewer.closedAtMs)));
        const std::uint64_t flooded = statusOf(*m_server, kMn2).packets;
        const qint64 floodS = floodClock.elapsed() / 1000;
        flooder.stop = spewer.stop = true;
        flooder.wait();
        spewer.wait();
        QVERIFY(good.isConnected());
        QVERIFY(!flooder.closedByServer);
        QCOMPARE(statusOf(*m_server, kMn2).errors, 0u);
        qInfo() << "flooder served" << flooded << "packets in" << floodS << "s";
        QVERIFY2(flooded >= 20u * 4 && flooded <= 20u * static_cast<std::uint64_t>(floodS + 2),
                 qPrintable(QString::number(flooded)));
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
        QCOMPARE(statusOf(*m_server, kMn).packets, 30u);
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerLimits)
#include "tst_hj212server_limits.moc"
