// What real devices send against the standard (../shared/hj212.md §13) and the codec accepts
// because the meaning stays unambiguous: each row must parse, report a Warning at the byte
// marked '`' naming the deviation, and decode what was meant (checked in the JSON line).
#include "vocsync/hj212/codec.h"

#include <QTest>

using namespace vocsync::hj212;

namespace {

const QByteArray kHead = "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;";
const QByteArray kGood101 = "QN=20160801085857223;ST=32;CN=1062;PW=100000;"
                            "MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

QByteArray seg(const char *cp)
{
    return kHead + "Flag=5;CP=&&DataTime=20160801085857;" + cp + "&&";
}

QByteArray framed(const QByteArray &segment)
{
    return frameSegment(segment);
}

} // namespace

class TestDeviations : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void strictWhenEncodingAgain();
    void wellFormedHasNoWarnings();
};

void TestDeviations::accepted_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QByteArray>("decoded");
    // framed: a data segment that gets its correct length and CRC.
    const auto row = [](const char *name, QByteArray input, bool framed, const char *mention,
                        const char *decoded) {
        const qsizetype marker = input.indexOf('`');
        QVERIFY2(marker >= 0, name);
        input.remove(marker, 1);
        QTest::newRow(name) << (framed ? frameSegment(input) : input)
                            << (framed ? 6 + marker : marker) << QString::fromUtf8(mention)
                            << QByteArray(decoded);
    };
    row("lower-case-crc", "##0101" + kGood101 + "`1c80\r\n", false, "lower-case",
        "\"RtdInterval\":\"30\"");
    row("lf-only", "##0101" + kGood101 + "1C80`\n", false, "LF without CR", "\"cn\":1062");
    row("no-terminator", "##0101" + kGood101 + "1C80`", false, "no CR LF", "\"cn\":1062");
    row("trailing-semicolon", seg("a24088-Rtd=1.5`;"), true, "before the closing",
        "\"a24088\":{\"Rtd\":1.5}");
    row("trailing-comma", seg("a24088-Rtd=1.5`,"), true, "before the closing",
        "\"a24088\":{\"Rtd\":1.5}");
    row("datatime-milliseconds", kHead + "Flag=5;CP=&&DataTime=`20160801085857123;a24088-Rtd=1&&",
        true, "milliseconds", "\"dataTime\":\"2016-08-01 08:58:57.123\",\"dataTimeMs\":1470013137123");
    row("sampletime-milliseconds", seg("a24088-SampleTime=`20160801085857500,a24088-Rtd=1"), true,
        "a24088-SampleTime with milliseconds", "\"SampleTimeMs\":1470013137500");
    row("mn-14-chars-2017", "QN=20240123123950241;ST=31;CN=2011;PW=123456;MN=`81733553216103;"
                            "Flag=4;CP=&&DataTime=20240122081600;a24088-Rtd=0.804&&",
        true, "24 hex", "\"mn\":\"81733553216103\"");
    row("mn-lower-case-hex", "QN=20160801085857223;ST=32;CN=2011;PW=123456;"
                             "MN=`010000a8900016f000169dc0;Flag=5;CP=&&&&",
        true, "24 hex", "\"mn\":\"010000a8900016f000169dc0\"");
    row("mn-before-pw", "QN=20160801085857223;ST=32;CN=2011;MN=`18AAH;PW=123456;Flag=5;CP=&&&&",
        true, "18AAH", "\"pw\":\"123456\"");
    row("no-flag-2005", "ST=32;CN=2011;PW=123456;MN=88888880000001;`CP=&&DataTime=20040516020111;"
                        "B01-Rtd=100&&",
        true, "no Flag", "\"flag\":null,\"version\":\"2005\"");
    row("zero-padded-pnum-pno", kHead + "Flag=7;PNUM=`0002;PNO=0001;CP=&&a24088-Rtd=1&&", true,
        "zero-padded", "\"pnum\":2,\"pno\":1");
    row("spaces-around-items", seg("` a24088-Rtd=1.5 ;a24088-Flag=N"), true, "spaces",
        "\"a24088\":{\"Rtd\":1.5,\"Flag\":\"N\"}");
    row("spaces-around-equals", seg("a24088-Rtd` = 1.5"), true, "spaces",
        "\"a24088\":{\"Rtd\":1.5}");
    row("space-before-closing-2005", "ST=32;CN=2051;QN=20040516010101001;PW=123456;"
                                     "MN=88888880000001;CP=&&DataTime=20040516021000;"
                                     "101-Cou=2.5,101-Max=2.1` &&",
        true, "spaces", "\"101\":{\"Max\":2.1,\"Cou\":2.5}");
    row("key-without-suffix", seg("`FANSTATUS=1;a24088-Rtd=2"), true, "FANSTATUS",
        "\"fields\":{\"FANSTATUS\":\"1\"}");
    row("unknown-suffix", seg("`a24088-Foo=1"), true, "a24088-Foo",
        "\"fields\":{\"a24088-Foo\":\"1\"}");
    row("unknown-data-flag", seg("a24088-Rtd=1,a24088-Flag=`J"), true, "\"J\"",
        "\"Flag\":\"J\"");
    row("header-rf-2025", kHead + "Flag=9;`RF=1;CP=&&DataTime=20250101000000&&", true, "RF",
        "\"headerFields\":{\"RF\":\"1\"}");
    row("flag-d-without-pnum-2005", "QN=20040516010101001;ST=32;CN=2051;PW=123456;"
                                    "MN=88888880000001;Flag=3;`CP=&&BeginTime=20040506111000,"
                                    "EndTime=20040506151000&&",
        true, "PNUM", "\"subpackets\":true,\"pnum\":0");
    row("no-qn-2017-upload", "ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;"
                             "`CP=&&a24088-Rtd=1&&",
        true, "no QN", "\"qn\":null");
    row("pnum-without-d-2017", kHead + "Flag=4;PNUM=`1;PNO=1;CP=&&&&", true, "bit D",
        "\"pnum\":1");
    row("empty-item", seg("`;a24088-Rtd=1"), true, "empty", "\"Rtd\":1");
}

void TestDeviations::accepted()
{
    QFETCH(QByteArray, frame);
    QFETCH(qsizetype, offset);
    QFETCH(QString, mention);
    QFETCH(QByteArray, decoded);
    Packet p;
    Rejection why;
    QVERIFY2(parseFrame(frame, p, why), qPrintable(why.message));
    QVERIFY(!p.warnings.empty());
    bool found = false;
    for (const Warning &w : p.warnings)
        found = found || (w.offset == offset && w.message.contains(mention));
    QString all;
    for (const Warning &w : p.warnings)
        all += QStringLiteral("[%1] %2; ").arg(w.offset).arg(w.message);
    QVERIFY2(found, qPrintable(all));
    const QByteArray json = toJson(p);
    QVERIFY2(json.contains(decoded), json.constData());
}

void TestDeviations::strictWhenEncodingAgain()
{
    // Tolerant in what we accept, strict in what we send.
    const auto again = [](const QByteArray &frame) -> QByteArray {
        Packet p;
        Rejection why;
        if (!parseFrame(frame, p, why))
            return QByteArray("rejected: ") + why.message.toUtf8();
        return encodeFrame(p).value();
    };
    QCOMPARE(again(QByteArray("##0101") + kGood101 + "1c80"),
             QByteArray(QByteArray("##0101") + kGood101 + "1C80\r\n"));
    QCOMPARE(again(framed(seg("a24088-Rtd=1.5;"))), framed(seg("a24088-Rtd=1.5")));
    // Milliseconds in DataTime are kept, not lost (parse(encode(p)) == p).
    QCOMPARE(again(framed(kHead + "Flag=5;CP=&&DataTime=20160801085857123&&")),
             framed(kHead + "Flag=5;CP=&&DataTime=20160801085857123&&"));
    QCOMPARE(again(framed(seg(" a24088-Rtd = 1.5 "))), framed(seg("a24088-Rtd=1.5")));
    QCOMPARE(again(framed(kHead + "Flag=7;PNUM=0002;PNO=0001;CP=&&&&")),
             framed(kHead + "Flag=7;PNUM=2;PNO=1;CP=&&&&"));
}

void TestDeviations::wellFormedHasNoWarnings()
{
    Packet p;
    Rejection why;
    QVERIFY(parseFrame(frameSegment(seg("a24088-Rtd=1.5,a24088-Flag=N;SB1-RS=1")), p, why));
    QVERIFY(p.warnings.empty());
    QVERIFY(toJson(p).contains("\"warnings\":[]"));
}

QTEST_APPLESS_MAIN(TestDeviations)
#include "tst_deviations.moc"
