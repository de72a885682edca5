// parseFrame against the standards' own example frames (../shared/hj212.md §12, every CRC
// verified there): decoding and byte-exact round trips. Encoding is in tst_encoding.cpp,
// accepted deviations in tst_deviations.cpp, rejections in tst_rejections.cpp.
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/crc.h"

#include <QTimeZone>
#include <QTest>

using namespace vocsync::hj212;

namespace {

constexpr const char *kMn = "010000A8900016F000169DC0";

QByteArray crlf(const char *frame)
{
    return QByteArray(frame) + "\r\n";
}

Packet parsed(const QByteArray &frame)
{
    Packet p;
    Rejection why;
    if (!parseFrame(frame, p, why))
        qWarning("rejected: %s at %lld", qPrintable(why.message), static_cast<long long>(why.offset));
    return p;
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

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void standardExamples_data();
    void standardExamples();
    void decodesC14RealTimeData();
    void decodesC16MinuteData();
    void decodesC40ChineseLog();
    void decodesC50SubPacket();
    void decodes2005Frames();
    void decodesFieldNmhcFrame();
    void versionBits_data();
    void versionBits();
    void fieldsInAnyOrder();
    void numbers_data();
    void numbers();
    void reusedPacketKeepsNoStaleData();
    void parseSegmentAlone();
};

void TestCodec::standardExamples_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("warnings");
    const auto row = [](const char *name, const char *frame, int warnings) {
        QTest::newRow(name) << crlf(frame) << warnings;
    };
    row("2017-A.example-1062", "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80", 0);
    row("2017-C.1-1000", "##0107QN=20160801085857223;ST=32;CN=1000;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&OverTime=5;ReCount=3&&CAC1", 0);
    row("2017-C.1-9011", "##0094QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&1B00", 0);
    row("2017-C.1-9012", "##0095QN=20160801085857223;ST=91;CN=9012;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&6240", 0);
    row("2017-C.14-2011", "##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80", 0);
    row("2017-C.14-9014", "##0087QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&3240", 0);
    row("2017-C.15-2021", "##0128QN=20160801085857223;ST=32;CN=2021;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;SB1-RS=1;SB2-RS=0&&F141", 0);
    row("2017-C.16-2051", "##0325QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&6180", 0);
    row("2017-C.17-2061", "##0325QN=20160801090000001;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=63.0,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&B7C1", 0);
    row("2017-C.19-2041", "##0132QN=20160802000000001;ST=32;CN=2041;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801000000;SB1-RT=1.1;SB2-RT=2.1&&1380", 0);
    row("2017-C.21-2061-request", "##0134QN=20160801085857223;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&BeginTime=20160801080000;EndTime=20160801080000&&7EC0", 0);
    row("2017-C.50-2061-part1", "##0260QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&D941", 0);
    row("2017-C.40-3020-chinese", "##0152QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20100301145000;PolId=w01018;i11001-Info=//清洗管路//&&9741", 0);
    // HJ/T 212-2005 writes Flag=3 (D set) on requests that carry no PNUM/PNO: one warning.
    row("2005-2051-request", "##0124QN=20040516010101001;ST=32;CN=2051;PW=123456;MN=88888880000001;Flag=3;CP=&&BeginTime=20040506111000,EndTime=20040506151000&&6B80", 1);
    row("2005-9011", "##0084ST=91;CN=9011;PW=123456;MN=88888880000001;Flag=0;CP=&&QN=20040516010101001;QnRtn=1&&7200", 0);
    // No Flag at all: taken as 0, with a warning.
    row("2005-2011", "##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516020111;B01-Rtd=100;101-Rtd=1.1,101-Flag=N;102-Rtd=2.2,102-Flag=N&&81C1", 1);
    row("2005-9014", "##0049ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&5F00", 0);
    // A 2017 Flag with a 14-character MN (hj212.md §13.7): one warning.
    row("field-2011-nmhc", "##0318QN=20240123123950241;ST=31;CN=2011;PW=123456;MN=81733553216103;Flag=4;CP=&&DataTime=20240122081600;a00000-Rtd=5.407,a00000-Flag=N;a01011-Rtd=7.072,a01011-Flag=N;a01013-Rtd=-0.052,a01013-Flag=N;a01012-Rtd=6.480,a01012-Flag=N;a24088-Rtd=0.804,a24088-Flag=N;a05002-Rtd=0.000,a05002-Flag=N;a01014-Rtd=0.970,a01014-Flag=N&&6740", 1);
    row("field-3020", "##0100QN=20240123131014225;ST=31;CN=3020;PW=123456;MN=81733553216103;Flag=4;CP=&&DataTime=20240123131000&&1040", 1);
}

void TestCodec::standardExamples()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, warnings);
    Packet p;
    Rejection why;
    QVERIFY2(parseFrame(frame, p, why), qPrintable(why.message));
    QCOMPARE(int(p.warnings.size()), warnings);
    const auto encoded = encodeFrame(p);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error().message));
    QCOMPARE(encoded.value(), frame);
    Packet again;
    QVERIFY(parseFrame(encoded.value(), again, why));
    comparePacket(again, p);
}

void TestCodec::decodesC14RealTimeData()
{
    const Packet p = parsed(crlf("##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80"));
    QCOMPARE(p.qn.view(), QByteArrayView("20160801085857223"));
    QCOMPARE(p.st.view(), QByteArrayView("32"));
    QCOMPARE(p.cn, 2011);
    QCOMPARE(p.pw.view(), QByteArrayView("123456"));
    QCOMPARE(p.mn.view(), QByteArrayView(kMn));
    QCOMPARE(p.flag, 5);
    QCOMPARE(p.version(), Version::V2017);
    QVERIFY(p.answerRequested());
    QVERIFY(!p.isSubpacket());
    QCOMPARE(p.dataTimeMs, local(2016, 8, 1, 8, 58, 57));
    QCOMPARE(p.dataTimeMs, std::int64_t(1470013137000));
    QCOMPARE(p.factors.size(), size_t(2));
    const Factor *ph = p.factor("w01001");
    QVERIFY(ph);
    QVERIFY(ph->has(Part::Rtd));
    QVERIFY(!ph->has(Part::Avg));
    QCOMPARE(ph->value(Part::Rtd), 7.1);
    QCOMPARE(int(ph->decimals[int(Part::Rtd)]), 1);
    QCOMPARE(ph->flag, 'N');
    const Factor *cod = p.factor("w01018");
    QVERIFY(cod);
    QCOMPARE(cod->value(Part::Rtd), 2.2);
    QCOMPARE(cod->sampleTimeMs, local(2016, 8, 1, 7, 0, 0));
    QCOMPARE(cod->eflag.view(), QByteArrayView("A01"));
    QVERIFY(p.fields.empty());
}

void TestCodec::decodesC16MinuteData()
{
    const Packet p = parsed(crlf("##0325QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&6180"));
    QCOMPARE(p.cn, 2051);
    QCOMPARE(p.dataTimeMs, local(2016, 8, 1, 8, 40, 0));
    QCOMPARE(p.factors.size(), size_t(3));
    QCOMPARE(p.factors[0].code.view(), QByteArrayView("w00000"));
    QCOMPARE(p.factors[0].value(Part::Cou), 10.5);
    QCOMPARE(p.factors[0].value(Part::Min), 16.4);
    QCOMPARE(p.factors[0].value(Part::Avg), 17.5);
    QCOMPARE(p.factors[0].value(Part::Max), 20.1);
    QVERIFY(!p.factors[1].has(Part::Cou));
    QCOMPARE(p.factors[2].value(Part::Max), 40.1);
    QCOMPARE(p.factors[2].flag, 'N');
}

void TestCodec::decodesC40ChineseLog()
{
    const Packet p = parsed(crlf("##0152QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20100301145000;PolId=w01018;i11001-Info=//清洗管路//&&9741"));
    QCOMPARE(p.cn, 3020);
    QCOMPARE(p.field("PolId"), QByteArrayView("w01018"));
    const Factor *log = p.factor("i11001");
    QVERIFY(log);
    QCOMPARE(QString::fromUtf8(log->info), QStringLiteral("//清洗管路//"));
    // Log text may hold the separators: they do not split it.
    const QByteArray seg = "QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;"
                           "Flag=5;CP=&&DataTime=20100301145000;i11001-Info=//a=1;b,c&&d//;PolId=w01018&&";
    Packet q;
    Rejection why;
    QVERIFY2(parseFrame(frameSegment(seg), q, why), qPrintable(why.message));
    QCOMPARE(q.factor("i11001")->info, QByteArray("//a=1;b,c&&d//"));
    QCOMPARE(q.field("PolId"), QByteArrayView("w01018"));
}

void TestCodec::decodesC50SubPacket()
{
    const Packet p = parsed(crlf("##0260QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&D941"));
    QVERIFY(p.isSubpacket());
    QVERIFY(p.answerRequested());
    QCOMPARE(p.pnum, 2);
    QCOMPARE(p.pno, 1);
    QCOMPARE(p.factors[0].value(Part::Cou), 63.0);
    QCOMPARE(int(p.factors[0].decimals[int(Part::Cou)]), 1);
}

void TestCodec::decodes2005Frames()
{
    const Packet up = parsed(crlf("##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516020111;B01-Rtd=100;101-Rtd=1.1,101-Flag=N;102-Rtd=2.2,102-Flag=N&&81C1"));
    QCOMPARE(up.version(), Version::V2005);
    QCOMPARE(up.flag, -1);
    QVERIFY(up.qn.isEmpty());
    QCOMPARE(up.mn.view(), QByteArrayView("88888880000001"));
    QCOMPARE(up.factors.size(), size_t(3));
    QCOMPARE(up.factor("B01")->value(Part::Rtd), 100.0);
    QCOMPARE(int(up.factor("B01")->decimals[int(Part::Rtd)]), 0);
    QCOMPARE(up.factor("101")->flag, 'N');

    const Packet answer = parsed(crlf("##0049ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&5F00"));
    QCOMPARE(answer.cn, 9014);
    QVERIFY(answer.mn.isEmpty());
    QVERIFY(answer.pw.isEmpty());
    QCOMPARE(answer.field("QN"), QByteArrayView("20040516010101001"));
    QCOMPARE(answer.field("CN"), QByteArrayView("2051"));

    const Packet request = parsed(crlf("##0124QN=20040516010101001;ST=32;CN=2051;PW=123456;MN=88888880000001;Flag=3;CP=&&BeginTime=20040506111000,EndTime=20040506151000&&6B80"));
    QCOMPARE(request.field("BeginTime"), QByteArrayView("20040506111000"));
    QCOMPARE(request.field("EndTime"), QByteArrayView("20040506151000"));
    QVERIFY(request.fields[1].sameItem);
    QCOMPARE(request.pnum, 0);
}

void TestCodec::decodesFieldNmhcFrame()
{
    const Packet p = parsed(crlf("##0318QN=20240123123950241;ST=31;CN=2011;PW=123456;MN=81733553216103;Flag=4;CP=&&DataTime=20240122081600;a00000-Rtd=5.407,a00000-Flag=N;a01011-Rtd=7.072,a01011-Flag=N;a01013-Rtd=-0.052,a01013-Flag=N;a01012-Rtd=6.480,a01012-Flag=N;a24088-Rtd=0.804,a24088-Flag=N;a05002-Rtd=0.000,a05002-Flag=N;a01014-Rtd=0.970,a01014-Flag=N&&6740"));
    QCOMPARE(p.factors.size(), size_t(7));
    QCOMPARE(p.factor("a24088")->value(Part::Rtd), 0.804);
    QCOMPARE(p.factor("a01013")->value(Part::Rtd), -0.052);
    QCOMPARE(int(p.factor("a01012")->decimals[int(Part::Rtd)]), 3);
    QVERIFY(!p.answerRequested());
    QCOMPARE(p.warnings.size(), size_t(1));
    QCOMPARE(p.warnings[0].offset, qsizetype(6 + QByteArray("QN=20240123123950241;ST=31;CN=2011;PW=123456;MN=").size()));
}

void TestCodec::versionBits_data()
{
    QTest::addColumn<int>("flag");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("answer");
    QTest::addColumn<bool>("subpackets");
    QTest::newRow("2005-plain-0") << 0 << int(Version::V2005) << false << false;
    QTest::newRow("2005-answer-1") << 1 << int(Version::V2005) << true << false;
    QTest::newRow("2005-split-answer-3") << 3 << int(Version::V2005) << true << true;
    QTest::newRow("2017-upload-4") << 4 << int(Version::V2017) << false << false;
    QTest::newRow("2017-answer-5") << 5 << int(Version::V2017) << true << false;
    QTest::newRow("2017-split-6") << 6 << int(Version::V2017) << false << true;
    QTest::newRow("2017-split-answer-7") << 7 << int(Version::V2017) << true << true;
    QTest::newRow("2025-upload-8") << 8 << int(Version::V2025) << false << false;
    QTest::newRow("2025-answer-9") << 9 << int(Version::V2025) << true << false;
    QTest::newRow("2025-split-answer-11") << 11 << int(Version::V2025) << true << true;
}

void TestCodec::versionBits()
{
    QFETCH(int, flag);
    QFETCH(int, version);
    QFETCH(bool, answer);
    QFETCH(bool, subpackets);
    QByteArray seg = "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag="
                     + QByteArray::number(flag) + ";";
    if (subpackets)
        seg += "PNUM=2;PNO=2;";
    seg += "CP=&&DataTime=20160801085857;a24088-Rtd=1.5&&";
    Packet p;
    Rejection why;
    QVERIFY2(parseFrame(frameSegment(seg), p, why), qPrintable(why.message));
    QCOMPARE(p.flag, flag);
    QCOMPARE(int(p.version()), version);
    QCOMPARE(p.answerRequested(), answer);
    QCOMPARE(p.isSubpacket(), subpackets);
    QCOMPARE(flagFor(Version(version), answer, subpackets), flag);
    QCOMPARE(encodeSegment(p), seg);
}

void TestCodec::fieldsInAnyOrder()
{
    // HJ/T 212-2005 App. C itself writes "ST=32;CN=2051;QN=...": parse by key.
    const QByteArray seg = "ST=32;CN=2051;QN=20040516010101001;PW=123456;MN=88888880000001;"
                           "PNO=1;PNUM=1;CP=&&DataTime=20040516021000;B01-Cou=200;101-Cou=2.5,"
                           "101-Min=1.1,101-Avg=1.1,101-Max=1.1&&";
    Packet p;
    Rejection why;
    QVERIFY2(parseFrame(frameSegment(seg), p, why), qPrintable(why.message));
    QCOMPARE(p.qn.view(), QByteArrayView("20040516010101001"));
    QCOMPARE(p.cn, 2051);
    QCOMPARE(p.pnum, 1);
    QCOMPARE(p.pno, 1);
    QCOMPARE(p.factor("101")->value(Part::Avg), 1.1);
    // Encoding is strict: the standard's header order.
    QVERIFY(encodeSegment(p).startsWith("QN=20040516010101001;ST=32;CN=2051;PW=123456;"
                                        "MN=88888880000001;PNUM=1;PNO=1;CP=&&"));
}

void TestCodec::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::newRow("integer") << QByteArray("100") << 100.0 << 0;
    QTest::newRow("one-decimal") << QByteArray("7.1") << 7.1 << 1;
    QTest::newRow("trailing-zero") << QByteArray("63.0") << 63.0 << 1;
    QTest::newRow("negative") << QByteArray("-0.052") << -0.052 << 3;
    QTest::newRow("plus-sign") << QByteArray("+2.50") << 2.5 << 2;
    QTest::newRow("zero-three-decimals") << QByteArray("0.000") << 0.0 << 3;
    QTest::newRow("leading-zeros") << QByteArray("007.5") << 7.5 << 1;
    QTest::newRow("n14.2-max") << QByteArray("99999999999999.99") << 99999999999999.99 << 2;
    QTest::newRow("long-fraction") << QByteArray("0.123456789012345678") << 0.123456789012345678 << 18;
    QTest::newRow("large") << QByteArray("123456789012345678901234") << 123456789012345678901234.0 << 0;
}

void TestCodec::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(double, value);
    QFETCH(int, decimals);
    const QByteArray seg = "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;"
                           "Flag=4;CP=&&DataTime=20160801085857;a24088-Rtd=" + text + "&&";
    Packet p;
    Rejection why;
    QVERIFY2(parseFrame(frameSegment(seg), p, why), qPrintable(why.message));
    QCOMPARE(p.factors[0].value(Part::Rtd), value);
    QCOMPARE(int(p.factors[0].decimals[int(Part::Rtd)]), decimals);
    // Written back with the received decimals (a '+' and leading zeros are not kept).
    Packet again;
    QVERIFY(parseFrame(encodeFrame(p).value(), again, why));
    QCOMPARE(again.factors[0].value(Part::Rtd), value);
}

void TestCodec::reusedPacketKeepsNoStaleData()
{
    Packet p;
    Rejection why;
    QVERIFY(parseFrame(crlf("##0325QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&6180"), p, why));
    QCOMPARE(p.factors.size(), size_t(3));
    // The next packet has fewer factors and other parts: nothing of the first may remain.
    const QByteArray seg = "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;"
                           "Flag=4;CP=&&DataTime=20160801085857;w01018-Rtd=3.25&&";
    QVERIFY(parseFrame(frameSegment(seg), p, why));
    QCOMPARE(p.factors.size(), size_t(1));
    const Factor &f = p.factors[0];
    QCOMPARE(f.code.view(), QByteArrayView("w01018"));
    QCOMPARE(f.present, 1u << int(Part::Rtd));
    QCOMPARE(f.flag, char(0));
    for (int i = 0; i < kPartCount; ++i) {
        if (i != int(Part::Rtd)) {
            QCOMPARE(f.values[i], 0.0);
            QCOMPARE(int(f.decimals[i]), 0);
        }
    }
    QVERIFY(p.fields.empty());
    QVERIFY(p.warnings.empty());
    // A rejected frame leaves no factor of an earlier packet behind.
    QVERIFY(!parseFrame("#", p, why));
    QVERIFY(p.factors.empty());
    QCOMPARE(p.cn, -1);
}

void TestCodec::parseSegmentAlone()
{
    Packet p;
    Rejection why;
    QVERIFY(parseSegment("QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;"
                         "Flag=4;CP=&&&&",
                         p, why));
    QCOMPARE(p.cn, 9014);
    // Offsets are segment offsets here.
    QVERIFY(!parseSegment("QN=20160801085857223;ST=91;CN=90x4;PW=1;MN=2;Flag=4;CP=&&&&", p, why));
    QCOMPARE(why.reason, Reason::BadField);
    QCOMPARE(why.offset, qsizetype(30)); // the value "90x4"
}

QTEST_APPLESS_MAIN(TestCodec)
#include "tst_codec.moc"
