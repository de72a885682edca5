// Reassembler: sub-packets (HJ 212-2017 C.47-C.50, each part its own QN, DataTime repeated)
// joined in PNO order whatever order they arrive in; resent parts ignored; incomplete sets
// reported and dropped after the timeout. Memory is bounded whatever a peer announces
// (review finding #1): parts are stored sparsely, open sets are capped per MN and in all.
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/reassembler.h"

#include <QTest>

using namespace vocsync::hj212;

namespace {

// C.50, part 1 of the C.17 hourly data split in two (the standard's own frame).
const QByteArray kPart1 = "##0260QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&D941\r\n";
// Part 2 as the standard describes it (QN ...535, the rest of C.17's CP).
const QByteArray kPart2Segment = "QN=20160801085857535;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=2;CP=&&DataTime=20160801080000;w01018-Cou=63.0,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&";
// C.17: the same data in one packet.
const QByteArray kWhole = "##0325QN=20160801090000001;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=63.0,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&B7C1\r\n";

Packet parsed(const QByteArray &frame)
{
    Packet p;
    Rejection why;
    if (!parseFrame(frame, p, why))
        qFatal("rejected: %s", qPrintable(why.message));
    return p;
}

Packet part(const QByteArray &segment)
{
    return parsed(frameSegment(segment));
}

void compareCp(const Packet &joined, const Packet &whole)
{
    QCOMPARE(joined.dataTimeMs, whole.dataTimeMs);
    QCOMPARE(joined.factors.size(), whole.factors.size());
    for (size_t i = 0; i < whole.factors.size(); ++i) {
        QCOMPARE(joined.factors[i].code.view(), whole.factors[i].code.view());
        QCOMPARE(joined.factors[i].present, whole.factors[i].present);
        for (int k = 0; k < kPartCount; ++k)
            QCOMPARE(joined.factors[i].values[k], whole.factors[i].values[k]);
        QCOMPARE(joined.factors[i].flag, whole.factors[i].flag);
    }
}

} // namespace

class TestReassembler : public QObject
{
    Q_OBJECT

private slots:
    void standardSubPackets();
    void outOfOrder();
    void duplicatePartIgnored();
    void mergesSameFactorAcrossParts();
    void plainPacketPassesThrough();
    void singlePartSet();
    void setsKeptApart();
    void expiry();
    void hugeSetsStaySmall();
    void totalCapAcrossMns();
    void oneMnCannotEvictAnother();
    void pnumBeyondN4PassesThrough();
};

void TestReassembler::standardSubPackets()
{
    Reassembler r;
    QVERIFY(!r.add(parsed(kPart1), 1000));
    QCOMPARE(r.openSets(), 1);
    const auto joined = r.add(parsed(frameSegment(kPart2Segment)), 2000);
    QVERIFY(joined);
    QCOMPARE(r.openSets(), 0);
    QCOMPARE(joined->qn.view(), QByteArrayView("20160801085857534")); // part 1's header
    QCOMPARE(joined->flag, 5);                                        // D cleared
    QVERIFY(!joined->isSubpacket());
    QCOMPARE(joined->pnum, 0);
    QCOMPARE(joined->pno, 0);
    QCOMPARE(joined->cn, 2061);
    compareCp(*joined, parsed(kWhole));
    // Encoded, the joined CP is C.17's CP byte for byte.
    const QByteArray seg = encodeSegment(*joined);
    QCOMPARE(seg.mid(seg.indexOf("CP=")), kWhole.mid(kWhole.indexOf("CP="), kWhole.size() - kWhole.indexOf("CP=") - 6));
}

void TestReassembler::outOfOrder()
{
    Reassembler r;
    QVERIFY(!r.add(parsed(frameSegment(kPart2Segment)), 0));
    const auto joined = r.add(parsed(kPart1), 10);
    QVERIFY(joined);
    QCOMPARE(joined->qn.view(), QByteArrayView("20160801085857534"));
    compareCp(*joined, parsed(kWhole));
}

void TestReassembler::duplicatePartIgnored()
{
    Reassembler r;
    QVERIFY(!r.add(parsed(kPart1), 0));
    QVERIFY(!r.add(parsed(kPart1), 5)); // resent after a lost 9014
    QCOMPARE(r.openSets(), 1);
    const auto joined = r.add(parsed(frameSegment(kPart2Segment)), 10);
    QVERIFY(joined);
    QCOMPARE(joined->factors.size(), size_t(3));
    QCOMPARE(r.openSets(), 0);
    QVERIFY(!r.add(parsed(frameSegment(kPart2Segment)), 20)); // late duplicate opens a new set
    QCOMPARE(r.openSets(), 1);
}

void TestReassembler::mergesSameFactorAcrossParts()
{
    const char *head = "QN=20160801085857534;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;"
                       "Flag=6;PNUM=3;";
    Reassembler r;
    QVERIFY(!r.add(part(QByteArray(head) + "PNO=3;CP=&&DataTime=20160801085857;a24088-Flag=N&&"), 0));
    QVERIFY(!r.add(part(QByteArray(head) + "PNO=1;CP=&&DataTime=20160801085857;a24088-Rtd=1.5;"
                                           "a21026-Rtd=3&&"), 1));
    const auto joined = r.add(part(QByteArray(head) + "PNO=2;CP=&&DataTime=20160801085857;"
                                                      "a24088-Avg=1.25;PolId=a24088&&"), 2);
    QVERIFY(joined);
    QCOMPARE(joined->factors.size(), size_t(2));
    const Factor &nmhc = joined->factors[0];
    QCOMPARE(nmhc.code.view(), QByteArrayView("a24088"));
    QCOMPARE(nmhc.value(Part::Rtd), 1.5);
    QCOMPARE(nmhc.value(Part::Avg), 1.25);
    QCOMPARE(nmhc.flag, 'N');
    QCOMPARE(joined->factors[1].code.view(), QByteArrayView("a21026"));
    QCOMPARE(joined->field("PolId"), QByteArrayView("a24088"));
    QCOMPARE(joined->flag, 4);
}

void TestReassembler::plainPacketPassesThrough()
{
    Reassembler r;
    const auto out = r.add(parsed(kWhole), 0);
    QVERIFY(out);
    QCOMPARE(out->qn.view(), QByteArrayView("20160801090000001"));
    QCOMPARE(r.openSets(), 0);
}

void TestReassembler::singlePartSet()
{
    Reassembler r;
    const auto out = r.add(part("QN=20160801085857534;ST=32;CN=2061;PW=1;MN=010000A8900016F000169DC0;"
                                "Flag=7;PNUM=1;PNO=1;CP=&&DataTime=20160801080000;a-Avg=1&&"),
                           0);
    QVERIFY(out);
    QVERIFY(!out->isSubpacket());
    QCOMPARE(out->pnum, 0);
}

void TestReassembler::setsKeptApart()
{
    // Two hours of history in flight at once: DataTime tells the sets apart.
    const char *a = "ST=32;CN=2061;PW=1;MN=010000A8900016F000169DC0;Flag=6;PNUM=2;CP=&&DataTime=20160801080000;";
    const char *b = "ST=32;CN=2061;PW=1;MN=010000A8900016F000169DC0;Flag=6;PNUM=2;CP=&&DataTime=20160801090000;";
    const auto make = [](const char *head, int pno, int qn, const char *item) {
        QByteArray s = head;
        s.replace("PNUM=2;", QByteArray("PNUM=2;PNO=" + QByteArray::number(pno) + ";"));
        s.prepend(QByteArray("QN=2016080109000000" + QByteArray::number(qn) + ";"));
        return part(QByteArray(s + item + "&&"));
    };
    Reassembler r;
    QVERIFY(!r.add(make(a, 1, 1, "x-Avg=1"), 0));
    QVERIFY(!r.add(make(b, 2, 2, "y-Avg=2"), 0));
    QCOMPARE(r.openSets(), 2);
    const auto first = r.add(make(a, 2, 3, "y-Avg=3"), 0);
    QVERIFY(first);
    QCOMPARE(first->factor("y")->value(Part::Avg), 3.0);
    const auto second = r.add(make(b, 1, 4, "x-Avg=4"), 0);
    QVERIFY(second);
    QCOMPARE(second->factors[0].code.view(), QByteArrayView("x")); // PNO order
    QCOMPARE(second->factor("x")->value(Part::Avg), 4.0);
}

void TestReassembler::expiry()
{
    Reassembler r(360'000);
    QVERIFY(!r.add(parsed(kPart1), 1'000));
    QVERIFY(r.expire(360'999).isEmpty());
    QCOMPARE(r.openSets(), 1);
    const QList<QString> lines = r.expire(361'000);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(QStringLiteral("010000A8900016F000169DC0")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("2061")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("20160801080000")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("sub-packets 2 of 2 missing")), qPrintable(lines[0]));
    QCOMPARE(r.openSets(), 0);
    // The late part 2 starts a new set instead of joining a dropped one.
    QVERIFY(!r.add(parsed(frameSegment(kPart2Segment)), 400'000));
    QCOMPARE(r.openSets(), 1);
}

namespace {

/// Part `pno` of a set of `pnum` parts of `mn` at DataTime 2016-08-01 + `second` seconds.
Packet hugePart(const QByteArray &mn, int second, int pnum, int pno)
{
    Packet p = parsed(kPart1);
    p.mn.assign(mn);
    p.pnum = pnum;
    p.pno = pno;
    p.dataTimeMs += std::int64_t(second) * 1000;
    return p;
}

} // namespace

void TestReassembler::hugeSetsStaySmall()
{
    // The reviewer's scenario: a registered MN sends Flag=7;PNUM=9999;PNO=1 with a new
    // DataTime each time. 1000 such parts used to hold 1000 sets of 9999 slots (2 GB).
    Reassembler r;
    const QByteArray mn = "010000A8900016F000169DC0";
    for (int i = 0; i < 1000; ++i)
        QVERIFY(!r.add(hugePart(mn, i, 9999, 1), 1000 + i));
    QCOMPARE(r.openSets(), 64);
    QCOMPARE(r.storedParts(), 64);
    QCOMPARE(r.droppedSets(), std::uint64_t(936));
    // The drops are reported by the next expire(): 64 lines, then a count of the rest.
    const QList<QString> lines = r.expire(2000);
    QCOMPARE(lines.size(), 65);
    QVERIFY2(lines[0].contains(QStringLiteral("20160801080000")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("sub-packets 2-9999 of 9999 missing")),
             qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("more than 64 sets of this MN open")),
             qPrintable(lines[0]));
    QVERIFY2(lines[64].startsWith(QStringLiteral("872 more sets")), qPrintable(lines[64]));
    QVERIFY(r.expire(2001).isEmpty());
    // A real set of the same MN still joins: it makes room by dropping the oldest open set.
    QVERIFY(!r.add(hugePart(mn, 999, 3, 2), 3000)); // PNUM=3: another set than PNUM=9999
    QVERIFY(!r.add(hugePart(mn, 999, 3, 3), 3000));
    QVERIFY(r.add(hugePart(mn, 999, 3, 1), 3001));
    QCOMPARE(r.openSets(), 63);
    QCOMPARE(r.storedParts(), 63);
    QCOMPARE(r.droppedSets(), std::uint64_t(937));
    QCOMPARE(r.expire(3001 + 360'000).size(), 1 + 63);
    QCOMPARE(r.storedParts(), 0);
}

void TestReassembler::totalCapAcrossMns()
{
    Reassembler r(360'000, ReassemblerLimits{9999, 64, 1024});
    for (int m = 0; m < 20; ++m) {
        const QByteArray mn = "MN" + QByteArray::number(m);
        for (int i = 0; i < 64; ++i)
            QVERIFY(!r.add(hugePart(mn, i, 9999, 1 + m), m * 100 + i));
    }
    QCOMPARE(r.openSets(), 1024);
    QCOMPARE(r.storedParts(), 1024);
    QCOMPARE(r.droppedSets(), std::uint64_t(20 * 64 - 1024));
    // The oldest sets went: those of the first four MNs.
    const QList<QString> lines = r.expire(0);
    QVERIFY2(lines[0].contains(QStringLiteral("MN MN0 ")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("more than 1024 sets open")), qPrintable(lines[0]));
}

void TestReassembler::oneMnCannotEvictAnother()
{
    Reassembler r;
    const QByteArray other = "OTHER";
    QVERIFY(!r.add(hugePart(other, 0, 2, 1), 0));
    for (int i = 0; i < 500; ++i)
        QVERIFY(!r.add(hugePart("NOISY", i, 9999, 1), i));
    QCOMPARE(r.openSets(), 65);
    const std::optional<Packet> joined = r.add(hugePart(other, 0, 2, 2), 600);
    QVERIFY(joined);
    QCOMPARE(joined->mn.view(), QByteArrayView(other));
}

void TestReassembler::pnumBeyondN4PassesThrough()
{
    // Only a hand-made packet can say PNUM=10000 (the parser allows N4): no set can hold it,
    // so it comes back as it is rather than being kept.
    Reassembler r;
    const std::optional<Packet> out = r.add(hugePart("X", 0, 10000, 1), 0);
    QVERIFY(out);
    QCOMPARE(out->pnum, 10000);
    QCOMPARE(r.openSets(), 0);
}

QTEST_APPLESS_MAIN(TestReassembler)
#include "tst_reassembler.moc"
