// Queueing upstream packets: encode them with their QNs, write them to the SQLite queue, and
// when the queue refuses them (database locked, disk full) keep them in memory, in order,
// and queue them again on a timer before any newer packet (review finding #8).
#include "forwarderimpl.h"

#include "framing.h"
#include "logging.h"

#include <QDateTime>

namespace vocsync::sync {

void UpstreamForwarder::Impl::enqueue(int targetId, std::vector<hj212::Packet> packets)
{
    if (packets.empty())
        return;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const size_t count = packets.size();
    Result<QList<storage::QueuedPacket>> rows =
        queueRows(std::move(packets), targetId, *qn, now, encodeOptions());
    if (!rows) {
        // Not a passing condition: the same packets would fail again.
        const QString message = tr("%1 packets for upstream target %2 cannot be encoded: %3")
                                    .arg(count)
                                    .arg(targetId)
                                    .arg(rows.error().toString());
        qCCritical(lcSync) << message;
        emit q->problem(message);
        return;
    }
    // Older packets wait in memory: these go behind them, so the queue keeps their order.
    if (!backlog.isEmpty()) {
        keepInMemory(*rows, {});
        return;
    }
    if (Status stored = queue->enqueue(*rows); !stored) {
        keepInMemory(*rows, stored);
        return;
    }
    rowsQueued(targetId);
}

void UpstreamForwarder::Impl::rowsQueued(int targetId)
{
    auto link = links.find(targetId);
    if (link != links.end()) {
        link->second->pump();
        return;
    }
    for (const storage::UpstreamTarget &t : std::as_const(targets)) {
        if (t.id == targetId)
            storeStatus(idleStatus(t));
    }
}

void UpstreamForwarder::Impl::keepInMemory(const QList<storage::QueuedPacket> &rows,
                                           const Status &why)
{
    const bool first = backlog.isEmpty();
    const size_t dropped = backlog.append(rows);
    if (!why)
        backlogError = why.error().toString();
    if (first) {
        const QString message = tr("%1 upstream packets could not be queued (%2); kept in "
                                   "memory and queued again later")
                                    .arg(rows.size())
                                    .arg(backlogError);
        qCWarning(lcSync) << message;
        emit q->problem(message);
        scheduleRetry();
    }
    if (dropped > 0) {
        const QString message = tr("%1 upstream packets LOST: the database refuses them (%2) and "
                                   "the %3 packets kept in memory are the most it holds")
                                    .arg(dropped)
                                    .arg(backlogError)
                                    .arg(settings.maxUnqueuedPackets);
        qCCritical(lcSync) << message;
        emit q->problem(message);
    }
    QSet<int> touched;
    for (const storage::QueuedPacket &r : rows)
        touched.insert(r.targetId);
    for (const storage::UpstreamTarget &t : std::as_const(targets)) {
        if (touched.contains(t.id))
            storeStatus(links.count(t.id) ? links.at(t.id)->status() : idleStatus(t));
    }
}

void UpstreamForwarder::Impl::scheduleRetry()
{
    const Backoff backoff(settings.backoffMinMs, settings.backoffMaxMs);
    retryTimer->start(static_cast<int>(backoff.delayAfter(retryFailures + 1)));
}

void UpstreamForwarder::Impl::retryBacklog()
{
    if (backlog.isEmpty() || !queue)
        return;
    const EnqueueBacklog::Flushed flushed = backlog.flush(*queue);
    for (int id : flushed.targets)
        rowsQueued(id);
    if (!flushed.status) {
        ++retryFailures;
        backlogError = flushed.status.error().toString();
        qCWarning(lcSync) << backlog.size() << "upstream packets still not queued:" << backlogError;
        scheduleRetry();
    } else {
        retryFailures = 0;
        backlogError.clear();
        qCInfo(lcSync) << "the upstream packets kept in memory are queued";
    }
    for (const storage::UpstreamTarget &t : std::as_const(targets))
        storeStatus(links.count(t.id) ? links.at(t.id)->status() : idleStatus(t));
}

} // namespace vocsync::sync
