#include "alarmmarkerlayer.h"

#include "vocsync/ui/labels.h"

#include <qcustomplot.h>

namespace vocsync::ui {

namespace {
const QString kLayer = QStringLiteral("alarms");

double toKey(std::int64_t ms)
{
    return static_cast<double>(ms) / 1000.0;
}

void setX(QCPItemPosition *position, double key, double yRatio)
{
    position->setTypeX(QCPItemPosition::ptPlotCoords);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setCoords(key, yRatio);
}
} // namespace

AlarmMarkerLayer::AlarmMarkerLayer(QCustomPlot *plot) : m_plot(plot)
{
    // Under the min/max bands and the lines: a marker tints the background, never hides data.
    QCPLayer *below = m_plot->layer(QStringLiteral("bands"));
    if (!below)
        below = m_plot->layer(QStringLiteral("main"));
    m_plot->addLayer(kLayer, below, QCustomPlot::limBelow);
}

void AlarmMarkerLayer::clear()
{
    for (QCPAbstractItem *item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
    m_ongoing.clear();
}

void AlarmMarkerLayer::setMarkers(const QList<AlarmMarker> &markers, std::int64_t nowMs)
{
    clear();
    m_markers = markers;
    QFont font = m_plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    for (const AlarmMarker &m : markers) {
        const QColor color = Labels::alarmLevelColor(m.level);
        QColor fill = color;
        fill.setAlpha(30);
        const std::int64_t end = m.endMs > 0 ? m.endMs : nowMs;

        auto *span = new QCPItemRect(m_plot);
        span->setLayer(kLayer);
        setX(span->topLeft, toKey(m.startMs), 0);
        setX(span->bottomRight, toKey(std::max(end, m.startMs + 1000)), 1);
        span->setPen(Qt::NoPen);
        span->setBrush(fill);
        span->setSelectable(false);

        auto *start = new QCPItemLine(m_plot);
        start->setLayer(kLayer);
        setX(start->start, toKey(m.startMs), 0);
        setX(start->end, toKey(m.startMs), 1);
        start->setPen(QPen(color, 1.2, Qt::DashLine));
        start->setSelectable(false);

        // At the foot of the span: the legend sits in the top-left corner of the chart.
        auto *label = new QCPItemText(m_plot);
        label->setLayer(kLayer);
        setX(label->position, toKey(m.startMs), 1);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setBrush(QColor(255, 255, 255, 200));
        label->setText(m.label);
        label->setFont(font);
        label->setColor(color);
        label->setSelectable(false);

        m_items << span << start << label;
        if (m.endMs <= 0)
            m_ongoing << span;
    }
}

void AlarmMarkerLayer::setNow(std::int64_t nowMs)
{
    for (QCPAbstractItem *item : std::as_const(m_ongoing)) {
        auto *span = static_cast<QCPItemRect *>(item);
        span->bottomRight->setCoords(toKey(nowMs), 1);
    }
}

} // namespace vocsync::ui
