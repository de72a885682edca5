#include "historyloader.h"

#include "uilogging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vocsync::ui {

namespace {
HistoryLoader::Reply runQuery(const QString &dbPath, const storage::SeriesRequest &request)
{
    HistoryLoader::Reply reply;
    reply.request = request;
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(dbPath);
    if (!reader) {
        reply.error = reader.error().toString();
        return reply;
    }
    Result<storage::Series> series = reader.value().read(request);
    if (!series) {
        reply.error = series.error().toString();
        return reply;
    }
    reply.series = std::move(series).value();
    return reply;
}

SampleBatch readLatest(const QString &dbPath, const QList<std::uint32_t> &points)
{
    SampleBatch latest;
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(dbPath);
    if (!reader) {
        qCWarning(lcUi) << "latest samples:" << reader.error().toString();
        return latest;
    }
    for (std::uint32_t point : points) {
        const auto extent = reader.value().extent(point);
        if (!extent)
            continue;
        Result<SampleBatch> last =
            reader.value().samples(point, extent->second, extent->second + 1);
        if (!last) {
            qCWarning(lcUi) << "latest sample of point" << point << ":" << last.error().toString();
            continue;
        }
        if (!last.value().empty())
            latest.push_back(last.value().back());
    }
    return latest;
}
} // namespace

HistoryLoader::HistoryLoader(QString dbPath, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath))
{
    connect(&m_watcher, &QFutureWatcher<Reply>::finished, this, [this] {
        const Reply reply = m_watcher.result();
        emit loaded(reply);
        startNext();
    });
    connect(&m_latestWatcher, &QFutureWatcher<SampleBatch>::finished, this,
            [this] { emit latestLoaded(m_latestWatcher.result()); });
}

HistoryLoader::~HistoryLoader()
{
    // The query only holds copies, but finishing it keeps the shutdown free of stray threads.
    m_watcher.waitForFinished();
    m_latestWatcher.waitForFinished();
}

void HistoryLoader::requestLatest(const QList<std::uint32_t> &points)
{
    if (m_latestWatcher.isRunning())
        return;
    m_latestWatcher.setFuture(QtConcurrent::run(readLatest, m_dbPath, points));
}

void HistoryLoader::request(const storage::SeriesRequest &request)
{
    m_pending = request;
    if (!m_watcher.isRunning())
        startNext();
}

void HistoryLoader::startNext()
{
    if (!m_pending)
        return;
    const storage::SeriesRequest request = *m_pending;
    m_pending.reset();
    m_watcher.setFuture(QtConcurrent::run(runQuery, m_dbPath, request));
}

} // namespace vocsync::ui
