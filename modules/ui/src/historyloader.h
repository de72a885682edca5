#pragma once

#include "vocsync/storage/seriesreader.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace vocsync::ui {

/// Reads stored series for the charts off the GUI thread (DESIGN.md, Threads): each query runs
/// on the Qt thread pool with its own SeriesReader (one read connection per thread). One query
/// runs at a time; while it runs only the newest request waits, so panning through months of
/// history never piles up stale queries.
class HistoryLoader : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        storage::SeriesRequest request;
        storage::Series series;
        QString error; ///< empty on success
    };

    explicit HistoryLoader(QString dbPath, QObject *parent = nullptr);
    ~HistoryLoader() override;

    void request(const storage::SeriesRequest &request);
    /// Reads the newest stored sample of each point (to show the last known state before
    /// live data arrives); answered by latestLoaded().
    void requestLatest(const QList<std::uint32_t> &points);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void loaded(const vocsync::ui::HistoryLoader::Reply &reply);
    void latestLoaded(const vocsync::SampleBatch &samples);

private:
    void startNext();

    QString m_dbPath;
    std::optional<storage::SeriesRequest> m_pending;
    QFutureWatcher<Reply> m_watcher;
    QFutureWatcher<SampleBatch> m_latestWatcher;
};

} // namespace vocsync::ui
