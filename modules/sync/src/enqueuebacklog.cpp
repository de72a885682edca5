#include "enqueuebacklog.h"

#include <algorithm>

namespace vocsync::sync {

EnqueueBacklog::EnqueueBacklog(std::size_t maxPackets)
    : m_maxPackets(std::max<std::size_t>(1, maxPackets))
{
}

void EnqueueBacklog::setMaxPackets(std::size_t maxPackets)
{
    m_maxPackets = std::max<std::size_t>(1, maxPackets);
}

std::size_t EnqueueBacklog::append(const QList<storage::QueuedPacket> &rows)
{
    for (const storage::QueuedPacket &row : rows) {
        m_rows.push_back(row);
        ++m_waiting[row.targetId];
    }
    std::size_t dropped = 0;
    while (m_rows.size() > m_maxPackets) {
        const int target = m_rows.front().targetId;
        --m_waiting[target];
        ++m_dropped[target];
        m_rows.pop_front();
        ++dropped;
    }
    return dropped;
}

EnqueueBacklog::Flushed EnqueueBacklog::flush(storage::UpstreamQueue &queue, int chunk)
{
    Flushed out;
    chunk = std::max(1, chunk);
    while (!m_rows.empty()) {
        const std::size_t n = std::min(m_rows.size(), static_cast<std::size_t>(chunk));
        const QList<storage::QueuedPacket> rows(m_rows.begin(),
                                                m_rows.begin() + static_cast<std::ptrdiff_t>(n));
        out.status = queue.enqueue(rows);
        if (!out.status)
            return out;
        for (const storage::QueuedPacket &row : rows) {
            --m_waiting[row.targetId];
            out.targets.insert(row.targetId);
        }
        m_rows.erase(m_rows.begin(), m_rows.begin() + static_cast<std::ptrdiff_t>(n));
        out.stored += n;
    }
    return out;
}

std::int64_t EnqueueBacklog::waiting(int targetId) const
{
    const auto it = m_waiting.find(targetId);
    return it == m_waiting.end() ? 0 : it->second;
}

std::uint64_t EnqueueBacklog::dropped(int targetId) const
{
    const auto it = m_dropped.find(targetId);
    return it == m_dropped.end() ? 0 : it->second;
}

} // namespace vocsync::sync
