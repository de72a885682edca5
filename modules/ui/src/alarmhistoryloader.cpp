#include "alarmhistoryloader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vocsync::ui {

namespace {
AlarmHistoryLoader::Reply runQuery(const QString &dbPath, const alarms::AlarmQuery &query)
{
    AlarmHistoryLoader::Reply reply;
    reply.query = query;
    Result<std::unique_ptr<alarms::AlarmStore>> store = alarms::AlarmStore::open(dbPath);
    if (!store) {
        reply.error = store.error().toString();
        return reply;
    }
    Result<QList<alarms::Alarm>> found = store.value()->history(query);
    if (!found) {
        reply.error = found.error().toString();
        return reply;
    }
    reply.alarms = std::move(found).value();
    return reply;
}
} // namespace

AlarmHistoryLoader::AlarmHistoryLoader(QString dbPath, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath))
{
    connect(&m_watcher, &QFutureWatcher<Reply>::finished, this, [this] {
        const Reply reply = m_watcher.result();
        m_busy = false;
        emit loaded(reply);
        startNext();
    });
}

AlarmHistoryLoader::~AlarmHistoryLoader()
{
    m_watcher.waitForFinished();
}

void AlarmHistoryLoader::request(const alarms::AlarmQuery &query)
{
    m_pending = query;
    if (!m_busy)
        startNext();
}

void AlarmHistoryLoader::startNext()
{
    if (!m_pending)
        return;
    const alarms::AlarmQuery query = *m_pending;
    m_pending.reset();
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(runQuery, m_dbPath, query));
}

} // namespace vocsync::ui
