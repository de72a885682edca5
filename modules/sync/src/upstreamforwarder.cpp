#include "vocsync/sync/upstreamforwarder.h"

#include "framing.h"
#include "historysource.h"
#include "logging.h"
#include "packetbuilder.h"
#include "targetlink.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

namespace vocsync::sync {

namespace {

bool sameLink(const storage::UpstreamTarget &a, const storage::UpstreamTarget &b)
{
    return a.name == b.name && a.host == b.host && a.port == b.port && a.mn == b.mn
           && a.password == b.password && a.st == b.st && a.version == b.version
           && a.sourceKind == b.sourceKind && a.sourceId == b.sourceId
           && a.factorMap == b.factorMap && a.enabled == b.enabled;
}

} // namespace

class UpstreamForwarder::Impl
{
public:
    Impl(UpstreamForwarder *q, QString dbPath, Plant plant, hj212::FactorMapSet maps)
        : q(q), dbPath(std::move(dbPath)), plant(std::move(plant)), maps(std::move(maps)),
          history(this->dbPath)
    {
    }

    Status ensureOpen();
    Status loadTargets();
    void syncLinks();
    void enqueue(int targetId, std::vector<hj212::Packet> packets);
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

    mutable QMutex mutex;
    std::map<int, UpstreamStatus> statuses; ///< guarded by mutex
};

Status UpstreamForwarder::Impl::ensureOpen()
{
    if (queue)
        return {};
    Result<std::unique_ptr<storage::UpstreamQueue>> opened = storage::UpstreamQueue::open(dbPath);
    if (!opened)
        return opened.error();
    queue = std::move(opened).value();
    qn.emplace(settings.utcOffsetS);
    // Continue after the last QN queued by an earlier run: a QN must never repeat.
    Result<QByteArray> last = queue->latestQn();
    std::int64_t lastMs = 0;
    if (!last)
        qCWarning(lcSync) << "cannot read the last QN; QNs start from the clock:"
                          << last.error().toString();
    else if (!last->isEmpty() && hj212::parseTime(*last, lastMs, settings.utcOffsetS))
        qn->next(lastMs);
    const std::int64_t keepMs = std::int64_t(settings.keepAckedDays) * timeutil::kDayMs;
    if (Result<int> pruned = queue->pruneAcked(QDateTime::currentMSecsSinceEpoch() - keepMs);
        pruned && *pruned > 0)
        qCInfo(lcSync) << "pruned" << *pruned << "answered upstream packets";
    return loadTargets();
}

Status UpstreamForwarder::Impl::loadTargets()
{
    Result<QList<storage::UpstreamTarget>> read = queue->targets();
    if (!read)
        return read.error();
    targets = std::move(read).value();
    codes.clear();
    for (const storage::UpstreamTarget &t : std::as_const(targets)) {
        if (t.sourceKind != QLatin1String("enterprise"))
            continue;
        QStringList problems;
        codes.insert(t.id, pointCodes(t, plant, maps, &problems));
        for (const QString &p : std::as_const(problems))
            report(p);
    }
    return {};
}

void UpstreamForwarder::Impl::syncLinks()
{
    QSet<int> wanted;
    for (const storage::UpstreamTarget &t : std::as_const(targets)) {
        if (!t.enabled || !running)
            continue;
        wanted.insert(t.id);
        auto it = links.find(t.id);
        if (it != links.end() && sameLink(it->second->target(), t))
            continue;
        if (it != links.end())
            links.erase(it);
        LinkShared shared{queue.get(), &*qn, &history, &settings};
        auto link = std::make_unique<TargetLink>(t, codes.value(t.id), shared);
        QObject::connect(link.get(), &TargetLink::statusChanged, q,
                         [this](const UpstreamStatus &s) { storeStatus(s); });
        QObject::connect(link.get(), &TargetLink::problem, q, &UpstreamForwarder::problem);
        link->start();
        links.emplace(t.id, std::move(link));
    }
    for (auto it = links.begin(); it != links.end();) {
        if (wanted.contains(it->first))
            ++it;
        else
            it = links.erase(it);
    }
    // Targets without a running link still show their queue.
    QMutexLocker lock(&mutex);
    std::map<int, UpstreamStatus> fresh;
    for (const storage::UpstreamTarget &t : std::as_const(targets)) {
        auto link = links.find(t.id);
        fresh[t.id] = link != links.end() ? link->second->status() : idleStatus(t);
    }
    statuses = std::move(fresh);
}

UpstreamStatus UpstreamForwarder::Impl::idleStatus(const storage::UpstreamTarget &t)
{
    UpstreamStatus s;
    s.targetId = t.id;
    s.name = t.name;
    s.endpoint = QStringLiteral("%1:%2").arg(t.host).arg(t.port);
    s.lastError = !t.enabled ? tr("disabled") : running ? QString() : tr("stopped");
    if (Result<storage::UpstreamQueueStats> st = queue->stats(t.id); st) {
        s.pending = st->pending;
        s.acked = st->acked;
        s.oldestPendingMs = st->oldestPendingMs;
        s.lastAnswer = st->lastAnswer;
        s.lastAnswerMs = st->lastAckedMs;
    }
    return s;
}

void UpstreamForwarder::Impl::storeStatus(const UpstreamStatus &status)
{
    {
        QMutexLocker lock(&mutex);
        statuses[status.targetId] = status;
    }
    emit q->statusChanged(status);
}

void UpstreamForwarder::Impl::report(const QString &message)
{
    if (reported.contains(message))
        return;
    reported.insert(message);
    qCWarning(lcSync) << message;
    emit q->problem(message);
}

void UpstreamForwarder::Impl::enqueue(int targetId, std::vector<hj212::Packet> packets)
{
    if (packets.empty())
        return;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const size_t count = packets.size();
    Result<QList<storage::QueuedPacket>> rows =
        queueRows(std::move(packets), targetId, *qn, now, encodeOptions());
    Status stored = rows ? queue->enqueue(*rows) : Status(rows.error());
    if (!stored) {
        // Nothing else holds these packets: say so loudly (disk full, read-only medium).
        const QString message = tr("%1 packets for upstream target %2 could not be queued: %3")
                                    .arg(count)
                                    .arg(targetId)
                                    .arg(stored.error().toString());
        qCCritical(lcSync) << message;
        emit q->problem(message);
        return;
    }
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

UpstreamForwarder::UpstreamForwarder(QString dbPath, Plant plant, hj212::FactorMapSet maps,
                                     QObject *parent)
    : QObject(parent),
      d(std::make_unique<Impl>(this, std::move(dbPath), std::move(plant), std::move(maps)))
{
    qRegisterMetaType<vocsync::sync::UpstreamStatus>();
    qRegisterMetaType<vocsync::SampleBatch>();
    qRegisterMetaType<vocsync::FactorBatch>();
}

UpstreamForwarder::~UpstreamForwarder()
{
    d->links.clear();
}

void UpstreamForwarder::setSettings(const UpstreamSettings &settings)
{
    d->settings = settings;
    // A window of 0 would never send, a timeout of 0 would resend in a loop.
    UpstreamSettings &s = d->settings;
    s.window = std::max(1, s.window);
    s.retries = std::max(0, s.retries);
    s.answerTimeoutMs = std::max(100, s.answerTimeoutMs);
    s.connectTimeoutMs = std::max(100, s.connectTimeoutMs);
    s.backoffMinMs = std::max(1, s.backoffMinMs);
    s.backoffMaxMs = std::max(s.backoffMinMs, s.backoffMaxMs);
    s.maxHistoryPeriods = std::max(1, s.maxHistoryPeriods);
}

QList<UpstreamStatus> UpstreamForwarder::status() const
{
    QMutexLocker lock(&d->mutex);
    QList<UpstreamStatus> out;
    for (const auto &[id, s] : d->statuses)
        out.append(s);
    return out;
}

void UpstreamForwarder::start()
{
    if (Status s = d->ensureOpen(); !s) {
        emit problem(tr("upstream forwarding cannot start: %1").arg(s.error().toString()));
        return;
    }
    d->running = true;
    d->syncLinks();
}

void UpstreamForwarder::stop()
{
    d->running = false;
    d->links.clear();
    if (d->queue)
        d->syncLinks();
}

void UpstreamForwarder::reloadTargets()
{
    if (Status s = d->ensureOpen(); !s) {
        emit problem(tr("upstream targets cannot be read: %1").arg(s.error().toString()));
        return;
    }
    if (Status s = d->loadTargets(); !s) {
        emit problem(tr("upstream targets cannot be read: %1").arg(s.error().toString()));
        return;
    }
    d->syncLinks();
}

void UpstreamForwarder::forwardSamples(const vocsync::SampleBatch &batch)
{
    // Data that arrives before start() is queued all the same, and sent once started.
    if (Status s = d->ensureOpen(); !s) {
        emit problem(tr("%1 samples not forwarded: %2").arg(batch.size()).arg(
            s.error().toString()));
        return;
    }
    for (const storage::UpstreamTarget &t : std::as_const(d->targets)) {
        if (!t.enabled || t.sourceKind != QLatin1String("enterprise"))
            continue;
        d->enqueue(t.id, samplePackets(t, d->codes.value(t.id), batch));
    }
}

void UpstreamForwarder::forwardFactors(const vocsync::FactorBatch &batch)
{
    if (Status s = d->ensureOpen(); !s) {
        emit problem(tr("%1 factor values not forwarded: %2").arg(batch.size()).arg(
            s.error().toString()));
        return;
    }
    for (const storage::UpstreamTarget &t : std::as_const(d->targets)) {
        if (!t.enabled || t.sourceKind != QLatin1String("transmitter"))
            continue;
        d->enqueue(t.id, factorPackets(t, batch));
    }
}

} // namespace vocsync::sync
