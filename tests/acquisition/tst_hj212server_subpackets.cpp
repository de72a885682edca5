// Sub-packets (Flag bit D, HJ 212-2017 C.47-C.50) are delivered part by part (review findings
// #3 and #1): a part is whole items plus DataTime, so nothing waits for a set that may never
// complete. Point samples of one set that arrive together are merged into one Sample (storage
// keeps the later of two samples of a point at one instant whole, so two halves would lose a
// half); a part arriving later is delivered merged with what went before.
#include "hj212client.h"

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

class TestHj212ServerSubpackets : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<Client> m_client;

    static QByteArray part(int qn, int pnum, int pno, const QByteArray &dataTime,
                           const QByteArray &items, int flag = 7)
    {
        return packet2017(kMn, 2011, "20261125100000" + QByteArray::number(100 + qn),
                          "DataTime=" + dataTime + ";" + items, flag,
                          ";PNUM=" + QByteArray::number(pnum) + ";PNO=" + QByteArray::number(pno));
    }

private slots:
    void init()
    {
        Hj212ServerSettings s;
        s.backfill = false;
        s.maxPacketsPerSecond = 1000;
        QString error;
        m_server = startServer(s, {transmitter(kMn)}, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_rec = std::make_unique<Recorder>(*m_server);
        m_client = std::make_unique<Client>(m_server->serverPort());
        QVERIFY(m_client->waitConnected());
    }
    void cleanup()
    {
        m_client.reset();
        m_rec.reset();
        m_server.reset();
    }

    /// Part 1 of 3 is answered and then the logger gives up on the rest: part 1's values are
    /// delivered anyway, within about a second.
    void incompleteSetDelivered()
    {
        m_client->write(part(1, 3, 1, "20261125100000", "x01001-Rtd=1.5;a24088-Rtd=0.5"));
        QVERIFY(m_client->waitFrames(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->samples.size(), size_t(1), 2500);
        QCOMPARE(m_rec->samples[0].value(Quantity::CurrentA), 1.5);
        QCOMPARE(m_rec->samples[0].tMs, localMs("20261125100000"));
        QCOMPARE(m_rec->factors.size(), size_t(1));
        QCOMPARE(m_rec->factors[0].code, QStringLiteral("a24088"));
        QCOMPARE(statusOf(*m_server, kMn).samples, 2u);
    }

    /// Current in part 1, voltage in part 2, sent back to back without answers (Flag=6):
    /// one Sample with both, one batch.
    void burstMergedIntoOneSample()
    {
        m_client->write(part(1, 2, 1, "20261125100000", "x01001-Rtd=1.5,x01001-Flag=N", 6) +
                        part(2, 2, 2, "20261125100000", "x02001-Rtd=230.5,x02001-Flag=M", 6));
        QTRY_COMPARE(m_rec->samples.size(), size_t(1));
        const Sample &s = m_rec->samples[0];
        QCOMPARE(s.value(Quantity::CurrentA), 1.5);
        QCOMPARE(s.value(Quantity::VoltageV), 230.5);
        QCOMPARE(dataFlag(s.quality), DataFlag::M);
        QTest::qWait(1500);
        QCOMPARE(m_rec->samples.size(), size_t(1));
        QCOMPARE(m_rec->batches.size(), 1);
    }

    /// Part 2 comes 1.5 s after part 1 was delivered: it is delivered as the whole point
    /// (current and voltage), so the sample storage keeps has both.
    void latePartDeliveredMerged()
    {
        m_client->write(part(1, 2, 1, "20261125100000", "x01001-Rtd=1.5"));
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->samples.size(), size_t(1), 2500);
        QVERIFY(!m_rec->samples[0].has(Quantity::VoltageV));
        QTest::qWait(500);
        m_client->write(part(2, 2, 2, "20261125100000", "x02001-Rtd=230.5"));
        QTRY_COMPARE(m_rec->samples.size(), size_t(2));
        const Sample &s = m_rec->samples[1];
        QCOMPARE(s.tMs, localMs("20261125100000"));
        QCOMPARE(s.value(Quantity::CurrentA), 1.5);
        QCOMPARE(s.value(Quantity::VoltageV), 230.5);
    }

    /// The reviewer's memory proof (PNUM=9999, PNO=1, a new DataTime each time): each part is
    /// delivered, none is held, and the next set flushes the previous one at once.
    void hugePnumHoldsNothing()
    {
        QByteArray burst;
        for (int i = 0; i < 200; ++i) {
            burst += part(i, 9999, 1, localText(localMs("20261125100000") + i * 1000LL),
                          "x01001-Rtd=" + QByteArray::number(i), 6);
        }
        m_client->write(burst);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->samples.size(), size_t(200), 10000);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(m_rec->samples[static_cast<size_t>(i)].value(Quantity::CurrentA), double(i));
        QCOMPARE(statusOf(*m_server, kMn).packets, 200u);
    }

    /// A part sent again (same QN, its 9014 was lost) is answered and not delivered again.
    void resentPartNotDeliveredTwice()
    {
        const QByteArray p1 = part(1, 2, 1, "20261125100000", "a24088-Rtd=0.5");
        m_client->write(p1);
        QVERIFY(m_client->waitFrames(1));
        m_client->write(p1);
        QVERIFY(m_client->waitFrames(2));
        QCOMPARE(m_client->packet(1).qn, m_client->packet(0).qn);
        m_client->write(part(2, 2, 2, "20261125100000", "a25002-Rtd=0.25"));
        QVERIFY(m_client->waitFrames(3));
        QTRY_COMPARE(m_rec->factors.size(), size_t(2));
        QTest::qWait(300);
        QCOMPARE(m_rec->factors.size(), size_t(2));
        QCOMPARE(statusOf(*m_server, kMn).duplicates, 1u);
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerSubpackets)
#include "tst_hj212server_subpackets.moc"
