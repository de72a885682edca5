#pragma once

#include "vocsync/alarms/alarmrule.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace vocsync::alarms {

/// ISA-18.2 alarm states (ANSI/ISA-18.2-2016, figure 5, without suppression by design):
/// a condition becomes active, the operator acknowledges, the condition clears; an alarm
/// returns to normal only when it is both cleared and acknowledged.
enum class AlarmState : std::uint8_t {
    ActiveUnacknowledged,
    ActiveAcknowledged,
    ClearedUnacknowledged,
    Normal,
};
QString alarmStateKey(AlarmState s); ///< "active_unack", "active_ack", "cleared_unack", "normal"
std::optional<AlarmState> alarmStateFromKey(const QString &key);
QString alarmStateName(AlarmState s); ///< translated

/// One alarm: one per condition (rule + condition key), not one per sample.
struct Alarm
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString conditionKey;   ///< analysis::Event::conditionKey(), or "point|quantity" thresholds
    QString type;           ///< event type key, or "threshold"
    QString enterprise;
    QString facility;
    QString related;
    QString point;
    AlarmLevel level = AlarmLevel::Warning;
    AlarmState state = AlarmState::ActiveUnacknowledged;
    std::int64_t startMs = 0;    ///< when the condition began (event start)
    std::int64_t raisedMs = 0;   ///< when the alarm was raised
    std::int64_t clearedMs = 0;  ///< 0 while active
    std::int64_t ackMs = 0;
    QString ackBy;
    QString ackComment;
    std::int64_t shelvedUntilMs = 0; ///< shelved while now < this (notifications held)
    QString shelvedBy;
    QString shelveReason;   ///< why it was shelved (addition: stored with the shelf)
    std::int64_t lastNotifiedMs = 0;
    int notifications = 0;
    QString message;        ///< what people are told, e.g. "未同时开启，持续43分钟"
    QJsonObject evidence;

    bool active() const
    {
        return state == AlarmState::ActiveUnacknowledged || state == AlarmState::ActiveAcknowledged;
    }
    bool acknowledged() const
    {
        return state == AlarmState::ActiveAcknowledged || state == AlarmState::Normal;
    }
    bool shelved(std::int64_t nowMs) const { return nowMs < shelvedUntilMs; }
};

} // namespace vocsync::alarms

Q_DECLARE_METATYPE(vocsync::alarms::Alarm)
