#pragma once

#include "vocsync/core/factorsample.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"
#include "vocsync/hj212/factormap.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace vocsync::sync {

/// The state of one upstream target, for the transmitters page and `vocsync-cli`.
struct UpstreamStatus
{
    int targetId = 0;
    QString name;
    QString endpoint;          ///< "host:port"
    bool connected = false;
    std::int64_t pending = 0;  ///< queued, not answered
    std::int64_t acked = 0;    ///< answered by the platform (kept until pruned)
    std::int64_t oldestPendingMs = 0;
    std::int64_t lastAnswerMs = 0;
    QString lastAnswer;        ///< "9014 for QN 20261125100000001"
    QString lastError;         ///< "connection refused", "no answer within 10 s"
    std::int64_t nextTryMs = 0;
    /// Packets the SQLite queue refused (database locked, disk full), kept in memory and
    /// queued again on a timer before newer ones (docs/hj212-upstream.md, "The queue").
    std::int64_t unqueued = 0;
    /// Packets lost because that in-memory backlog was full: an error, said loudly.
    std::uint64_t unqueuedDropped = 0;
};

/// Timing and limits of the upstream links (docs/hj212-upstream.md). Defaults follow
/// HJ 212-2017 6.2 Table 1 (10 s answer timeout, 3 tries) where the standard gives one; the
/// platform may change timeout and tries with CN 1000 (OverTime, ReCount).
struct UpstreamSettings
{
    int answerTimeoutMs = 10000; ///< a 9014 must arrive this long after a send
    int retries = 3;             ///< unanswered resends on one connection before reconnecting
    int window = 8;              ///< packets sent and not yet answered, per target
    int backoffMinMs = 1000;     ///< first resend / reconnect delay, doubled each time ...
    int backoffMaxMs = 60000;    ///< ... up to this
    int connectTimeoutMs = 10000;
    int utcOffsetS = 8 * 3600;   ///< zone of the times on the wire (Beijing)
    int keepAckedDays = 7;       ///< answered packets are pruned after this many days
    int maxHistoryPeriods = 1500; ///< a history request for more periods is rejected
    /// Packets kept in memory while the queue refuses them; past this the oldest are dropped.
    int maxUnqueuedPackets = 100000;
};

/// Forwards the station's data to central platforms over HJ 212 with store-and-forward
/// (docs/hj212-upstream.md): every packet is written to the SQLite queue before it is sent,
/// sent in queue order, resent with backoff (same frame, same QN) until the platform answers
/// with 9014, and the queue survives restarts and power loss. Answers the platform's history
/// requests (2051, 2061, 2031 with BeginTime/EndTime) from storage. Lives on its own thread.
class UpstreamForwarder : public QObject
{
    Q_OBJECT
public:
    UpstreamForwarder(QString dbPath, Plant plant, hj212::FactorMapSet maps,
                      QObject *parent = nullptr);
    ~UpstreamForwarder() override;

    /// Before start(); the tests shorten the timeouts.
    void setSettings(const UpstreamSettings &settings);
    /// Safe from any thread (a copy taken under a lock).
    QList<UpstreamStatus> status() const;

public slots:
    void start();  ///< opens the queue, reads the targets, connects
    void stop();
    /// Re-reads the targets from the database (after an edit).
    void reloadTargets();
    /// New data from acquisition: each target whose source it belongs to queues packets.
    void forwardSamples(const vocsync::SampleBatch &batch);
    void forwardFactors(const vocsync::FactorBatch &batch);

signals:
    void statusChanged(const vocsync::sync::UpstreamStatus &status);
    void problem(const QString &message);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::sync

Q_DECLARE_METATYPE(vocsync::sync::UpstreamStatus)
