#pragma once

// Rows of the alarm tables (schema version 3) to and from the alarms types; the statements
// themselves are in alarmstore.cpp.

#include "vocsync/alarms/alarm.h"
#include "vocsync/alarms/alarmrule.h"
#include "vocsync/core/result.h"

#include <QSqlQuery>
#include <QVariant>

namespace vocsync::alarms::storerows {

/// Column lists in the order readRule() and readAlarm() read them.
extern const char kRuleColumns[];
extern const char kAlarmColumns[];

/// Columns are NOT NULL DEFAULT '': a null QString would be bound as SQL NULL.
QVariant text(const QString &s);
QVariant ms(std::int64_t v);
/// Recipients and channels are stored comma-separated; AlarmRule::validate refuses commas.
QString joinList(const QStringList &list);
QStringList splitList(const QString &text);
QString kindKey(AlarmRule::Kind k);

Result<AlarmRule> readRule(const QSqlQuery &q);
Result<Alarm> readAlarm(const QSqlQuery &q);
Result<QList<Alarm>> readAlarms(QSqlQuery &q);

} // namespace vocsync::alarms::storerows
