// Hj212Server reads HJ 212 out of a TCP stream (hj212.md §13.3-13.4): packets split across
// writes down to single bytes, several in one write, garbage before or between packets, LF
// or no terminator, over-long packets, bad CRCs counted on the MN they name, and every
// rejection logged with peer, stream offset and reason.
#include "hj212client.h"

#include <QRegularExpression>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace hj212test;

namespace {

QByteArray upload(int i, int flag = 5)
{
    return rtd(kMn, "202601010000000" + QByteArray::number(10 + i),
               "20260101" + QByteArray::number(100000 + i * 100), "x01001-Rtd=1.5", flag);
}

} // namespace

class TestHj212ServerFraming : public QObject
{
    Q_OBJECT

    std::unique_ptr<Hj212Server> m_server;

    void start(Hj212ServerSettings settings = {}, bool alarm = false)
    {
        TransmitterConfig t = transmitter(kMn);
        t.alarmOnReject = alarm;
        QString error;
        m_server = startServer(settings, {t}, &error);
        QVERIFY2(m_server, qPrintable(error));
    }
    quint16 port() const { return m_server->serverPort(); }

private slots:
    void cleanup() { m_server.reset(); }

    /// One byte per read: the server still finds the frame and answers it exactly once.
    void byteByByte()
    {
        start();
        Client c(port());
        QVERIFY(c.waitConnected());
        c.writeByteByByte(upload(1));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->cn, 9014);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20260101000000011"));
        QTest::qWait(100);
        QCOMPARE(c.frames().size(), 1);
        QCOMPARE(statusOf(*m_server, kMn).packets, 1u);
    }

    /// A packet cut in two at every kind of place: in "##", in the length, in the segment, in
    /// the CRC, before the CR LF.
    void splitAnywhere()
    {
        start();
        Client c(port());
        QVERIFY(c.waitConnected());
        const QList<int> cuts = {1, 2, 4, 6, 50, -6, -3, -2, -1};
        for (int i = 0; i < cuts.size(); ++i) {
            const QByteArray f = upload(i);
            const int cut = cuts[i] > 0 ? cuts[i] : static_cast<int>(f.size()) + cuts[i];
            c.write(f.left(cut));
            QTest::qWait(30);
            c.write(f.mid(cut));
            const auto a = c.next();
            QVERIFY2(a, qPrintable(QStringLiteral("cut at %1").arg(cut)));
            QCOMPARE(a->qn.toByteArray(), "202601010000000" + QByteArray::number(10 + i));
        }
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
    }

    /// Two packets in one write: two answers, in order.
    void twoInOneWrite()
    {
        start();
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(upload(1) + upload(2));
        QVERIFY(c.waitFrames(2));
        QCOMPARE(c.packet(0).qn.toByteArray(), QByteArray("20260101000000011"));
        QCOMPARE(c.packet(1).qn.toByteArray(), QByteArray("20260101000000012"));
        QCOMPARE(statusOf(*m_server, kMn).packets, 2u);
    }

    /// Garbage (with a false "##" in it) before a good packet: skipped, logged with the peer,
    /// the stream offset and the reason, shown in the packet log; the packet is answered.
    void garbageThenGoodPacket()
    {
        start();
        Recorder rec(*m_server);
        m_server->setPacketLogging(true);
        Client c(port());
        QVERIFY(c.waitConnected());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "^hj212 127\\.0\\.0\\.1:\\d+: skipped \\d+ bytes at stream "
                                 "offset 0: ")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipped \\d+ bytes at stream "
                                                               "offset \\d+: bad_length")));
        c.write(QByteArray("GARBAGE\x00\xff\r\n", 11) + "##zz" + upload(3));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20260101000000013"));
        QTRY_VERIFY(rec.packets.size() >= 4);
        int junk = 0;
        for (const PacketRecord &r : rec.packets) {
            if (r.ok)
                continue;
            ++junk;
            QVERIFY(r.mn.isEmpty());
            QVERIFY(!r.error.isEmpty());
        }
        QVERIFY(junk >= 2);
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u); // noise names no MN
        QCOMPARE(statusOf(*m_server, kMn).packets, 1u);
    }

    /// A frame from a registered MN with a wrong CRC: not answered, counted on the MN with
    /// the reason; the next good packet on the same connection is answered.
    void badCrcCountedOnMn()
    {
        start({}, true);
        Recorder rec(*m_server);
        Client c(port());
        QVERIFY(c.waitConnected());
        QByteArray bad = upload(1);
        const qsizetype crcAt = bad.size() - 6;
        bad[crcAt] = bad[crcAt] == '0' ? '1' : '0';
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad_crc")));
        c.write(bad);
        QTRY_COMPARE(statusOf(*m_server, kMn).errors, 1u);
        const TransmitterStatus s = statusOf(*m_server, kMn);
        QVERIFY2(s.lastError.startsWith(QStringLiteral("bad_crc")), qPrintable(s.lastError));
        QVERIFY(s.lastErrorMs > 0);
        QCOMPARE(s.packets, 0u);
        QCOMPARE(rec.rejections.size(), 1); // alarmOnReject
        QCOMPARE(rec.rejections[0].mn, kMn);
        QVERIFY(rec.rejections[0].alarm);
        c.write(upload(2));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20260101000000012"));
        QCOMPARE(c.frames().size(), 1);
    }

    /// A packet that frames but does not parse (month 13) from a registered MN: counted with
    /// the codec's reason.
    void parseErrorCounted()
    {
        start();
        Client c(port());
        QVERIFY(c.waitConnected());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad_time")));
        c.write(rtd(kMn, "20260101000000001", "20261301000000", "x01001-Rtd=1"));
        QTRY_COMPARE(statusOf(*m_server, kMn).errors, 1u);
        QVERIFY(statusOf(*m_server, kMn).lastError.startsWith(QStringLiteral("bad_time")));
        QTest::qWait(100);
        QCOMPARE(c.frames().size(), 0);
    }

    /// settings.maxSegment: a longer packet is junk (counted on its MN), a short one behind it
    /// is answered.
    void overLongPacketIsJunk()
    {
        Hj212ServerSettings s;
        s.maxSegment = 200;
        start(s);
        Client c(port());
        QVERIFY(c.waitConnected());
        QByteArray many;
        for (int i = 1; i <= 12; ++i)
            many += ";x0100" + QByteArray::number(i % 10) + "-Rtd=1." + QByteArray::number(i);
        const QByteArray big = rtd(kMn, "20260101000000001", "20260101100000", many.mid(1));
        QVERIFY(big.size() > 220);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("too_long")));
        c.write(big + upload(2));
        const auto a = c.next();
        QVERIFY(a);
        QCOMPARE(a->qn.toByteArray(), QByteArray("20260101000000012"));
        QTRY_COMPARE(statusOf(*m_server, kMn).errors, 1u);
        QCOMPARE(statusOf(*m_server, kMn).packets, 1u);
    }

    /// LF only, or no terminator at all, between packets (hj212.md §13.3).
    void looseTerminators()
    {
        start();
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(upload(1).chopped(2) + "\n" + upload(2).chopped(2) + upload(3));
        QVERIFY(c.waitFrames(3));
        QCOMPARE(c.packet(2).qn.toByteArray(), QByteArray("20260101000000013"));
        QCOMPARE(statusOf(*m_server, kMn).errors, 0u);
    }
};

QTEST_GUILESS_MAIN(TestHj212ServerFraming)
#include "tst_hj212server_framing.moc"
