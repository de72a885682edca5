// The protocol's answers and requests (HJ 212-2017 6.5, App. C; HJ/T 212-2005 App. C), and
// the texts of its code tables (Tables 6, 7, 8, 9).
#include "vocsync/hj212/messages.h"
#include "vocsync/hj212/codec.h"

#include "segmentparser.h"

namespace vocsync::hj212 {

namespace {

// HJ 212-2017 6.6.1 Table 5: 91 is the system-interaction code of every answer.
constexpr QByteArrayView kAnswerSt = "91";

QByteArray qnText(QByteArrayView qn)
{
    return qn.toByteArray();
}

// The answer's header: 2017/2025 echo QN, keep PW and MN, Flag = version bits only.
Packet answerHeader(const Packet &to, int cn)
{
    Packet a;
    a.st.assign(kAnswerSt);
    a.cn = cn;
    a.pw = to.pw;
    a.mn = to.mn;
    if (to.version() != Version::V2005) {
        a.qn = to.qn;
        a.flag = flagFor(to.version(), false);
    }
    return a;
}

// 2005 answers name the QN they answer inside CP; a 2005 answer being answered (the center's
// 9014 to a 9012) carries that QN in its own CP.
void putQn2005(Packet &a, const Packet &to)
{
    if (!to.qn.isEmpty())
        a.setField("QN", to.qn.view());
    else if (const QByteArrayView qn = to.field("QN"); !qn.isNull())
        a.setField("QN", qn);
}

} // namespace

QString qnRtnText(int code)
{
    switch (code) {
    case 1:
        return Hj212Codec::tr("ready to execute");
    case 2:
        return Hj212Codec::tr("request rejected");
    case 3:
        return Hj212Codec::tr("password error");
    case 4:
        return Hj212Codec::tr("MN error");
    case 5:
        return Hj212Codec::tr("ST error");
    case 6:
        return Hj212Codec::tr("Flag error");
    case 7:
        return Hj212Codec::tr("QN error");
    case 8:
        return Hj212Codec::tr("CN error");
    case 9:
        return Hj212Codec::tr("CRC error");
    case 100:
        return Hj212Codec::tr("unknown error");
    default:
        return Hj212Codec::tr("QnRtn %1 (unknown)").arg(code);
    }
}

QString exeRtnText(int code)
{
    switch (code) {
    case 1:
        return Hj212Codec::tr("success");
    case 2:
        return Hj212Codec::tr("failed, reason unknown");
    case 3:
        return Hj212Codec::tr("request condition error");
    case 4:
        return Hj212Codec::tr("communication timeout");
    case 5:
        return Hj212Codec::tr("system busy");
    case 6:
        return Hj212Codec::tr("system fault");
    case 100:
        return Hj212Codec::tr("no data");
    default:
        return Hj212Codec::tr("ExeRtn %1 (unknown)").arg(code);
    }
}

QString commandName(int code)
{
    const auto name = [code](const QString &what) {
        return QStringLiteral("%1 %2").arg(code, 4, 10, QLatin1Char('0')).arg(what);
    };
    switch (code) {
    case cn::SetTimeout:
        return name(Hj212Codec::tr("set timeout and retries"));
    case cn::GetTime:
        return name(Hj212Codec::tr("field time"));
    case cn::SetTime:
        return name(Hj212Codec::tr("set field time"));
    case cn::TimeCalibrationRequest:
        return name(Hj212Codec::tr("time calibration request"));
    case cn::GetRtdInterval:
        return name(Hj212Codec::tr("real-time data interval"));
    case cn::SetRtdInterval:
        return name(Hj212Codec::tr("set real-time data interval"));
    case cn::GetMinInterval:
        return name(Hj212Codec::tr("minute data interval"));
    case cn::SetMinInterval:
        return name(Hj212Codec::tr("set minute data interval"));
    case cn::SetPassword:
        return name(Hj212Codec::tr("set password"));
    case cn::RealTimeData:
        return name(Hj212Codec::tr("real-time data"));
    case cn::StopRealTimeData:
        return name(Hj212Codec::tr("stop real-time data"));
    case cn::FacilityState:
        return name(Hj212Codec::tr("facility running state"));
    case cn::StopFacilityState:
        return name(Hj212Codec::tr("stop facility running state"));
    case cn::DayData:
        return name(Hj212Codec::tr("daily data"));
    case cn::FacilityRunTime:
        return name(Hj212Codec::tr("daily facility running time"));
    case cn::MinuteData:
        return name(Hj212Codec::tr("minute data"));
    case cn::HourData:
        return name(Hj212Codec::tr("hourly data"));
    case cn::RestartTime:
        return name(Hj212Codec::tr("logger power-on time"));
    case 3019:
        return name(Hj212Codec::tr("instrument id"));
    case 3020:
        return name(Hj212Codec::tr("field information"));
    case cn::RequestAnswer:
        return name(Hj212Codec::tr("request answer"));
    case cn::ExecutionAnswer:
        return name(Hj212Codec::tr("execution answer"));
    case cn::NoticeAnswer:
        return name(Hj212Codec::tr("notice answer"));
    case cn::DataAnswer:
        return name(Hj212Codec::tr("data answer"));
    case cn::Heartbeat:
        return name(Hj212Codec::tr("heartbeat"));
    default:
        return name(Hj212Codec::tr("(unknown)"));
    }
}

bool isHistoryCn(int code)
{
    return code == cn::DayData || code == cn::FacilityRunTime || code == cn::MinuteData ||
           code == cn::HourData;
}

QString dataFlagText(char flag)
{
    switch (flag) {
    case 'N':
        return Hj212Codec::tr("normal");
    case 'F':
        return Hj212Codec::tr("stopped");
    case 'M':
        return Hj212Codec::tr("maintenance");
    case 'S':
        return Hj212Codec::tr("manually set value");
    case 'D':
        return Hj212Codec::tr("instrument fault");
    case 'C':
        return Hj212Codec::tr("calibration");
    case 'T':
        return Hj212Codec::tr("over the measuring range");
    case 'B':
        return Hj212Codec::tr("communication fault");
    case 'P':
        return Hj212Codec::tr("power failure");
    default:
        return Hj212Codec::tr("flag \"%1\" (unknown)").arg(QLatin1Char(flag));
    }
}

Packet dataAnswer(const Packet &upload)
{
    if (upload.version() != Version::V2005)
        return answerHeader(upload, cn::DataAnswer); // HJ 212-2017 C.14: CP=&&&&
    // HJ/T 212-2005 App. C: "ST=91;CN=9014;CP=&&QN=..;CN=2051[;PNO=..;PNUM=..]&&".
    Packet a;
    a.st.assign(kAnswerSt);
    a.cn = cn::DataAnswer;
    putQn2005(a, upload);
    char code[8];
    std::snprintf(code, sizeof code, "%04d", upload.cn);
    a.setField("CN", QByteArrayView(code));
    if (upload.pnum > 0) {
        a.setField("PNO", QByteArray::number(upload.pno));
        a.setField("PNUM", QByteArray::number(upload.pnum));
    }
    return a;
}

Packet noticeAnswer(const Packet &notice)
{
    Packet a = answerHeader(notice, cn::NoticeAnswer);
    if (notice.version() == Version::V2005)
        putQn2005(a, notice); // "ST=91;CN=9013;PW=..;MN=..;CP=&&QN=..&&"
    return a;
}

Packet requestAnswer(const Packet &request, QnRtn rtn)
{
    Packet a = answerHeader(request, cn::RequestAnswer);
    if (request.version() == Version::V2005) {
        a.flag = 0; // "ST=91;CN=9011;PW=..;MN=..;Flag=0;CP=&&QN=..;QnRtn=1&&"
        putQn2005(a, request);
    }
    a.setField("QnRtn", QByteArray::number(static_cast<int>(rtn)));
    return a;
}

Packet executionAnswer(const Packet &request, ExeRtn rtn)
{
    Packet a = answerHeader(request, cn::ExecutionAnswer);
    if (request.version() == Version::V2005)
        putQn2005(a, request); // "ST=91;CN=9012;PW=..;MN=..;CP=&&QN=..;ExeRtn=1&&"
    a.setField("ExeRtn", QByteArray::number(static_cast<int>(rtn)));
    return a;
}

Packet request(Version v, const QByteArray &qn, QByteArrayView st, int code, QByteArrayView pw,
               QByteArrayView mn)
{
    Packet p;
    p.qn.assign(qnText(qn));
    p.st.assign(st);
    p.cn = code;
    p.pw.assign(pw);
    p.mn.assign(mn);
    p.flag = flagFor(v, true);
    return p;
}

Packet historyRequest(Version v, const QByteArray &qn, QByteArrayView st, int code,
                      QByteArrayView pw, QByteArrayView mn, std::int64_t fromMs, std::int64_t toMs,
                      int utcOffsetS)
{
    Packet p = request(v, qn, st, code, pw, mn);
    p.setField("BeginTime", formatTime(fromMs, utcOffsetS));
    p.setField("EndTime", formatTime(toMs, utcOffsetS));
    // HJ/T 212-2005 App. C writes "BeginTime=..,EndTime=.." as one item; 2017 uses ';'.
    p.fields.back().sameItem = v == Version::V2005;
    return p;
}

QnGenerator::QnGenerator(int utcOffsetS) : m_utcOffsetS(utcOffsetS) {}

QByteArray QnGenerator::next(std::int64_t nowUtcMs)
{
    // Never twice the same QN, and never backwards when the clock steps back: a platform
    // drops packets by QN, so a repeat would lose data.
    m_lastMs = nowUtcMs > m_lastMs ? nowUtcMs : m_lastMs + 1;
    return formatQnTime(m_lastMs, m_utcOffsetS);
}

} // namespace vocsync::hj212
