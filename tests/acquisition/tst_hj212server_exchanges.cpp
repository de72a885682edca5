// Exchanges where the server must tell packets apart (review findings #7 and #13): a data
// packet received again with its QN (the logger lost our 9014) is answered again but not
// delivered again; a 1011/1061 upload fills a command's result only when it carries that
// command's QN; the transmitter's own 9011/9012 are never answered, whatever their Flag.
#include "hj212client.h"

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

class TestHj212ServerExchanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<Client> m_client;

    void start()
    {
        Hj212ServerSettings s;
        s.backfill = false;
        s.requestTimeoutMs = 1000;
        s.maxPacketsPerSecond = 1000;
        QString error;
        m_server = startServer(s, {transmitter(kMn)}, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_rec = std::make_unique<Recorder>(*m_server);
        m_client = std::make_unique<Client>(m_server->serverPort());
        QVERIFY(m_client->waitConnected());
    }
    bool silent(int ms)
    {
        const qsizetype before = m_client->frames().size();
        QTest::qWait(ms);
        return m_client->frames().size() == before;
    }

private slots:
    void init() { start(); }
    void cleanup()
    {
        m_client.reset();
        m_rec.reset();
        m_server.reset();
    }

    /// The same real-time packet three times (a logger resending after lost 9014s): three
    /// answers with its QN, one sample, two duplicates counted. Another QN with the same
    /// DataTime is new data.
    void repeatedQnAnsweredNotDelivered()
    {
        const QByteArray p = rtd(kMn, "20261125100000001", "20261125100000", "x01001-Rtd=2.5", 5);
        for (int i = 0; i < 3; ++i) {
            m_client->write(p);
            QVERIFY(m_client->waitFrames(i + 1));
            QCOMPARE(m_client->packet(i).cn, 9014);
            QCOMPARE(m_client->packet(i).qn.toByteArray(), QByteArray("20261125100000001"));
        }
        QTRY_COMPARE(statusOf(*m_server, kMn).duplicates, 2u);
        QCOMPARE(m_rec->samples.size(), size_t(1));
        QCOMPARE(statusOf(*m_server, kMn).packets, 3u);
        QCOMPARE(statusOf(*m_server, kMn).samples, 1u);
        // Minute data with the same QN is another packet (some loggers reuse a QN per minute).
        m_client->write(packet2017(kMn, 2051, "20261125100000001",
                                   "DataTime=20261125100000;a24088-Avg=0.5", 5));
        QVERIFY(m_client->waitFrames(4));
        QTRY_COMPARE(m_rec->factors.size(), size_t(1));
        QCOMPARE(statusOf(*m_server, kMn).duplicates, 2u);
    }

    /// The memory of QNs is bounded per MN: after 300 other packets the first QN is new again.
    void qnMemoryBounded()
    {
        QByteArray burst;
        for (int i = 0; i < 300; ++i) {
            burst += rtd(kMn, "2026112510" + QByteArray::number(1000000 + i),
                         localText(localMs("20261125100000") + i * 1000LL), "x01001-Rtd=1", 4);
        }
        m_client->write(burst);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_server, kMn).packets, 300u, 30000);
        m_client->write(rtd(kMn, "20261125101000000", "20261125100000", "x01001-Rtd=1", 4));
        QTRY_COMPARE(statusOf(*m_server, kMn).packets, 301u);
        QTRY_COMPARE(m_rec->samples.size(), size_t(301));
        QCOMPARE(statusOf(*m_server, kMn).duplicates, 0u);
    }

    /// During getTime, the upload that echoes the request's QN fills the result; a
    /// spontaneous 1011 with its own QN after it does not overwrite it.
    void uploadMatchedByQn()
    {
        m_client->write(rtd(kMn, "20261125095900001", "20261125095900", "x01001-Rtd=1", 4));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        const QByteArray qn = m_server->getTime(kMn);
        QVERIFY(m_client->next());
        m_client->write(packet2017(kMn, 9011, qn, "QnRtn=1"));
        m_client->write(packet2017(kMn, 1011, qn, "SystemTime=20261125100000"));
        m_client->write(packet2017(kMn, 1011, "20261125100000555", "SystemTime=20200101000000"));
        m_client->write(packet2017(kMn, 9012, qn, "ExeRtn=1"));
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY2(m_rec->commands[0].ok, qPrintable(m_rec->commands[0].message));
        QCOMPARE(m_rec->commands[0].systemTimeMs, localMs("20261125100000"));
    }

    /// The spontaneous 1011 alone: the command has no time, and says so.
    void foreignUploadIgnored()
    {
        m_client->write(rtd(kMn, "20261125095900001", "20261125095900", "x01001-Rtd=1", 4));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        const QByteArray qn = m_server->getRtdInterval(kMn);
        QVERIFY(m_client->next());
        m_client->write(packet2017(kMn, 9011, qn, "QnRtn=1"));
        m_client->write(packet2017(kMn, 1061, "20261125100000555", "RtdInterval=120"));
        m_client->write(packet2017(kMn, 9012, qn, "ExeRtn=1"));
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(!m_rec->commands[0].ok);
        QCOMPARE(m_rec->commands[0].rtdIntervalS, 0);
    }

    /// 9011 and 9012 with Flag bit A set (Flag=5) get no 9014; a heartbeat with A does.
    void answersNeverAnswered()
    {
        m_client->write(rtd(kMn, "20261125095900001", "20261125095900", "x01001-Rtd=1", 4));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        const QByteArray qn = m_server->setTime(kMn, localMs("20261125100000"));
        QVERIFY(m_client->next());
        m_client->write(packet2017(kMn, 9011, qn, "QnRtn=1", 5));
        m_client->write(packet2017(kMn, 9012, qn, "ExeRtn=1", 5));
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(m_rec->commands[0].ok);
        QVERIFY(silent(300));
        m_client->write(packet2017(kMn, 9015, "20261125100000777", "", 5));
        const auto a = m_client->next();
        QVERIFY(a);
        QCOMPARE(a->cn, 9014);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20261125100000777"));
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerExchanges)
#include "tst_hj212server_exchanges.moc"
