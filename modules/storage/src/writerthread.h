#pragma once

#include "compactor.h"
#include "rawappender.h"

#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/samplewriter.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace vocsync::storage {

/// The thread behind SampleWriter: owns the write connection, the queue and the compactor.
class WriterThread : public QThread
{
public:
    struct Callbacks
    {
        std::function<void(quint64)> committed;
        std::function<void(const QString &)> problem;
    };
    enum class Command { Flush, CompactAll, ReloadPoints };

    WriterThread(QString path, WriterOptions options, Callbacks callbacks);
    ~WriterThread() override;

    Status startAndWait();
    void enqueue(SampleBatch &&batch);
    /// Queues a command behind every sample enqueued so far and waits for its outcome.
    Status call(Command command);
    void stopAndWait();
    WriterStats stats() const;

protected:
    void run() override;

private:
    struct Request
    {
        Command command;
        std::uint64_t id;
        std::uint64_t afterSamples; ///< runs once this many enqueued samples were taken
    };

    Status open();
    void loop();
    Status commit(std::vector<SampleBatch> &batches);
    Status execute(Command command);
    void reportProblem(const QString &message);
    void finish(const std::vector<Request> &requests, const std::vector<Status> &results);
    void freePages(bool always);
    /// After a failed commit: answers the waiting requests with the error, puts the samples
    /// back and pauses. Returns false when the writer should give up (stopping too long).
    bool retryLater(std::vector<SampleBatch> &batches, std::size_t taken,
                    const std::vector<Request> &ready, const Status &error);
    void answerAll(const Status &status);

    const QString m_path;
    const WriterOptions m_options;
    const Callbacks m_callbacks;

    // Owned by the thread.
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Connection> m_conn;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<RawAppender> m_appender;
    std::unique_ptr<Compactor> m_compactor;
    std::uint32_t m_problemsReported = 0;

    // Shared, under m_mutex.
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_done;
    std::deque<SampleBatch> m_queue;
    std::size_t m_queued = 0;
    std::uint64_t m_enqueuedTotal = 0; ///< samples ever enqueued
    std::uint64_t m_takenTotal = 0;    ///< samples ever taken into a transaction
    QElapsedTimer m_oldestQueued;
    std::deque<Request> m_requests;
    std::map<std::uint64_t, Status> m_results;
    std::uint64_t m_nextRequestId = 1;
    bool m_stop = false;
    QElapsedTimer m_failingSince; ///< valid while commits keep failing
    bool m_ready = false;
    Status m_startStatus;

    std::atomic<std::uint64_t> m_committed{0};
    std::atomic<std::uint64_t> m_rejected{0};
    std::atomic<std::uint64_t> m_chunks{0};
};

} // namespace vocsync::storage
