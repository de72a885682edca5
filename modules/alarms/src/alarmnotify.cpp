#include "alarmengineimpl.h"

#include "alarmlogging.h"

namespace vocsync::alarms {

qint64 AlarmEngine::Impl::raise(Alarm alarm, const AlarmRule &r, std::int64_t durationMs)
{
    const std::int64_t t = now();
    alarm.raisedMs = t;
    // A condition that is already older than the escalation delay when it is raised (a rule
    // with durationS >= escalateAfterS, or a late event) starts at the higher level: one
    // notification, not a warning followed at once by an alarm.
    if (alarm.active() && alarm.level == AlarmLevel::Warning && r.escalateAfterS > 0 &&
        t - alarm.startMs >= r.escalateAfterS * 1000LL)
        alarm.level = AlarmLevel::Alarm;
    alarm.message = alarmMessage(plant, alarm, durationMs);
    Notification n = compose(alarm, NotifyReason::Raised);
    persist(alarm, true);
    n.alarmId = alarm.id;
    emit q->alarmRaised(alarm);
    dispatch(n, r.channels);
    return alarm.id;
}

void AlarmEngine::Impl::escalate(Alarm alarm, std::int64_t durationMs)
{
    alarm.level = AlarmLevel::Alarm;
    alarm.message = alarmMessage(plant, alarm, durationMs);
    const bool held = alarm.shelved(now());
    Notification n;
    if (!held)
        n = compose(alarm, NotifyReason::Escalated);
    persist(alarm, true);
    emit q->alarmChanged(alarm);
    if (held) {
        heldEscalations.insert(alarm.id);
        return;
    }
    const AlarmRule *r = rule(alarm.ruleId);
    dispatch(n, r ? r->channels : QStringList());
}

Notification AlarmEngine::Impl::compose(Alarm &alarm, NotifyReason reason)
{
    alarm.lastNotifiedMs = now();
    ++alarm.notifications;
    Notification n;
    n.id = nextNotificationId++;
    n.alarmId = alarm.id;
    n.title = notificationTitle(plant, alarm);
    n.text = notificationText(alarm, reason);
    n.level = alarm.level == AlarmLevel::Alarm ? 1 : 0;
    const AlarmRule *r = rule(alarm.ruleId);
    if (r && !r->recipients.isEmpty()) {
        n.recipients = r->recipients;
    } else if (const Enterprise *e = plant.enterprise(alarm.enterprise)) {
        for (const Contact &c : e->contacts) {
            if (!c.phone.trimmed().isEmpty() && !n.recipients.contains(c.phone.trimmed()))
                n.recipients.append(c.phone.trimmed());
        }
    }
    // 报警 goes to the bureau as well as to the enterprise (alarmrule.h, AlarmLevel).
    if (alarm.level == AlarmLevel::Alarm) {
        for (const QString &phone : bureau) {
            if (!n.recipients.contains(phone))
                n.recipients.append(phone);
        }
    }
    return n;
}

void AlarmEngine::Impl::dispatch(const Notification &n, const QStringList &only)
{
    notificationAlarm.insert(n.id, n.alarmId);
    // A copy: a channel answering inside send() must not change the list under the loop.
    const QList<QPointer<NotificationChannel>> targets = channels;
    for (const QPointer<NotificationChannel> &channel : targets) {
        if (!channel || (!only.isEmpty() && !only.contains(channel->name())))
            continue;
        channel->send(n);
    }
}

void AlarmEngine::Impl::onDelivered(DeliveryResult result)
{
    if (result.atMs == 0)
        result.atMs = now();
    const auto it = notificationAlarm.constFind(result.notificationId);
    if (it == notificationAlarm.cend()) {
        qCWarning(lcAlarms).noquote() << "delivery result for unknown notification"
                                      << result.notificationId << "from" << result.channel;
    } else if (store) {
        if (Status s = store->recordDelivery(it.value(), result); !s)
            qCWarning(lcAlarms).noquote() << "alarm store: cannot record a delivery of alarm"
                                          << it.value() << "-" << s.error().toString();
    }
    emit q->deliveryRecorded(result);
}

} // namespace vocsync::alarms
