#pragma once

#include "vocsync/alarms/alarmrule.h"

#include <QList>
#include <QString>

#include <cstdint>

class QCPAbstractItem;
class QCustomPlot;

namespace vocsync::ui {

/// An alarm drawn on a trend: the span of its condition and its level.
struct AlarmMarker
{
    qint64 alarmId = 0;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0; ///< 0 while the condition is still present (drawn up to now)
    alarms::AlarmLevel level = alarms::AlarmLevel::Warning;
    QString label; ///< e.g. "报警 未同时开启"
};

/// Draws alarm markers on a QCustomPlot time axis (seconds): a tinted span over the full
/// height of the axis rect in the level's colour, a line at the start and a short label, on a
/// layer below the data so the traces stay on top.
class AlarmMarkerLayer
{
public:
    explicit AlarmMarkerLayer(QCustomPlot *plot);

    void setMarkers(const QList<AlarmMarker> &markers, std::int64_t nowMs);
    /// Moves the end of ongoing markers to now.
    void setNow(std::int64_t nowMs);
    int count() const { return static_cast<int>(m_markers.size()); }
    const QList<AlarmMarker> &markers() const { return m_markers; }

private:
    void clear();

    QCustomPlot *m_plot;
    QList<AlarmMarker> m_markers;
    QList<QCPAbstractItem *> m_items;
    QList<QCPAbstractItem *> m_ongoing; ///< the span rectangles of ongoing markers
};

} // namespace vocsync::ui
