#pragma once

#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace vocsync::storage {

struct WriterOptions
{
    int batchRows = 50000;      ///< commit when this many samples wait ...
    int flushIntervalMs = 200;  ///< ... or when the oldest waiting sample is this old
    /// A point's UTC hour is compacted into a chunk once a sample at least this much later
    /// arrived (or the wall clock passed it by this much): late samples within the grace still
    /// land in the raw table; later ones are merged into the existing chunk.
    std::int64_t compactGraceMs = 2 * 60 * 1000;
    /// Samples stamped further ahead of this computer's clock are refused: a meter or
    /// transmitter with a wrong clock must not pin its hour open until that time comes.
    std::int64_t maxFutureMs = 10 * 60 * 1000;
    /// While stopping, a commit that keeps failing (disk full, read-only medium) is retried
    /// this long before the queued samples are given up, with a problem report saying so.
    int stopRetryMs = 5000;
};

/// Counters of a running writer, for the status bar and `db stats`.
struct WriterStats
{
    std::uint64_t committed = 0; ///< samples durably committed since start
    std::uint64_t rejected = 0;  ///< samples refused (unknown point, no measured quantity,
                                 ///< time in the future, writer stopped)
    std::uint64_t chunksWritten = 0;
    std::uint64_t queued = 0;    ///< waiting for the next commit
};

class WriterThread;

/// The one SQLite writer (DESIGN.md, Threads; STYLE.md 5). Owns a thread with its own
/// connection; batches samples into transactions by count or by time, appends them to
/// sample_raw in arrival order and compacts closed point-hours into chunks with their
/// minute, hour and day rollups. enqueue() is safe from any thread and never blocks on I/O;
/// start() and stop() belong to the owner, after the producers are stopped. Only one writer
/// may open a database at a time (a lock file beside it, "<db>.writer-lock").
class SampleWriter : public QObject
{
    Q_OBJECT
public:
    explicit SampleWriter(QString dbPath, WriterOptions options = {}, QObject *parent = nullptr);
    ~SampleWriter() override; ///< commits what is queued, then stops the thread

    /// Opens the database (migrating it), loads the points and recovers raw rows left by an
    /// earlier run. Blocks until the thread is ready.
    Status start();
    void stop();
    bool isRunning() const;

    void enqueue(SampleBatch batch);
    /// Blocks until every sample enqueued before the call is committed. Not on the GUI thread.
    Status flush();
    /// flush(), then compacts every pending point-hour, open ones included (end of an import).
    Status compactAll();
    /// Re-reads the point table (after a plant import assigned new keys).
    Status reloadPoints();
    WriterStats stats() const;
    QString path() const { return m_path; }

public slots:
    void write(const vocsync::SampleBatch &batch) { enqueue(batch); }

signals:
    /// After each commit, from the writer thread: samples committed since start.
    void committed(quint64 total);
    /// A sample or a transaction was refused; the message names the point and the reason.
    void problem(const QString &message);

private:
    QString m_path;
    WriterOptions m_options;
    std::unique_ptr<WriterThread> m_thread;
};

} // namespace vocsync::storage
