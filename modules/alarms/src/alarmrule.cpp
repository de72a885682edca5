#include "vocsync/alarms/alarmrule.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace vocsync::alarms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

bool dayArmed(std::uint8_t days, const QDate &date)
{
    return (days & (1u << (date.dayOfWeek() - 1))) != 0;
}

/// Entries of a rule's lists are stored comma-separated (docs/alarms.md, alarm_rule).
QString checkList(const QStringList &list, const char *field)
{
    for (const QString &entry : list) {
        if (entry.trimmed().isEmpty())
            return tr("%1: an entry is empty").arg(QLatin1String(field));
        if (entry.contains(QLatin1Char(',')))
            return tr("%1: '%2' contains a comma").arg(QLatin1String(field), entry);
    }
    return {};
}

} // namespace

QString alarmLevelKey(AlarmLevel l)
{
    return l == AlarmLevel::Alarm ? QStringLiteral("alarm") : QStringLiteral("warning");
}

std::optional<AlarmLevel> alarmLevelFromKey(const QString &key)
{
    if (key == QLatin1String("warning"))
        return AlarmLevel::Warning;
    if (key == QLatin1String("alarm"))
        return AlarmLevel::Alarm;
    return std::nullopt;
}

QString alarmLevelName(AlarmLevel l)
{
    return l == AlarmLevel::Alarm ? tr("Alarm") : tr("Warning");
}

QString ruleScopeKey(RuleScope s)
{
    switch (s) {
    case RuleScope::Station:
        return QStringLiteral("station");
    case RuleScope::Enterprise:
        return QStringLiteral("enterprise");
    case RuleScope::Facility:
        return QStringLiteral("facility");
    case RuleScope::Point:
        return QStringLiteral("point");
    }
    return QStringLiteral("station");
}

std::optional<RuleScope> ruleScopeFromKey(const QString &key)
{
    for (RuleScope s :
         {RuleScope::Station, RuleScope::Enterprise, RuleScope::Facility, RuleScope::Point}) {
        if (ruleScopeKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool Schedule::contains(std::int64_t utcMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone());
    const QDate date = local.date();
    const QTime time = local.time();
    if (from == to)
        return dayArmed(days, date);
    if (from < to)
        return dayArmed(days, date) && time >= from && time < to;
    // Across midnight: the part after midnight belongs to the window that began the day
    // before, so the days select the day a window starts (Friday 22:00-06:00 covers Saturday
    // morning, not Friday morning).
    if (time >= from)
        return dayArmed(days, date);
    if (time < to)
        return dayArmed(days, date.addDays(-1));
    return false;
}

QString AlarmRule::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("name: must not be empty");
    if (scope != RuleScope::Station && scopeId.contains(QLatin1Char(',')))
        return tr("scope_id: '%1' contains a comma").arg(scopeId);
    if (kind == Kind::Threshold && !std::isfinite(limit))
        return tr("limit: must be a finite number");
    if (durationS < 0)
        return tr("duration_s: must be at least 0, found %1").arg(durationS);
    if (escalateAfterS < 0)
        return tr("escalate_after_s: must be at least 0, found %1").arg(escalateAfterS);
    if (renotifyMinutes < 0)
        return tr("renotify_minutes: must be at least 0, found %1").arg(renotifyMinutes);
    if ((schedule.days & 0x7F) == 0 || schedule.days > 0x7F)
        return tr("schedule.days: must name at least one day of the week (bits 0-6), found %1")
            .arg(schedule.days);
    if (!schedule.from.isValid() || !schedule.to.isValid())
        return tr("schedule: the daily window needs valid from and to times");
    if (QString e = checkList(recipients, "recipients"); !e.isEmpty())
        return e;
    return checkList(channels, "channels");
}

} // namespace vocsync::alarms
