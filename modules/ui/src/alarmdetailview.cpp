#include "alarmdetailview.h"

#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QJsonValue>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vocsync::ui {

namespace {
/// A muted label above its value: narrow panes keep whole dates and long names readable.
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<p style='margin:6px 0 0 0'><span style='color:#616e7c'>%1</span>"
                          "<br>%2</p>")
        .arg(label.toHtmlEscaped(), value);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(v.toInteger())
                                                                : QString::number(d, 'f', 2);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isString())
        return v.toString();
    return QString();
}
} // namespace

AlarmDetailView::AlarmDetailView(const AlarmTableModel *names, QWidget *parent)
    : QFrame(parent), m_names(names), m_title(new QLabel(this)), m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // On the white card: no window-grey behind the text.
    scroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    setAlarm(std::nullopt, 0);
}

void AlarmDetailView::setAlarm(const std::optional<alarms::Alarm> &alarm, std::int64_t nowMs)
{
    if (!alarm) {
        m_title->setText(tr("No alarm selected"));
        m_body->setText(tr("Select an alarm in the list to see its details."));
        return;
    }
    const alarms::Alarm &a = *alarm;
    m_title->setText(QStringLiteral("<span style='color:%1'>%2</span> %3")
                         .arg(Labels::alarmLevelColor(a.level).name(),
                              alarms::alarmLevelName(a.level),
                              Labels::alarmType(a.type).toHtmlEscaped()));
    QString html = QStringLiteral("<p>%1</p>").arg(a.message.toHtmlEscaped());
    html += row(tr("Enterprise"), m_names->enterpriseName(a.enterprise).toHtmlEscaped());
    html += row(tr("Facility"), m_names->facilityName(a.facility).toHtmlEscaped());
    if (!a.related.isEmpty())
        html += row(tr("Production facility"), m_names->facilityName(a.related).toHtmlEscaped());
    html += row(tr("State"), alarms::alarmStateName(a.state));
    html += row(tr("Condition began"), Labels::dateTime(a.startMs));
    html += row(tr("Raised"), Labels::dateTime(a.raisedMs));
    const std::int64_t end = a.clearedMs > 0 ? a.clearedMs : nowMs;
    if (a.clearedMs > 0)
        html += row(tr("Cleared"), Labels::dateTime(a.clearedMs));
    html += row(tr("Duration"), Labels::duration(end - a.startMs));
    if (a.ackMs > 0) {
        html += row(tr("Acknowledged"),
                    tr("%1 by %2").arg(Labels::dateTime(a.ackMs), a.ackBy.toHtmlEscaped()));
        html += row(tr("Comment"), a.ackComment.toHtmlEscaped());
    }
    if (a.shelved(nowMs)) {
        html += row(tr("Shelved"),
                    tr("until %1 by %2")
                        .arg(Labels::dateTime(a.shelvedUntilMs), a.shelvedBy.toHtmlEscaped()));
        if (!a.shelveReason.isEmpty())
            html += row(tr("Reason"), a.shelveReason.toHtmlEscaped());
    }
    if (a.notifications > 0)
        html +=
            row(tr("Notifications"),
                tr("%1, last at %2").arg(a.notifications).arg(Labels::dateTime(a.lastNotifiedMs)));
    html += evidenceHtml(a);
    m_body->setText(html);
}

QString AlarmDetailView::evidenceHtml(const alarms::Alarm &a) const
{
    if (a.evidence.isEmpty())
        return {};
    QString html = QStringLiteral("<p style='margin-top:14px'><b>%1</b></p>")
                       .arg(tr("Evidence").toHtmlEscaped());
    for (auto it = a.evidence.constBegin(); it != a.evidence.constEnd(); ++it) {
        const QString value = jsonText(it.value());
        if (!value.isEmpty())
            html += row(it.key(), value.toHtmlEscaped());
    }
    return html;
}

} // namespace vocsync::ui
