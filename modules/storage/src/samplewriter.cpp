#include "vocsync/storage/samplewriter.h"

#include "writerthread.h"

#include <QCoreApplication>

namespace vocsync::storage {

SampleWriter::SampleWriter(QString dbPath, WriterOptions options, QObject *parent)
    : QObject(parent), m_path(std::move(dbPath)), m_options(options)
{
}

SampleWriter::~SampleWriter()
{
    stop();
}

Status SampleWriter::start()
{
    if (m_thread)
        return {};
    WriterThread::Callbacks callbacks;
    // Emitted from the writer thread; receivers in other threads get them queued.
    callbacks.committed = [this](quint64 total) { emit committed(total); };
    callbacks.problem = [this](const QString &message) { emit problem(message); };
    m_thread = std::make_unique<WriterThread>(m_path, m_options, std::move(callbacks));
    Status s = m_thread->startAndWait();
    if (!s) {
        m_thread->stopAndWait();
        m_thread.reset();
    }
    return s;
}

void SampleWriter::stop()
{
    if (!m_thread)
        return;
    m_thread->stopAndWait();
    m_thread.reset();
}

bool SampleWriter::isRunning() const
{
    return m_thread != nullptr;
}

void SampleWriter::enqueue(SampleBatch batch)
{
    if (m_thread) {
        m_thread->enqueue(std::move(batch));
        return;
    }
    if (!batch.empty())
        emit problem(QCoreApplication::translate("vocsync::storage",
                                                 "%1 samples refused: the writer is not running")
                         .arg(batch.size()));
}

Status SampleWriter::flush()
{
    if (!m_thread)
        return Error{QCoreApplication::translate("vocsync::storage", "the writer is not started"),
                     m_path};
    return m_thread->call(WriterThread::Command::Flush);
}

Status SampleWriter::compactAll()
{
    if (!m_thread)
        return Error{QCoreApplication::translate("vocsync::storage", "the writer is not started"),
                     m_path};
    return m_thread->call(WriterThread::Command::CompactAll);
}

Status SampleWriter::reloadPoints()
{
    if (!m_thread)
        return Error{QCoreApplication::translate("vocsync::storage", "the writer is not started"),
                     m_path};
    return m_thread->call(WriterThread::Command::ReloadPoints);
}

WriterStats SampleWriter::stats() const
{
    return m_thread ? m_thread->stats() : WriterStats{};
}

} // namespace vocsync::storage
