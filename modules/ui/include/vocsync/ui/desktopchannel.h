#pragma once

#include "vocsync/alarms/notification.h"

class QSystemTrayIcon;

namespace vocsync::ui {

/// The "desktop" notification channel: a balloon message from the station's tray icon
/// (QSystemTrayIcon::showMessage). Where the desktop has no system tray (offscreen, some
/// Wayland sessions) each attempt is still reported, with ok false and "no system tray".
/// Delivery results are reported from the event loop, never from inside send().
class DesktopChannel : public alarms::NotificationChannel
{
    Q_OBJECT
public:
    explicit DesktopChannel(QObject *parent = nullptr);
    ~DesktopChannel() override;

    QString name() const override;
    void send(const alarms::Notification &notification) override;

    /// The tray icon, or null without a system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    /// The user clicked the tray icon or a message: show the alarm panel.
    void activated();

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace vocsync::ui
