#pragma once

#include "vocsync/alarms/alarmstore.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace vocsync::ui {

/// Runs alarm history queries off the GUI thread (DESIGN.md, Threads): each on the Qt thread
/// pool with its own AlarmStore connection. One query at a time; while it runs only the newest
/// request waits.
class AlarmHistoryLoader : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        alarms::AlarmQuery query;
        QList<alarms::Alarm> alarms;
        QString error; ///< empty on success
    };

    explicit AlarmHistoryLoader(QString dbPath, QObject *parent = nullptr);
    ~AlarmHistoryLoader() override;

    void request(const alarms::AlarmQuery &query);
    /// A query runs, waits, or its reply is not delivered yet.
    bool isBusy() const { return m_busy || m_pending.has_value(); }

signals:
    void loaded(const vocsync::ui::AlarmHistoryLoader::Reply &reply);

private:
    void startNext();

    QString m_dbPath;
    std::optional<alarms::AlarmQuery> m_pending;
    QFutureWatcher<Reply> m_watcher;
    bool m_busy = false;
};

} // namespace vocsync::ui
