#include "vocsync/alarms/alarm.h"

#include <QCoreApplication>

namespace vocsync::alarms {

QString alarmStateKey(AlarmState s)
{
    switch (s) {
    case AlarmState::ActiveUnacknowledged:
        return QStringLiteral("active_unack");
    case AlarmState::ActiveAcknowledged:
        return QStringLiteral("active_ack");
    case AlarmState::ClearedUnacknowledged:
        return QStringLiteral("cleared_unack");
    case AlarmState::Normal:
        return QStringLiteral("normal");
    }
    return QStringLiteral("normal");
}

std::optional<AlarmState> alarmStateFromKey(const QString &key)
{
    for (AlarmState s : {AlarmState::ActiveUnacknowledged, AlarmState::ActiveAcknowledged,
                         AlarmState::ClearedUnacknowledged, AlarmState::Normal}) {
        if (alarmStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString alarmStateName(AlarmState s)
{
    switch (s) {
    case AlarmState::ActiveUnacknowledged:
        return QCoreApplication::translate("vocsync::alarms", "Active, unacknowledged");
    case AlarmState::ActiveAcknowledged:
        return QCoreApplication::translate("vocsync::alarms", "Active, acknowledged");
    case AlarmState::ClearedUnacknowledged:
        return QCoreApplication::translate("vocsync::alarms", "Cleared, unacknowledged");
    case AlarmState::Normal:
        return QCoreApplication::translate("vocsync::alarms", "Normal");
    }
    return {};
}

} // namespace vocsync::alarms
