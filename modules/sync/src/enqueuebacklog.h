#pragma once

#include "vocsync/core/result.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QList>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>

namespace vocsync::sync {

/// Packets the SQLite queue refused (the database locked past its busy timeout by the
/// storage writer or a compaction, a full disk, a read-only medium), kept in memory in queue
/// order with their QNs and frames until enqueue succeeds (review finding #8). Bounded: past
/// `maxPackets` the oldest are dropped and counted per target. Not thread-safe; the
/// forwarder's thread owns it.
class EnqueueBacklog
{
public:
    explicit EnqueueBacklog(std::size_t maxPackets = 100000);

    void setMaxPackets(std::size_t maxPackets);
    bool isEmpty() const { return m_rows.empty(); }
    std::size_t size() const { return m_rows.size(); }
    /// Appends rows behind the ones already waiting; returns how many of the oldest were
    /// dropped to stay within the bound.
    std::size_t append(const QList<storage::QueuedPacket> &rows);

    struct Flushed
    {
        Status status; ///< the first failure, if any
        std::size_t stored = 0;
        QSet<int> targets; ///< targets that got rows queued
    };
    /// Enqueues the waiting rows oldest first, `chunk` rows a transaction, and forgets what
    /// was stored. Stops at the first failure: what is left keeps its place and order.
    Flushed flush(storage::UpstreamQueue &queue, int chunk = 1000);

    /// Rows of a target waiting here.
    std::int64_t waiting(int targetId) const;
    /// Rows of a target dropped because the backlog was full.
    std::uint64_t dropped(int targetId) const;

private:
    std::deque<storage::QueuedPacket> m_rows;
    std::map<int, std::int64_t> m_waiting;
    std::map<int, std::uint64_t> m_dropped;
    std::size_t m_maxPackets;
};

} // namespace vocsync::sync
