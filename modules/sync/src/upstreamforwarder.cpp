#include "vocsync/sync/upstreamforwarder.h"

#include "forwarderimpl.h"
#include "logging.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

#include <algorithm>

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
        addBacklog(fresh[t.id]);
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
    UpstreamStatus s = status;
    addBacklog(s);
    {
        QMutexLocker lock(&mutex);
        statuses[s.targetId] = s;
    }
    emit q->statusChanged(s);
}

void UpstreamForwarder::Impl::addBacklog(UpstreamStatus &status) const
{
    status.unqueued = backlog.waiting(status.targetId);
    status.unqueuedDropped = backlog.dropped(status.targetId);
    if (status.unqueued > 0)
        status.lastError = tr("%1 packets not in the queue yet: %2")
                               .arg(status.unqueued)
                               .arg(backlogError);
}

void UpstreamForwarder::Impl::report(const QString &message)
{
    if (reported.contains(message))
        return;
    reported.insert(message);
    qCWarning(lcSync) << message;
    emit q->problem(message);
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
    d->retryTimer->stop();
    if (d->backlog.isEmpty() || !d->queue)
        return;
    // A last try: what still fails now is lost with the process.
    if (const EnqueueBacklog::Flushed f = d->backlog.flush(*d->queue); !f.status)
        qCCritical(lcSync) << d->backlog.size() << "upstream packets LOST at shutdown:"
                           << f.status.error().toString();
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
    s.maxUnqueuedPackets = std::max(1, s.maxUnqueuedPackets);
    d->backlog.setMaxPackets(static_cast<size_t>(s.maxUnqueuedPackets));
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
