// The protocol's answers and requests, byte for byte against the standards' examples
// (HJ 212-2017 C.1, C.14, C.21; HJ/T 212-2005 App. C), the code-table texts and QnGenerator.
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace vocsync::hj212;

namespace {

constexpr const char *kMn = "010000A8900016F000169DC0";

Packet parsed(const QByteArray &frame)
{
    Packet p;
    Rejection why;
    if (!parseFrame(frame, p, why))
        qFatal("rejected: %s", qPrintable(why.message));
    return p;
}

QByteArray crlf(const char *frame)
{
    return QByteArray(frame) + "\r\n";
}

QByteArray framed(const Packet &p)
{
    const auto f = encodeFrame(p);
    return f.ok() ? f.value() : f.error().message.toUtf8();
}

QByteArray segmentOf(const QByteArray &frame)
{
    return frame.mid(6, frame.size() - 12);
}

std::int64_t local(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

const char *const kC1Request = "##0107QN=20160801085857223;ST=32;CN=1000;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&OverTime=5;ReCount=3&&CAC1";
const char *const kRequest2005 = "##0124QN=20040516010101001;ST=32;CN=2051;PW=123456;MN=88888880000001;Flag=3;CP=&&BeginTime=20040506111000,EndTime=20040506151000&&6B80";

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void requestAnswer2017();
    void executionAnswer2017();
    void dataAnswer2017();
    void noticeAnswer2017();
    void answersKeepVersionBits();
    void requestAnswer2005();
    void executionAnswer2005();
    void dataAnswer2005();
    void dataAnswer2005SubPacket();
    void noticeAnswer2005();
    void requests();
    void historyRequest2017();
    void historyRequest2005();
    void qnGeneratorNeverRepeats();
    void qnGeneratorLocalTime();
    void texts();
};

void TestMessages::requestAnswer2017()
{
    const Packet answer = requestAnswer(parsed(crlf(kC1Request)), QnRtn::Ready);
    QCOMPARE(framed(answer), crlf("##0094QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&1B00"));
    const Packet bad = requestAnswer(parsed(crlf(kC1Request)), QnRtn::BadPassword);
    QCOMPARE(bad.field("QnRtn"), QByteArrayView("3"));
}

void TestMessages::executionAnswer2017()
{
    const Packet answer = executionAnswer(parsed(crlf(kC1Request)), ExeRtn::Success);
    QCOMPARE(framed(answer), crlf("##0095QN=20160801085857223;ST=91;CN=9012;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&6240"));
    QCOMPARE(executionAnswer(parsed(crlf(kC1Request)), ExeRtn::NoData).field("ExeRtn"),
             QByteArrayView("100"));
}

void TestMessages::dataAnswer2017()
{
    const Packet upload = parsed(crlf("##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80"));
    QCOMPARE(framed(dataAnswer(upload)), crlf("##0087QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&3240"));
    // A sub-packet's answer echoes that sub-packet's own QN.
    const Packet part = parsed(crlf("##0260QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&D941"));
    QCOMPARE(segmentOf(framed(dataAnswer(part))),
             QByteArray("QN=20160801085857534;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;"
                        "Flag=4;CP=&&&&"));
}

void TestMessages::noticeAnswer2017()
{
    const Packet stop = parsed(frameSegment("QN=20160801085857223;ST=32;CN=2012;PW=123456;"
                                            "MN=010000A8900016F000169DC0;Flag=4;CP=&&&&"));
    QCOMPARE(segmentOf(framed(noticeAnswer(stop))),
             QByteArray("QN=20160801085857223;ST=91;CN=9013;PW=123456;MN=010000A8900016F000169DC0;"
                        "Flag=4;CP=&&&&"));
}

void TestMessages::answersKeepVersionBits()
{
    const Packet upload = parsed(frameSegment("QN=20250101000000001;ST=31;CN=2011;PW=123456;"
                                              "MN=010000A8900016F000169DC0;Flag=9;"
                                              "CP=&&DataTime=20250101000000;a24088-Rtd=1.0&&"));
    const Packet answer = dataAnswer(upload);
    QCOMPARE(answer.flag, 8);
    QCOMPARE(answer.version(), Version::V2025);
    QVERIFY(!answer.answerRequested());
    QCOMPARE(segmentOf(framed(answer)),
             QByteArray("QN=20250101000000001;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;"
                        "Flag=8;CP=&&&&"));
}

void TestMessages::requestAnswer2005()
{
    // HJ/T 212-2005 App. C: no header QN, the QN inside CP, Flag=0.
    QCOMPARE(framed(requestAnswer(parsed(crlf(kRequest2005)), QnRtn::Ready)),
             crlf("##0084ST=91;CN=9011;PW=123456;MN=88888880000001;Flag=0;CP=&&QN=20040516010101001;QnRtn=1&&7200"));
}

void TestMessages::executionAnswer2005()
{
    QCOMPARE(segmentOf(framed(executionAnswer(parsed(crlf(kRequest2005)), ExeRtn::Success))),
             QByteArray("ST=91;CN=9012;PW=123456;MN=88888880000001;CP=&&QN=20040516010101001;"
                        "ExeRtn=1&&"));
}

void TestMessages::dataAnswer2005()
{
    const Packet upload = parsed(frameSegment("ST=32;CN=2051;QN=20040516010101001;PW=123456;"
                                              "MN=88888880000001;CP=&&DataTime=20040516021000;"
                                              "B01-Cou=200;101-Cou=2.5,101-Min=1.1,101-Avg=1.1,"
                                              "101-Max=1.1&&"));
    QCOMPARE(framed(dataAnswer(upload)),
             crlf("##0049ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&5F00"));
    // The 2005 center also answers a 9012 with a 9014 naming CN=9012.
    const Packet exe = parsed(frameSegment("ST=91;CN=9012;PW=123456;MN=88888880000001;"
                                           "CP=&&QN=20040516010101001;ExeRtn=1&&"));
    QVERIFY(exe.qn.isEmpty());
    QCOMPARE(segmentOf(framed(dataAnswer(exe))),
             QByteArray("ST=91;CN=9014;CP=&&QN=20040516010101001;CN=9012&&"));
}

void TestMessages::dataAnswer2005SubPacket()
{
    const Packet upload = parsed(frameSegment("ST=32;CN=2051;QN=20040516010101001;PW=123456;"
                                              "MN=88888880000001;PNO=1;PNUM=1;"
                                              "CP=&&DataTime=20040516021000;B01-Cou=200&&"));
    QCOMPARE(segmentOf(framed(dataAnswer(upload))),
             QByteArray("ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051;PNO=1;PNUM=1&&"));
}

void TestMessages::noticeAnswer2005()
{
    const Packet alarm = parsed(frameSegment("QN=20040516010101001;ST=32;CN=2072;PW=123456;"
                                             "MN=88888880000001;Flag=0;CP=&&AlarmTime=20040506010101;"
                                             "101-Ala=1.1,AlarmType=1&&"));
    QCOMPARE(segmentOf(framed(noticeAnswer(alarm))),
             QByteArray("ST=91;CN=9013;PW=123456;MN=88888880000001;CP=&&QN=20040516010101001&&"));
}

void TestMessages::requests()
{
    const Packet get = request(Version::V2017, "20160801085857223", "32", cn::GetTime, "123456", kMn);
    QCOMPARE(segmentOf(framed(get)),
             QByteArray("QN=20160801085857223;ST=32;CN=1011;PW=123456;MN=010000A8900016F000169DC0;"
                        "Flag=5;CP=&&&&"));
    QCOMPARE(request(Version::V2025, "20260101000000001", "32", cn::GetTime, "123456", kMn).flag, 9);
    QCOMPARE(request(Version::V2005, "20040516010101001", "32", cn::GetTime, "123456",
                     "88888880000001").flag,
             1);
    Packet set = request(Version::V2017, "20160801085857223", "32", cn::SetRtdInterval, "100000", kMn);
    set.setField("RtdInterval", "30");
    QCOMPARE(framed(set), crlf("##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80"));
}

void TestMessages::historyRequest2017()
{
    const Packet p = historyRequest(Version::V2017, "20160801085857223", "32", cn::HourData,
                                    "123456", kMn, local(2016, 8, 1, 8, 0, 0),
                                    local(2016, 8, 1, 8, 0, 0));
    QCOMPARE(framed(p), crlf("##0134QN=20160801085857223;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&BeginTime=20160801080000;EndTime=20160801080000&&7EC0"));
}

void TestMessages::historyRequest2005()
{
    Packet p = historyRequest(Version::V2005, "20040516010101001", "32", cn::MinuteData, "123456",
                              "88888880000001", local(2004, 5, 6, 11, 10, 0),
                              local(2004, 5, 6, 15, 10, 0));
    p.flag = 3; // what the 2005 examples write
    QCOMPARE(framed(p), crlf(kRequest2005));
}

void TestMessages::qnGeneratorNeverRepeats()
{
    QnGenerator g;
    const std::int64_t now = local(2024, 1, 23, 12, 39, 50) + 241;
    QSet<QByteArray> seen;
    QByteArray last;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray qn = g.next(now); // all in the same millisecond
        QCOMPARE(qn.size(), 17);
        QVERIFY(!seen.contains(qn));
        QVERIFY(qn > last);
        seen.insert(qn);
        last = qn;
    }
    QCOMPARE(seen.size(), 2000);
    // The clock stepping back does not bring back an old QN.
    const QByteArray after = g.next(now - 60'000);
    QVERIFY(after > last);
    // Time moving on is followed again.
    QCOMPARE(g.next(now + 3'600'000), QByteArray("20240123133950241"));
}

void TestMessages::qnGeneratorLocalTime()
{
    QnGenerator beijing;
    QCOMPARE(beijing.next(local(2016, 8, 1, 8, 58, 57) + 223), QByteArray("20160801085857223"));
    QnGenerator utc(0);
    QCOMPARE(utc.next(local(2016, 8, 1, 8, 58, 57) + 223), QByteArray("20160801005857223"));
}

void TestMessages::texts()
{
    QCOMPARE(qnRtnText(1), QStringLiteral("ready to execute"));
    QCOMPARE(qnRtnText(3), QStringLiteral("password error"));
    QVERIFY(qnRtnText(42).contains(QStringLiteral("42")));
    QCOMPARE(exeRtnText(100), QStringLiteral("no data"));
    QCOMPARE(commandName(2011), QStringLiteral("2011 real-time data"));
    QCOMPARE(commandName(9014), QStringLiteral("9014 data answer"));
    QCOMPARE(commandName(4321), QStringLiteral("4321 (unknown)"));
    QVERIFY(isHistoryCn(2051) && isHistoryCn(2061) && isHistoryCn(2031) && isHistoryCn(2041));
    QVERIFY(!isHistoryCn(2011));
    QCOMPARE(dataFlagText('N'), QStringLiteral("normal"));
    QCOMPARE(dataFlagText('T'), QStringLiteral("over the measuring range"));
    QVERIFY(dataFlagText('J').contains(QLatin1Char('J')));
}

QTEST_APPLESS_MAIN(TestMessages)
#include "tst_messages.moc"
