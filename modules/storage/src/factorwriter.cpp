#include "vocsync/storage/factorstore.h"

#include "vocsync/storage/logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace vocsync::storage {

namespace {

// Problems are described only this often, so a transmitter sending thousands of bad values
// cannot flood the log (as WriterThread does).
constexpr int kMaxProblemReports = 50;
constexpr int kRetryMs = 1000;

} // namespace

FactorWriter::FactorWriter(QString dbPath, QObject *parent)
    : QObject(parent), m_path(std::move(dbPath)), m_timer(new QTimer(this))
{
    // Batches reach the writer's thread through queued connections.
    qRegisterMetaType<vocsync::FactorBatch>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FactorWriter::flush);
}

FactorWriter::~FactorWriter()
{
    commit();
    if (!m_pending.empty())
        qCWarning(lcStorage).noquote()
            << QCoreApplication::translate(
                   "vocsync::storage",
                   "%1 factor values could not be written before closing and are lost: %2")
                   .arg(m_pending.size())
                   .arg(m_lastFailure);
}

void FactorWriter::write(const vocsync::FactorBatch &batch)
{
    for (const FactorSample &s : batch) {
        if (Status st = FactorStore::check(s); !st) {
            report(st.error().message);
            continue;
        }
        m_pending.push_back(s);
    }
    if (m_pending.size() > kMaxPending) {
        // Only while commits keep failing: the oldest go, so the newest state is kept.
        const std::size_t excess = m_pending.size() - kMaxPending;
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(excess));
        report(QCoreApplication::translate(
                   "vocsync::storage",
                   "%1 factor values dropped: the database has refused writes for too long (%2)")
                   .arg(excess)
                   .arg(m_lastFailure));
    }
    if (m_pending.empty())
        return;
    if (m_pending.size() >= kBatchValues && m_lastFailure.isEmpty()) {
        flush();
        return;
    }
    if (!m_timer->isActive())
        m_timer->start(m_lastFailure.isEmpty() ? kFlushIntervalMs : kRetryMs);
}

void FactorWriter::flush()
{
    m_timer->stop();
    if (!commit())
        m_timer->start(kRetryMs);
}

bool FactorWriter::commit()
{
    if (m_pending.empty())
        return true;
    Status status;
    if (!m_store) {
        Result<std::unique_ptr<FactorStore>> store = FactorStore::open(m_path);
        if (store)
            m_store = std::move(store).value();
        else
            status = store.error();
    }
    if (m_store) {
        if (Result<int> written = m_store->write(m_pending); !written)
            status = written.error();
    }
    if (!status) {
        const QString failure = status.error().toString();
        // Report a failure when it starts or changes, not on every retry.
        if (failure != m_lastFailure)
            report(QCoreApplication::translate("vocsync::storage",
                                               "factor values not written yet, retrying: %1")
                       .arg(failure));
        m_lastFailure = failure;
        return false;
    }
    m_lastFailure.clear();
    m_committed += m_pending.size();
    m_pending.clear();
    emit committed(m_committed);
    return true;
}

void FactorWriter::report(const QString &message)
{
    if (m_problemsReported >= kMaxProblemReports)
        return;
    ++m_problemsReported;
    qCWarning(lcStorage).noquote() << message;
    emit problem(m_problemsReported == kMaxProblemReports
                     ? message + QCoreApplication::translate("vocsync::storage",
                                                             " (further problems are not reported)")
                     : message);
}

} // namespace vocsync::storage
