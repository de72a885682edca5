// Gap planning against a scripted transmitter (review findings #4, #5, #6): the real-time
// interval in use is the transmitter's real one (observed DataTime spacing, or a successful
// 1061/1062), a DataTime far ahead of the station clock is not planned with, a failed request
// is asked again on a timer with backoff while the transmitter stays connected, and the range
// asked is aligned to whole periods of the history CN (BeginTime rounded up) and matched with
// the same inclusive rule.
#include "hj212client.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

class TestHj212ServerGaps : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<Client> m_client;
    /// Yesterday, local (yyyyMMdd): the data times of these tests are in the past.
    const QByteArray m_day = localText(QDateTime::currentMSecsSinceEpoch() - 86'400'000LL).left(8);
    int m_qn = 0;

    void start(Hj212ServerSettings s = {}, TransmitterConfig t = transmitter(kMn))
    {
        QString error;
        m_server = startServer(s, {t}, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_rec = std::make_unique<Recorder>(*m_server);
        m_client = std::make_unique<Client>(m_server->serverPort());
        QVERIFY(m_client->waitConnected());
    }
    QByteArray nextQn() { return "20260101000" + QByteArray::number(100000 + ++m_qn); }
    /// A real-time upload (Flag=4) at UTC ms `t`.
    void realTimeAt(std::int64_t t)
    {
        m_client->write(rtd(kMn, nextQn(), localText(t), "x01001-Rtd=20.5", 4));
    }
    /// A real-time upload at local hhmmss of m_day.
    void realTime(const QByteArray &hhmmss) { realTimeAt(localMs(m_day + hhmmss)); }
    void reply(int cn, const QByteArray &qn, const QByteArray &cp)
    {
        m_client->write(packet2017(kMn, cn, qn, cp));
    }
    bool silent(int ms)
    {
        const qsizetype before = m_client->frames().size();
        QTest::qWait(ms);
        return m_client->frames().size() == before;
    }
    /// Answers the history request `r` with "no data".
    void noData(const hj212::Packet &r)
    {
        reply(9011, r.qn.toByteArray(), "QnRtn=1");
        reply(9012, r.qn.toByteArray(), "ExeRtn=100");
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_rec.reset();
        m_server.reset();
    }

    /// Configured 60 s, really 300 s: the first step is taken for a gap (nothing better is
    /// known yet), every later one is not, and the status shows 300 s.
    void intervalFromSpacing()
    {
        start();
        realTime("100000");
        realTime("100500");
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->cn, 2051);
        noData(*r);
        QTRY_COMPARE(m_rec->commands.size(), 1);
        realTime("101000");
        realTime("101500");
        realTime("102000");
        QVERIFY(silent(500));
        QCOMPARE(statusOf(*m_server, kMn).rtdIntervalS, 300);
        realTime("103500"); // 15 min: three intervals of 300 s, a gap
        const auto g = m_client->next();
        QVERIFY(g);
        QCOMPARE(g->field("BeginTime").toByteArray(), m_day + "102500");
        QCOMPARE(g->field("EndTime").toByteArray(), m_day + "103400");
    }

    /// A successful 1062 (set 300 s) and 1061 (reports 900 s) set the interval at once.
    void intervalFromCommands()
    {
        Hj212ServerSettings s;
        s.requestTimeoutMs = 2000;
        start(s);
        m_client->write(packet2017(kMn, 9015, nextQn(), "")); // heartbeat: connected
        QTRY_VERIFY(statusOf(*m_server, kMn).connected);
        const QByteArray set = m_server->setRtdInterval(kMn, 300);
        QVERIFY(m_client->next());
        reply(9011, set, "QnRtn=1");
        reply(9012, set, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(m_rec->commands[0].ok);
        QTRY_COMPARE(statusOf(*m_server, kMn).rtdIntervalS, 300);
        realTime("100000");
        realTime("100500");
        QVERIFY(silent(400));
        const QByteArray get = m_server->getRtdInterval(kMn);
        QVERIFY(m_client->next());
        reply(9011, get, "QnRtn=1");
        reply(1061, get, "RtdInterval=900");
        reply(9012, get, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 2);
        QCOMPARE(statusOf(*m_server, kMn).rtdIntervalS, 900);
        realTime("102000");
        QVERIFY(silent(400));
        realTime("105000"); // exactly two intervals of 900 s: no gap
        QVERIFY(silent(400));
        realTime("113000"); // 40 min: 11:05 .. 11:29 missing
        const auto g = m_client->next();
        QVERIFY(g);
        QCOMPARE(g->field("BeginTime").toByteArray(), m_day + "110500");
        QCOMPARE(g->field("EndTime").toByteArray(), m_day + "112900");
    }

    /// A DataTime a day ahead of the station clock is delivered but not planned with (a
    /// warning names the clock); the next sane DataTime still finds its gap.
    void futureDataTimeIgnored()
    {
        start();
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const std::int64_t base = now - now % 60'000 - 30 * 60'000LL;
        realTimeAt(base);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ahead of the station clock")));
        realTimeAt(base + 86'400'000LL);
        QVERIFY(silent(400));
        QTRY_COMPARE(m_rec->samples.size(), size_t(2));
        realTimeAt(base + 5 * 60'000LL);
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->field("BeginTime").toByteArray(), localText(base + 60'000));
        QCOMPARE(r->field("EndTime").toByteArray(), localText(base + 4 * 60'000));
    }

    /// A request nobody answers is asked again while connected: after backfillRetryMinMs,
    /// then after twice that; answered, it stops.
    void failedRetriedWithBackoff()
    {
        Hj212ServerSettings s;
        s.requestTimeoutMs = 300;
        s.requestRetries = 1;
        s.backfillRetryMinMs = 600;
        s.backfillRetryMaxMs = 1200;
        start(s);
        realTime("100000");
        realTime("100500");
        QList<hj212::Packet> asked;
        QList<qint64> at;
        for (int i = 0; i < 3; ++i) {
            const auto r = m_client->next(4000);
            QVERIFY2(r, qPrintable(QStringLiteral("request %1 never came").arg(i + 1)));
            asked << *r;
            at << m_client->arrivalMs(m_client->taken() - 1);
        }
        for (const hj212::Packet &r : asked) {
            QCOMPARE(r.cn, 2051);
            QCOMPARE(r.field("BeginTime").toByteArray(), m_day + "100100");
            QCOMPARE(r.field("EndTime").toByteArray(), m_day + "100400");
        }
        QVERIFY(asked[0].qn.toByteArray() != asked[1].qn.toByteArray());
        QVERIFY2(at[1] - at[0] >= 800, qPrintable(QString::number(at[1] - at[0])));
        QVERIFY2(at[2] - at[1] >= 1400, qPrintable(QString::number(at[2] - at[1])));
        QVERIFY(statusOf(*m_server, kMn).connected);
        noData(asked[2]);
        QTRY_VERIFY(statusOf(*m_server, kMn).backfillState.isEmpty());
        QVERIFY(silent(1500));
    }

    /// 09:59:30 then 10:05:00 at 60 s: the gap [10:00:30, 10:05) asks minutes 10:01..10:04
    /// (10:00 began before the gap); uploads count when their DataTime is in [Begin, End].
    void alignedToPeriods()
    {
        start();
        realTime("095930");
        realTime("100500");
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->field("BeginTime").toByteArray(), m_day + "100100");
        QCOMPARE(r->field("EndTime").toByteArray(), m_day + "100400");
        const QByteArray qn = r->qn.toByteArray();
        reply(9011, qn, "QnRtn=1");
        for (const QByteArray t : {"100000", "100100", "100200", "100300", "100400", "100430"})
            reply(2051, nextQn(), "DataTime=" + m_day + t + ";x01001-Avg=1.5,x01001-Flag=N");
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(m_rec->commands[0].ok);
        QCOMPARE(m_rec->commands[0].records, 4);
        QTRY_COMPARE(statusOf(*m_server, kMn).backfilled, 4u);
    }

    /// Hour data fills only whole hours: a five-minute gap holds none, nothing is asked.
    void noWholePeriodNothingAsked()
    {
        TransmitterConfig t = transmitter(kMn);
        t.backfillCn = 2061;
        start({}, t);
        realTime("100000");
        realTime("100500");
        QVERIFY(silent(500));
        QVERIFY(statusOf(*m_server, kMn).backfillState.isEmpty());
        realTime("120500"); // 10:01 .. 12:04 holds the hour 11:00
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->cn, 2061);
        QCOMPARE(r->field("BeginTime").toByteArray(), m_day + "110000");
        QCOMPARE(r->field("EndTime").toByteArray(), m_day + "110000");
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerGaps)
#include "tst_hj212server_gaps.moc"
