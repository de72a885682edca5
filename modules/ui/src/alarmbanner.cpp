#include "alarmbanner.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>

namespace vocsync::ui {

AlarmBanner::AlarmBanner(const AlarmTableModel *alarms, QWidget *parent)
    : QFrame(parent), m_alarms(alarms), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_more(new QLabel(this)), m_open(new QPushButton(tr("Open alarm panel"), this))
{
    setObjectName(QStringLiteral("alarmBanner"));
    setCursor(Qt::PointingHandCursor);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/alarm-bell.svg")).pixmap(QSize(22, 22)));
    m_text->setObjectName(QStringLiteral("alarmBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_more->setObjectName(QStringLiteral("alarmBannerMore"));
    m_open->setObjectName(QStringLiteral("alarmBannerButton"));
    m_open->setCursor(Qt::PointingHandCursor);
    connect(m_open, &QPushButton::clicked, this, [this] { emit activated(m_alarmId); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_more);
    layout->addWidget(m_open);

    connect(m_alarms, &AlarmTableModel::alarmsChanged, this, &AlarmBanner::update);
    update();
}

QString AlarmBanner::text() const
{
    return m_fullText;
}

void AlarmBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elide();
}

void AlarmBanner::elide()
{
    // A long message must not widen the window: the label shows what fits, the tooltip all.
    const int width = std::max(m_text->width(), 40);
    m_text->setText(m_text->fontMetrics().elidedText(m_fullText, Qt::ElideRight, width));
}

void AlarmBanner::update()
{
    const alarms::Alarm *newest = nullptr;
    int count = 0;
    for (const alarms::Alarm &a : m_alarms->alarms()) {
        if (!a.active() || a.level != alarms::AlarmLevel::Alarm)
            continue;
        ++count;
        if (!newest || a.raisedMs > newest->raisedMs)
            newest = &a;
    }
    setVisible(newest != nullptr);
    if (!newest) {
        m_alarmId = 0;
        return;
    }
    m_alarmId = newest->id;
    const QString time = QDateTime::fromMSecsSinceEpoch(newest->raisedMs, timeutil::stationZone())
                             .toString(QStringLiteral("HH:mm"));
    m_fullText = tr("%1 %2 · %3 · %4 · %5: %6")
                     .arg(alarms::alarmLevelName(newest->level), time,
                          m_alarms->enterpriseName(newest->enterprise),
                          m_alarms->facilityName(newest->facility), Labels::alarmType(newest->type),
                          newest->message);
    m_text->setToolTip(m_fullText);
    elide();
    m_more->setText(count > 1 ? tr("+%n more active alarm(s)", nullptr, count - 1) : QString());
    m_more->setVisible(count > 1);
    // Unacknowledged: the full red; acknowledged but still active: a quieter strip.
    setProperty("acknowledged", newest->acknowledged());
    style()->unpolish(this);
    style()->polish(this);
}

void AlarmBanner::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_alarmId != 0)
        emit activated(m_alarmId);
    QFrame::mouseReleaseEvent(event);
}

} // namespace vocsync::ui
