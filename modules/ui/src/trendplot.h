#pragma once

#include "alarmmarkerlayer.h"
#include "vocsync/core/sample.h"
#include "vocsync/storage/seriesreader.h"

#include <qcustomplot.h>

#include <QTimeZone>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace vocsync::ui {

/// The trend chart of one monitoring point: current (A, left axis) and power (kW, right axis)
/// over time in the station's zone. Rollup levels draw a min–max band with the mean line, raw
/// data a line. Live samples are appended; all redraws are coalesced to at most one per 40 ms
/// (STYLE.md 6). While "following", the window slides with the station clock; the mouse wheel
/// zooms and dragging pans the time axis, which stops following until the view reaches now.
class TrendPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit TrendPlot(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    /// Drops all data (another point was selected).
    void clearData();
    /// Replaces the data with a series read from storage; `bucketMs` is its bucket length
    /// (the sample interval for raw data), used to break lines at gaps.
    void setSeries(const storage::Series &series, std::int64_t bucketMs);
    /// Appends live samples newer than the data already shown.
    void appendSamples(const SampleBatch &samples);
    /// UTC ms of the newest value shown, or -1.
    std::int64_t lastTimeMs() const { return m_lastMs; }
    bool hasData() const { return m_lastMs >= 0; }
    /// Shows [now - span, now] and follows the station clock from now on.
    void followLast(std::int64_t spanMs);
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    /// The station clock: slides the window while following.
    void setNow(std::int64_t nowMs);
    std::int64_t viewFromMs() const;
    std::int64_t viewToMs() const;
    std::int64_t viewSpanMs() const { return viewToMs() - viewFromMs(); }
    void setMessage(const QString &message);
    /// Alarms of the shown facility, drawn as tinted spans under the traces.
    void setAlarmMarkers(const QList<AlarmMarker> &markers);
    int alarmMarkerCount() const { return m_alarmMarkers->count(); }

signals:
    /// The visible time range changed (zoom, pan or the clock while following).
    void viewChanged();
    void followingChanged(bool following);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setupAxes();
    void setupGraphs();
    void onRangeChanged(const QCPRange &range);
    void setView(double lowerS, double upperS);
    void scheduleReplot();
    void redraw();
    void rescaleValueAxis(QCPAxis *axis, QCPGraph *top, QCPGraph *line, double headroom);
    void updateTickFormat();
    double nowKey() const;

    QCPGraph *m_currentMean = nullptr;
    QCPGraph *m_powerMean = nullptr;
    QCPGraph *m_currentMin = nullptr;
    QCPGraph *m_currentMax = nullptr;
    QCPGraph *m_powerMin = nullptr;
    QCPGraph *m_powerMax = nullptr;
    QCPItemText *m_message = nullptr;
    std::unique_ptr<AlarmMarkerLayer> m_alarmMarkers;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
    QTimer m_replotTimer;
    std::int64_t m_nowMs = 0;
    std::int64_t m_lastMs = -1;
    std::int64_t m_bucketMs = 10000;
    bool m_following = true;
    bool m_programmatic = false;
};

} // namespace vocsync::ui
