#include "requesthandler.h"

#include "logging.h"

#include <QCoreApplication>

namespace vocsync::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::sync", text);
}

/// Answers speak for the target's MN; the codec's builders copy the request's header.
void speakAsTarget(hj212::Packet &p, const storage::UpstreamTarget &target)
{
    if (!p.mn.isEmpty())
        p.mn.assign(target.mn.toLatin1());
    if (!p.pw.isEmpty())
        p.pw.assign(target.password.toLatin1());
}

class Answerer
{
public:
    Answerer(const hj212::Packet &request, RequestContext &ctx, RequestOutcome &out)
        : m_request(request), m_ctx(ctx), m_out(out)
    {
    }

    void requestAnswer(hj212::QnRtn rtn)
    {
        hj212::Packet p = hj212::requestAnswer(m_request, rtn);
        speakAsTarget(p, m_ctx.target);
        write(p);
    }
    void executionAnswer(hj212::ExeRtn rtn)
    {
        hj212::Packet p = hj212::executionAnswer(m_request, rtn);
        speakAsTarget(p, m_ctx.target);
        write(p);
    }
    /// Writes an answer as it is: its QN is the request's (2017) or absent (2005 answers).
    void write(const hj212::Packet &p)
    {
        Result<QByteArray> frame = hj212::encodeFrame(p, options());
        if (!frame) {
            qCWarning(lcSync) << "cannot encode an answer:" << frame.error().toString();
            return;
        }
        m_out.frames.append(std::move(frame).value());
    }
    /// An upload with a QN of its own (split into sub-packets when too long).
    bool upload(hj212::Packet p)
    {
        Result<QList<Frame>> frames = encodePacket(std::move(p), m_ctx.qn, m_ctx.nowMs, options());
        if (!frames) {
            qCWarning(lcSync) << "cannot encode a history upload:" << frames.error().toString();
            return false;
        }
        for (Frame &f : frames.value())
            m_out.frames.append(std::move(f.frame));
        return true;
    }
    hj212::EncodeOptions options() const
    {
        hj212::EncodeOptions o;
        o.utcOffsetS = m_ctx.utcOffsetS;
        return o;
    }

private:
    const hj212::Packet &m_request;
    RequestContext &m_ctx;
    RequestOutcome &m_out;
};

void answerGetTime(const hj212::Packet &request, RequestContext &ctx, Answerer &a,
                   RequestOutcome &out)
{
    a.requestAnswer(hj212::QnRtn::Ready);
    // HJ 212-2017 C.2: the time upload carries the request's QN, no answer requested.
    hj212::Packet up = targetPacket(ctx.target, hj212::cn::GetTime, false);
    up.qn = request.qn;
    const QByteArrayView polId = request.field("PolId");
    if (!polId.isNull())
        up.setField("PolId", polId);
    up.setField("SystemTime", hj212::formatTime(ctx.nowMs, ctx.utcOffsetS));
    a.write(up);
    a.executionAnswer(hj212::ExeRtn::Success);
    out.summary = tr("1011 get time answered");
}

void answerSetTimeout(const hj212::Packet &request, Answerer &a, RequestOutcome &out)
{
    bool okTime = false;
    bool okCount = false;
    const int overTime = request.field("OverTime").toByteArray().toInt(&okTime);
    const int reCount = request.field("ReCount").toByteArray().toInt(&okCount);
    a.requestAnswer(hj212::QnRtn::Ready);
    // HJ 212-2017 Table 4: 0 < OverTime <= 99 s, 0 < ReCount <= 99.
    if (!okTime || !okCount || overTime <= 0 || overTime > 99 || reCount <= 0 || reCount > 99) {
        a.executionAnswer(hj212::ExeRtn::BadCondition);
        out.summary = tr("1000 refused: OverTime and ReCount must be 1..99");
        return;
    }
    out.overTimeS = overTime;
    out.reCount = reCount;
    a.executionAnswer(hj212::ExeRtn::Success);
    out.summary = tr("1000 set: timeout %1 s, %2 tries").arg(overTime).arg(reCount);
}

void answerHistory(const hj212::Packet &request, RequestContext &ctx, Answerer &a,
                   RequestOutcome &out)
{
    std::int64_t beginMs = 0;
    std::int64_t endMs = 0;
    const bool okBegin = hj212::parseTime(request.field("BeginTime"), beginMs, ctx.utcOffsetS);
    const bool okEnd = hj212::parseTime(request.field("EndTime"), endMs, ctx.utcOffsetS);
    if (!okBegin || !okEnd) {
        a.requestAnswer(hj212::QnRtn::Ready);
        a.executionAnswer(hj212::ExeRtn::BadCondition);
        out.summary = tr("%1 refused: BeginTime and EndTime are needed").arg(request.cn);
        return;
    }
    const std::int64_t periodMs = historyPeriodMs(request.cn);
    if ((endMs - beginMs) / periodMs >= ctx.maxHistoryPeriods) {
        // Bounded so one request cannot hold the forwarder (and its memory) for minutes; the
        // platform asks again in smaller ranges.
        a.requestAnswer(hj212::QnRtn::Rejected);
        out.summary = tr("%1 rejected: more than %2 periods asked")
                          .arg(request.cn)
                          .arg(ctx.maxHistoryPeriods);
        return;
    }
    a.requestAnswer(hj212::QnRtn::Ready);
    Result<std::vector<hj212::Packet>> packets =
        ctx.history.read(ctx.target, ctx.codes, request.cn, beginMs, endMs);
    if (!packets) {
        a.executionAnswer(hj212::ExeRtn::Failed);
        out.summary = tr("%1 failed: %2").arg(request.cn).arg(packets.error().toString());
        return;
    }
    if (packets->empty()) {
        a.executionAnswer(hj212::ExeRtn::NoData);
        out.summary = tr("%1: no data stored in the range").arg(request.cn);
        return;
    }
    int sent = 0;
    for (hj212::Packet &p : packets.value())
        sent += a.upload(std::move(p)) ? 1 : 0;
    a.executionAnswer(sent > 0 ? hj212::ExeRtn::Success : hj212::ExeRtn::Failed);
    out.summary = tr("%1: %2 periods sent").arg(request.cn).arg(sent);
}

} // namespace

RequestOutcome answerRequest(const hj212::Packet &request, RequestContext &ctx)
{
    RequestOutcome out;
    Answerer a(request, ctx, out);
    if (request.mn.view() != ctx.target.mn.toLatin1()) {
        a.requestAnswer(hj212::QnRtn::BadMn);
        out.summary = tr("CN %1 for MN %2 refused: this link is MN %3")
                          .arg(request.cn)
                          .arg(request.mn.toString(), ctx.target.mn);
        return out;
    }
    if (request.pw.view() != ctx.target.password.toLatin1()) {
        a.requestAnswer(hj212::QnRtn::BadPassword);
        out.summary = tr("CN %1 refused: wrong password").arg(request.cn);
        return out;
    }
    switch (request.cn) {
    case hj212::cn::SetTimeout: answerSetTimeout(request, a, out); break;
    case hj212::cn::GetTime: answerGetTime(request, ctx, a, out); break;
    case hj212::cn::MinuteData:
    case hj212::cn::HourData:
    case hj212::cn::DayData:
    case hj212::cn::FacilityRunTime: answerHistory(request, ctx, a, out); break;
    default:
        a.requestAnswer(hj212::QnRtn::BadCn);
        out.summary = tr("CN %1 is not supported: answered QnRtn 8").arg(request.cn);
        break;
    }
    return out;
}

} // namespace vocsync::sync
