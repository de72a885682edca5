// Hj212Server over real sockets: the standard's example packets are accepted and answered as
// HJ 212-2017 6.5 and App. C say (9014 only when Flag bit A is set, echoing the QN; 2005
// answers carry QN and CN in CP; 1013 gets 9013 and then a 1012 with the station clock), and
// the packet log shows both directions.
#include "hj212client.h"

#include "vocsync/hj212/messages.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

namespace {

const QByteArray kC14 =
    "##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;"
    "CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime="
    "20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80\r\n";
const QByteArray kC14Answer =
    "##0087QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;"
    "CP=&&&&3240";

} // namespace

class TestHj212ServerAnswers : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;

    quint16 port() const { return m_server->serverPort(); }

private slots:
    void init()
    {
        QString error;
        TransmitterConfig t2005 = transmitter(kMn2005);
        t2005.factorMap = QStringLiteral("hj212-2005");
        m_server = startServer({}, {transmitter(kMn), t2005}, &error);
        QVERIFY2(m_server, qPrintable(error));
    }
    void cleanup() { m_server.reset(); }

    /// HJ 212-2017 C.14 with Flag=5 gets exactly the 9014 of C.14 (hj212.md §12).
    void c14AnsweredExactly()
    {
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(kC14);
        QVERIFY(c.waitFrames(1));
        QCOMPARE(c.frames().at(0), kC14Answer);
        QTRY_COMPARE(statusOf(*m_server, kMn).packets, 1u);
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
        QVERIFY(statusOf(*m_server, kMn).connected);
        QCOMPARE(statusOf(*m_server, kMn).version, 1);
        QCOMPARE(statusOf(*m_server, kMn).lastDataTimeMs, localMs("20160801085857"));
        // Its two pollutant values are kept as factor samples of the MN.
        QTRY_COMPARE(rec.factors.size(), size_t(2));
        QCOMPARE(rec.factors[0].code, QStringLiteral("w01001"));
        QCOMPARE(rec.factors[0].rtd, 7.1);
        QCOMPARE(rec.factors[1].code, QStringLiteral("w01018"));
        QCOMPARE(rec.factors[1].rtd, 2.2);
    }

    /// Flag=4 (bit A clear): accepted, not answered. A heartbeat behind it is answered, and
    /// that answer is the only frame that comes.
    void flag4GetsNoAnswer()
    {
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(rtd(kMn, "20260101000000001", "20260101000000", "x01001-Rtd=1.5", 4));
        QTest::qWait(300);
        QCOMPARE(c.frames().size(), 0);
        c.write(frame("QN=20260101000001001;ST=32;CN=9015;PW=123456;MN=" + kMn.toLatin1() +
                      ";Flag=5;CP=&&&&"));
        QVERIFY(c.waitFrames(1));
        QTest::qWait(200);
        QCOMPARE(c.frames().size(), 1);
        const hj212::Packet a = c.packet(0);
        QCOMPARE(a.cn, 9014);
        QCOMPARE(a.qn.toByteArray(), QByteArray("20260101000001001"));
        QCOMPARE(statusOf(*m_server, kMn).packets, 2u);
    }

    void standardUploadsAnswered_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QByteArray>("qn");
        QTest::newRow("C.15 2021")
            << QByteArray(
                   "##0128QN=20160801085857223;ST=32;CN=2021;PW=123456;MN=010000A8900016F000169DC0;"
                   "Flag=5;CP=&&DataTime=20160801085857;SB1-RS=1;SB2-RS=0&&F141\r\n")
            << QByteArray("20160801085857223");
        QTest::newRow("C.16 2051")
            << QByteArray(
                   "##0325QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;"
                   "Flag=5;CP=&&DataTime=20160801084000;w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg="
                   "17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7."
                   "8,"
                   "w01001-Flag=N;w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,"
                   "w01018-Flag=N&&6180\r\n")
            << QByteArray("20160801085000001");
        QTest::newRow("C.17 2061")
            << QByteArray(
                   "##0325QN=20160801090000001;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;"
                   "Flag=5;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg="
                   "17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7."
                   "8,"
                   "w01001-Flag=N;w01018-Cou=63.0,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,"
                   "w01018-Flag=N&&B7C1\r\n")
            << QByteArray("20160801090000001");
        QTest::newRow("C.19 2041")
            << QByteArray(
                   "##0132QN=20160802000000001;ST=32;CN=2041;PW=123456;MN=010000A8900016F000169DC0;"
                   "Flag=5;CP=&&DataTime=20160801000000;SB1-RT=1.1;SB2-RT=2.1&&1380\r\n")
            << QByteArray("20160802000000001");
        QTest::newRow("C.40 3020 UTF-8 log")
            << QByteArray(
                   "##0152QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;"
                   "Flag=5;CP=&&DataTime=20100301145000;PolId=w01018;i11001-Info=//清洗管路//&&9741"
                   "\r\n")
            << QByteArray("20160801085857223");
    }

    /// Every upload of App. C with Flag=5 gets a 9014 that echoes its QN (ST=91, Flag=4).
    void standardUploadsAnswered()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QByteArray, qn);
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(frame);
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->cn, 9014);
        QCOMPARE(a->qn.toByteArray(), qn);
        QCOMPARE(a->st.toByteArray(), QByteArray("91"));
        QCOMPARE(a->flag, 4);
        QCOMPARE(a->mn.toString(), kMn);
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
        QCOMPARE(statusOf(*m_server, kMn).packets, 1u);
    }

    /// HJ/T 212-2005: the App. C upload without Flag is accepted and not answered; with Flag=1
    /// the 9014 names the QN and CN inside CP and has no header QN (hj212.md §8, §13.11).
    void answers2005Style()
    {
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write("##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516020111;"
                "B01-Rtd=100;101-Rtd=1.1,101-Flag=N;102-Rtd=2.2,102-Flag=N&&81C1\r\n");
        QTRY_COMPARE(statusOf(*m_server, kMn2005).packets, 1u);
        QCOMPARE(statusOf(*m_server, kMn2005).version, 0);
        QTRY_COMPARE(rec.factors.size(), size_t(3));
        QCOMPARE(rec.factors[1].code, QStringLiteral("101"));
        QCOMPARE(dataFlag(rec.factors[1].quality), DataFlag::N);
        QCOMPARE(c.frames().size(), 0);
        c.write(frame("QN=20040516010101001;ST=32;CN=2011;PW=123456;MN=88888880000001;Flag=1;"
                      "CP=&&DataTime=20040516020211;B01-Rtd=101&&"));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->cn, 9014);
        QVERIFY(a->qn.isEmpty());
        QCOMPARE(a->field("QN").toByteArray(), QByteArray("20040516010101001"));
        QCOMPARE(a->field("CN").toByteArray(), QByteArray("2011"));
        QCOMPARE(a->version(), hj212::Version::V2005);
    }

    /// A heartbeat (CN 9015, 2025 and vendor protocols) is answered only when it asks.
    void heartbeat()
    {
        Client c(port());
        QVERIFY(c.waitConnected());
        const QByteArray head = "ST=32;CN=9015;PW=123456;MN=" + kMn.toLatin1();
        c.write(frame("QN=20260101000000001;" + head + ";Flag=4;CP=&&&&"));
        c.write(frame("QN=20260101000000002;" + head + ";Flag=5;CP=&&&&"));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->cn, 9014);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20260101000000002"));
        QTRY_COMPARE(statusOf(*m_server, kMn).packets, 2u);
    }

    /// C.4: the field asks for the time (1013); the center answers 9013 with the same QN and
    /// then sets the field's clock (1012) to its own; the exchange ends with the 9012.
    void timeCalibrationRequest()
    {
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(frame("QN=20260101000000001;ST=32;CN=1013;PW=123456;MN=" + kMn.toLatin1() +
                      ";Flag=5;CP=&&&&"));
        const auto notice = c.next();
        QVERIFY(notice);
        QCOMPARE(notice->cn, 9013);
        QCOMPARE(notice->qn.toByteArray(), QByteArray("20260101000000001"));
        const auto set = c.next();
        QVERIFY(set);
        QCOMPARE(set->cn, 1012);
        QVERIFY(set->answerRequested());
        QVERIFY(set->qn.toByteArray() != QByteArray("20260101000000001"));
        std::int64_t clockMs = 0;
        QVERIFY(hj212::parseTime(set->field("SystemTime"), clockMs));
        QVERIFY(std::abs(clockMs - QDateTime::currentMSecsSinceEpoch()) < 5000);
        const QByteArray tail = ";PW=123456;MN=" + kMn.toLatin1() + ";Flag=4;CP=&&";
        c.write(frame("QN=" + set->qn.toByteArray() + ";ST=91;CN=9011" + tail + "QnRtn=1&&"));
        c.write(frame("QN=" + set->qn.toByteArray() + ";ST=91;CN=9012" + tail + "ExeRtn=1&&"));
        QTRY_COMPARE(rec.commands.size(), 1);
        QVERIFY2(rec.commands[0].ok, qPrintable(rec.commands[0].message));
        QCOMPARE(rec.commands[0].cn, 1012);
        QCOMPARE(rec.commands[0].exeRtn, 1);
    }

    /// Several packets in one write are answered in their order.
    void answersInOrder()
    {
        Client c(port());
        QVERIFY(c.waitConnected());
        QByteArray bytes;
        for (int i = 0; i < 10; ++i) {
            bytes += rtd(kMn, "2026010100000000" + QByteArray::number(i),
                         "2026010100" + QByteArray::number(10 + i) + "00", "x01001-Rtd=1");
        }
        c.write(bytes);
        QVERIFY(c.waitFrames(10));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(c.packet(i).qn.toByteArray(), "2026010100000000" + QByteArray::number(i));
    }

    /// With logging on, packetLogged carries the packet in, decoded, and the answer out, raw
    /// as on the wire; with logging off nothing is emitted.
    void packetLog()
    {
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(kC14);
        QVERIFY(c.waitFrames(1));
        QTest::qWait(50);
        QCOMPARE(rec.packets.size(), 0);
        m_server->setPacketLogging(true);
        c.write(kC14);
        QVERIFY(c.waitFrames(2));
        QTRY_COMPARE(rec.packets.size(), 2);
        const PacketRecord &in = rec.packets[0];
        QVERIFY(in.incoming);
        QVERIFY(in.ok);
        QCOMPARE(in.mn, kMn);
        QCOMPARE(in.raw, kC14.chopped(2));
        QVERIFY(in.json.contains("w01018"));
        QVERIFY(in.peer.startsWith(QStringLiteral("127.0.0.1:")));
        const PacketRecord &out = rec.packets[1];
        QVERIFY(!out.incoming);
        QCOMPARE(out.raw, kC14Answer);
        QVERIFY(out.json.contains("9014"));
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerAnswers)
#include "tst_hj212server_answers.moc"
