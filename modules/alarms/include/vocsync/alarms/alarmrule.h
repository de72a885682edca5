#pragma once

#include "vocsync/analysis/event.h"
#include "vocsync/core/quantity.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>
#include <optional>

namespace vocsync::alarms {

/// The two levels Chinese platforms use: 预警 (warning: the enterprise is told) and 报警
/// (alarm: enterprise and bureau).
enum class AlarmLevel : std::uint8_t { Warning, Alarm };
QString alarmLevelKey(AlarmLevel l); ///< "warning", "alarm"
std::optional<AlarmLevel> alarmLevelFromKey(const QString &key);
QString alarmLevelName(AlarmLevel l); ///< 预警 / 报警 (translated)

/// What a rule applies to. An empty id matches everything at that level.
enum class RuleScope : std::uint8_t { Station, Enterprise, Facility, Point };
QString ruleScopeKey(RuleScope s); ///< "station", "enterprise", "facility", "point"
std::optional<RuleScope> ruleScopeFromKey(const QString &key);

/// When a rule is armed: days of the week (bit 0 = Monday .. bit 6 = Sunday) and a daily
/// window in the station's time zone; a window whose end is before its start runs across
/// midnight. The default is always.
struct Schedule
{
    std::uint8_t days = 0x7F;
    QTime from = QTime(0, 0);
    QTime to = QTime(0, 0); ///< equal to `from`: the whole day
    bool contains(std::int64_t utcMs) const; ///< uses vocsync::stationZone()
};

/// A rule: raise an alarm on an analysis event (any type, or one type), or when a quantity of
/// a point is beyond a threshold for a duration.
struct AlarmRule
{
    qint64 id = 0;               ///< 0 until stored
    QString name;
    bool enabled = true;
    RuleScope scope = RuleScope::Station;
    QString scopeId;             ///< enterprise, facility or point id for those scopes

    enum class Kind : std::uint8_t { Event, Threshold };
    Kind kind = Kind::Event;
    std::optional<analysis::EventType> eventType; ///< Kind::Event; empty: any type
    Quantity quantity = Quantity::CurrentA;       ///< Kind::Threshold
    bool above = true;           ///< Kind::Threshold: beyond when value > limit (else < limit)
    double limit = 0;            ///< Kind::Threshold
    int durationS = 0;           ///< condition must hold this long before the alarm is raised

    AlarmLevel level = AlarmLevel::Warning;
    int escalateAfterS = 0;      ///< a warning still active this long becomes an alarm; 0 never
    int renotifyMinutes = 0;     ///< repeat the notification while unacknowledged; 0 never
    Schedule schedule;
    QStringList recipients;      ///< phone numbers for SMS; empty: the enterprise's contacts
    QStringList channels;        ///< NotificationChannel names; empty: all channels

    /// Checks the fields; the Error names the field.
    QString validate() const;    ///< empty when valid, else a translated message naming the field
};

} // namespace vocsync::alarms

Q_DECLARE_METATYPE(vocsync::alarms::AlarmRule)
