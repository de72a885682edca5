// Encoding: strict header order, numbers with their decimals or in their shortest exact form,
// round trips of built and random packets, the size limits and sub-packet splitting
// (HJ 212-2017 6.3.1-6.3.2, C.47-C.50).
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/crc.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QTest>

using namespace vocsync::hj212;

namespace {

constexpr const char *kMn = "010000A8900016F000169DC0";

QByteArray code(const char *prefix, int n)
{
    return QByteArray(prefix).append(QByteArray::number(n));
}

QByteArray crlf(const char *frame)
{
    return QByteArray(frame) + "\r\n";
}

// Local (UTC+8) wall-clock time as UTC ms.
std::int64_t local(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    const QDateTime t(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(8 * 3600));
    return t.toMSecsSinceEpoch();
}

// Everything parse(encode(p)) must give back (the decimals a value was set with are -1 or the
// received ones, so values are compared, not their text).
void compareFactor(const Factor &a, const Factor &b)
{
    QCOMPARE(a.code.view(), b.code.view());
    QCOMPARE(a.present, b.present);
    for (int i = 0; i < kPartCount; ++i)
        QCOMPARE(a.values[i], b.values[i]);
    QCOMPARE(a.flag, b.flag);
    QCOMPARE(a.eflag.view(), b.eflag.view());
    QCOMPARE(a.sampleTimeMs, b.sampleTimeMs);
    QCOMPARE(a.sn.view(), b.sn.view());
    QCOMPARE(a.info, b.info);
}

void comparePacket(const Packet &a, const Packet &b)
{
    QCOMPARE(a.qn.view(), b.qn.view());
    QCOMPARE(a.st.view(), b.st.view());
    QCOMPARE(a.cn, b.cn);
    QCOMPARE(a.pw.view(), b.pw.view());
    QCOMPARE(a.mn.view(), b.mn.view());
    QCOMPARE(a.flag, b.flag);
    QCOMPARE(a.pnum, b.pnum);
    QCOMPARE(a.pno, b.pno);
    QCOMPARE(a.dataTimeMs, b.dataTimeMs);
    QCOMPARE(a.factors.size(), b.factors.size());
    for (size_t i = 0; i < a.factors.size(); ++i)
        compareFactor(a.factors[i], b.factors[i]);
    QCOMPARE(a.fields.size(), b.fields.size());
    for (size_t i = 0; i < a.fields.size(); ++i) {
        QCOMPARE(a.fields[i].key.view(), b.fields[i].key.view());
        QCOMPARE(a.fields[i].value, b.fields[i].value);
    }
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encodesStrictly();
    void encodeShortestNumbers();
    void roundTripBuiltPackets();
    void roundTripRandomPackets();
    void encodeFrameLimits();
    void cpLimitPerVersion();
    void splitCutsAtItems();
    void splitLeavesSmallPacketAlone();
    void frameSegmentPadsLengthAndCrc();
};

void TestEncoding::encodesStrictly()
{
    Packet p;
    p.qn.assign("20160801085857223");
    p.st.assign("32");
    p.cn = 2011;
    p.pw.assign("123456");
    p.mn.assign(kMn);
    p.flag = flagFor(Version::V2017, true);
    p.dataTimeMs = local(2016, 8, 1, 8, 58, 57);
    Factor &ph = p.factorRef("w01001");
    ph.set(Part::Rtd, 7.1, 1);
    ph.flag = 'N';
    Factor &cod = p.factorRef("w01018");
    cod.sampleTimeMs = local(2016, 8, 1, 7, 0, 0);
    cod.set(Part::Rtd, 2.2, 1);
    cod.flag = 'N';
    cod.eflag.assign("A01");
    // Built by hand, it encodes to the standard's C.14 frame, CRC and CR LF included.
    QCOMPARE(encodeFrame(p).value(), crlf("##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80"));
    // Another zone for the peer: the same instant written as UTC.
    EncodeOptions utc;
    utc.utcOffsetS = 0;
    QVERIFY(encodeSegment(p, utc).contains("DataTime=20160801005857;"));
    // CN is always 4 digits.
    p.cn = 11;
    QVERIFY(encodeSegment(p).contains(";CN=0011;"));
}

void TestEncoding::encodeShortestNumbers()
{
    Packet p;
    p.st.assign("32");
    p.cn = 2011;
    p.pw.assign("123456");
    p.mn.assign(kMn);
    p.flag = 4;
    p.factorRef("a").set(Part::Rtd, 0.1 + 0.2);
    p.factorRef("b").set(Part::Rtd, 12.5);
    p.factorRef("c").set(Part::Rtd, -3.0);
    p.factorRef("d").set(Part::Rtd, 2.0 / 3.0, 3);
    p.factorRef("e").set(Part::Rtd, 1e20);
    const QByteArray seg = encodeSegment(p);
    QVERIFY2(seg.contains("a-Rtd=0.30000000000000004;b-Rtd=12.5;c-Rtd=-3;d-Rtd=0.667;"
                          "e-Rtd=100000000000000000000&&"),
             seg.constData());
}

void TestEncoding::roundTripBuiltPackets()
{
    Packet p;
    p.qn.assign("20250101000000001");
    p.st.assign("27");
    p.cn = 2061;
    p.pw.assign("abc123");
    p.mn.assign(kMn);
    p.flag = flagFor(Version::V2025, true, true);
    p.pnum = 3;
    p.pno = 2;
    p.dataTimeMs = local(2025, 1, 1, 0, 0, 0);
    Field &rf = p.headerFields.emplace_back();
    rf.key.assign("RF");
    rf.value = "1";
    p.setField("PolId", "a24088");
    Factor &f = p.factorRef("a24088");
    f.set(Part::Avg, 1.25);
    f.set(Part::Min, 0.5, 3);
    f.set(Part::Max, 2.0, 0);
    f.set(Part::ZsAvg, 1.75, 2);
    f.set(Part::Cou, 123.456, 3);
    f.flag = 'T';
    f.sn.assign("010000A8900016F000169DC1");
    f.sampleTimeMs = local(2024, 12, 31, 23, 59, 0);
    Factor &sb = p.factorRef("SB1");
    sb.set(Part::RS, 1, 0);
    sb.set(Part::RT, 23.5, 1);
    Factor &noise = p.factorRef("LA");
    noise.set(Part::Data, 55.5, 1);
    noise.set(Part::DayData, 60.1, 1);
    noise.set(Part::NightData, 45.0, 1);
    Factor &alarm = p.factorRef("101");
    alarm.set(Part::Ala, 9.5, 1);
    alarm.set(Part::UpValue, 9.0, 1);
    alarm.set(Part::LowValue, 1.0, 1);
    alarm.info = "//x//";
    const auto frame = encodeFrame(p);
    QVERIFY2(frame.ok(), qPrintable(frame.error().message));
    Packet back;
    Rejection why;
    QVERIFY2(parseFrame(frame.value(), back, why), qPrintable(why.message));
    comparePacket(back, p);
    QCOMPARE(back.headerFields.size(), size_t(1));
    QCOMPARE(back.headerFields[0].key.view(), QByteArrayView("RF"));
    QCOMPARE(back.version(), Version::V2025);
    // Decimals are now the written ones, so encoding again gives the same bytes.
    QCOMPARE(encodeFrame(back).value(), frame.value());
}

void TestEncoding::roundTripRandomPackets()
{
    QRandomGenerator rng(2017);
    for (int round = 0; round < 300; ++round) {
        Packet p;
        p.qn = QByteArrayView(formatQnTime(1'700'000'000'000 + rng.bounded(1'000'000'000)));
        p.st.assign("31");
        p.cn = 2011 + int(rng.bounded(4)) * 10;
        p.pw.assign("123456");
        p.mn.assign(kMn);
        p.flag = flagFor(Version(rng.bounded(3)), rng.bounded(2) == 1);
        p.dataTimeMs = (1'600'000'000 + std::int64_t(rng.bounded(100'000'000))) * 1000;
        const int n = int(rng.bounded(1, 15));
        for (int i = 0; i < n; ++i) {
            Factor &f = p.factorRef(code("a", 21000 + i));
            const int parts = int(rng.bounded(1, 4));
            for (int k = 0; k < parts; ++k) {
                const auto part = Part(rng.bounded(kPartCount));
                const int decimals = int(rng.bounded(-1, 5));
                double v = (rng.generateDouble() - 0.3) * std::pow(10.0, rng.bounded(-3, 7));
                if (decimals >= 0)
                    v = std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
                f.set(part, v, decimals);
            }
            if (rng.bounded(2))
                f.flag = "NFMSDCTB"[rng.bounded(8)];
        }
        const auto frame = encodeFrame(p);
        QVERIFY2(frame.ok(), qPrintable(frame.error().message));
        Packet back;
        Rejection why;
        QVERIFY2(parseFrame(frame.value(), back, why), qPrintable(why.message + QLatin1Char(' ') + QString::fromLatin1(frame.value())));
        QVERIFY(back.warnings.empty());
        comparePacket(back, p);
        QCOMPARE(encodeFrame(back).value(), frame.value());
    }
}

void TestEncoding::encodeFrameLimits()
{
    Packet p;
    p.qn.assign("20160801085857223");
    p.st.assign("32");
    p.cn = 2051;
    p.pw.assign("123456");
    p.mn.assign(kMn);
    p.flag = 5;
    for (int i = 0; i < 60; ++i)
        p.factorRef(code("a", 10000 + i)).set(Part::Avg, 12.345, 3);
    const QByteArray seg = encodeSegment(p);
    QVERIFY(seg.size() > kMaxSegment);
    const auto frame = encodeFrame(p);
    QVERIFY(!frame.ok());
    QVERIFY2(frame.error().message.contains(QString::number(seg.size())), qPrintable(frame.error().message));
    QVERIFY(frame.error().message.contains(QStringLiteral("1024")));
    // Not a number the standard can carry.
    Packet q = p;
    q.factors.resize(1);
    q.factors[0].set(Part::Avg, std::numeric_limits<double>::quiet_NaN());
    QVERIFY(!encodeFrame(q).ok());
    QVERIFY(encodeFrame(q).error().message.contains(QStringLiteral("a10000-Avg")));
}

void TestEncoding::cpLimitPerVersion()
{
    // A CP of 955 bytes: too long for 2017 (950), fine for 2005 (960), segment under 1024.
    Packet p;
    p.st.assign("32");
    p.cn = 2011;
    p.pw.assign("123456");
    p.mn.assign("88888880000001");
    p.flag = 4;
    p.setField("X", QByteArray(955 - 9, 'x')); // "CP=&&" + "X=" + value + "&&"
    const QByteArray seg = encodeSegment(p);
    QCOMPARE(seg.size() - seg.indexOf("CP=&&"), 955);
    const auto f2017 = encodeFrame(p);
    QVERIFY(!f2017.ok());
    QVERIFY(f2017.error().message.contains(QStringLiteral("950")));
    p.flag = 0;
    QVERIFY(encodeFrame(p).ok());
}

void TestEncoding::splitCutsAtItems()
{
    Packet p;
    p.qn.assign("20160801085857223");
    p.st.assign("32");
    p.cn = 2061;
    p.pw.assign("123456");
    p.mn.assign(kMn);
    p.flag = 5;
    p.dataTimeMs = local(2016, 8, 1, 8, 0, 0);
    for (int i = 0; i < 50; ++i) {
        Factor &f = p.factorRef(code("w", 20000 + i));
        f.set(Part::Min, i + 0.5, 1);
        f.set(Part::Avg, i + 1.5, 1);
        f.set(Part::Max, i + 2.5, 1);
        f.flag = 'N';
    }
    int qn = 534;
    const QList<Packet> parts = split(p, [&qn]() -> QByteArray {
        return code("20160801085857", qn++);
    });
    QVERIFY(parts.size() >= 3);
    size_t factors = 0;
    QSet<QByteArray> qns;
    for (int i = 0; i < parts.size(); ++i) {
        const Packet &part = parts[i];
        QVERIFY(part.isSubpacket());
        QVERIFY(part.answerRequested());
        QCOMPARE(part.version(), Version::V2017);
        QCOMPARE(part.pnum, int(parts.size()));
        QCOMPARE(part.pno, i + 1);
        QCOMPARE(part.dataTimeMs, p.dataTimeMs);
        qns.insert(part.qn.toByteArray());
        const auto frame = encodeFrame(part);
        QVERIFY2(frame.ok(), qPrintable(frame.error().message));
        Packet back;
        Rejection why;
        QVERIFY2(parseFrame(frame.value(), back, why), qPrintable(why.message));
        QCOMPARE(back.pno, i + 1);
        // Whole factors only, in the original order.
        for (const Factor &f : back.factors)
            compareFactor(f, p.factors[factors++]);
    }
    QCOMPARE(factors, p.factors.size());
    QCOMPARE(qns.size(), int(parts.size()));
    QVERIFY(qns.contains("20160801085857534"));
}

void TestEncoding::splitLeavesSmallPacketAlone()
{
    Packet p;
    p.qn.assign("20160801085857223");
    p.st.assign("32");
    p.cn = 2011;
    p.pw.assign("123456");
    p.mn.assign(kMn);
    p.flag = 5;
    p.factorRef("a24088").set(Part::Rtd, 1.0, 1);
    int calls = 0;
    const QList<Packet> parts = split(p, [&calls] {
        ++calls;
        return QByteArray("20160801085857999");
    });
    QCOMPARE(parts.size(), 1);
    QCOMPARE(calls, 0);
    QCOMPARE(parts[0].flag, 5);
    QCOMPARE(parts[0].qn.view(), QByteArrayView("20160801085857223"));
}

void TestEncoding::frameSegmentPadsLengthAndCrc()
{
    // CRC 0x0880 must print as "0880" (hj212.md §13.2: "880" broke a parser).
    QByteArray seg;
    for (int i = 0; i < 100000; ++i) {
        seg = code("CP=&&X=", i).append("&&");
        if (crc16(seg) < 0x1000)
            break;
    }
    QVERIFY(crc16(seg) < 0x1000);
    const QByteArray frame = frameSegment(seg);
    QCOMPARE(frame.left(6), QByteArray("##00") + QByteArray::number(seg.size()));
    QCOMPARE(frame.mid(6 + seg.size(), 4),
             QByteArray::number(crc16(seg), 16).rightJustified(4, '0').toUpper());
    QVERIFY(frame.endsWith("\r\n"));
    QCOMPARE(frameSegment(QByteArray(10000, 'x')), QByteArray());
}

QTEST_APPLESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
