#pragma once

#include "vocsync/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>

namespace vocsync::storage {

/// A central platform VocSync forwards to (HJ 212 upstream), and what it forwards: the points
/// of an enterprise or the factors of a transmitter, under the MN and password the platform
/// gave that source (docs/hj212-upstream.md).
struct UpstreamTarget
{
    int id = 0;              ///< 0 until saved
    QString name;
    QString host;
    quint16 port = 0;
    QString mn;
    QString password;
    QString st = QStringLiteral("31");
    int version = 1;         ///< hj212::Version written (0 2005, 1 2017, 2 2025)
    QString sourceKind = QStringLiteral("enterprise"); ///< "enterprise" or "transmitter"
    QString sourceId;        ///< enterprise id or transmitter MN
    QString factorMap = QStringLiteral("vocsync-electric"); ///< codes for electrical data
    bool enabled = true;
};

/// One packet waiting for (or answered by) a platform. The frame is complete and final: its
/// QN was fixed when it was queued, so every resend is byte-identical.
struct QueuedPacket
{
    std::int64_t id = 0;     ///< queue order
    int targetId = 0;
    QByteArray qn;
    int cn = 0;
    std::int64_t dataTimeMs = 0;
    QByteArray frame;
    std::int64_t createdMs = 0;
    int attempts = 0;
    std::int64_t nextTryMs = 0;
    std::int64_t lastSentMs = 0;
    std::int64_t ackedMs = 0;
    QString answer;
};

struct UpstreamQueueStats
{
    std::int64_t pending = 0;
    std::int64_t acked = 0;
    std::int64_t oldestPendingMs = 0; ///< created_ms of the oldest pending packet, 0 if none
    std::int64_t lastAckedMs = 0;
    QString lastAnswer;
};

/// The store-and-forward queue (tables upstream_target, upstream_queue; schema v5). Its own
/// connection with synchronous=FULL: a packet that enqueue() accepted survives a power loss.
/// Used from one thread.
class UpstreamQueue
{
public:
    static Result<std::unique_ptr<UpstreamQueue>> open(const QString &dbPath);
    ~UpstreamQueue();

    Result<QList<UpstreamTarget>> targets();
    Result<int> saveTarget(const UpstreamTarget &target); ///< insert (id 0) or update; the id
    Status removeTarget(int id);                          ///< and its queue

    /// Appends packets in order, in one transaction.
    Status enqueue(const QList<QueuedPacket> &packets);
    /// The oldest unanswered packets of a target, in queue order.
    Result<QList<QueuedPacket>> pending(int targetId, int limit);
    Status markSent(std::int64_t id, std::int64_t nowMs, std::int64_t nextTryMs);
    /// Marks the packet with this QN answered; false when no pending packet has it.
    Result<bool> markAcked(int targetId, const QByteArray &qn, std::int64_t nowMs,
                           const QString &answer);
    Result<UpstreamQueueStats> stats(int targetId);
    /// Deletes answered packets older than `beforeMs`; returns how many.
    Result<int> pruneAcked(std::int64_t beforeMs);
    /// The greatest QN ever queued (any target), empty when the queue is empty. A new run
    /// starts its QN generator after it, so a QN is never handed out twice (the platform
    /// drops a packet whose QN it has seen) even when the clock went back or the previous
    /// run stepped its QNs ahead of the clock.
    Result<QByteArray> latestQn();

private:
    UpstreamQueue();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::storage
