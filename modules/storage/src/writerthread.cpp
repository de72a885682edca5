#include "writerthread.h"

#include "dayzone.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vocsync::storage {

namespace {

std::int64_t wallNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Problems are counted always but described only this often, so a misconfigured meter
// sending thousands of bad samples cannot flood the log.
constexpr std::uint32_t kMaxProblemReports = 50;

} // namespace

WriterThread::WriterThread(QString path, WriterOptions options, Callbacks callbacks)
    : m_path(std::move(path)), m_options(options), m_callbacks(std::move(callbacks))
{
    setObjectName(QStringLiteral("vocsync-writer"));
}

WriterThread::~WriterThread()
{
    stopAndWait();
}

Status WriterThread::startAndWait()
{
    QMutexLocker lock(&m_mutex);
    start();
    while (!m_ready)
        m_done.wait(&m_mutex);
    return m_startStatus;
}

void WriterThread::enqueue(SampleBatch &&batch)
{
    if (batch.empty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_stop || !isRunning()) {
        m_rejected += batch.size();
        lock.unlock();
        reportProblem(QCoreApplication::translate("vocsync::storage", "%1 samples refused: the writer is stopping").arg(batch.size()));
        return;
    }
    if (m_queue.empty())
        m_oldestQueued.start();
    m_queued += batch.size();
    m_enqueuedTotal += batch.size();
    m_queue.push_back(std::move(batch));
    if (m_queued >= static_cast<std::size_t>(m_options.batchRows))
        m_wake.wakeOne();
}

Status WriterThread::call(Command command)
{
    QMutexLocker lock(&m_mutex);
    if (!isRunning() || m_stop)
        return Error{QCoreApplication::translate("vocsync::storage", "the sample writer is not running"), m_path};
    const std::uint64_t id = m_nextRequestId++;
    m_requests.push_back({command, id, m_enqueuedTotal});
    m_wake.wakeOne();
    while (!m_results.count(id))
        m_done.wait(&m_mutex);
    Status s = m_results[id];
    m_results.erase(id);
    return s;
}

void WriterThread::stopAndWait()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeOne();
    }
    wait();
}

WriterStats WriterThread::stats() const
{
    WriterStats s;
    s.committed = m_committed.load();
    s.rejected = m_rejected.load();
    s.chunksWritten = m_chunks.load();
    QMutexLocker lock(&m_mutex);
    s.queued = m_queued;
    return s;
}

void WriterThread::run()
{
    const Status opened = open();
    {
        QMutexLocker lock(&m_mutex);
        m_startStatus = opened;
        m_ready = true;
        m_done.wakeAll();
    }
    if (opened)
        loop();
    m_appender.reset();
    m_compactor.reset();
    m_conn.reset();
}

Status WriterThread::open()
{
    // One writer per database: a second one would range-delete raw rows the first has not
    // compacted yet. QLockFile removes the lock of a crashed process (stale: its pid is gone).
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".writer-lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        return Error{QCoreApplication::translate("vocsync::storage", "the database is already being written by %1 (process %2 on %3); "
                         "close it first")
                         .arg(app.isEmpty() ? QCoreApplication::translate("vocsync::storage", "another program") : app)
                         .arg(pid)
                         .arg(host),
                     m_path};
    }
    Result<Connection> conn = Connection::open(m_path);
    if (!conn)
        return conn.error();
    m_conn = std::make_unique<Connection>(std::move(conn).value());
    m_db = nativeHandle(m_conn->db());
    if (!m_db)
        return Error{QCoreApplication::translate("vocsync::storage", "the SQLite driver gives no native handle"), m_path};
    Result<PointTable> points = loadPointTable(m_conn->db());
    if (!points)
        return points.error();
    m_appender = std::make_unique<RawAppender>(
        m_db, [this](const QString &message) { reportProblem(message); });
    m_appender->setPoints(std::move(points).value());
    if (Status s = m_appender->prepare(); !s)
        return s;
    if (!recordDayZone(m_conn->db()))
        return Error{QCoreApplication::translate("vocsync::storage", "cannot record the day zone of the database"), m_path};
    m_compactor = std::make_unique<Compactor>(
        m_db, dayZone(m_conn->db()), [this](const QString &message) { reportProblem(message); });
    if (Status s = m_compactor->prepare(); !s)
        return s;
    return m_compactor->recover(wallNowMs());
}

void WriterThread::loop()
{
    for (;;) {
        std::vector<SampleBatch> batches;
        std::vector<Request> ready;
        std::size_t taken = 0;
        bool stopping = false;
        {
            QMutexLocker lock(&m_mutex);
            for (;;) {
                stopping = m_stop;
                const bool full = m_queued >= static_cast<std::size_t>(m_options.batchRows);
                const qint64 age = m_queue.empty() ? 0 : m_oldestQueued.elapsed();
                if (stopping || full || !m_requests.empty() || age >= m_options.flushIntervalMs)
                    break;
                // Wake for the flush deadline, or once a second for wall-clock compaction.
                const qint64 waitMs = m_queue.empty() ? 1000 : m_options.flushIntervalMs - age;
                if (!m_wake.wait(&m_mutex, static_cast<unsigned long>(std::max<qint64>(1, waitMs)))
                    && m_queue.empty())
                    break;
            }
            // One transaction takes at most batchRows samples (whole batches): the raw table,
            // and the free pages it leaves once compacted, stay small during a backfill.
            while (!m_queue.empty() && taken < static_cast<std::size_t>(m_options.batchRows)) {
                taken += m_queue.front().size();
                batches.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_queued -= taken;
            m_takenTotal += taken;
            if (!m_queue.empty())
                m_oldestQueued.start();
            while (!m_requests.empty() && m_requests.front().afterSamples <= m_takenTotal) {
                ready.push_back(m_requests.front());
                m_requests.pop_front();
            }
        }
        if (!batches.empty()) {
            if (Status s = commit(batches); !s) {
                if (!retryLater(batches, taken, ready, s))
                    break;
                continue;
            }
            m_failingSince.invalidate();
        }
        std::uint64_t chunks = 0;
        if (Status s = m_compactor->compact(wallNowMs(), m_options.compactGraceMs, false, &chunks);
            !s)
            reportProblem(QCoreApplication::translate("vocsync::storage", "compaction failed: %1").arg(s.error().toString()));
        m_chunks += chunks;
        if (chunks)
            freePages(false);
        std::vector<Status> results;
        for (const Request &r : ready)
            results.push_back(execute(r.command));
        finish(ready, results);
        if (stopping) {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty() && m_requests.empty())
                break;
        }
    }
    answerAll(Error{QCoreApplication::translate("vocsync::storage", "the sample writer stopped"), m_path});
    // Leave a compact file behind: return free pages and fold the WAL back.
    freePages(true);
    execNative(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

bool WriterThread::retryLater(std::vector<SampleBatch> &batches, std::size_t taken,
                              const std::vector<Request> &ready, const Status &error)
{
    reportProblem(error.error().toString());
    if (!m_failingSince.isValid())
        m_failingSince.start();
    QMutexLocker lock(&m_mutex);
    // Whoever waits on flush() or compactAll() learns that their samples are not committed.
    for (const Request &r : ready)
        m_results[r.id] = error;
    m_done.wakeAll();
    if (m_stop && m_failingSince.elapsed() >= m_options.stopRetryMs) {
        std::size_t lost = taken + m_queued;
        m_rejected += lost;
        m_queue.clear();
        m_queued = 0;
        lock.unlock();
        reportProblem(QCoreApplication::translate("vocsync::storage", "%1 samples could not be written before stopping and are lost: %2")
                          .arg(lost)
                          .arg(error.error().toString()));
        return false;
    }
    // Nothing is lost: the batches go back in front, to be retried after a pause.
    for (auto it = batches.rbegin(); it != batches.rend(); ++it)
        m_queue.push_front(std::move(*it));
    m_queued += taken;
    m_takenTotal -= taken;
    m_oldestQueued.start();
    m_wake.wait(&m_mutex, 1000);
    return true;
}

void WriterThread::answerAll(const Status &status)
{
    QMutexLocker lock(&m_mutex);
    for (const Request &r : m_requests)
        m_results[r.id] = status;
    m_requests.clear();
    m_done.wakeAll();
}

void WriterThread::freePages(bool always)
{
    // Raw rows are deleted once compacted; their pages go back to the file system when many
    // are free (new files use auto_vacuum=INCREMENTAL, see Connection::open).
    constexpr std::int64_t kFreePagesThreshold = 4096;
    if (!always) {
        Result<Statement> st = Statement::prepare(m_db, "PRAGMA freelist_count");
        if (!st || st.value().step() != SQLITE_ROW || st->int64(0) < kFreePagesThreshold)
            return;
    }
    execNative(m_db, "PRAGMA incremental_vacuum");
}

Status WriterThread::commit(std::vector<SampleBatch> &batches)
{
    std::size_t total = 0;
    for (const SampleBatch &batch : batches)
        total += batch.size();
    std::vector<RawAppender::Row> rows;
    rows.reserve(total);
    if (Status s = execNative(m_db, "BEGIN IMMEDIATE"); !s)
        return s;
    const std::int64_t now = wallNowMs();
    std::uint64_t rejected = 0; // counted once the transaction stands, not on each retry
    Status status = m_appender->append(batches, now, m_options.maxFutureMs, &rows, &rejected);
    if (status)
        status = execNative(m_db, "COMMIT");
    if (!status) {
        execNative(m_db, "ROLLBACK");
        return Error{status.error().message, m_path};
    }
    for (const RawAppender::Row &r : rows)
        m_compactor->add(r.point, r.sample, r.rowid, now);
    m_committed += rows.size();
    m_rejected += rejected;
    if (m_callbacks.committed)
        m_callbacks.committed(m_committed.load());
    return {};
}

Status WriterThread::execute(Command command)
{
    switch (command) {
    case Command::Flush:
        return {};
    case Command::CompactAll: {
        std::uint64_t chunks = 0;
        Status s = m_compactor->compact(wallNowMs(), m_options.compactGraceMs, true, &chunks);
        m_chunks += chunks;
        if (s) {
            freePages(true);
            execNative(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return s;
    }
    case Command::ReloadPoints: {
        Result<PointTable> points = loadPointTable(m_conn->db());
        if (!points)
            return points.error();
        m_appender->setPoints(std::move(points).value());
        return {};
    }
    }
    return {};
}

void WriterThread::finish(const std::vector<Request> &requests, const std::vector<Status> &results)
{
    if (requests.empty())
        return;
    QMutexLocker lock(&m_mutex);
    for (size_t i = 0; i < requests.size(); ++i)
        m_results[requests[i].id] = results[i];
    m_done.wakeAll();
}

void WriterThread::reportProblem(const QString &message)
{
    if (m_problemsReported >= kMaxProblemReports)
        return;
    ++m_problemsReported;
    qCWarning(lcStorage).noquote() << message;
    if (m_callbacks.problem)
        m_callbacks.problem(m_problemsReported == kMaxProblemReports
                                ? message + QCoreApplication::translate("vocsync::storage", " (further problems are only counted)")
                                : message);
}

} // namespace vocsync::storage
