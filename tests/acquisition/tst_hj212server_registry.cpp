// Hj212Server's MN registry over real sockets: unknown MN, wrong password and disabled
// transmitters are rejected (logged, signalled, never answered, connection kept), one
// connection may carry several MNs, an MN moves to the connection it was last seen on,
// removed transmitters lose their connection, and status changes reach the GUI at most every
// 200 ms per MN.
#include "hj212client.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

namespace {

QByteArray upload(const QString &mn, int i, const QString &pw = kPw)
{
    return rtd(mn, "202601010000000" + QByteArray::number(10 + i),
               "20260101" + QByteArray::number(100000 + i * 100), "x01001-Rtd=1.5", 5, pw);
}

} // namespace

class TestHj212ServerRegistry : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;

    void start(const QList<TransmitterConfig> &registry, Hj212ServerSettings settings = {})
    {
        QString error;
        m_server = startServer(settings, registry, &error);
        QVERIFY2(m_server, qPrintable(error));
    }
    quint16 port() const { return m_server->serverPort(); }

private slots:
    void cleanup() { m_server.reset(); }

    /// Unknown MN: not answered (no QnRtn 4 for an upload), rejected with alarm=false, no
    /// data; the connection stays and serves a registered MN next.
    void unknownMn()
    {
        start({transmitter(kMn)});
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "CN 2011 from MN 0+1 rejected: unknown MN")));
        c.write(upload(QStringLiteral("000000000000000000000001"), 1));
        QTRY_COMPARE(rec.rejections.size(), 1);
        QCOMPARE(rec.rejections[0].mn, QStringLiteral("000000000000000000000001"));
        QCOMPARE(rec.rejections[0].reason, QStringLiteral("unknown MN"));
        QVERIFY(rec.rejections[0].peer.startsWith(QStringLiteral("127.0.0.1:")));
        QVERIFY(!rec.rejections[0].alarm);
        c.write(upload(kMn, 2));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20260101000000012"));
        QCOMPARE(c.frames().size(), 1);
        QCOMPARE(rec.samples.size(), size_t(1)); // only the registered MN's value
        QCOMPARE(m_server->transmitters().size(), 1);
    }

    /// Wrong password: not answered, counted on the MN, rejected with the transmitter's
    /// alarmOnReject; nothing of it delivered.
    void wrongPassword()
    {
        TransmitterConfig t = transmitter(kMn);
        t.alarmOnReject = true;
        start({t});
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong password")));
        c.write(upload(kMn, 1, QStringLiteral("654321")));
        QTRY_COMPARE(rec.rejections.size(), 1);
        QCOMPARE(rec.rejections[0].reason, QStringLiteral("wrong password"));
        QVERIFY(rec.rejections[0].alarm);
        QTRY_COMPARE(statusOf(*m_server, kMn).errors, 1u);
        QCOMPARE(statusOf(*m_server, kMn).lastError, QStringLiteral("wrong password"));
        QCOMPARE(statusOf(*m_server, kMn).packets, 0u);
        QVERIFY(!statusOf(*m_server, kMn).connected);
        QTest::qWait(100);
        QCOMPARE(c.frames().size(), 0);
        QVERIFY(rec.samples.empty());
        QVERIFY(c.isConnected());
    }

    /// A disabled transmitter is rejected like a stranger, but counted.
    void disabled()
    {
        TransmitterConfig t = transmitter(kMn);
        t.enabled = false;
        start({t});
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("disabled")));
        c.write(upload(kMn, 1));
        QTRY_COMPARE(rec.rejections.size(), 1);
        QCOMPARE(rec.rejections[0].reason, QStringLiteral("transmitter disabled"));
        QCOMPARE(statusOf(*m_server, kMn).errors, 1u);
        QTest::qWait(100);
        QCOMPARE(c.frames().size(), 0);
        QVERIFY(rec.samples.empty());
    }

    /// One connection, two MNs (a transmitter relaying for another): both served.
    void severalMnsOnOneConnection()
    {
        start({transmitter(kMn), transmitter(kMn2)});
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(upload(kMn, 1) + upload(kMn2, 2));
        QVERIFY(c.waitFrames(2));
        QCOMPARE(c.packet(0).mn.toString(), kMn);
        QCOMPARE(c.packet(1).mn.toString(), kMn2);
        const TransmitterStatus a = statusOf(*m_server, kMn);
        const TransmitterStatus b = statusOf(*m_server, kMn2);
        QVERIFY(a.connected && b.connected);
        QCOMPARE(a.peer, b.peer);
        QCOMPARE(a.packets, 1u);
        QCOMPARE(b.packets, 1u);
    }

    /// An MN seen on a new connection moves there: the status names the new peer, commands go
    /// there, and the old connection closing does not mark it disconnected.
    void mnMovesToNewConnection()
    {
        start({transmitter(kMn)});
        auto c1 = std::make_unique<Client>(port());
        QVERIFY(c1->waitConnected());
        c1->write(upload(kMn, 1));
        QVERIFY(c1->waitFrames(1));
        const QString peer1 = statusOf(*m_server, kMn).peer;
        Client c2(port());
        QVERIFY(c2.waitConnected());
        c2.write(upload(kMn, 2));
        QVERIFY(c2.next()); // its 9014
        const QString peer2 = statusOf(*m_server, kMn).peer;
        QVERIFY(peer1 != peer2);
        QCOMPARE(peer2, QStringLiteral("127.0.0.1:%1").arg(c2.socket().localPort()));
        const QByteArray qn = m_server->getTime(kMn);
        QVERIFY(!qn.isEmpty());
        const auto req = c2.next();
        QVERIFY(req);
        QCOMPARE(req->cn, 1011);
        QCOMPARE(req->qn.toByteArray(), qn);
        c1.reset();
        QTest::qWait(200);
        QVERIFY(statusOf(*m_server, kMn).connected);
        QCOMPARE(statusOf(*m_server, kMn).peer, peer2);
    }

    /// The connection ends: the MN is disconnected, and transmitterChanged says so.
    void disconnectShown()
    {
        start({transmitter(kMn)});
        Recorder rec(*m_server);
        auto c = std::make_unique<Client>(port());
        QVERIFY(c->waitConnected());
        c->write(upload(kMn, 1));
        QVERIFY(c->waitFrames(1));
        QTRY_VERIFY(!rec.statuses.isEmpty() && rec.statuses.last().connected);
        c.reset();
        QTRY_VERIFY(!rec.statuses.last().connected);
        QVERIFY(!statusOf(*m_server, kMn).connected);
        QCOMPARE(rec.statuses.last().packets, 1u);
    }

    /// setTransmitters without an MN closes the connections that carried only it.
    void removedTransmitterClosed()
    {
        start({transmitter(kMn), transmitter(kMn2)});
        Client a(port());
        Client b(port());
        QVERIFY(a.waitConnected() && b.waitConnected());
        a.write(upload(kMn, 1));
        b.write(upload(kMn2, 1));
        QVERIFY(a.waitFrames(1) && b.waitFrames(1));
        m_server->setTransmitters({transmitter(kMn2)}, testPlant());
        QVERIFY(a.waitDisconnected(2000));
        QTest::qWait(100);
        QVERIFY(b.isConnected());
        QCOMPARE(m_server->transmitters().size(), 1);
        QCOMPARE(m_server->transmitters()[0].mn, kMn2);
    }

    /// 40 packets in 1 s give at most one status every 200 ms (and the last one complete).
    void statusThrottled()
    {
        Hj212ServerSettings s;
        s.maxPacketsPerSecond = 100;
        start({transmitter(kMn)}, s);
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        for (int i = 0; i < 40; ++i) {
            c.write(upload(kMn, i));
            QTest::qWait(25);
        }
        QVERIFY(c.waitFrames(40));
        QTRY_COMPARE(rec.statuses.last().packets, 40u);
        QVERIFY2(rec.statuses.size() <= 9, qPrintable(QString::number(rec.statuses.size())));
        QVERIFY(rec.statuses.size() >= 3);
        for (int i = 1; i < rec.statusAtMs.size(); ++i)
            QVERIFY2(
                rec.statusAtMs[i] - rec.statusAtMs[i - 1] >= 190,
                qPrintable(QStringLiteral("%1 ms").arg(rec.statusAtMs[i] - rec.statusAtMs[i - 1])));
    }

    /// Registered transmitters are listed before they call, with their names.
    void listedBeforeConnecting()
    {
        TransmitterConfig t = transmitter(kMn);
        t.name = QStringLiteral("数采仪 1");
        t.enterpriseId = QStringLiteral("E01");
        start({t, transmitter(kMn2)});
        const QList<TransmitterStatus> l = m_server->transmitters();
        QCOMPARE(l.size(), 2);
        QCOMPARE(l[0].mn, kMn);
        QCOMPARE(l[0].name, QStringLiteral("数采仪 1"));
        QCOMPARE(l[0].enterpriseId, QStringLiteral("E01"));
        QVERIFY(!l[0].connected);
        QCOMPARE(l[0].version, -1);
    }

    /// Connected while listening; a port in use gives Disconnected with the reason.
    void linkState()
    {
        start({transmitter(kMn)});
        QCOMPARE(m_server->linkState(), LinkState::Connected);
        Hj212Server other(shippedMaps());
        Hj212ServerSettings s;
        s.address = QHostAddress(QStringLiteral("127.0.0.1"));
        s.port = port();
        other.setSettings(s);
        QSignalSpy spy(&other, &Hj212Server::linkStateChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot listen")));
        other.start();
        QCOMPARE(other.linkState(), LinkState::Disconnected);
        QCOMPARE(other.serverPort(), quint16(0));
        QVERIFY(!other.lastListenError().isEmpty());
        QCOMPARE(spy.size(), 1);
        QSignalSpy stopped(m_server.get(), &Hj212Server::linkStateChanged);
        m_server->stop();
        QCOMPARE(m_server->linkState(), LinkState::Disconnected);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(m_server->serverPort(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerRegistry)
#include "tst_hj212server_registry.moc"
