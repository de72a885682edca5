#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace vocsync::alarms {

/// One message to deliver: what an alarm tells a person (DOMAIN.md: "未同时开启，持续43分钟").
struct Notification
{
    qint64 id = 0;          ///< delivery id, unique per engine run (matches DeliveryResult)
    qint64 alarmId = 0;     ///< the alarm it is about
    QString title;          ///< short, e.g. "报警 E01 喷漆房1"
    QString text;           ///< the full message, UTF-8, any length (SMS channels split it)
    QStringList recipients; ///< phone numbers (E.164 or national), for SMS channels
    int level = 0;          ///< 0 warning (预警), 1 alarm (报警)
};

/// The outcome of one delivery attempt, recorded by the engine.
struct DeliveryResult
{
    qint64 notificationId = 0;
    QString channel;        ///< NotificationChannel::name()
    QString recipient;      ///< phone number, or empty for the desktop
    bool ok = false;
    QString detail;         ///< e.g. "+CMGS: 17", "HTTP 200", or the error text
    qint64 atMs = 0;        ///< UTC ms when the attempt ended
};

/// A way to tell people about alarms. send() never blocks: the channel queues the message and
/// reports every attempt (one per recipient and message) through delivered(). A channel that
/// fails reports failures; it never stalls the engine.
class NotificationChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~NotificationChannel() override = default;

    /// Stable machine name: "desktop", "sms_modem", "sms_http".
    virtual QString name() const = 0;
    virtual void send(const Notification &notification) = 0;

signals:
    void delivered(const vocsync::alarms::DeliveryResult &result);
};

} // namespace vocsync::alarms

Q_DECLARE_METATYPE(vocsync::alarms::Notification)
Q_DECLARE_METATYPE(vocsync::alarms::DeliveryResult)
