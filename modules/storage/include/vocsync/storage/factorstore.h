#pragma once

#include "vocsync/core/factorsample.h"
#include "vocsync/core/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

class QTimer;
struct sqlite3;

namespace vocsync::storage {

/// The values of HJ 212 factors that are not point quantities (VOC analyzers, flue gas,
/// facility states), table factor_sample (schema v5): one row per MN, code, period and
/// DataTime. Parts a packet did not carry stay NULL and come back absent from `mask`; the
/// quality byte (SampleQuality bits and the DataFlag) is kept as is.
///
/// The store has its own SQLite connection (WAL, synchronous=NORMAL, like the samples),
/// opened with SQLite's C API: such a handle belongs to no thread, so the store may be created
/// on one thread, used on another and destroyed on a third, as long as one thread at a time
/// uses it.
class FactorStore
{
public:
    /// Opens `dbPath`, creating and migrating it to the latest schema first.
    static Result<std::unique_ptr<FactorStore>> open(const QString &dbPath);
    ~FactorStore();
    FactorStore(const FactorStore &) = delete;
    FactorStore &operator=(const FactorStore &) = delete;

    /// Whether `sample` can be stored: MN and code non-empty, a known period. The Error
    /// names the sample.
    static Status check(const FactorSample &sample);

    /// Stores `batch` in ONE transaction. The first value of an instant wins: a value whose
    /// MN, code, period and time are already stored is ignored (a history backfill that
    /// overlaps what arrived live never duplicates). Returns how many rows were new. A batch
    /// with a sample that fails check() is refused whole, before anything is written.
    Result<int> write(const FactorBatch &batch);

    /// The values of `mn` with fromMs <= time < toMs, of one code or of every code (`code`
    /// empty), ordered by code, then time.
    Result<FactorBatch> query(const QString &mn, const QString &code, FactorPeriod period,
                              std::int64_t fromMs, std::int64_t toMs);
    /// The newest stored time of each MN for `period` (MNs with no value of it are absent).
    Result<QHash<QString, std::int64_t>> lastTimes(FactorPeriod period);
    /// The factor codes stored for `mn`, sorted.
    Result<QStringList> codes(const QString &mn);

    QString path() const { return m_path; }

private:
    FactorStore() = default;
    struct Statements;

    QString m_path;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Statements> m_statements;
};

/// Persists factor batches from the HJ 212 server (Hj212Server::factorsReady) on a worker
/// thread: the app moves it there and connects the signal (queued). Batches arriving within
/// 200 ms (or until 20,000 values wait) are committed in one transaction, as SampleWriter
/// does; the store is opened lazily, on the writer's own thread, at the first commit. A
/// commit that fails (disk full, database locked) is retried every second: accepted values
/// are not dropped, up to kMaxPending waiting values.
class FactorWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 200;
    static constexpr std::size_t kBatchValues = 20000;
    static constexpr std::size_t kMaxPending = 2'000'000;

    explicit FactorWriter(QString dbPath, QObject *parent = nullptr);
    ~FactorWriter() override; ///< commits what waits (call it on the writer's thread)

    QString path() const { return m_path; }

public slots:
    void write(const vocsync::FactorBatch &batch);
    /// Commits what waits now (shutdown: invoke it blocking-queued before stopping the thread).
    void flush();

signals:
    /// After each commit: values committed since start (a value already stored counts too:
    /// it is stored).
    void committed(quint64 total);
    /// A value refused, a commit that failed, or values dropped; the message says which.
    void problem(const QString &message);

private:
    /// Writes what waits; false (reported) when the store refused it: it stays pending.
    bool commit();
    void report(const QString &message);

    QString m_path;
    std::unique_ptr<FactorStore> m_store;
    FactorBatch m_pending;
    QTimer *m_timer = nullptr;
    quint64 m_committed = 0;
    QString m_lastFailure; ///< non-empty while commits fail
    int m_problemsReported = 0;
};

} // namespace vocsync::storage
