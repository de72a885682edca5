#include "hj212/backfillplanner.h"

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/hj212/messages.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace vocsync::acquisition::hj212server {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::int64_t periodMsOf(int cn)
{
    switch (cn) {
    case hj212::cn::MinuteData:
        return 60'000;
    case hj212::cn::HourData:
        return 3'600'000;
    case hj212::cn::DayData:
    case hj212::cn::FacilityRunTime:
        return 86'400'000;
    default:
        return 1'000; // real-time history (2011) and anything else: whole seconds
    }
}

} // namespace

std::optional<HistoryWindow> historyWindow(int cn, std::int64_t fromMs, std::int64_t toMs,
                                           int utcOffsetS)
{
    const std::int64_t period = periodMsOf(cn);
    const std::int64_t offset = static_cast<std::int64_t>(utcOffsetS) * 1000;
    // Period starts are whole multiples of the period in local time.
    const std::int64_t begin = -floorDiv(-(fromMs + offset), period) * period - offset;
    const std::int64_t end = floorDiv(toMs + offset, period) * period - period - offset;
    if (end < begin)
        return std::nullopt;
    return HistoryWindow{begin, end};
}

void BackfillPlanner::setRetryDelays(std::int64_t minMs, std::int64_t maxMs)
{
    m_retryMinMs = std::max<std::int64_t>(1, minMs);
    m_retryMaxMs = std::max(m_retryMinMs, maxMs);
}

void BackfillPlanner::setLastDataTime(const QString &mn, std::int64_t tMs, std::int64_t nowMs)
{
    if (tMs > nowMs + kMaxAheadMs)
        return; // stored while the transmitter's clock was wrong: it would hide every gap
    PerMn &m = m_byMn[mn];
    m.lastMs = std::max(m.lastMs, tMs);
}

std::int64_t BackfillPlanner::lastDataTime(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    return it == m_byMn.end() ? 0 : it->second.lastMs;
}

void BackfillPlanner::setConfiguredInterval(const QString &mn, int seconds)
{
    m_byMn[mn].configuredS = seconds;
}

void BackfillPlanner::setReportedInterval(const QString &mn, int seconds)
{
    if (seconds <= 0)
        return;
    PerMn &m = m_byMn[mn];
    m.reportedS = seconds;
    m.spacings.clear();
}

std::int64_t BackfillPlanner::intervalOf(const PerMn &m) const
{
    if (!m.spacings.empty()) {
        // The lower median: one extra packet (a short spacing) or one gap (a long one) among
        // the last few does not move it, a changed interval does within a few packets.
        std::vector<std::int64_t> s(m.spacings.begin(), m.spacings.end());
        const auto mid = s.begin() + static_cast<std::ptrdiff_t>((s.size() - 1) / 2);
        std::nth_element(s.begin(), mid, s.end());
        return *mid;
    }
    if (m.reportedS > 0)
        return m.reportedS * 1000LL;
    return std::max(1, m.configuredS > 0 ? m.configuredS : 60) * 1000LL;
}

std::int64_t BackfillPlanner::intervalMs(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    return it == m_byMn.end() ? 60'000 : intervalOf(it->second);
}

int BackfillPlanner::intervalS(const QString &mn) const
{
    return static_cast<int>(std::max<std::int64_t>(1, (intervalMs(mn) + 500) / 1000));
}

BackfillPlanner::RealTime BackfillPlanner::onRealTime(const QString &mn, std::int64_t tMs,
                                                      std::int64_t nowMs)
{
    RealTime out;
    if (tMs > nowMs + kMaxAheadMs) {
        out.ahead = true;
        return out;
    }
    PerMn &m = m_byMn[mn];
    const std::int64_t last = m.lastMs;
    if (tMs <= last)
        return out; // repeated or late: the newest time stays
    m.lastMs = tMs;
    if (last == 0)
        return out;
    const std::int64_t intervalMs = intervalOf(m);
    m.spacings.push_back(tMs - last);
    if (m.spacings.size() > kSpacings)
        m.spacings.pop_front();
    if (tMs - last <= 2 * intervalMs)
        return out;
    Gap g;
    g.fromMs = std::max(last + intervalMs, tMs - kMaxAgeMs);
    g.toMs = tMs;
    g.nextMs = g.fromMs;
    for (Gap &other : m.gaps)
        other.retryAtMs = 0; // a new outage is a good moment to ask again
    if (m.gaps.size() >= kMaxGaps) {
        auto victim =
            std::find_if(m.gaps.begin(), m.gaps.end(), [](const Gap &x) { return !x.out; });
        if (victim != m.gaps.end()) {
            out.dropped = QStringLiteral("%1 - %2").arg(
                QDateTime::fromMSecsSinceEpoch(victim->nextMs, QTimeZone::utc())
                    .toString(Qt::ISODate),
                QDateTime::fromMSecsSinceEpoch(victim->toMs, QTimeZone::utc())
                    .toString(Qt::ISODate));
            m.gaps.erase(victim);
        }
    }
    m.gaps.push_back(g);
    out.gap = true;
    return out;
}

std::optional<BackfillChunk> BackfillPlanner::take(const QString &mn, std::int64_t nowMs)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return std::nullopt;
    for (Gap &g : it->second.gaps) {
        if (g.out)
            return std::nullopt; // one request at a time per transmitter
    }
    for (Gap &g : it->second.gaps) {
        if (g.retryAtMs > nowMs)
            continue;
        g.out = true;
        return BackfillChunk{g.nextMs, std::min(g.toMs, g.nextMs + kMaxChunkMs)};
    }
    return std::nullopt;
}

void BackfillPlanner::done(const QString &mn, const BackfillChunk &chunk)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return;
    auto &gaps = it->second.gaps;
    for (Gap &g : gaps) {
        if (!g.out || g.nextMs != chunk.fromMs)
            continue;
        g.out = false;
        g.nextMs = chunk.toMs;
        g.failures = 0;
        g.retryAtMs = 0;
    }
    gaps.erase(
        std::remove_if(gaps.begin(), gaps.end(), [](const Gap &g) { return g.nextMs >= g.toMs; }),
        gaps.end());
}

void BackfillPlanner::failed(const QString &mn, const BackfillChunk &chunk, const QString &why,
                             std::int64_t nowMs)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return;
    for (Gap &g : it->second.gaps) {
        if (!g.out || g.nextMs != chunk.fromMs)
            continue;
        g.out = false;
        g.failure = why;
        std::int64_t delay = m_retryMinMs;
        for (int i = 0; i < g.failures && delay < m_retryMaxMs; ++i)
            delay *= 2;
        g.failures += 1;
        g.retryAtMs = nowMs + std::min(delay, m_retryMaxMs);
    }
}

void BackfillPlanner::retry(const QString &mn)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return;
    for (Gap &g : it->second.gaps)
        g.retryAtMs = 0;
}

std::int64_t BackfillPlanner::nextRetryMs(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return 0;
    std::int64_t next = 0;
    for (const Gap &g : it->second.gaps) {
        if (g.out)
            return 0; // a request is out: its answer drives the next one
        if (g.retryAtMs > 0 && (next == 0 || g.retryAtMs < next))
            next = g.retryAtMs;
    }
    return next;
}

void BackfillPlanner::forget(const QString &mn)
{
    m_byMn.erase(mn);
}

int BackfillPlanner::openGaps(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    return it == m_byMn.end() ? 0 : static_cast<int>(it->second.gaps.size());
}

QString BackfillPlanner::stateText(const QString &mn, int cn, int utcOffsetS) const
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end() || it->second.gaps.empty())
        return {};
    const QTimeZone zone(utcOffsetS);
    auto text = [&](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("MM-dd hh:mm"));
    };
    const auto &gaps = it->second.gaps;
    for (const Gap &g : gaps) {
        if (!g.out)
            continue;
        const std::int64_t to = std::min(g.toMs, g.nextMs + kMaxChunkMs);
        return Hj212Server::tr("requesting %1 %2 - %3 (%n gap(s) open)", nullptr,
                               static_cast<int>(gaps.size()))
            .arg(cn)
            .arg(text(g.nextMs), text(to));
    }
    const Gap &first = gaps.front();
    if (first.retryAtMs > 0) {
        const QString at = QDateTime::fromMSecsSinceEpoch(first.retryAtMs, zone)
                               .toString(QStringLiteral("hh:mm:ss"));
        return Hj212Server::tr("%1 - %2 not filled: %3; asked again at %4 or on reconnect")
            .arg(text(first.nextMs), text(first.toMs), first.failure, at);
    }
    return Hj212Server::tr("%n gap(s) waiting", nullptr, static_cast<int>(gaps.size()));
}

} // namespace vocsync::acquisition::hj212server
