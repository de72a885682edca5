#pragma once

#include "vocsync/acquisition/samplesource.h"
#include "vocsync/ui/ratemeter.h"

#include <QObject>

#include <cstdint>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace vocsync::ui {

/// The main window's status bar: database file, acquisition link, incoming samples per second
/// and, while it runs, the progress of a history backfill.
class StatusPanel : public QObject
{
    Q_OBJECT
public:
    StatusPanel(QStatusBar *bar, const QString &dbPath);

    void setLinkState(acquisition::LinkState state, const QString &detail);
    void countSamples(std::int64_t count, std::int64_t nowMs);
    /// Refreshes the rate shown (called once a second).
    void tick(std::int64_t nowMs);
    void setBackfillProgress(int percent);
    void setBackfillFinished(bool ok, const QString &message);
    double rate() const { return m_rate; }

private:
    QLabel *m_database;
    QLabel *m_link;
    QLabel *m_rateLabel;
    QLabel *m_backfillLabel;
    QProgressBar *m_backfill;
    QString m_dbName;
    RateMeter m_meter;
    double m_rate = 0;
};

} // namespace vocsync::ui
