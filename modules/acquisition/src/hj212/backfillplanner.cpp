#include "hj212/backfillplanner.h"

#include "vocsync/acquisition/hj212server.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace vocsync::acquisition::hj212server {

void BackfillPlanner::setLastDataTime(const QString &mn, std::int64_t tMs)
{
    PerMn &m = m_byMn[mn];
    m.lastMs = std::max(m.lastMs, tMs);
}

std::int64_t BackfillPlanner::lastDataTime(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    return it == m_byMn.end() ? 0 : it->second.lastMs;
}

bool BackfillPlanner::onRealTime(const QString &mn, std::int64_t tMs, int intervalS)
{
    PerMn &m = m_byMn[mn];
    const std::int64_t intervalMs = std::max(1, intervalS) * 1000LL;
    const std::int64_t last = m.lastMs;
    if (tMs <= last)
        return false; // repeated or late: the newest time stays
    m.lastMs = tMs;
    if (last == 0 || tMs - last <= 2 * intervalMs)
        return false;
    Gap g;
    g.fromMs = std::max(last + intervalMs, tMs - kMaxAgeMs);
    g.toMs = tMs;
    g.nextMs = g.fromMs;
    m.gaps.push_back(g);
    for (Gap &other : m.gaps)
        other.failed = false; // a new outage is a good moment to ask again
    return true;
}

std::optional<BackfillChunk> BackfillPlanner::take(const QString &mn)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return std::nullopt;
    for (Gap &g : it->second.gaps) {
        if (g.out)
            return std::nullopt; // one request at a time per transmitter
    }
    for (Gap &g : it->second.gaps) {
        if (g.failed)
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
    }
    gaps.erase(
        std::remove_if(gaps.begin(), gaps.end(), [](const Gap &g) { return g.nextMs >= g.toMs; }),
        gaps.end());
}

void BackfillPlanner::failed(const QString &mn, const BackfillChunk &chunk, const QString &why)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return;
    for (Gap &g : it->second.gaps) {
        if (!g.out || g.nextMs != chunk.fromMs)
            continue;
        g.out = false;
        g.failed = true;
        g.failure = why;
    }
}

void BackfillPlanner::retry(const QString &mn)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return;
    for (Gap &g : it->second.gaps)
        g.failed = false;
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
    if (first.failed) {
        return Hj212Server::tr("%1 - %2 not filled: %3; asked again on reconnect")
            .arg(text(first.nextMs), text(first.toMs), first.failure);
    }
    return Hj212Server::tr("%n gap(s) waiting", nullptr, static_cast<int>(gaps.size()));
}

} // namespace vocsync::acquisition::hj212server
