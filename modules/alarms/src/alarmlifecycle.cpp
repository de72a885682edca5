#include "alarmengineimpl.h"

#include <QCoreApplication>

namespace vocsync::alarms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

} // namespace

// ANSI/ISA-18.2-2016, figure 5 (without suppression): A normal, B unacknowledged alarm,
// C acknowledged alarm, D returned to normal unacknowledged. B --ack--> C --clear--> A;
// B --clear--> D --ack--> A; D --condition returns--> B. Anything else is refused.
Result<AlarmState> nextState(const Alarm &alarm, AlarmAction action)
{
    const QString where = tr("alarm %1").arg(alarm.id);
    switch (action) {
    case AlarmAction::Acknowledge:
        if (alarm.state == AlarmState::ActiveUnacknowledged)
            return AlarmState::ActiveAcknowledged;
        if (alarm.state == AlarmState::ClearedUnacknowledged)
            return AlarmState::Normal;
        if (alarm.state == AlarmState::ActiveAcknowledged)
            return Error{tr("the alarm is already acknowledged (by %1)").arg(alarm.ackBy), where};
        return Error{tr("the alarm is normal (cleared and acknowledged): nothing to acknowledge"),
                     where};
    case AlarmAction::Clear:
        if (alarm.state == AlarmState::ActiveUnacknowledged)
            return AlarmState::ClearedUnacknowledged;
        if (alarm.state == AlarmState::ActiveAcknowledged)
            return AlarmState::Normal;
        return Error{tr("the alarm is already cleared"), where};
    case AlarmAction::Reactivate:
        if (alarm.state == AlarmState::ClearedUnacknowledged)
            return AlarmState::ActiveUnacknowledged;
        return Error{tr("only a cleared, unacknowledged alarm can become active again"), where};
    }
    return Error{tr("unknown action"), where};
}

Status AlarmEngine::Impl::apply(const Alarm &alarm, AlarmAction action, std::int64_t atMs,
                                bool keepOnFailure)
{
    auto next = nextState(alarm, action);
    if (!next)
        return next.error();
    // Write-through: change a copy, keep it only when the store took it. `alarm` may refer
    // into the map, which persist() changes: it is not used after that.
    Alarm changed = alarm;
    changed.state = *next;
    if (action == AlarmAction::Clear)
        changed.clearedMs = atMs;
    if (action == AlarmAction::Reactivate)
        changed.clearedMs = 0;
    const qint64 id = alarm.id;
    if (!persist(changed, keepOnFailure) && !keepOnFailure)
        return Error{tr("the alarm store refused the change; see the log"), tr("alarm %1").arg(id)};
    if (changed.state == AlarmState::Normal)
        heldEscalations.remove(id);
    emit q->alarmChanged(changed);
    return {};
}

} // namespace vocsync::alarms
