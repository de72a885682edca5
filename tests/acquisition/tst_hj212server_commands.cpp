// Commands from the station to a transmitter (HJ 212-2017 C.2-C.8, C.20-C.21) against a
// scripted transmitter on a real socket: get/set time, get/set the real-time interval,
// history with and without data, refusals, resends with the same QN and the timeout, one
// command in flight per MN, and 2005-style answers that carry the QN in CP.
#include "hj212client.h"

#include "vocsync/hj212/messages.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

class TestHj212ServerCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<Client> m_client;

    quint16 port() const { return m_server->serverPort(); }

    void start(int timeoutMs = 2000)
    {
        Hj212ServerSettings s;
        s.requestTimeoutMs = timeoutMs;
        s.requestRetries = 3;
        s.backfill = false;
        TransmitterConfig t2005 = transmitter(kMn2005);
        t2005.factorMap = QStringLiteral("hj212-2005");
        QString error;
        m_server = startServer(s, {transmitter(kMn), t2005}, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_client = std::make_unique<Client>(port());
        QVERIFY(m_client->waitConnected());
        // The transmitter announces itself with an upload that asks for no answer.
        m_client->write(rtd(kMn, "20261125095900001", "20261125095900", "x01001-Rtd=1", 4));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        m_rec = std::make_unique<Recorder>(*m_server); // what follows the announcement
    }
    /// The transmitter's side of an exchange, in HJ 212-2017 form.
    void reply(int cn, const QByteArray &qn, const QByteArray &cp, int flag = 4)
    {
        m_client->write(frame("QN=" + qn + ";ST=" + (cn >= 9000 ? "91" : "32") +
                              ";CN=" + QByteArray::number(cn) + ";PW=123456;MN=" + kMn.toLatin1() +
                              ";Flag=" + QByteArray::number(flag) + ";CP=&&" + cp + "&&"));
    }
    /// Waits for the next request from the server, checks its QN, CN and header.
    std::optional<hj212::Packet> request(const QByteArray &qn, int cn)
    {
        auto r = m_client->next();
        if (!r || r->qn.toByteArray() != qn || r->cn != cn) {
            qWarning() << "unexpected request" << (r ? r->cn : -1)
                       << (r ? r->qn.toByteArray() : QByteArray());
            return std::nullopt;
        }
        return r;
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_rec.reset();
        m_server.reset();
    }

    /// C.2-C.3: 1011 -> 9011 -> 1011 upload with SystemTime -> 9012.
    void getTime()
    {
        start();
        const QByteArray qn = m_server->getTime(kMn);
        QCOMPARE(qn.size(), 17);
        const auto r = request(qn, 1011);
        QVERIFY(r);
        QVERIFY(r->answerRequested());
        QCOMPARE(r->version(), hj212::Version::V2017);
        QCOMPARE(r->st.toByteArray(), QByteArray("32")); // the transmitter's own ST
        QCOMPARE(r->pw.toByteArray(), QByteArray("123456"));
        QCOMPARE(r->mn.toString(), kMn);
        reply(9011, qn, "QnRtn=1");
        reply(1011, qn, "SystemTime=20261125100000");
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        const CommandResult &c = m_rec->commands[0];
        QVERIFY2(c.ok, qPrintable(c.message));
        QCOMPARE(c.qn, qn);
        QCOMPARE(c.cn, 1011);
        QCOMPARE(c.qnRtn, 1);
        QCOMPARE(c.exeRtn, 1);
        QCOMPARE(c.systemTimeMs, localMs("20261125100000"));
        QCOMPARE(c.message, QStringLiteral("SystemTime 2026-11-25 10:00:00"));
    }

    /// C.4: 1012 with SystemTime in UTC+8.
    void setTime()
    {
        start();
        const QByteArray qn = m_server->setTime(kMn, localMs("20261125123456"));
        const auto r = request(qn, 1012);
        QVERIFY(r);
        QCOMPARE(r->field("SystemTime").toByteArray(), QByteArray("20261125123456"));
        reply(9011, qn, "QnRtn=1");
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY2(m_rec->commands[0].ok, qPrintable(m_rec->commands[0].message));
    }

    /// C.5-C.7: 1061 -> RtdInterval upload; 1062 with RtdInterval; out-of-range refused
    /// before anything is sent.
    void rtdInterval()
    {
        start();
        const QByteArray get = m_server->getRtdInterval(kMn);
        QVERIFY(request(get, 1061));
        reply(9011, get, "QnRtn=1");
        reply(1061, get, "RtdInterval=30");
        reply(9012, get, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(m_rec->commands[0].ok);
        QCOMPARE(m_rec->commands[0].rtdIntervalS, 30);

        const QByteArray set = m_server->setRtdInterval(kMn, 60);
        const auto r = request(set, 1062);
        QVERIFY(r);
        QCOMPARE(r->field("RtdInterval").toByteArray(), QByteArray("60"));
        reply(9011, set, "QnRtn=1");
        reply(9012, set, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 2);
        QVERIFY(m_rec->commands[1].ok);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("30..3600")));
        QVERIFY(m_server->setRtdInterval(kMn, 10).isEmpty());
        QTRY_COMPARE(m_rec->commands.size(), 3);
        QVERIFY(!m_rec->commands[2].ok);
        QCOMPARE(m_rec->commands[2].cn, 1062);
        QTest::qWait(100);
        QCOMPARE(m_client->frames().size(), 2); // nothing sent for it
    }

    /// C.21: hourly data of a range, the transmitter has none (ExeRtn 100): done, 0 records.
    void historyNoData()
    {
        start();
        const QByteArray qn = m_server->requestHistory(kMn, 2061, localMs("20261125080000"),
                                                       localMs("20261125100000"));
        const auto r = request(qn, 2061);
        QVERIFY(r);
        QCOMPARE(r->field("BeginTime").toByteArray(), QByteArray("20261125080000"));
        QCOMPARE(r->field("EndTime").toByteArray(), QByteArray("20261125090000"));
        reply(9011, qn, "QnRtn=1");
        reply(9012, qn, "ExeRtn=100");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        const CommandResult &c = m_rec->commands[0];
        QVERIFY(c.ok);
        QCOMPARE(c.exeRtn, 100);
        QCOMPARE(c.records, 0);
        QVERIFY(m_rec->samples.empty());
    }

    /// C.20: minute data uploads with new QNs answer the request; each is answered (Flag=5),
    /// counted, and delivered as backfilled samples at the period start.
    void historyWithData()
    {
        start();
        const QByteArray qn = m_server->requestHistory(kMn, 2051, localMs("20261125100000"),
                                                       localMs("20261125100300"));
        QVERIFY(request(qn, 2051));
        reply(9011, qn, "QnRtn=1");
        for (int i = 0; i < 3; ++i) {
            const QByteArray m = QByteArray::number(i);
            reply(2051, "2026112510100000" + m,
                  "DataTime=20261125100" + m + "00;x01001-Min=9,x01001-Avg=1" + m +
                      ".1234,x01001-Max=12,x01001-Flag=N;x04001-Min=100" + m +
                      ".5,x04001-Avg=1100,x04001-Max=2000;a24088-Avg=0.5,a24088-Flag=N",
                  5);
        }
        QVERIFY(m_client->waitFrames(4)); // the request + three 9014
        QCOMPARE(m_client->packet(3).qn.toByteArray(), QByteArray("20261125101000002"));
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        const CommandResult &c = m_rec->commands[0];
        QVERIFY2(c.ok, qPrintable(c.message));
        QCOMPARE(c.records, 3);
        QCOMPARE(m_rec->samples.size(), size_t(3));
        for (int i = 0; i < 3; ++i) {
            const Sample &s = m_rec->samples[static_cast<size_t>(i)];
            QCOMPARE(s.point, 11u);
            QCOMPARE(s.tMs, localMs("20261125100000") + i * 60000);
            QCOMPARE(s.value(Quantity::CurrentA), 10.123 + i);  // Avg, 3 decimals
            QCOMPARE(s.value(Quantity::EnergyKwh), 1000.5 + i); // a counter: its Min
            QVERIFY(s.quality & QualityBackfilled);
            QCOMPARE(dataFlag(s.quality), DataFlag::N);
        }
        QCOMPARE(m_rec->factors.size(), size_t(3));
        QVERIFY(m_rec->factors[0].quality & QualityBackfilled);
        QCOMPARE(m_rec->factors[0].period, FactorPeriod::Minute);
        QTRY_COMPARE(statusOf(*m_server, kMn).backfilled, 6u);
    }

    /// QnRtn other than 1 ends the command at once with the reason.
    void refused()
    {
        start();
        const QByteArray qn = m_server->getTime(kMn);
        QVERIFY(request(qn, 1011));
        reply(9011, qn, "QnRtn=3");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(!m_rec->commands[0].ok);
        QCOMPARE(m_rec->commands[0].qnRtn, 3);
        QVERIFY2(m_rec->commands[0].message.contains(hj212::qnRtnText(3)),
                 qPrintable(m_rec->commands[0].message));
    }

    /// No 9011: the same frame (same QN) is sent again after each timeout, three sends in
    /// all, then the command fails.
    void resendThenTimeout()
    {
        start(300);
        QElapsedTimer t;
        t.start();
        const QByteArray qn = m_server->getTime(kMn);
        QVERIFY(m_client->waitFrames(3, 3000));
        QCOMPARE(m_client->frames()[0], m_client->frames()[1]);
        QCOMPARE(m_client->frames()[1], m_client->frames()[2]);
        QCOMPARE(m_client->packet(2).qn.toByteArray(), qn);
        const qint64 gap = m_client->arrivalMs(2) - m_client->arrivalMs(1);
        QVERIFY2(gap >= 250 && gap < 1000, qPrintable(QString::number(gap)));
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(t.elapsed() >= 850);
        QCOMPARE(m_rec->commands[0].message, QStringLiteral("no answer after 3 tries"));
        QVERIFY(!m_rec->commands[0].ok);
        QTest::qWait(400);
        QCOMPARE(m_client->frames().size(), 3);
    }

    /// A 9011 to the second send ends the resending.
    void answeredAfterResend()
    {
        start(300);
        const QByteArray qn = m_server->setTime(kMn, localMs("20261125123456"));
        QVERIFY(m_client->waitFrames(2, 2000));
        reply(9011, qn, "QnRtn=1");
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(m_rec->commands[0].ok);
        QTest::qWait(400);
        QCOMPARE(m_client->frames().size(), 2);
    }

    /// After QnRtn=1 the execution answer must follow within the timeout.
    void executionTimeout()
    {
        start(300);
        const QByteArray qn = m_server->setTime(kMn, localMs("20261125123456"));
        QVERIFY(request(qn, 1012));
        reply(9011, qn, "QnRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(!m_rec->commands[0].ok);
        QVERIFY(m_rec->commands[0].message.contains(QStringLiteral("no execution answer")));
        QCOMPARE(m_client->frames().size(), 1);
    }

    /// One command in flight per MN: the second waits until the first ends.
    void commandsQueue()
    {
        start();
        const QByteArray a = m_server->getRtdInterval(kMn);
        const QByteArray b = m_server->setTime(kMn, localMs("20261125123456"));
        QVERIFY(a != b && !b.isEmpty());
        QVERIFY(request(a, 1061));
        QTest::qWait(200);
        QCOMPARE(m_client->frames().size(), 1);
        reply(9011, a, "QnRtn=1");
        reply(1061, a, "RtdInterval=60");
        reply(9012, a, "ExeRtn=1");
        QVERIFY(request(b, 1012));
        reply(9011, b, "QnRtn=1");
        reply(9012, b, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 2);
        QCOMPARE(m_rec->commands[0].qn, a);
        QCOMPARE(m_rec->commands[1].qn, b);
        QVERIFY(m_rec->commands[0].ok && m_rec->commands[1].ok);
    }

    /// Not connected (or unknown): an empty QN, and commandFinished says why.
    void notConnected()
    {
        start();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not connected")));
        QVERIFY(m_server->getTime(kMn2005).isEmpty());
        QCOMPARE(m_rec->commands.size(), 0); // not before the caller has the QN
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(!m_rec->commands[0].ok);
        QCOMPARE(m_rec->commands[0].mn, kMn2005);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not registered")));
        QVERIFY(m_server->getTime(QStringLiteral("FFFF")).isEmpty());
        QTRY_COMPARE(m_rec->commands.size(), 2);
    }

    /// The connection ends while a command waits: it fails at once.
    void disconnectFailsCommand()
    {
        start();
        const QByteArray qn = m_server->getTime(kMn);
        QVERIFY(request(qn, 1011));
        m_client.reset();
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(!m_rec->commands[0].ok);
        QVERIFY(m_rec->commands[0].message.contains(QStringLiteral("connection closed")));
    }

    /// A 2005 transmitter gets a 2005 request (Flag without version bits) and may answer
    /// with the QN inside CP and no header QN.
    void answers2005()
    {
        start();
        m_client->write("##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime="
                        "20040516020111;B01-Rtd=100;101-Rtd=1.1,101-Flag=N;102-Rtd=2.2,102-Flag"
                        "=N&&81C1\r\n");
        QTRY_VERIFY(statusOf(*m_server, kMn2005).connected);
        const QByteArray qn = m_server->setTime(kMn2005, localMs("20261125123456"));
        const auto r = request(qn, 1012);
        QVERIFY(r);
        QCOMPARE(r->version(), hj212::Version::V2005);
        QVERIFY(r->answerRequested());
        const QByteArray tail = ";PW=123456;MN=88888880000001;Flag=0;CP=&&QN=" + qn;
        m_client->write(frame("ST=91;CN=9011" + tail + ";QnRtn=1&&"));
        m_client->write(frame("ST=91;CN=9012" + tail + ";ExeRtn=1&&"));
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY2(m_rec->commands[0].ok, qPrintable(m_rec->commands[0].message));
    }

    /// As the app runs it: the server moved to an acquisition thread; answers, samples, the
    /// resend timer and commandFinished all work across the thread boundary.
    void onAcquisitionThread()
    {
        QThread thread;
        thread.setObjectName(QStringLiteral("acquisition"));
        thread.start();
        auto *server = new Hj212Server(shippedMaps());
        Hj212ServerSettings s;
        s.address = QHostAddress(QStringLiteral("127.0.0.1"));
        s.requestTimeoutMs = 300;
        s.backfill = false;
        server->setSettings(s);
        server->setTransmitters({transmitter(kMn)}, testPlant());
        server->moveToThread(&thread);
        QVERIFY(
            QMetaObject::invokeMethod(server, &Hj212Server::start, Qt::BlockingQueuedConnection));
        QVERIFY(server->serverPort() != 0);
        {
            Recorder rec(*server);
            Client c(server->serverPort());
            QVERIFY(c.waitConnected());
            c.write(rtd(kMn, "20261125100000001", "20261125100000", "x01001-Rtd=3.5"));
            QVERIFY(c.next());
            QTRY_COMPARE(rec.samples.size(), size_t(1));
            QCOMPARE(rec.samples[0].value(Quantity::CurrentA), 3.5);
            QByteArray qn;
            QVERIFY(QMetaObject::invokeMethod(
                server, [&] { qn = server->getTime(kMn); }, Qt::BlockingQueuedConnection));
            QVERIFY(!qn.isEmpty());
            QVERIFY(c.waitFrames(4, 3000)); // the 9014 and three sends of the request
            QCOMPARE(c.packet(3).qn.toByteArray(), qn);
            QTRY_COMPARE(rec.commands.size(), 1);
            QCOMPARE(rec.commands[0].message, QStringLiteral("no answer after 3 tries"));
        }
        QVERIFY(QMetaObject::invokeMethod(
            server,
            [server] {
                server->stop();
                delete server;
            },
            Qt::BlockingQueuedConnection));
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerCommands)
#include "tst_hj212server_commands.moc"
