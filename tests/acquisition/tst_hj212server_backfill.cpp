// Automatic backfill (issue 6 item 3, docs/hj212-server.md "Backfill") against a scripted
// transmitter: a jump in real-time DataTime asks for the gap by a history request (BeginTime
// and EndTime in UTC+8), what comes back is delivered with QualityBackfilled, the same gap is
// never asked twice, "no data" closes it, long gaps go in chunks of 6 h, a failed request is
// asked again when the transmitter reconnects, and nothing is asked when backfill is off.
#include "hj212client.h"

#include <QDateTime>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

class TestHj212ServerBackfill : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<Client> m_client;
    /// Yesterday, local (yyyyMMdd): DataTimes ahead of the station clock are not planned with.
    const QByteArray m_day = localText(QDateTime::currentMSecsSinceEpoch() - 86'400'000LL).left(8);

    quint16 port() const { return m_server->serverPort(); }

    void start(Hj212ServerSettings s = {}, TransmitterConfig t = transmitter(kMn),
               const QHash<QString, std::int64_t> &last = {})
    {
        QString error;
        m_server = startServer(s, {t}, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_server->setLastDataTimes(last);
        m_rec = std::make_unique<Recorder>(*m_server);
        m_client = std::make_unique<Client>(port());
        QVERIFY(m_client->waitConnected());
    }
    /// A real-time upload at local hh:mm of 2026-11-25 (Flag=4: no answer asked).
    void realTime(const QByteArray &hhmm, Client *c = nullptr)
    {
        (c ? c : m_client.get())
            ->write(
                rtd(kMn, "20261125" + hhmm + "00999", m_day + hhmm + "00", "x01001-Rtd=20.5", 4));
    }
    void reply(int cn, const QByteArray &qn, const QByteArray &cp)
    {
        m_client->write(frame("QN=" + qn + ";ST=" + (cn >= 9000 ? "91" : "32") +
                              ";CN=" + QByteArray::number(cn) + ";PW=123456;MN=" + kMn.toLatin1() +
                              ";Flag=4;CP=&&" + cp + "&&"));
    }
    /// No frame arrives in `ms`.
    bool silent(int ms)
    {
        const qsizetype before = m_client->frames().size();
        QTest::qWait(ms);
        return m_client->frames().size() == before;
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_rec.reset();
        m_server.reset();
    }

    /// 10:00 then 10:05 at a 60 s interval: 2051 for 10:01..10:05; the minute data that
    /// answers is delivered backfilled; neither a repeated 10:05 nor a reconnect asks again.
    void gapFilledOnce()
    {
        start();
        realTime("1000");
        QTRY_COMPARE(statusOf(*m_server, kMn).packets, 1u);
        QVERIFY(silent(200));
        realTime("1005");
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->cn, 2051);
        QVERIFY(r->answerRequested());
        QCOMPARE(r->field("BeginTime").toByteArray(), m_day + "100100");
        QCOMPARE(r->field("EndTime").toByteArray(), m_day + "100400");
        QTRY_VERIFY(
            statusOf(*m_server, kMn).backfillState.startsWith(QStringLiteral("requesting 2051")));
        const QByteArray qn = r->qn.toByteArray();
        reply(9011, qn, "QnRtn=1");
        for (int m = 1; m <= 4; ++m) {
            const QByteArray t = m_day + "10" + QByteArray::number(m).rightJustified(2, '0');
            reply(2051, t + "30000",
                  "DataTime=" + t + "00;x01001-Min=10,x01001-Avg=1" + QByteArray::number(m) +
                      ".5,x01001-Max=20,x01001-Flag=N");
        }
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY2(m_rec->commands[0].ok, qPrintable(m_rec->commands[0].message));
        QCOMPARE(m_rec->commands[0].records, 4);
        QCOMPARE(m_rec->samples.size(), size_t(6));
        int backfilled = 0;
        for (const Sample &s : m_rec->samples) {
            if (!(s.quality & QualityBackfilled))
                continue;
            ++backfilled;
            QCOMPARE(s.value(Quantity::CurrentA), 10.5 + backfilled);
            QCOMPARE(s.tMs, localMs(m_day + "100000") + backfilled * 60000);
        }
        QCOMPARE(backfilled, 4);
        QTRY_COMPARE(statusOf(*m_server, kMn).backfilled, 4u);
        QVERIFY(statusOf(*m_server, kMn).backfillState.isEmpty());
        QCOMPARE(statusOf(*m_server, kMn).lastDataTimeMs, localMs(m_day + "100500"));

        realTime("1005"); // repeated
        realTime("1006");
        realTime("1008"); // exactly two intervals: no gap
        QVERIFY(silent(400));
        m_client = std::make_unique<Client>(port()); // reconnect
        QVERIFY(m_client->waitConnected());
        realTime("1009");
        QVERIFY(silent(400));
        QCOMPARE(m_rec->commands.size(), 1);
    }

    /// ExeRtn 100 ("no data") closes the gap: nothing more is asked.
    void noDataClosesGap()
    {
        start();
        realTime("1000");
        realTime("1010");
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->cn, 2051);
        reply(9011, r->qn.toByteArray(), "QnRtn=1");
        reply(9012, r->qn.toByteArray(), "ExeRtn=100");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(m_rec->commands[0].ok);
        QCOMPARE(m_rec->commands[0].records, 0);
        QTRY_VERIFY(statusOf(*m_server, kMn).backfillState.isEmpty());
        realTime("1011");
        QVERIFY(silent(400));
    }

    /// settings.backfill off: a gap is not asked for.
    void backfillOff()
    {
        Hj212ServerSettings s;
        s.backfill = false;
        start(s);
        realTime("1000");
        realTime("1030");
        QVERIFY(silent(500));
    }

    /// setLastDataTimes (newest stored time at station start): the first packet after a
    /// restart reveals the gap across it.
    void gapAcrossRestart()
    {
        start({}, transmitter(kMn), {{kMn, localMs(m_day + "090000")}});
        realTime("1000");
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->field("BeginTime").toByteArray(), m_day + "090100");
        QCOMPARE(r->field("EndTime").toByteArray(), m_day + "095900");
    }

    /// A 13 h gap is asked in chunks of at most 6 h, one after the other.
    void longGapInChunks()
    {
        start({}, transmitter(kMn), {{kMn, localMs(m_day + "000000")}});
        realTime("1300");
        const QList<QPair<QByteArray, QByteArray>> expected = {
            {m_day + "000100", m_day + "060000"},
            {m_day + "060100", m_day + "120000"},
            {m_day + "120100", m_day + "125900"}};
        for (const auto &[begin, end] : expected) {
            const auto r = m_client->next();
            QVERIFY(r);
            QCOMPARE(r->cn, 2051);
            QCOMPARE(r->field("BeginTime").toByteArray(), begin);
            QCOMPARE(r->field("EndTime").toByteArray(), end);
            QVERIFY(silent(100)); // one request at a time
            reply(9011, r->qn.toByteArray(), "QnRtn=1");
            reply(9012, r->qn.toByteArray(), "ExeRtn=100");
        }
        QTRY_COMPARE(m_rec->commands.size(), 3);
        QVERIFY(silent(300));
        QTRY_VERIFY(statusOf(*m_server, kMn).backfillState.isEmpty());
    }

    /// A request nobody answers fails; the gap waits, and is asked again (same range) when
    /// the transmitter comes back.
    void failedAskedAgainOnReconnect()
    {
        Hj212ServerSettings s;
        s.requestTimeoutMs = 300;
        s.requestRetries = 1;
        start(s);
        realTime("1000");
        realTime("1005");
        const auto first = m_client->next();
        QVERIFY(first);
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QVERIFY(!m_rec->commands[0].ok);
        QTRY_VERIFY(statusOf(*m_server, kMn).backfillState.contains(QStringLiteral("not filled")));
        realTime("1006");
        QVERIFY(silent(400));
        m_client = std::make_unique<Client>(port());
        QVERIFY(m_client->waitConnected());
        QTRY_VERIFY(!statusOf(*m_server, kMn).connected);
        realTime("1007");
        const auto again = m_client->next();
        QVERIFY(again);
        QCOMPARE(again->cn, 2051);
        QCOMPARE(again->field("BeginTime").toByteArray(), m_day + "100100");
        QCOMPARE(again->field("EndTime").toByteArray(), m_day + "100400");
        QVERIFY(again->qn.toByteArray() != first->qn.toByteArray());
    }

    /// backfillCn 2011: real-time history; its values are backfilled point samples and do
    /// not count as new real-time data.
    void realTimeHistory()
    {
        TransmitterConfig t = transmitter(kMn);
        t.backfillCn = 2011;
        start({}, t);
        realTime("1000");
        realTime("1003");
        const auto r = m_client->next();
        QVERIFY(r);
        QCOMPARE(r->cn, 2011);
        QCOMPARE(r->field("BeginTime").toByteArray(), m_day + "100100");
        const QByteArray qn = r->qn.toByteArray();
        reply(9011, qn, "QnRtn=1");
        reply(2011, "20261125100400001", "DataTime=" + m_day + "100100;x01001-Rtd=7.25");
        reply(2011, "20261125100400002", "DataTime=" + m_day + "100200;x01001-Rtd=7.5");
        reply(9012, qn, "ExeRtn=1");
        QTRY_COMPARE(m_rec->commands.size(), 1);
        QCOMPARE(m_rec->commands[0].records, 2);
        QCOMPARE(m_rec->samples.size(), size_t(4));
        QVERIFY(m_rec->samples[2].quality & QualityBackfilled);
        QCOMPARE(m_rec->samples[2].value(Quantity::CurrentA), 7.25);
        QCOMPARE(statusOf(*m_server, kMn).lastDataTimeMs, localMs(m_day + "100300"));
        realTime("1004");
        QVERIFY(silent(300));
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerBackfill)
#include "tst_hj212server_backfill.moc"
