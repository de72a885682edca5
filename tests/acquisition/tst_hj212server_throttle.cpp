// The rate limit of an authenticated connection pauses reading instead of dropping packets
// (review finding #2): the back-to-back answer to the station's own history request
// (HJ 212-2017 C.20: Flag=4 uploads, then the 9012) and a logger's resend burst arrive whole,
// only later; a stranger flooding the server still has its excess dropped.
#include "hj212client.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

namespace {

/// Minute `i` after 10:00 on 2026-01-01, local time (14 digits).
QByteArray minuteText(int i)
{
    return localText(localMs("20260101100000") + i * 60'000LL);
}

} // namespace

class TestHj212ServerThrottle : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;

    void start(Hj212ServerSettings s = {})
    {
        s.backfill = false;
        QString error;
        m_server = startServer(s, {transmitter(kMn)}, &error);
        QVERIFY2(m_server, qPrintable(error));
    }

private slots:
    void cleanup() { m_server.reset(); }

    /// The reviewer's proof: 9011, 120 minute records (Flag=4, new QNs) and the 9012 in one
    /// write, at 20 packets a second. All 120 records are delivered as backfilled samples, the
    /// 9012 ends the command ok, nothing is counted as an error, and it takes about 6 s.
    void historyAnswerBurstKept()
    {
        Hj212ServerSettings s;
        s.maxPacketsPerSecond = 20;
        start(s);
        Recorder rec(*m_server);
        Client c(m_server->serverPort());
        QVERIFY(c.waitConnected());
        c.write(rtd(kMn, "20260101120000000", "20260101120000", "x01001-Rtd=1.5", 4));
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        const QByteArray qn = m_server->requestHistory(kMn, 2051, localMs("20260101100000"),
                                                       localMs("20260101120000"));
        const auto request = c.next();
        QVERIFY(request);
        QCOMPARE(request->qn.toByteArray(), qn);
        constexpr int kRecords = 120;
        QByteArray burst = packet2017(kMn, 9011, qn, "QnRtn=1");
        for (int i = 0; i < kRecords; ++i) {
            burst += packet2017(kMn, 2051, "2026010112000" + QByteArray::number(1000 + i),
                                "DataTime=" + minuteText(i) +
                                    ";x01001-Min=1.0,x01001-Avg=1.5,x01001-Max=2.0,x01001-Flag=N");
        }
        burst += packet2017(kMn, 9012, qn, "ExeRtn=1");
        QElapsedTimer t;
        t.start();
        c.write(burst);
        QTRY_COMPARE_WITH_TIMEOUT(rec.commands.size(), 1, 15000);
        const qint64 took = t.elapsed();
        QVERIFY2(rec.commands[0].ok, qPrintable(rec.commands[0].message));
        QCOMPARE(rec.commands[0].records, kRecords);
        int backfilled = 0;
        for (const Sample &smp : rec.samples)
            backfilled += (smp.quality & QualityBackfilled) ? 1 : 0;
        QCOMPARE(backfilled, kRecords);
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
        QCOMPARE(statusOf(*m_server, kMn).packets, std::uint64_t(kRecords + 3));
        // 122 packets at 20 a second: read over at least 5 s, not at once.
        QVERIFY2(took >= 4500, qPrintable(QString::number(took)));
        QVERIFY(c.isConnected());
    }

    /// A logger's own resend burst (Flag=5, 150 packets, more than 5 s at the limit) is
    /// answered packet by packet, in order, and the connection stays open.
    void resendBurstAnsweredInOrder()
    {
        Hj212ServerSettings s;
        s.maxPacketsPerSecond = 25;
        start(s);
        Recorder rec(*m_server);
        Client c(m_server->serverPort());
        QVERIFY(c.waitConnected());
        constexpr int kPackets = 150;
        QByteArray burst;
        for (int i = 0; i < kPackets; ++i) {
            burst += rtd(kMn, "2026010112" + QByteArray::number(1000000 + i), minuteText(i),
                         "x01001-Rtd=" + QByteArray::number(i), 5);
        }
        c.write(burst);
        QVERIFY(c.waitFrames(kPackets, 15000));
        for (int i = 0; i < kPackets; ++i)
            QCOMPARE(c.packet(i).qn.toByteArray(), "2026010112" + QByteArray::number(1000000 + i));
        QTRY_COMPARE(rec.samples.size(), size_t(kPackets));
        QCOMPARE(rec.samples.back().value(Quantity::CurrentA), double(kPackets - 1));
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
        QVERIFY(c.isConnected());
        // 25 a second: the last answer cannot come before the 6th second started.
        QVERIFY2(c.arrivalMs(kPackets - 1) >= 4000, qPrintable(QString::number(c.arrivalMs(149))));
    }

    /// 1200 packets (about 140 KiB, more than the 64 KiB read buffer) at 300 a second: the
    /// socket's buffer fills while reading pauses, TCP flow control holds the rest in the
    /// peer, and reading resumes: every packet is delivered, in order.
    void burstBeyondReadBuffer()
    {
        Hj212ServerSettings s;
        s.maxPacketsPerSecond = 300;
        start(s);
        Recorder rec(*m_server);
        Client c(m_server->serverPort());
        QVERIFY(c.waitConnected());
        constexpr int kPackets = 1200;
        QByteArray burst;
        for (int i = 0; i < kPackets; ++i) {
            burst += rtd(kMn, "2026010112" + QByteArray::number(1000000 + i),
                         localText(localMs("20260101100000") + i * 1000LL),
                         "x01001-Rtd=" + QByteArray::number(i) + ",x01001-Flag=N", 4);
        }
        QVERIFY(burst.size() > 128 * 1024);
        c.write(burst);
        QTRY_COMPARE_WITH_TIMEOUT(rec.samples.size(), size_t(kPackets), 15000);
        for (int i = 0; i < kPackets; ++i)
            QCOMPARE(rec.samples[static_cast<size_t>(i)].value(Quantity::CurrentA), double(i));
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
    }

    /// An unauthenticated peer (unknown MN) over the limit still has the excess dropped unread.
    void strangerExcessDropped()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vocsync.acquisition.warning=false"));
        Hj212ServerSettings s;
        s.maxPacketsPerSecond = 10;
        start(s);
        Recorder rec(*m_server);
        Client c(m_server->serverPort());
        QVERIFY(c.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() % 1000 < 100, 2000);
        QByteArray burst;
        for (int i = 0; i < 40; ++i)
            burst += rtd(kMn2, "2026010112" + QByteArray::number(1000000 + i), minuteText(i), "");
        c.write(burst);
        QTest::qWait(1500);
        QCOMPARE(rec.rejections.size(), 10); // the other 30 were never parsed
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerThrottle)
#include "tst_hj212server_throttle.moc"
