#pragma once

#include "vocsync/core/plant.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>

namespace vocsync::storage {
class SampleWriter;
}

namespace vocsync::gui {

/// Fills the demo database with the simulator's history before the live source starts: from
/// the last stored sample (or `historyMs` ago) up to now, on its own thread, through the one
/// SampleWriter. Catches up again while it worked, so live data continues without a hole.
class DemoBackfill : public QObject
{
    Q_OBJECT
public:
    DemoBackfill(Plant plant, QString dbPath, storage::SampleWriter *writer,
                 std::int64_t historyMs);

    /// Thread-safe: the run stops at the next batch.
    void requestStop() { m_stop = true; }

public slots:
    void run();

signals:
    void progress(int percent);
    /// `untilMs`: samples exist up to (excluding) this time; the live source takes over there.
    void finished(bool ok, const QString &message, qint64 untilMs);

private:
    Plant m_plant;
    QString m_dbPath;
    storage::SampleWriter *m_writer;
    std::int64_t m_historyMs;
    std::atomic<bool> m_stop{false};
};

} // namespace vocsync::gui
