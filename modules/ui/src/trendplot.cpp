#include "trendplot.h"

#include "theme.h"
#include "vocsync/core/timeutil.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vocsync::ui {

namespace {
constexpr int kReplotIntervalMs = 40;
constexpr double kMinSpanS = 10 * 60.0;
constexpr double kMaxSpanS = 400 * 86400.0;
constexpr double kFutureMargin = 0.02; ///< share of the span shown right of "now"
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// A line is broken where consecutive values are further apart than this many buckets
// (DOMAIN.md, data_gap: silent longer than 3 sample intervals).
constexpr std::int64_t kGapBuckets = 3;

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

double toKey(std::int64_t ms)
{
    return static_cast<double>(ms) / 1000.0;
}
} // namespace

TrendPlot::TrendPlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("trendPlot"));
    // Never zero-sized: QCustomPlot replots on every resize and warns on an empty buffer.
    setMinimumSize(320, 240);
    setBackground(theme::surface());
    setupAxes();
    setupGraphs();
    m_alarmMarkers = std::make_unique<AlarmMarkerLayer>(this);
    setInteractions(QCP::iRangeDrag);
    axisRect()->setRangeDrag(Qt::Horizontal);
    setCursor(Qt::OpenHandCursor);
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotIntervalMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrendPlot::redraw);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &TrendPlot::onRangeChanged);
    m_message = new QCPItemText(this);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.45);
    m_message->setColor(theme::textMuted());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_message->setFont(f);
    m_message->setVisible(false);
}

void TrendPlot::setupAxes()
{
    m_ticker.reset(new QCPAxisTickerDateTime);
    m_ticker->setTimeZone(timeutil::stationZone());
    m_ticker->setTickCount(8);
    xAxis->setTicker(m_ticker);
    yAxis2->setVisible(true);
    const QFont f = font();
    for (QCPAxis *axis : {xAxis, yAxis, yAxis2}) {
        axis->setTickLabelFont(f);
        axis->setLabelFont(f);
        axis->setBasePen(QPen(theme::border()));
        axis->setTickPen(QPen(theme::border()));
        axis->setSubTickPen(QPen(theme::border()));
        axis->setTickLabelColor(theme::textMuted());
        axis->grid()->setPen(QPen(theme::gridLine(), 1, Qt::SolidLine));
        axis->grid()->setSubGridVisible(false);
        axis->setPadding(6);
    }
    yAxis2->grid()->setVisible(false);
    yAxis->setLabel(tr("Current (A)"));
    yAxis->setLabelColor(theme::currentTrace());
    yAxis->setTickLabelColor(theme::currentTrace());
    yAxis2->setLabel(tr("Power (kW)"));
    yAxis2->setLabelColor(theme::powerTrace());
    yAxis2->setTickLabelColor(theme::powerTrace());
    yAxis->setRange(0, 1);
    yAxis2->setRange(0, 1);
    yAxis2->setTickLabels(true);
}

void TrendPlot::setupGraphs()
{
    addLayer(QStringLiteral("bands"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    // Mean lines first, so graph(0) is current and graph(1) is power.
    m_currentMean = addGraph(xAxis, yAxis);
    m_powerMean = addGraph(xAxis, yAxis2);
    m_currentMean->setName(tr("Current"));
    m_powerMean->setName(tr("Power"));
    m_currentMean->setPen(QPen(theme::currentTrace(), 1.6));
    m_powerMean->setPen(QPen(theme::powerTrace(), 1.6));
    const auto band = [this](QCPAxis *valueAxis, const QColor &color, QCPGraph *&min,
                             QCPGraph *&max) {
        max = addGraph(xAxis, valueAxis);
        min = addGraph(xAxis, valueAxis);
        for (QCPGraph *g : {min, max}) {
            g->setLayer(QStringLiteral("bands"));
            g->setPen(QPen(withAlpha(color, 90), 0.8));
            g->removeFromLegend();
        }
        min->setBrush(withAlpha(color, 45));
        min->setChannelFillGraph(max);
    };
    band(yAxis, theme::currentTrace(), m_currentMin, m_currentMax);
    band(yAxis2, theme::powerTrace(), m_powerMin, m_powerMax);

    legend->setVisible(true);
    legend->setFont(font());
    legend->setBrush(QColor(255, 255, 255, 225));
    legend->setBorderPen(QPen(theme::border()));
    legend->setRowSpacing(0);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void TrendPlot::setTimeZone(const QTimeZone &zone)
{
    m_ticker->setTimeZone(zone);
    scheduleReplot();
}

void TrendPlot::clearData()
{
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->data()->clear();
    m_lastMs = -1;
    scheduleReplot();
}

void TrendPlot::setSeries(const storage::Series &series, std::int64_t bucketMs)
{
    m_bucketMs = std::max<std::int64_t>(bucketMs, 1);
    const bool bands = series.resolution != storage::Resolution::Raw;
    // Rollup values describe a whole bucket: draw them at its middle.
    const double offsetS = bands ? toKey(m_bucketMs) / 2 : 0.0;
    const auto &current = series.q[index(Quantity::CurrentA)];
    const auto &power = series.q[index(Quantity::PowerKw)];
    QVector<QCPGraphData> cMean, pMean, cMin, cMax, pMin, pMax;
    const auto push = [&](double key, size_t i) {
        cMean.append({key, current.mean[i]});
        pMean.append({key, power.mean[i]});
        if (!bands)
            return;
        cMin.append({key, current.min[i]});
        cMax.append({key, current.max[i]});
        pMin.append({key, power.min[i]});
        pMax.append({key, power.max[i]});
    };
    for (size_t i = 0; i < series.size(); ++i) {
        if (i > 0 && series.tMs[i] - series.tMs[i - 1] > kGapBuckets * m_bucketMs) {
            const double gapKey = toKey(series.tMs[i - 1] + m_bucketMs) + offsetS;
            for (QVector<QCPGraphData> *v : {&cMean, &pMean, &cMin, &cMax, &pMin, &pMax}) {
                if (!v->isEmpty())
                    v->append({gapKey, kNaN});
            }
        }
        push(toKey(series.tMs[i]) + offsetS, i);
    }
    m_currentMean->data()->set(cMean, true);
    m_powerMean->data()->set(pMean, true);
    m_currentMin->data()->set(cMin, true);
    m_currentMax->data()->set(cMax, true);
    m_powerMin->data()->set(pMin, true);
    m_powerMax->data()->set(pMax, true);
    // The last rollup bucket is usually still filling: live samples after its start are
    // drawn too, so the line reaches the newest reading.
    m_lastMs = series.size() == 0 ? -1 : series.tMs.back();
    scheduleReplot();
}

void TrendPlot::appendSamples(const SampleBatch &samples)
{
    const bool bands = !m_currentMax->data()->isEmpty() || !m_powerMax->data()->isEmpty();
    for (const Sample &s : samples) {
        if (s.tMs <= m_lastMs)
            continue;
        QList<QCPGraph *> graphs = {m_currentMean, m_powerMean};
        if (bands)
            graphs << m_currentMin << m_currentMax << m_powerMin << m_powerMax;
        if (m_lastMs >= 0 && s.tMs - m_lastMs > kGapBuckets * m_bucketMs) {
            for (QCPGraph *g : graphs)
                g->addData(toKey(m_lastMs + 1), kNaN);
        }
        const double key = toKey(s.tMs);
        const double c = s.value(Quantity::CurrentA);
        const double p = s.value(Quantity::PowerKw);
        m_currentMean->addData(key, c);
        m_powerMean->addData(key, p);
        if (bands) {
            m_currentMin->addData(key, c);
            m_currentMax->addData(key, c);
            m_powerMin->addData(key, p);
            m_powerMax->addData(key, p);
        }
        m_lastMs = s.tMs;
    }
    scheduleReplot();
}

double TrendPlot::nowKey() const
{
    const std::int64_t now = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    return toKey(now);
}

void TrendPlot::followLast(std::int64_t spanMs)
{
    const double span = std::clamp(toKey(spanMs), kMinSpanS, kMaxSpanS);
    const double upper = nowKey() + span * kFutureMargin;
    setFollowing(true);
    setView(upper - span, upper);
    emit viewChanged();
}

void TrendPlot::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following) {
        const double span = xAxis->range().size();
        const double upper = nowKey() + span * kFutureMargin;
        setView(upper - span, upper);
        emit viewChanged();
    }
    emit followingChanged(following);
}

void TrendPlot::setNow(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    m_alarmMarkers->setNow(nowMs);
    if (!m_following)
        return;
    const double span = xAxis->range().size();
    const double upper = nowKey() + span * kFutureMargin;
    setView(upper - span, upper);
    emit viewChanged();
}

std::int64_t TrendPlot::viewFromMs() const
{
    return static_cast<std::int64_t>(std::floor(xAxis->range().lower * 1000.0));
}

std::int64_t TrendPlot::viewToMs() const
{
    return static_cast<std::int64_t>(std::ceil(xAxis->range().upper * 1000.0));
}

void TrendPlot::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    scheduleReplot();
}

void TrendPlot::setAlarmMarkers(const QList<AlarmMarker> &markers)
{
    m_alarmMarkers->setMarkers(markers,
                               m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch());
    scheduleReplot();
}

void TrendPlot::setView(double lowerS, double upperS)
{
    m_programmatic = true;
    xAxis->setRange(lowerS, upperS);
    m_programmatic = false;
    updateTickFormat();
    scheduleReplot();
}

void TrendPlot::onRangeChanged(const QCPRange &range)
{
    if (m_programmatic)
        return;
    // A drag by the user: never into the future, and following again once back at now.
    const double span = range.size();
    const double maxUpper = nowKey() + span * kFutureMargin;
    if (range.upper > maxUpper)
        setView(maxUpper - span, maxUpper);
    updateTickFormat();
    setFollowing(xAxis->range().upper >= nowKey());
    emit viewChanged();
}

void TrendPlot::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    event->accept();
    const QCPRange r = xAxis->range();
    const double span = std::clamp(r.size() * std::pow(0.85, steps), kMinSpanS, kMaxSpanS);
    // Zoom about the mouse; while following, about the right edge so "now" stays in view.
    const double anchor = m_following ? r.upper : xAxis->pixelToCoord(event->position().x());
    const double ratio = std::clamp((anchor - r.lower) / r.size(), 0.0, 1.0);
    double lower = anchor - ratio * span;
    double upper = lower + span;
    const double maxUpper = nowKey() + span * kFutureMargin;
    if (upper > maxUpper) {
        upper = maxUpper;
        lower = upper - span;
    }
    setView(lower, upper);
    emit viewChanged();
}

void TrendPlot::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    scheduleReplot();
}

void TrendPlot::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void TrendPlot::redraw()
{
    // A hidden or collapsed plot has no paint buffer; showEvent() redraws it.
    if (!isVisible() || width() <= 0 || height() <= 0)
        return;
    // Current fills the plot; power peaks lower, so two loads that follow each other stay
    // apart instead of hiding one line behind the other.
    rescaleValueAxis(yAxis, m_currentMax, m_currentMean, 1.12);
    rescaleValueAxis(yAxis2, m_powerMax, m_powerMean, 1.6);
    replot();
}

void TrendPlot::rescaleValueAxis(QCPAxis *axis, QCPGraph *top, QCPGraph *line, double headroom)
{
    bool found = false;
    QCPRange r = top->getValueRange(found, QCP::sdBoth, xAxis->range());
    if (!found)
        r = line->getValueRange(found, QCP::sdBoth, xAxis->range());
    if (!found)
        return;
    // Currents and powers are not negative: keep zero in view so a stopped fan reads as 0.
    const double upper = std::max(r.upper * headroom, 1.0);
    axis->setRange(std::min(0.0, r.lower), upper);
}

void TrendPlot::updateTickFormat()
{
    const double span = xAxis->range().size();
    if (span <= 1.5 * 86400)
        m_ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    else if (span <= 4 * 86400)
        m_ticker->setDateTimeFormat(QStringLiteral("MM-dd HH:mm"));
    else
        m_ticker->setDateTimeFormat(QStringLiteral("MM-dd"));
}

} // namespace vocsync::ui
