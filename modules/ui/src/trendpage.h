#pragma once

#include "historyloader.h"
#include "vocsync/alarms/alarm.h"
#include "vocsync/core/sample.h"

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <deque>

class QButtonGroup;
class QLabel;
class QToolButton;
class QTreeView;

namespace vocsync::ui {

class PageHeader;
class PlantStatusModel;
class TrendPlot;

/// Trend of one facility's meter: a facility picker, quick ranges, and the chart. History
/// comes from storage (the level the reader picks for the visible span and the chart's
/// width), live samples are appended as they arrive.
class TrendPage : public QWidget
{
    Q_OBJECT
public:
    TrendPage(PlantStatusModel *model, const QString &dbPath, QWidget *parent = nullptr);

    void showFacility(const QString &facilityId);
    QString facilityId() const { return m_facilityId; }
    void addSamples(const SampleBatch &batch);
    void setNow(std::int64_t nowMs);
    /// Drops what was loaded and reads it again (after a history backfill).
    void reload();
    bool hasData() const;
    std::int64_t spanMs() const;
    /// Shows the last `spanMs` and follows live data.
    void setSpanMs(std::int64_t spanMs);
    /// Alarms to mark on the chart; those of the shown facility (as the facility or as the
    /// production facility it serves) are drawn.
    void setAlarms(const QList<alarms::Alarm> &alarms);
    int alarmMarkerCount() const;

signals:
    void facilityChanged(const QString &facilityId);
    /// A history query finished and its data is on the chart.
    void historyLoaded();

private:
    QWidget *createToolbar();
    void onLoaded(const HistoryLoader::Reply &reply);
    void ensureLoaded();
    void updateRangeLabel();
    void selectRangeButton(std::int64_t spanMs);
    void updateAlarmMarkers();

    PlantStatusModel *m_model;
    HistoryLoader m_loader;
    PageHeader *m_header = nullptr;
    QTreeView *m_picker = nullptr;
    TrendPlot *m_plot = nullptr;
    QButtonGroup *m_ranges = nullptr;
    QToolButton *m_live = nullptr;
    QLabel *m_level = nullptr;
    QLabel *m_range = nullptr;
    QTimer m_loadTimer;

    QString m_facilityId;
    std::uint32_t m_point = 0;
    int m_intervalS = 10;
    std::int64_t m_nowMs = 0;
    QList<alarms::Alarm> m_alarms;
    std::deque<Sample> m_recent; ///< live samples of the point, to bridge running queries
    bool m_loaded = false;
    std::int64_t m_loadedFromMs = 0;
    std::int64_t m_loadedToMs = 0;
    std::int64_t m_loadedSpanMs = 0;
};

} // namespace vocsync::ui
