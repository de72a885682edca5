#include "vocsync/ui/statetimelinewidget.h"

#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QJsonValue>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace vocsync::ui {

namespace {
constexpr int kLabelWidth = 230;
constexpr int kRateWidth = 96;
constexpr int kAxisHeight = 30;
constexpr int kRowHeight = 44;
constexpr int kBandTop = 6;
constexpr int kBandHeight = 22;
constexpr int kStripTop = kBandTop + kBandHeight + 4;
constexpr int kStripHeight = 7;
constexpr int kLegendHeight = 28; ///< on top, so it stays in view when the rows scroll
constexpr int kMargin = 8;

const std::array<RunState, 5> kLegendStates = {RunState::Running, RunState::Overload,
                                               RunState::Idle, RunState::Off, RunState::Unknown};

QColor eventColor(analysis::Severity s)
{
    return s == analysis::Severity::Alarm ? theme::severityAlarm() : theme::severityWarning();
}

QString evidenceValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(v.toInteger())
                                                                : QString::number(d, 'f', 2);
    }
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}
} // namespace

StateTimelineWidget::StateTimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stateTimeline"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void StateTimelineWidget::setData(const StateTimelineData &data)
{
    m_data = data;
    m_rowOf.clear();
    for (int i = 0; i < m_data.bands.size(); ++i)
        m_rowOf.insert(m_data.bands.at(i).facilityId, i);
    m_message.clear();
    updateGeometry();
    update();
}

void StateTimelineWidget::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QSize StateTimelineWidget::sizeHint() const
{
    const int rows = static_cast<int>(std::max<qsizetype>(m_data.bands.size(), 3));
    return {kLabelWidth + 600 + kRateWidth, kLegendHeight + kAxisHeight + rows * kRowHeight + 4};
}

QSize StateTimelineWidget::minimumSizeHint() const
{
    return {kLabelWidth + 240 + kRateWidth, sizeHint().height()};
}

QRect StateTimelineWidget::chartRect() const
{
    return {kLabelWidth, kLegendHeight + kAxisHeight,
            std::max(width() - kLabelWidth - kRateWidth - kMargin, 10),
            static_cast<int>(m_data.bands.size()) * kRowHeight};
}

QRect StateTimelineWidget::bandRect(int row) const
{
    const QRect c = chartRect();
    return {c.left(), c.top() + row * kRowHeight + kBandTop, c.width(), kBandHeight};
}

QRect StateTimelineWidget::eventStripRect(int row) const
{
    const QRect c = chartRect();
    return {c.left(), c.top() + row * kRowHeight + kStripTop, c.width(), kStripHeight};
}

int StateTimelineWidget::xForTime(std::int64_t ms) const
{
    const QRect c = chartRect();
    const double span = static_cast<double>(std::max<std::int64_t>(m_data.toMs - m_data.fromMs, 1));
    const double ratio = static_cast<double>(ms - m_data.fromMs) / span;
    return c.left() + static_cast<int>(std::clamp(ratio, 0.0, 1.0) * c.width());
}

std::int64_t StateTimelineWidget::timeForX(int x) const
{
    const QRect c = chartRect();
    const double ratio = static_cast<double>(x - c.left()) / std::max(c.width(), 1);
    return m_data.fromMs +
           static_cast<std::int64_t>(ratio * static_cast<double>(m_data.toMs - m_data.fromMs));
}

void StateTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::surface());
    if (!m_message.isEmpty() || m_data.bands.isEmpty()) {
        p.setPen(theme::textMuted());
        p.drawText(rect(), Qt::AlignCenter,
                   m_message.isEmpty() ? tr("No facility to show") : m_message);
        return;
    }
    paintAxis(p);
    for (int row = 0; row < m_data.bands.size(); ++row)
        paintRow(p, row);
    if (m_data.nowMs > m_data.fromMs && m_data.nowMs < m_data.toMs) {
        const int x = xForTime(m_data.nowMs);
        const QRect c = chartRect();
        p.setPen(QPen(theme::accent(), 1.5, Qt::DashLine));
        p.drawLine(x, c.top() - 4, x, c.bottom());
    }
    paintLegend(p);
}

void StateTimelineWidget::paintAxis(QPainter &p) const
{
    const QRect c = chartRect();
    const std::int64_t span = m_data.toMs - m_data.fromMs;
    // A tick every 1, 2, 3, 6 or 12 hours: as dense as the width allows labels 60 px apart.
    std::int64_t step = timeutil::kHourMs;
    for (int h : {1, 2, 3, 6, 12, 24}) {
        step = h * timeutil::kHourMs;
        if (c.width() * step / std::max<std::int64_t>(span, 1) >= 60)
            break;
    }
    const QTimeZone zone = timeutil::stationZone();
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(m_data.fromMs, zone);
    // Ticks on whole local hours (the period starts at local midnight for a day view).
    std::int64_t t = m_data.fromMs + (60 - first.time().minute()) % 60 * timeutil::kMinuteMs;
    p.setFont(font());
    for (; t <= m_data.toMs; t += step) {
        const int x = xForTime(t);
        p.setPen(QPen(theme::gridLine(), 1));
        p.drawLine(x, c.top(), x, c.bottom());
        p.setPen(theme::textMuted());
        const QString label =
            QDateTime::fromMSecsSinceEpoch(t, zone).toString(QStringLiteral("HH:mm"));
        const QRect r(x - 30, kLegendHeight + 4, 60, kAxisHeight - 8);
        p.drawText(r, Qt::AlignCenter,
                   label == QLatin1String("00:00") && t == m_data.toMs ? QStringLiteral("24:00")
                                                                       : label);
    }
    p.setPen(theme::textMuted());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(kMargin, kLegendHeight + 4, kLabelWidth - 2 * kMargin, kAxisHeight - 8),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Facility"));
    p.drawText(QRect(c.right() + 8, kLegendHeight + 4, kRateWidth - 8, kAxisHeight - 8),
               Qt::AlignRight | Qt::AlignVCenter, tr("Sync rate"));
    p.setFont(font());
}

void StateTimelineWidget::paintRow(QPainter &p, int row) const
{
    const TimelineBand &band = m_data.bands.at(row);
    const QRect c = chartRect();
    const int top = c.top() + row * kRowHeight;
    if (row % 2 == 1)
        p.fillRect(QRect(0, top, width(), kRowHeight), QColor(0xf7, 0xf9, 0xfb));
    p.setPen(QPen(theme::gridLine(), 1));
    p.drawLine(0, top + kRowHeight - 1, width(), top + kRowHeight - 1);

    // Label: name, and kind/type in muted text.
    QFont bold = font();
    bold.setBold(band.production);
    p.setFont(bold);
    p.setPen(theme::text());
    const QFontMetrics fm(bold);
    p.drawText(QRect(kMargin, top + 4, kLabelWidth - 2 * kMargin, 18),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(band.title, Qt::ElideRight, kLabelWidth - 2 * kMargin));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(theme::textMuted());
    p.drawText(
        QRect(kMargin, top + 22, kLabelWidth - 2 * kMargin, 16), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(band.subtitle, Qt::ElideRight, kLabelWidth - 2 * kMargin));
    p.setFont(font());

    // The band: unknown underneath, then each state interval.
    const QRect b = bandRect(row);
    p.fillRect(b, Labels::runStateColor(RunState::Unknown));
    for (const analysis::StateInterval &s : band.states) {
        if (s.endMs <= m_data.fromMs || s.startMs >= m_data.toMs)
            continue;
        const int x0 = xForTime(s.startMs);
        const int x1 = std::max(xForTime(s.endMs), x0 + 1);
        p.fillRect(QRect(x0, b.top(), x1 - x0, b.height()), Labels::runStateColor(s.state));
    }
    paintEvents(p, row);

    if (band.production) {
        QFont rateFont = font();
        rateFont.setBold(true);
        p.setFont(rateFont);
        const std::optional<double> rate = band.syncRatePercent;
        p.setPen(!rate         ? theme::textMuted()
                 : *rate >= 95 ? theme::running()
                 : *rate >= 80 ? theme::severityWarning()
                               : theme::severityAlarm());
        p.drawText(QRect(c.right() + 8, b.top(), kRateWidth - 8, b.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   rate ? QStringLiteral("%1 %").arg(*rate, 0, 'f', 1) : QStringLiteral("—"));
        p.setFont(font());
    }
}

void StateTimelineWidget::paintEvents(QPainter &p, int row) const
{
    const QString &facility = m_data.bands.at(row).facilityId;
    const QRect strip = eventStripRect(row);
    const QRect band = bandRect(row);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const analysis::Event &e : m_data.events) {
        if (e.facility != facility || e.endMs < m_data.fromMs || e.startMs >= m_data.toMs)
            continue;
        const QColor color = eventColor(e.severity);
        const int x0 = xForTime(e.startMs);
        const int x1 = std::max(xForTime(e.endMs), x0 + 3);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(x0, strip.top(), x1 - x0, strip.height()), 2, 2);
        // Outline the span on the band so the state under it stays readable.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 1.6));
        p.drawRect(QRectF(x0 + 0.5, band.top() + 0.5, x1 - x0 - 1, band.height() - 1));
        // Start marker: a small triangle above the band pointing at the start.
        const QPolygonF marker({QPointF(x0 - 5, band.top() - 6), QPointF(x0 + 5, band.top() - 6),
                                QPointF(x0, band.top())});
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(marker);
    }
    p.restore();
}

void StateTimelineWidget::paintLegend(QPainter &p) const
{
    const QRect c = chartRect();
    int x = c.left();
    const int y = 6;
    const QFontMetrics fm(font());
    p.setRenderHint(QPainter::Antialiasing, false);
    for (RunState s : kLegendStates) {
        p.fillRect(QRect(x, y + 3, 22, 12), Labels::runStateColor(s));
        const QString text = Labels::runState(s);
        p.setPen(theme::text());
        p.drawText(QRect(x + 28, y, fm.horizontalAdvance(text) + 4, 18),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 28 + fm.horizontalAdvance(text) + 22;
    }
    for (analysis::Severity s : {analysis::Severity::Warning, analysis::Severity::Alarm}) {
        p.fillRect(QRect(x, y + 6, 22, kStripHeight), eventColor(s));
        const QString text = tr("Event (%1)").arg(analysis::severityName(s));
        p.setPen(theme::text());
        p.drawText(QRect(x + 28, y, fm.horizontalAdvance(text) + 4, 18),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 28 + fm.horizontalAdvance(text) + 22;
    }
}

QString StateTimelineWidget::eventToolTip(const analysis::Event &e) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2")
                 .arg(analysis::eventTypeName(e.type).toHtmlEscaped(),
                      analysis::severityName(e.severity));
    lines << tr("Facility: %1")
                 .arg(m_data.facilityNames.value(e.facility, e.facility).toHtmlEscaped());
    if (!e.related.isEmpty())
        lines << tr("Related production facility: %1")
                     .arg(m_data.facilityNames.value(e.related, e.related).toHtmlEscaped());
    lines << tr("Start: %1").arg(Labels::dateTime(e.startMs));
    lines << (e.open ? tr("Still open, last seen %1").arg(Labels::dateTime(e.endMs))
                     : tr("End: %1").arg(Labels::dateTime(e.endMs)));
    lines << tr("Duration: %1").arg(Labels::duration(e.durationMs()));
    for (auto it = e.evidence.constBegin(); it != e.evidence.constEnd(); ++it) {
        const QString v = evidenceValue(it.value());
        if (!v.isEmpty())
            lines << QStringLiteral("<span style='color:#616e7c'>%1</span>: %2")
                         .arg(it.key().toHtmlEscaped(), v.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QString StateTimelineWidget::toolTipAt(const QPoint &pos) const
{
    const QRect c = chartRect();
    if (!c.adjusted(-6, -8, 6, 0).contains(pos) || m_data.bands.isEmpty())
        return {};
    const int row =
        std::clamp((pos.y() - c.top()) / kRowHeight, 0, static_cast<int>(m_data.bands.size()) - 1);
    const TimelineBand &band = m_data.bands.at(row);
    const std::int64_t t = timeForX(pos.x());
    // Events first: a few pixels of slack so short events can be hovered.
    const std::int64_t slack = timeForX(c.left() + 4) - timeForX(c.left());
    for (const analysis::Event &e : m_data.events) {
        if (e.facility == band.facilityId && t >= e.startMs - slack && t <= e.endMs + slack)
            return eventToolTip(e);
    }
    for (const analysis::StateInterval &s : band.states) {
        if (t >= s.startMs && t < s.endMs) {
            const QString format = QStringLiteral("HH:mm:ss");
            const QTimeZone zone = timeutil::stationZone();
            return tr("<b>%1</b> · %2<br>%3 – %4 (%5)")
                .arg(band.title.toHtmlEscaped(), Labels::runState(s.state),
                     QDateTime::fromMSecsSinceEpoch(s.startMs, zone).toString(format),
                     QDateTime::fromMSecsSinceEpoch(s.endMs, zone).toString(format),
                     Labels::duration(s.endMs - s.startMs));
        }
    }
    return tr("<b>%1</b> · %2")
        .arg(band.title.toHtmlEscaped(), Labels::runState(RunState::Unknown));
}

bool StateTimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString tip = toolTipAt(help->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

} // namespace vocsync::ui
