// Every rejection reason of parseFrame, each row asserting the reason AND the byte offset of
// the offending byte. Rows mark that byte with a '`' in the input (removed before parsing),
// so the expected offset is written where it points. "framed" rows are data segments that get
// a correct length and CRC, so that the check under test is the one that fails.
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/crc.h"

#include <QSet>
#include <QTest>

using namespace vocsync::hj212;

namespace {

struct Row
{
    const char *name;
    QByteArray input; // with one '`' before the offending byte
    bool framed;      // true: input is a data segment, framed with a correct CRC
    Reason reason;
    const char *mention; // what the message must name
};

const QByteArray kHead = "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;";
const QByteArray kGood101 = "QN=20160801085857223;ST=32;CN=1062;PW=100000;"
                            "MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

QByteArray seg(const char *cp)
{
    return kHead + "Flag=5;CP=&&DataTime=20160801085857;" + cp + "&&";
}

QByteArray frameWith(const char *before, const char *after = "")
{
    return QByteArray(before) + kGood101 + after;
}

// A segment whose CP is `cpBytes` long, with the marker on the first byte over `limit`.
QByteArray longCp(const QByteArray &header, int cpBytes, int limit)
{
    QByteArray s = header + "CP=&&X=" + QByteArray(cpBytes - 9, 'x') + "&&";
    s.insert(s.indexOf("CP=&&") + limit, '`');
    return s;
}

QList<Row> rows()
{
    const QByteArray crcTail = "1C80\r\n";
    return {
        {"bad_header-no-hash", "`X#0101" + kGood101 + crcTail, false, Reason::BadHeader, "##"},
        {"bad_header-one-hash", "#`X0101" + kGood101 + crcTail, false, Reason::BadHeader, "##"},
        {"bad_header-empty", "`", false, Reason::BadHeader, "##"},
        {"bad_header-leading-space", "` ##0101" + kGood101 + crcTail, false, Reason::BadHeader, "##"},
        {"bad_length-letter", "##01`a1" + kGood101 + crcTail, false, Reason::BadLength, "01a1"},
        {"bad_length-sign", "##`-101" + kGood101 + crcTail, false, Reason::BadLength, "-101"},
        {"length_mismatch-declared-longer", "##`0102" + kGood101 + crcTail, false,
         Reason::LengthMismatch, "102"},
        {"length_mismatch-declared-shorter", "##`0100" + kGood101 + crcTail, false,
         Reason::LengthMismatch, "100"},
        {"length_mismatch-truncated", "##0101QN=2016`", false, Reason::LengthMismatch, "101"},
        {"length_mismatch-inside-length", "##01`", false, Reason::LengthMismatch, "length"},
        {"too_long-declared-1025", "##`1025" + kGood101 + crcTail, false, Reason::TooLong, "1025"},
        {"too_long-declared-9999", "##`9999", false, Reason::TooLong, "9999"},
        {"too_long-cp-2017-951", longCp("ST=32;CN=2011;PW=123456;MN=1;Flag=4;", 951, kMaxCp2017), true,
         Reason::TooLong, "950"},
        {"too_long-cp-2005-961", longCp("ST=32;CN=2011;PW=123456;MN=88888880000001;Flag=0;", 961,
                                        kMaxCp2005),
         true, Reason::TooLong, "960"},
        {"bad_crc-mismatch", frameWith("##0101", "`1C81\r\n"), false, Reason::BadCrc,
         "expected 1C80, found 1C81"},
        {"bad_crc-modbus", frameWith("##0101", "`0759\r\n"), false, Reason::BadCrc, "Modbus"},
        {"bad_crc-not-hex", frameWith("##0101", "1C`G0\r\n"), false, Reason::BadCrc, "1CG0"},
        {"bad_crc-outranks-syntax", "##0014CP=&&a-Rtd=x&&`0000\r\n", false, Reason::BadCrc,
         "found 0000"},
        {"bad_tail-two-cr", frameWith("##0101", "1C80`\r\r"), false, Reason::BadTail, "CR LF"},
        {"bad_tail-letter", frameWith("##0101", "1C80`X"), false, Reason::BadTail, "CR LF"},
        {"bad_tail-after-crlf", frameWith("##0101", "1C80`\r\nX"), false, Reason::BadTail, "3"},
        {"bad_tail-two-lf", frameWith("##0101", "1C80`\n\n"), false, Reason::BadTail, "CR LF"},
        {"missing_field-st", "QN=20160801085857223;CN=2011;PW=123456;MN=010000A8900016F000169DC0;"
                             "Flag=5;`CP=&&&&",
         true, Reason::MissingField, "ST"},
        {"missing_field-cn", "QN=20160801085857223;ST=32;PW=123456;MN=010000A8900016F000169DC0;"
                             "Flag=5;`CP=&&&&",
         true, Reason::MissingField, "CN"},
        {"missing_field-mn", "QN=20160801085857223;ST=32;CN=2011;PW=123456;Flag=5;`CP=&&&&", true,
         Reason::MissingField, "MN"},
        {"missing_field-pw", "QN=20160801085857223;ST=32;CN=2011;MN=010000A8900016F000169DC0;"
                             "Flag=5;`CP=&&&&",
         true, Reason::MissingField, "PW"},
        {"missing_field-cp", kHead + "Flag=5`", true, Reason::MissingField, "CP"},
        {"missing_field-qn-2017-request", "ST=32;CN=1011;PW=123456;MN=010000A8900016F000169DC0;"
                                          "Flag=5;`CP=&&&&",
         true, Reason::MissingField, "QN"},
        {"missing_field-qn-2017-answer", "ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;"
                                         "Flag=4;`CP=&&QnRtn=1&&",
         true, Reason::MissingField, "QN"},
        {"missing_field-pnum-2017-d", kHead + "Flag=7;PNO=1;`CP=&&&&", true,
         Reason::MissingField, "PNUM"},
        {"missing_field-pno", kHead + "Flag=4;PNUM=2;`CP=&&&&", true, Reason::MissingField, "PNO"},
        {"missing_field-mn-2005-9011", "ST=91;CN=9011;PW=123456;Flag=0;`CP=&&QN=20040516010101001;"
                                       "QnRtn=1&&",
         true, Reason::MissingField, "MN"},
        {"duplicate_field-st", "QN=20160801085857223;ST=32;`ST=32;CN=2011;PW=123456;"
                               "MN=010000A8900016F000169DC0;Flag=5;CP=&&&&",
         true, Reason::DuplicateField, "ST"},
        {"duplicate_field-flag", kHead + "Flag=5;`Flag=5;CP=&&&&", true, Reason::DuplicateField,
         "Flag"},
        {"duplicate_field-datatime", seg("`DataTime=20160801085857"), true,
         Reason::DuplicateField, "DataTime"},
        {"duplicate_field-rtd", seg("a24088-Rtd=1;`a24088-Rtd=2"), true, Reason::DuplicateField,
         "a24088-Rtd"},
        {"duplicate_field-flag-in-item", seg("a24088-Rtd=1,a24088-Flag=N,`a24088-Flag=N"), true,
         Reason::DuplicateField, "a24088-Flag"},
        {"duplicate_field-sampletime", seg("a24088-SampleTime=20160801085857,"
                                           "`a24088-SampleTime=20160801085857"),
         true, Reason::DuplicateField, "a24088-SampleTime"},
        {"duplicate_field-cp-field", seg("QnRtn=1;`QnRtn=2"), true, Reason::DuplicateField,
         "QnRtn"},
        {"bad_field-cn-5-digits", "QN=20160801085857223;ST=32;CN=`20111;PW=1;MN=2;Flag=5;CP=&&&&",
         true, Reason::BadField, "20111"},
        {"bad_field-cn-letter", "QN=20160801085857223;ST=32;CN=`2O11;PW=1;MN=2;Flag=5;CP=&&&&",
         true, Reason::BadField, "2O11"},
        {"bad_field-flag-256", kHead + "Flag=`256;CP=&&&&", true, Reason::BadField, "256"},
        {"bad_field-flag-negative", kHead + "Flag=`-1;CP=&&&&", true, Reason::BadField, "-1"},
        {"bad_field-flag-empty", kHead + "Flag=`;CP=&&&&", true, Reason::BadField, "Flag"},
        {"bad_field-st-one-char", "QN=20160801085857223;ST=`3;CN=2011;PW=1;MN=2;Flag=5;CP=&&&&",
         true, Reason::BadField, "\"3\""},
        {"bad_field-st-lower-case", "QN=20160801085857223;ST=`3a;CN=2011;PW=1;MN=2;Flag=5;CP=&&&&",
         true, Reason::BadField, "3a"},
        {"bad_field-pno-over-pnum", kHead + "Flag=7;PNUM=2;PNO=`3;CP=&&&&", true, Reason::BadField,
         "PNO 3"},
        {"bad_field-pnum-zero", kHead + "Flag=7;PNUM=`0;PNO=1;CP=&&&&", true, Reason::BadField,
         "PNUM"},
        {"bad_field-pnum-5-digits", kHead + "Flag=7;PNUM=`12345;PNO=1;CP=&&&&", true,
         Reason::BadField, "12345"},
        {"bad_field-no-equals", "`QN20160801085857223;ST=32;CP=&&&&", true, Reason::BadField,
         "QN20160801085857223"},
        {"bad_field-mn-too-long", "QN=20160801085857223;ST=32;CN=2011;PW=123456;"
                                  "MN=`010000A8900016F000169DC0010000A8;Flag=5;CP=&&&&",
         true, Reason::BadField, "MN"},
        {"bad_field-pw-too-long", "QN=20160801085857223;ST=32;CN=2011;PW=`1234567890123456;"
                                  "MN=1;Flag=5;CP=&&&&",
         true, Reason::BadField, "PW"},
        {"bad_time-qn-month-13", "QN=`20161301085857223;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&&&",
         true, Reason::BadTime, "20161301085857223"},
        {"bad_time-qn-14-digits", "QN=`20160801085857;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&&&",
         true, Reason::BadTime, "QN"},
        {"bad_time-datatime-feb-30", kHead + "Flag=5;CP=&&DataTime=`20160230085857&&", true,
         Reason::BadTime, "20160230085857"},
        {"bad_time-datatime-feb-29-2017", kHead + "Flag=5;CP=&&DataTime=`20170229000000&&", true,
         Reason::BadTime, "20170229000000"},
        {"bad_time-datatime-hour-24", kHead + "Flag=5;CP=&&DataTime=`20160801240000&&", true,
         Reason::BadTime, "DataTime"},
        {"bad_time-datatime-13-digits", kHead + "Flag=5;CP=&&DataTime=`2016080108585&&", true,
         Reason::BadTime, "2016080108585"},
        {"bad_time-datatime-letters", kHead + "Flag=5;CP=&&DataTime=`2016O801085857&&", true,
         Reason::BadTime, "2016O801085857"},
        {"bad_time-begintime", kHead + "Flag=5;CP=&&BeginTime=`20160801256000;"
                                       "EndTime=20160801080000&&",
         true, Reason::BadTime, "BeginTime"},
        {"bad_time-systemtime", kHead + "Flag=5;CP=&&SystemTime=`2016080108&&", true,
         Reason::BadTime, "SystemTime"},
        {"bad_time-sampletime", seg("a24088-SampleTime=`20160801086000"), true, Reason::BadTime,
         "a24088-SampleTime"},
        {"bad_cp-no-opening", kHead + "Flag=5;CP=`DataTime=20160801085857&&", true, Reason::BadCp,
         "&&"},
        {"bad_cp-not-closed", kHead + "Flag=5;CP=&&DataTime=20160801085857`", true, Reason::BadCp,
         "&&"},
        {"bad_cp-text-after", kHead + "Flag=5;CP=&&DataTime=20160801085857&&`;X=1", true,
         Reason::BadCp, ";X=1"},
        {"bad_cp-item-without-equals", kHead + "Flag=5;CP=&&`DataTime20160801085857&&", true,
         Reason::BadCp, "DataTime20160801085857"},
        {"bad_cp-empty-key", seg("`=5"), true, Reason::BadCp, "key"},
        {"bad_cp-log-not-closed", seg("i11001-Info=`//abc"), true, Reason::BadCp, "i11001-Info"},
        {"bad_cp-after-log", seg("i11001-Info=//abc//`x"), true, Reason::BadCp, "i11001-Info"},
        {"bad_factor-two-dots", seg("a24088-Rtd=1.2`.3"), true, Reason::BadFactor,
         "a24088-Rtd: \"1.2.3\""},
        {"bad_factor-empty", seg("a24088-Rtd=`,a24088-Flag=N"), true, Reason::BadFactor,
         "a24088-Rtd"},
        {"bad_factor-letters", seg("a24088-Rtd=`abc"), true, Reason::BadFactor, "abc"},
        {"bad_factor-no-code", seg("`-Rtd=1"), true, Reason::BadFactor, "-Rtd"},
        {"bad_factor-no-suffix", seg("`a24088-=1"), true, Reason::BadFactor, "a24088-"},
        {"bad_factor-exponent", seg("a24088-Rtd=1`e5"), true, Reason::BadFactor, "1e5"},
        {"bad_factor-leading-dot", seg("a24088-Rtd=`.5"), true, Reason::BadFactor, ".5"},
        {"bad_factor-trailing-dot", seg("a24088-Rtd=5.`"), true, Reason::BadFactor, "5."},
        {"bad_factor-nan", seg("a24088-Rtd=`nan"), true, Reason::BadFactor, "nan"},
        {"bad_factor-inner-sign", seg("a24088-Rtd=1`-2"), true, Reason::BadFactor, "1-2"},
        {"bad_factor-flag-two-chars", seg("a24088-Flag=`NN"), true, Reason::BadFactor, "NN"},
        {"bad_factor-flag-empty", seg("a24088-Rtd=1,a24088-Flag=`"), true, Reason::BadFactor,
         "a24088-Flag"},
        {"bad_factor-flag-lower-case", seg("a24088-Flag=`n"), true, Reason::BadFactor, "\"n\""},
        {"bad_factor-eflag-too-long", seg("a24088-EFlag=`ABCDEFGH"), true, Reason::BadFactor,
         "ABCDEFGH"},
        {"bad_factor-code-too-long", seg("`abcdefghijklmnopqrstuvwxyz-Rtd=1"), true,
         Reason::BadFactor, "abcdefghijklmnopqrstuvwxyz"},
    };
}

} // namespace

class TestRejections : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void everyReasonHasRows();
    void segmentOverLimit();
    void crcCheckCanBeSkipped();
    void reasonKeys();
};

void TestRejections::rejects_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("mention");
    for (const Row &r : rows()) {
        const qsizetype marker = r.input.indexOf('`');
        QVERIFY2(marker >= 0 && r.input.count('`') == 1, r.name);
        QByteArray text = r.input;
        text.remove(marker, 1);
        const QByteArray frame = r.framed ? frameSegment(text) : text;
        QTest::newRow(r.name) << frame << int(r.reason) << (r.framed ? 6 + marker : marker)
                              << QString::fromUtf8(r.mention);
    }
}

void TestRejections::rejects()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, reason);
    QFETCH(qsizetype, offset);
    QFETCH(QString, mention);
    Packet p;
    Rejection why;
    QVERIFY2(!parseFrame(frame, p, why), frame.constData());
    QCOMPARE(reasonKey(why.reason), reasonKey(Reason(reason)));
    QCOMPARE(why.offset, offset);
    QVERIFY2(why.message.contains(mention), qPrintable(why.message));
}

void TestRejections::everyReasonHasRows()
{
    QSet<int> seen;
    for (const Row &r : rows())
        seen.insert(int(r.reason));
    for (int r = int(Reason::BadHeader); r <= int(Reason::BadFactor); ++r)
        QVERIFY2(seen.contains(r), qPrintable(reasonKey(Reason(r))));
}

void TestRejections::segmentOverLimit()
{
    Packet p;
    Rejection why;
    const QByteArray segment = seg("") + QByteArray(kMaxSegment, 'x');
    QVERIFY(!parseSegment(segment, p, why));
    QCOMPARE(why.reason, Reason::TooLong);
    QCOMPARE(why.offset, qsizetype(kMaxSegment));
}

void TestRejections::crcCheckCanBeSkipped()
{
    ParseOptions options;
    options.checkCrc = false;
    Packet p;
    Rejection why;
    QVERIFY(parseFrame(frameWith("##0101", "1C81\r\n"), p, why, options));
    QCOMPARE(p.cn, 1062);
}

void TestRejections::reasonKeys()
{
    const QStringList keys = {
        QStringLiteral("bad_header"),     QStringLiteral("bad_length"),
        QStringLiteral("too_long"),       QStringLiteral("length_mismatch"),
        QStringLiteral("bad_crc"),        QStringLiteral("bad_tail"),
        QStringLiteral("missing_field"),  QStringLiteral("duplicate_field"),
        QStringLiteral("bad_field"),      QStringLiteral("bad_time"),
        QStringLiteral("bad_cp"),         QStringLiteral("bad_factor")};
    for (int r = 0; r < keys.size(); ++r)
        QCOMPARE(reasonKey(Reason(r)), keys[r]);
}

QTEST_APPLESS_MAIN(TestRejections)
#include "tst_rejections.moc"
