// Hj212Server turns packets into samples (docs/hj212-server.md, Conversion): electrical
// factors of bound channels become one Sample per point and DataTime, rounded to the point's
// resolution, with the data flag kept; pollutants (a24088), unknown codes and unbound
// channels become FactorSamples of the MN; minute data is kept as statistics; sub-packets are
// converted on arrival, point samples of one set merged.
#include "hj212client.h"

#include <QRegularExpression>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

class TestHj212ServerConversion : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<Client> m_client;

    quint16 port() const { return m_server->serverPort(); }

    /// Sends one segment and waits for its 9014.
    bool send(const QByteArray &segment)
    {
        const int before = static_cast<int>(m_client->frames().size());
        m_client->write(frame(segment));
        return m_client->waitFrames(before + 1);
    }
    QByteArray head(int cn, const QByteArray &qn = "20261125100000001", int flag = 5) const
    {
        return "QN=" + qn + ";ST=32;CN=" + QByteArray::number(cn) +
               ";PW=123456;MN=" + kMn.toLatin1() + ";Flag=" + QByteArray::number(flag);
    }

private slots:
    void init()
    {
        QString error;
        m_server = startServer({}, {transmitter(kMn)}, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_rec = std::make_unique<Recorder>(*m_server);
        m_client = std::make_unique<Client>(port());
        QVERIFY(m_client->waitConnected());
    }
    void cleanup()
    {
        m_client.reset();
        m_rec.reset();
        m_server.reset();
    }

    /// Bound x-codes become point samples (rounded, flag kept, T = overrange); a24088 becomes a
    /// factor sample with its flag; each packet gives one batch of each.
    void flagsAndRounding()
    {
        QVERIFY(send(head(2011) + ";CP=&&DataTime=20261125100000;x01001-Rtd=12.3456,"
                                  "x01001-Flag=N;x02001-Rtd=220.04,x02001-Flag=M;a24088-Rtd="
                                  "0.804,a24088-Flag=D;x01002-Rtd=5.678,x01002-Flag=T&&"));
        QTRY_COMPARE(m_rec->batches.size(), 1);
        QCOMPARE(m_rec->factorBatches.size(), 1);
        const SampleBatch &b = m_rec->batches[0];
        QCOMPARE(b.size(), size_t(2));
        const Sample &p1 = b[0];
        QCOMPARE(p1.point, 11u);
        QCOMPARE(p1.tMs, localMs("20261125100000"));
        QCOMPARE(p1.value(Quantity::CurrentA), 12.346);
        QCOMPARE(p1.value(Quantity::VoltageV), 220.0);
        QVERIFY(!p1.has(Quantity::PowerKw));
        QCOMPARE(dataFlag(p1.quality), DataFlag::M); // the first flag other than N
        QCOMPARE(p1.quality & QualityBackfilled, 0);
        const Sample &p2 = b[1];
        QCOMPARE(p2.point, 12u);
        QCOMPARE(p2.value(Quantity::CurrentA), 5.68);
        QCOMPARE(dataFlag(p2.quality), DataFlag::T);
        QVERIFY(p2.quality & QualityOverrange);

        QCOMPARE(m_rec->factors.size(), size_t(1));
        const FactorSample &nmhc = m_rec->factors[0];
        QCOMPARE(nmhc.code, QStringLiteral("a24088"));
        QCOMPARE(nmhc.source, kMn);
        QCOMPARE(nmhc.period, FactorPeriod::RealTime);
        QCOMPARE(nmhc.tMs, localMs("20261125100000"));
        QCOMPARE(nmhc.mask, std::uint8_t(FactorSample::Rtd));
        QCOMPARE(nmhc.rtd, 0.804);
        QCOMPARE(dataFlag(nmhc.quality), DataFlag::D);
        QCOMPARE(nmhc.quality & QualityBackfilled, 0);

        QTRY_COMPARE(statusOf(*m_server, kMn).samples, 3u);
        QCOMPARE(statusOf(*m_server, kMn).backfilled, 0u);
    }

    /// All electrical factors of one point in one packet are one Sample.
    void mergedPerPoint()
    {
        QVERIFY(send(head(2011) + ";CP=&&DataTime=20261125100000;x01001-Rtd=10.5;x02001-Rtd="
                                  "380.2;x03001-Rtd=5.5;x04001-Rtd=12345.67;x05001-Rtd=50.01&&"));
        QTRY_COMPARE(m_rec->samples.size(), size_t(1));
        const Sample &s = m_rec->samples[0];
        QCOMPARE(s.value(Quantity::CurrentA), 10.5);
        QCOMPARE(s.value(Quantity::VoltageV), 380.2);
        QCOMPARE(s.value(Quantity::PowerKw), 5.5);
        QCOMPARE(s.value(Quantity::EnergyKwh), 12345.67);
        // P1 does not measure frequency: the value is kept as a factor, not dropped.
        QVERIFY(!s.has(Quantity::FrequencyHz));
        QVERIFY(m_rec->factor(QStringLiteral("x05001")));
        QCOMPARE(m_rec->factor(QStringLiteral("x05001"))->rtd, 50.01);
        QVERIFY(m_rec->factorBatches.size() == 1);
    }

    /// Codes no map knows and channels bound to no point are stored as factors, with one
    /// warning per MN and code however often they come.
    void unknownAndUnbound()
    {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("factor zz9999 is not in factor map")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "channel 9 \\(x01009\\) is not bound")));
        QVERIFY(send(head(2011) + ";CP=&&DataTime=20261125100000;zz9999-Rtd=1.25;x01009-Rtd="
                                  "3.5&&"));
        QTRY_COMPARE(m_rec->factors.size(), size_t(2));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("zz9999|x01009")));
        QVERIFY(send(head(2011, "20261125100100001") + ";CP=&&DataTime=20261125100100;"
                                                       "zz9999-Rtd=1.5;x01009-Rtd=3.75&&"));
        QTRY_COMPARE(m_rec->factors.size(), size_t(4));
        QCOMPARE(m_rec->factors[2].code, QStringLiteral("zz9999"));
        QCOMPARE(m_rec->factors[2].rtd, 1.5);
        QCOMPARE(m_rec->factors[3].code, QStringLiteral("x01009"));
        QVERIFY(m_rec->samples.empty());
    }

    /// Unsolicited minute data: statistics stay factor samples (also for electrical codes),
    /// with min/avg/max/cou and the period.
    void minuteDataIsStatistics()
    {
        QVERIFY(send(head(2051) + ";CP=&&DataTime=20261125100000;x01001-Min=9.5,x01001-Avg=10,"
                                  "x01001-Max=10.5,x01001-Flag=N;a24088-Min=0.5,a24088-Avg=0.6,"
                                  "a24088-Max=0.7,a24088-Cou=1.2,a24088-Flag=C&&"));
        QTRY_COMPARE(m_rec->factors.size(), size_t(2));
        QVERIFY(m_rec->samples.empty());
        const FactorSample *x = m_rec->factor(QStringLiteral("x01001"));
        QVERIFY(x);
        QCOMPARE(x->period, FactorPeriod::Minute);
        QCOMPARE(x->mask, std::uint8_t(FactorSample::Min | FactorSample::Avg | FactorSample::Max));
        QCOMPARE(x->avg, 10.0);
        const FactorSample *a = m_rec->factor(QStringLiteral("a24088"));
        QVERIFY(a);
        QCOMPARE(a->min, 0.5);
        QCOMPARE(a->max, 0.7);
        QCOMPARE(a->cou, 1.2);
        QCOMPARE(dataFlag(a->quality), DataFlag::C);
        QCOMPARE(a->tMs, localMs("20261125100000"));
    }

    /// Facility running state (2021 SBx-RS) and daily running time (2041 SBx-RT).
    void facilityStateAndRunTime()
    {
        QVERIFY(send(head(2021) + ";CP=&&DataTime=20261125100000;SB1-RS=1;SB2-RS=0&&"));
        QVERIFY(send(head(2041, "20261126000000001") + ";CP=&&DataTime=20261125000000;"
                                                       "SB1-RT=1.1;SB2-RT=2.1&&"));
        QTRY_COMPARE(m_rec->factors.size(), size_t(4));
        QCOMPARE(m_rec->factors[0].code, QStringLiteral("SB1"));
        QCOMPARE(m_rec->factors[0].rtd, 1.0);
        QCOMPARE(m_rec->factors[0].period, FactorPeriod::RealTime);
        QCOMPARE(m_rec->factors[1].rtd, 0.0);
        QCOMPARE(m_rec->factors[1].mask, std::uint8_t(FactorSample::Rtd));
        QCOMPARE(m_rec->factors[3].code, QStringLiteral("SB2"));
        QCOMPARE(m_rec->factors[3].rtd, 2.1);
        QCOMPARE(m_rec->factors[3].period, FactorPeriod::Day);
    }

    /// Converted values (ZsRtd) are kept beside the measured ones, as "<code>-Zs".
    void convertedValuesKept()
    {
        QVERIFY(send(head(2011) + ";CP=&&DataTime=20261125100000;a34013-Rtd=10.5,a34013-ZsRtd="
                                  "12.25,a34013-Flag=N&&"));
        QTRY_COMPARE(m_rec->factors.size(), size_t(2));
        QCOMPARE(m_rec->factors[0].rtd, 10.5);
        QCOMPARE(m_rec->factors[1].code, QStringLiteral("a34013-Zs"));
        QCOMPARE(m_rec->factors[1].rtd, 12.25);
        QCOMPARE(dataFlag(m_rec->factors[1].quality), DataFlag::N);
    }

    /// Sub-packets (C.47-C.50): each part answered with its own QN; a part's factor samples
    /// are delivered on arrival, the point samples of the set once, merged, when the last
    /// part is in. (Before review finding #3 nothing of part 1 was delivered until part 2
    /// came, and nothing at all when it never came: tst_hj212server_subpackets.)
    void subpacketsJoined()
    {
        const QByteArray h1 = "QN=20261125100000101;ST=32;CN=2011;PW=123456;MN=" + kMn.toLatin1() +
                              ";Flag=7;PNUM=2;PNO=1";
        const QByteArray h2 = "QN=20261125100000102;ST=32;CN=2011;PW=123456;MN=" + kMn.toLatin1() +
                              ";Flag=7;PNUM=2;PNO=2";
        QVERIFY(send(h1 + ";CP=&&DataTime=20261125100000;x01001-Rtd=1.5;a24088-Rtd=0.5&&"));
        QCOMPARE(m_client->packet(0).qn.toByteArray(), QByteArray("20261125100000101"));
        QTRY_COMPARE(m_rec->factors.size(), size_t(1)); // a24088 of part 1
        QVERIFY(m_rec->samples.empty());
        QVERIFY(send(h2 + ";CP=&&DataTime=20261125100000;x02001-Rtd=230.5&&"));
        QCOMPARE(m_client->packet(1).qn.toByteArray(), QByteArray("20261125100000102"));
        QTRY_COMPARE(m_rec->batches.size(), 1);
        QCOMPARE(m_rec->samples.size(), size_t(1));
        QCOMPARE(m_rec->samples[0].value(Quantity::CurrentA), 1.5);
        QCOMPARE(m_rec->samples[0].value(Quantity::VoltageV), 230.5);
        QCOMPARE(m_rec->factors.size(), size_t(1));
        QCOMPARE(statusOf(*m_server, kMn).packets, 2u);
    }

    /// A packet the transmitter sends again on its own (2025: RF=1 in the header) carries
    /// QualityBackfilled and does not move the newest DataTime.
    void resentPacketBackfilled()
    {
        QVERIFY(send(head(2011) + ";CP=&&DataTime=20261125100500;x01001-Rtd=2&&"));
        QVERIFY(send(head(2011, "20261125100600001") + ";RF=1;CP=&&DataTime=20261125100100;"
                                                       "x01001-Rtd=1&&"));
        QTRY_COMPARE(m_rec->samples.size(), size_t(2));
        QCOMPARE(m_rec->samples[0].quality & QualityBackfilled, 0);
        QVERIFY(m_rec->samples[1].quality & QualityBackfilled);
        QCOMPARE(m_rec->samples[1].tMs, localMs("20261125100100"));
        QCOMPARE(statusOf(*m_server, kMn).backfilled, 1u);
        QCOMPARE(statusOf(*m_server, kMn).lastDataTimeMs, localMs("20261125100500"));
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerConversion)
#include "tst_hj212server_conversion.moc"
