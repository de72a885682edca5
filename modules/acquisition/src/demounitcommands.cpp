// A simulated transmitter answering the station's commands as HJ 212-2017 App. C describes:
// request answer 9011, the data or upload, execution answer 9012 (docs/hj212-demo.md).
#include "demounit.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/codec.h"

#include <map>

namespace vocsync::acquisition::demo {

namespace {

using hj212::ExeRtn;
using hj212::QnRtn;

/// The most periods one history request may ask for; a longer range is refused (QnRtn=2) so a
/// mistaken request cannot queue days of packets on a slow link.
constexpr std::int64_t kMaxRealtimeInstants = 8640; // a day of 10 s data
constexpr std::int64_t kMaxMinutes = 1440;
constexpr std::int64_t kMaxHours = 744;
constexpr std::int64_t kMaxDays = 366;
/// HJ 212-2017 C.6: RtdInterval 30 <= n <= 3600 s; the demo also keeps its own 10 s.
constexpr int kMaxRtdIntervalS = 3600;

std::int64_t periodMsOf(int cn)
{
    switch (cn) {
    case hj212::cn::MinuteData:
        return timeutil::kMinuteMs;
    case hj212::cn::HourData:
        return timeutil::kHourMs;
    default:
        return timeutil::kDayMs;
    }
}

std::int64_t maxPeriodsOf(int cn)
{
    switch (cn) {
    case hj212::cn::MinuteData:
        return kMaxMinutes;
    case hj212::cn::HourData:
        return kMaxHours;
    default:
        return kMaxDays;
    }
}

} // namespace

void Unit::handle(const hj212::Packet &p)
{
    switch (p.cn) {
    case hj212::cn::DataAnswer:
        if (m_inFlight.remove(p.qn.toByteArray()) > 0)
            ++m_shared.stats.answered;
        return;
    case hj212::cn::RequestAnswer:
    case hj212::cn::ExecutionAnswer:
    case hj212::cn::NoticeAnswer:
    case hj212::cn::Heartbeat:
        return; // the unit asks nothing that these would answer
    default:
        break;
    }
    ++m_shared.stats.commands;
    const auto refuse = [&](QnRtn rtn) {
        queueAnswer(hj212::requestAnswer(p, rtn));
        emit commandHandled(m_mn, p.cn, static_cast<int>(rtn), 0);
    };
    if (p.mn.toString().compare(m_mn, Qt::CaseInsensitive) != 0)
        return refuse(QnRtn::BadMn);
    if (p.pw.view() != QByteArrayView(m_unit.pw))
        return refuse(QnRtn::BadPassword);
    switch (p.cn) {
    case hj212::cn::GetTime:
        return answerGetTime(p);
    case hj212::cn::SetTime:
        return answerSetTime(p);
    case hj212::cn::GetRtdInterval:
        return answerGetInterval(p);
    case hj212::cn::SetRtdInterval:
        return answerSetInterval(p);
    case hj212::cn::RealTimeData:
    case hj212::cn::MinuteData:
    case hj212::cn::HourData:
    case hj212::cn::DayData:
        return answerHistory(p);
    case hj212::cn::StopRealTimeData: // HJ 212-2017 C.11: a notice, answered by 9013
        m_realtimeOn = false;
        queueAnswer(hj212::noticeAnswer(p));
        emit commandHandled(m_mn, p.cn, 0, 0);
        return;
    default:
        emit problem(m_mn, tr("command %1 is not supported").arg(hj212::commandName(p.cn)));
        return refuse(QnRtn::BadCn);
    }
}

void Unit::finish(const hj212::Packet &request, hj212::ExeRtn rtn)
{
    // After the data of a history request, in the same lane, so it follows them on the wire.
    queuePacket(hj212::executionAnswer(request, rtn), Lane::Bulk);
    emit commandHandled(m_mn, request.cn, static_cast<int>(QnRtn::Ready), static_cast<int>(rtn));
}

void Unit::answerGetTime(const hj212::Packet &request)
{
    queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
    hj212::Packet upload = commandUpload(m_unit, request.qn.toByteArray(), request.cn);
    upload.setField("SystemTime", hj212::formatTime(now(), m_shared.settings.utcOffsetS));
    queueAnswer(upload);
    finish(request, ExeRtn::Success);
}

void Unit::answerSetTime(const hj212::Packet &request)
{
    std::int64_t t = 0;
    if (!hj212::parseTime(request.field("SystemTime"), t, m_shared.settings.utcOffsetS)) {
        queueAnswer(hj212::requestAnswer(request, QnRtn::Rejected));
        emit commandHandled(m_mn, request.cn, static_cast<int>(QnRtn::Rejected), 0);
        return;
    }
    queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
    m_offsetMs = t - m_shared.clock();
    // Go on from the new clock's current instant: no burst of instants, no going back.
    m_lastInstantMs = timeutil::floorTo(now(), stepMs());
    finish(request, ExeRtn::Success);
}

void Unit::answerGetInterval(const hj212::Packet &request)
{
    queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
    hj212::Packet upload = commandUpload(m_unit, request.qn.toByteArray(), request.cn);
    upload.setField("RtdInterval", QByteArray::number(m_rtdIntervalS));
    queueAnswer(upload);
    finish(request, ExeRtn::Success);
}

void Unit::answerSetInterval(const hj212::Packet &request)
{
    queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
    bool ok = false;
    const int s = request.field("RtdInterval").toByteArray().toInt(&ok);
    // The simulator's meters give samples on their own grid: other intervals would be empty.
    if (!ok || s < m_baseIntervalS || s > kMaxRtdIntervalS || s % m_baseIntervalS != 0) {
        emit problem(m_mn, tr("refused real-time interval '%1': a multiple of %2 s up to %3 s")
                               .arg(QString::fromLatin1(request.field("RtdInterval")))
                               .arg(m_baseIntervalS)
                               .arg(kMaxRtdIntervalS));
        finish(request, ExeRtn::BadCondition);
        return;
    }
    m_rtdIntervalS = s;
    m_lastInstantMs = timeutil::floorTo(now(), stepMs());
    finish(request, ExeRtn::Success);
}

std::optional<std::pair<std::int64_t, std::int64_t>> Unit::timeRange(const hj212::Packet &request)
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    const int off = m_shared.settings.utcOffsetS;
    if (!hj212::parseTime(request.field("BeginTime"), from, off) ||
        !hj212::parseTime(request.field("EndTime"), to, off) || to < from)
        return std::nullopt;
    return std::make_pair(from, to);
}

void Unit::answerHistory(const hj212::Packet &request)
{
    const bool ranged = !request.field("BeginTime").isNull();
    if (request.cn == hj212::cn::RealTimeData && !ranged) {
        // C.10: "get real-time data" switches the live data (back) on.
        queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
        m_realtimeOn = true;
        finish(request, ExeRtn::Success);
        return;
    }
    const auto range = timeRange(request);
    if (!range) {
        emit problem(m_mn, tr("refused CN %1: no valid BeginTime and EndTime").arg(request.cn));
        queueAnswer(hj212::requestAnswer(request, QnRtn::Rejected));
        emit commandHandled(m_mn, request.cn, static_cast<int>(QnRtn::Rejected), 0);
        return;
    }
    if (request.cn == hj212::cn::RealTimeData)
        return answerRealtimeHistory(request, range->first, range->second);

    // Periods whose start lies in [BeginTime, EndTime] (C.21: Begin = End asks for one
    // period) and that are over on the unit's clock. Days begin at local midnight.
    const std::int64_t periodMs = periodMsOf(request.cn);
    const std::int64_t offMs = static_cast<std::int64_t>(m_shared.settings.utcOffsetS) * 1000;
    const auto startOf = [&](std::int64_t t) {
        return timeutil::floorTo(t + offMs, periodMs) - offMs;
    };
    std::int64_t first = startOf(range->first);
    if (first < range->first)
        first += periodMs;
    const std::int64_t last = std::min(startOf(range->second), startOf(now()) - periodMs);
    const std::int64_t count = last >= first ? (last - first) / periodMs + 1 : 0;
    if (count > maxPeriodsOf(request.cn)) {
        emit problem(m_mn, tr("refused CN %1: %2 periods asked, at most %3")
                               .arg(request.cn)
                               .arg(count)
                               .arg(maxPeriodsOf(request.cn)));
        queueAnswer(hj212::requestAnswer(request, QnRtn::Rejected));
        emit commandHandled(m_mn, request.cn, static_cast<int>(QnRtn::Rejected), 0);
        return;
    }
    queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
    std::map<std::int64_t, PeriodAggregate> periods;
    if (count > 0) {
        m_shared.simulator.generate(first, last + periodMs, [&](SampleBatch &&batch, std::int64_t) {
            for (const Sample &s : batch) {
                if (const UnitBinding::Point *pt = m_unit.find(s.point))
                    periods[startOf(s.tMs)].add(*pt, s);
            }
            return true;
        });
    }
    // HJ 212-2017 8, C.20: each period its own packet with a new QN, DataTime = period start.
    for (const auto &[start, aggregate] : periods) {
        hj212::Packet p = dataPacket(m_unit, nextQn(), request.cn, start);
        aggregate.addTo(p, m_unit);
        queuePacket(p, Lane::Bulk);
        ++m_shared.stats.historyPackets;
    }
    finish(request, periods.empty() ? ExeRtn::NoData : ExeRtn::Success);
}

void Unit::answerRealtimeHistory(const hj212::Packet &request, std::int64_t fromMs,
                                 std::int64_t toMs)
{
    const std::int64_t step = stepMs();
    std::int64_t first = timeutil::floorTo(fromMs, step);
    if (first < fromMs)
        first += step;
    const std::int64_t last =
        std::min(timeutil::floorTo(toMs, step), timeutil::floorTo(now(), step));
    const std::int64_t count = last >= first ? (last - first) / step + 1 : 0;
    if (count > kMaxRealtimeInstants) {
        emit problem(m_mn, tr("refused CN 2011: %1 instants asked, at most %2")
                               .arg(count)
                               .arg(kMaxRealtimeInstants));
        queueAnswer(hj212::requestAnswer(request, QnRtn::Rejected));
        emit commandHandled(m_mn, request.cn, static_cast<int>(QnRtn::Rejected), 0);
        return;
    }
    queueAnswer(hj212::requestAnswer(request, QnRtn::Ready));
    bool any = false;
    for (std::int64_t t = first; t <= last; t += step)
        any = sendInstant(t, false) || any;
    finish(request, any ? ExeRtn::Success : ExeRtn::NoData);
}

} // namespace vocsync::acquisition::demo
