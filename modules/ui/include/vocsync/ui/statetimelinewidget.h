#pragma once

#include "vocsync/analysis/event.h"
#include "vocsync/analysis/timeline.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <cstdint>
#include <optional>

namespace vocsync::ui {

/// One facility's row in the state timeline.
struct TimelineBand
{
    QString facilityId;
    QString title;    ///< the facility's name
    QString subtitle; ///< e.g. its kind and type
    bool production = false;
    analysis::Timeline states;
    std::optional<double> syncRatePercent; ///< production facilities: the period's sync rate
};

/// What the state timeline shows: [fromMs, toMs), a band per facility and the events.
struct StateTimelineData
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::int64_t nowMs = 0; ///< drawn as a line when inside the period; 0: not drawn
    QList<TimelineBand> bands;
    QList<analysis::Event> events;
    QHash<QString, QString> facilityNames; ///< for tooltips (related facility)
};

/// Facility run states over a period as coloured bands (off / idle / running / overload /
/// unknown, with a legend), one row per facility, a time axis in the station's zone, and the
/// facility's events as spans under its band with a marker at their start; tooltips tell an
/// event's type, related facility, start, end, duration and evidence, or a band's state.
class StateTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StateTimelineWidget(QWidget *parent = nullptr);

    void setData(const StateTimelineData &data);
    const StateTimelineData &data() const { return m_data; }
    void setMessage(const QString &message); ///< shown instead of the bands when not empty

    /// Geometry, for hit tests and tests: the coloured band of row `row`, the event strip
    /// under it, and the x of a time.
    QRect bandRect(int row) const;
    QRect eventStripRect(int row) const;
    int xForTime(std::int64_t ms) const;
    /// The tooltip at a point (empty when nothing is there).
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect chartRect() const;
    void paintAxis(QPainter &p) const;
    void paintRow(QPainter &p, int row) const;
    void paintEvents(QPainter &p, int row) const;
    void paintLegend(QPainter &p) const;
    QString eventToolTip(const analysis::Event &e) const;
    std::int64_t timeForX(int x) const;

    StateTimelineData m_data;
    QHash<QString, int> m_rowOf;
    QString m_message;
};

} // namespace vocsync::ui
