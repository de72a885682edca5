#include "vocsync/ui/desktopchannel.h"

#include <QDateTime>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

namespace vocsync::ui {

namespace {
constexpr int kMessageMs = 15'000;
}

DesktopChannel::DesktopChannel(QObject *parent) : alarms::NotificationChannel(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/vocsync.svg")), this);
    m_tray->setToolTip(tr("VocSync alarms"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopChannel::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, &DesktopChannel::activated);
    m_tray->show();
}

DesktopChannel::~DesktopChannel() = default;

QString DesktopChannel::name() const
{
    return QStringLiteral("desktop");
}

void DesktopChannel::send(const alarms::Notification &notification)
{
    alarms::DeliveryResult result;
    result.notificationId = notification.id;
    result.channel = name();
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(notification.title, notification.text,
                            notification.level > 0 ? QSystemTrayIcon::Critical
                                                   : QSystemTrayIcon::Warning,
                            kMessageMs);
        result.ok = true;
        result.detail = QStringLiteral("shown");
    } else {
        // Machine-readable detail, recorded in the delivery log as is.
        result.detail = QStringLiteral("no system tray");
    }
    result.atMs = QDateTime::currentMSecsSinceEpoch();
    // The engine may be inside its own bookkeeping when it calls send(): report afterwards.
    QTimer::singleShot(0, this, [this, result] { emit delivered(result); });
}

} // namespace vocsync::ui
