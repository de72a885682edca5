// Who may hold a connection slot and for how long (review findings #10 and #11): a connection
// must deliver an accepted packet within authTimeoutS of connecting, whatever bytes it
// trickles; maxConnectionsPerAddress counts only connections not yet authenticated (loggers
// behind one carrier NAT); an authenticated transmitter is closed only after
// max(idleTimeoutS, 3 x its real-time interval) of silence.
#include "hj212client.h"

#include <QLoggingCategory>
#include <QRegularExpression>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

namespace {

QString mnOf(int i)
{
    return QStringLiteral("%1").arg(i + 0x20000, 24, 16, QLatin1Char('0')).toUpper();
}

QByteArray upload(const QString &mn, int i)
{
    return rtd(mn, "2026010100" + QByteArray::number(1000000 + i), "20260101100000",
               "x01001-Rtd=1.5", 4);
}

} // namespace

class TestHj212ServerConnections : public QObject
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
    void init()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vocsync.acquisition.info=false"));
    }
    void cleanup()
    {
        m_server.reset();
        QLoggingCategory::setFilterRules(QString());
    }

    /// A peer trickling junk (one byte every 200 ms keeps any idle timer happy) is closed
    /// authTimeoutS after connecting; one that sent an accepted packet stays although silent.
    void authDeadline()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vocsync.acquisition.warning=false"));
        Hj212ServerSettings s;
        s.authTimeoutS = 1;
        start(s, {transmitter(kMn)});
        Client trickler(port());
        Client logger(port());
        QVERIFY(trickler.waitConnected() && logger.waitConnected());
        logger.write(upload(kMn, 1));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3000 && trickler.isConnected()) {
            trickler.write("x");
            QTest::qWait(200);
        }
        QVERIFY2(!trickler.isConnected(), "the trickler was never closed");
        QVERIFY2(t.elapsed() >= 800 && t.elapsed() < 2000,
                 qPrintable(QString::number(t.elapsed())));
        QTest::qWait(500);
        QVERIFY(logger.isConnected());
        QVERIFY(statusOf(*m_server, kMn).connected);
    }

    /// maxConnectionsPerAddress 2: authenticated connections do not count, so five loggers
    /// from one address all get in; two silent strangers fill the unauthenticated quota and
    /// the next stranger is refused.
    void perAddressCountsOnlyUnauthenticated()
    {
        Hj212ServerSettings s;
        s.maxConnectionsPerAddress = 2;
        QList<TransmitterConfig> registry;
        for (int i = 0; i < 5; ++i)
            registry << transmitter(mnOf(i));
        start(s, registry);
        std::vector<std::unique_ptr<Client>> loggers;
        for (int i = 0; i < 5; ++i) {
            loggers.push_back(std::make_unique<Client>(port()));
            QVERIFY(loggers.back()->waitConnected());
            loggers.back()->write(upload(mnOf(i), i));
            QTRY_VERIFY(statusOf(*m_server, mnOf(i)).connected);
        }
        Client strangerA(port());
        Client strangerB(port());
        QVERIFY(strangerA.waitConnected() && strangerB.waitConnected());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "connection refused: 2 connections open from this address "
                                 "\\(not yet authenticated\\)")));
        Client strangerC(port());
        QVERIFY(strangerC.waitDisconnected(3000));
        QTest::qWait(200);
        for (auto &l : loggers)
            QVERIFY(l->isConnected());
        QVERIFY(strangerA.isConnected() && strangerB.isConnected());
    }

    /// The default per-address limit is 256 (a carrier NAT may put hundreds of loggers behind
    /// one address) and the default authentication deadline 60 s.
    void defaults()
    {
        const Hj212ServerSettings s;
        QCOMPARE(s.maxConnectionsPerAddress, 256);
        QCOMPARE(s.authTimeoutS, 60);
    }

    /// idleTimeoutS 1 s, but the transmitter reports every 2 s (its configured interval): it
    /// is closed only after 3 x 2 s of silence. A stranger's connection still goes after 1 s.
    void idleFollowsInterval()
    {
        Hj212ServerSettings s;
        s.idleTimeoutS = 1;
        TransmitterConfig t = transmitter(kMn);
        t.rtdIntervalS = 2;
        start(s, {t});
        Client logger(port());
        Client quiet(port());
        QVERIFY(logger.waitConnected() && quiet.waitConnected());
        logger.write(upload(kMn, 1));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(quiet.waitDisconnected(2500));
        QTest::qWait(4000 - static_cast<int>(clock.elapsed()));
        QVERIFY2(logger.isConnected(), "closed before 3 x its interval");
        QVERIFY(logger.waitDisconnected(4000));
        QVERIFY2(clock.elapsed() >= 5500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(statusOf(*m_server, kMn).rtdIntervalS, 2);
    }

    /// The interval learned from the DataTimes counts too: 3 s spacing with a configured 1 s
    /// keeps a silent transmitter for 9 s, not 3 s.
    void idleFollowsLearnedInterval()
    {
        Hj212ServerSettings s;
        s.idleTimeoutS = 1;
        s.backfill = false; // the first 3 s step is a gap at the configured 1 s
        TransmitterConfig t = transmitter(kMn);
        t.rtdIntervalS = 1;
        start(s, {t});
        Client logger(port());
        QVERIFY(logger.waitConnected());
        for (int i = 0; i < 3; ++i) {
            logger.write(rtd(kMn, "2026010110000" + QByteArray::number(1000 + i),
                             localText(localMs("20260101100000") + i * 3000), "x01001-Rtd=1", 4));
        }
        QTRY_COMPARE(statusOf(*m_server, kMn).packets, 3u);
        QCOMPARE(statusOf(*m_server, kMn).rtdIntervalS, 3);
        QTest::qWait(4500);
        QVERIFY2(logger.isConnected(), "closed after 3 x the configured, not the real, interval");
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerConnections)
#include "tst_hj212server_connections.moc"
