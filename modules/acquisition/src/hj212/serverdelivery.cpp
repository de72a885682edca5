#include "hj212/serverimpl.h"

#include "vocsync/acquisition/logging.h"

#include <QDateTime>

#include <algorithm>

namespace vocsync::acquisition {

using namespace hj212server;

namespace {

constexpr std::int64_t kClockWarningEveryMs = 3600 * 1000LL;

int intField(const hj212::Packet &p, QByteArrayView key)
{
    bool ok = false;
    const int v = p.field(key).toByteArray().trimmed().toInt(&ok);
    return ok ? v : -1;
}

template <typename Batch> std::uint64_t backfilledIn(const Batch &batch)
{
    return static_cast<std::uint64_t>(std::count_if(batch.begin(), batch.end(), [](const auto &x) {
        return (x.quality & QualityBackfilled) != 0;
    }));
}

} // namespace

void Hj212Server::Impl::handleUpload(MnState &s, const hj212::Packet &p, std::int64_t nowMs)
{
    const QString mn = s.status.mn;
    const RegisteredTransmitter *t = registry.find(mn);
    if (!t)
        return;
    bool history = false;
    if (Command *cmd = tracker.matchUpload(mn, p, nowMs)) {
        switch (cmd->kind) {
        case CommandKind::GetTime: {
            std::int64_t ms = 0;
            if (hj212::parseTime(p.field("SystemTime"), ms, settings.utcOffsetS))
                cmd->result.systemTimeMs = ms;
            break;
        }
        case CommandKind::GetRtdInterval:
            cmd->result.rtdIntervalS = intField(p, "RtdInterval");
            break;
        case CommandKind::History:
            history = true;
            if (p.dataTimeMs != cmd->lastRecordMs) { // the parts of one record count once
                cmd->result.records += 1;
                cmd->lastRecordMs = p.dataTimeMs;
            }
            break;
        default:
            break;
        }
    }
    if (!PacketConverter::periodOf(p.cn))
        return; // 1011, 1061, 2081, 3020...: logged, answered, nothing to store
    // HJ 212-2025 implementations mark a packet the transmitter sends again on its own
    // (补传) with RF=1 in the header (hj212.md §15).
    bool resent = false;
    for (const hj212::Field &f : p.headerFields)
        resent = resent || (f.key == QByteArrayView("RF") && f.value == "1");
    Conversion conv = converter.convert(p, *t, history, resent, nowMs);
    for (const Conversion::Note &n : conv.notes)
        warnOnce(s, n.code, n.message);
    if (p.isSubpacket()) {
        // Each part is whole items plus DataTime: delivered now, only point samples wait
        // (at most PartMerger::kHoldMs) for the rest of their set (docs/hj212-server.md).
        const SampleBatch now = s.parts.add(p.cn, p.dataTimeMs, p.pno, p.pnum, conv.samples, nowMs);
        deliver(s, now, conv.factors);
        armPartsTimer();
    } else {
        flushParts(&s); // what was held came first
        deliver(s, conv.samples, conv.factors);
    }
    if (p.cn == hj212::cn::RealTimeData && !history && !resent && p.dataTimeMs != 0)
        planRealTime(s, p, nowMs);
}

void Hj212Server::Impl::planRealTime(MnState &s, const hj212::Packet &p, std::int64_t nowMs)
{
    const QString mn = s.status.mn;
    s.status.lastDataTimeMs = std::max(s.status.lastDataTimeMs, p.dataTimeMs);
    const BackfillPlanner::RealTime r = planner.onRealTime(mn, p.dataTimeMs, nowMs);
    s.status.rtdIntervalS = planner.intervalS(mn);
    const QString dataTime =
        QString::fromLatin1(hj212::formatTime(p.dataTimeMs, settings.utcOffsetS));
    if (r.ahead && nowMs - s.clockWarnedMs >= kClockWarningEveryMs) {
        s.clockWarnedMs = nowMs;
        qCWarning(lcAcquisition).noquote()
            << QStringLiteral("hj212: MN %1: DataTime %2 is %3 min ahead of the station clock; "
                              "its clock looks wrong (set it with a 1012), gaps are not planned "
                              "from such times")
                   .arg(mn, dataTime)
                   .arg((p.dataTimeMs - nowMs) / 60'000);
    }
    if (!r.dropped.isEmpty()) {
        qCWarning(lcAcquisition).noquote()
            << QStringLiteral("hj212: MN %1: more than %2 gaps open; %3 is not asked for")
                   .arg(mn)
                   .arg(BackfillPlanner::kMaxGaps)
                   .arg(r.dropped);
    }
    if (!r.gap)
        return;
    qCInfo(lcAcquisition).noquote()
        << QStringLiteral("hj212: MN %1: gap in real-time data before %2 (interval %3 s)")
               .arg(mn, dataTime)
               .arg(s.status.rtdIntervalS);
    driveBackfill(mn);
}

void Hj212Server::Impl::deliver(MnState &s, const SampleBatch &samples, const FactorBatch &factors)
{
    const auto delivered = static_cast<std::uint64_t>(samples.size() + factors.size());
    s.status.samples += delivered;
    s.status.backfilled += backfilledIn(samples) + backfilledIn(factors);
    if (!samples.empty())
        emit q->samplesReady(samples);
    if (!factors.empty())
        emit q->factorsReady(factors);
}

void Hj212Server::Impl::flushParts(MnState *s)
{
    if (!s) {
        for (auto &[mn, state] : mns)
            flushParts(&state);
        return;
    }
    if (s->parts.deadlineMs() == 0)
        return;
    deliver(*s, s->parts.flush(), {});
    touch(s->status.mn);
}

void Hj212Server::Impl::armPartsTimer()
{
    std::int64_t next = 0;
    for (const auto &[mn, s] : mns) {
        const std::int64_t d = s.parts.deadlineMs();
        if (d != 0 && (next == 0 || d < next))
            next = d;
    }
    if (next == 0) {
        partsTimer->stop();
        return;
    }
    const std::int64_t wait = next - QDateTime::currentMSecsSinceEpoch();
    partsTimer->start(static_cast<int>(std::clamp<std::int64_t>(wait, 0, PartMerger::kHoldMs)));
}

} // namespace vocsync::acquisition
