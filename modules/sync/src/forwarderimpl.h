#pragma once

// The forwarder's private state, shared by upstreamforwarder.cpp (the facade, targets and
// links) and forwarderqueueing.cpp (turning packets into queue rows, and the in-memory
// backlog of rows the queue refused).

#include "vocsync/sync/upstreamforwarder.h"

#include "enqueuebacklog.h"
#include "historysource.h"
#include "packetbuilder.h"
#include "targetlink.h"

#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace vocsync::sync {

class UpstreamForwarder::Impl
{
public:
    Impl(UpstreamForwarder *q, QString dbPath, Plant plant, hj212::FactorMapSet maps)
        : q(q), dbPath(std::move(dbPath)), plant(std::move(plant)), maps(std::move(maps)),
          history(this->dbPath), retryTimer(new QTimer(q))
    {
        // A child of the forwarder, so that it moves to the forwarder's thread with it.
        retryTimer->setSingleShot(true);
        QObject::connect(retryTimer, &QTimer::timeout, q, [this] { retryBacklog(); });
    }

    Status ensureOpen();
    Status loadTargets();
    void syncLinks();
    void enqueue(int targetId, std::vector<hj212::Packet> packets);
    void keepInMemory(const QList<storage::QueuedPacket> &rows, const Status &why);
    void retryBacklog();
    void scheduleRetry();
    void rowsQueued(int targetId);
    void addBacklog(UpstreamStatus &status) const;
    void report(const QString &message);
    void storeStatus(const UpstreamStatus &status);
    UpstreamStatus idleStatus(const storage::UpstreamTarget &target);
    hj212::EncodeOptions encodeOptions() const
    {
        hj212::EncodeOptions o;
        o.utcOffsetS = settings.utcOffsetS;
        return o;
    }

    UpstreamForwarder *q;
    QString dbPath;
    Plant plant;
    hj212::FactorMapSet maps;
    UpstreamSettings settings;
    HistorySource history;
    // Declared before the links: they hold pointers to it and go first.
    std::unique_ptr<storage::UpstreamQueue> queue;
    std::optional<hj212::QnGenerator> qn;
    QList<storage::UpstreamTarget> targets;
    QHash<int, QHash<std::uint32_t, PointCodes>> codes;
    std::map<int, std::unique_ptr<TargetLink>> links;
    bool running = false;
    QSet<QString> reported; ///< problems said once, not once per batch
    EnqueueBacklog backlog; ///< rows the queue refused, oldest first
    QString backlogError;   ///< why, for the status
    int retryFailures = 0;
    QTimer *retryTimer;

    mutable QMutex mutex;
    std::map<int, UpstreamStatus> statuses; ///< guarded by mutex
};

} // namespace vocsync::sync
