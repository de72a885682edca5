#pragma once

#include "vocsync/alarms/alarm.h"
#include "vocsync/alarms/alarmrule.h"
#include "vocsync/alarms/notification.h"
#include "vocsync/core/result.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <memory>

namespace vocsync::alarms {

/// Filter for the alarm history (all fields optional).
struct AlarmQuery
{
    std::int64_t fromMs = 0;        ///< raised at or after; 0: no bound
    std::int64_t toMs = 0;          ///< raised before; 0: no bound
    QString enterprise;
    QString type;                   ///< event type key or "threshold"
    QString ackBy;                  ///< who acknowledged (exact)
    QString text;                   ///< substring of message, facility or comment
    int limit = 10000;
};

/// Persists rules, alarms and delivery attempts in the station database (tables of migration
/// v3). Opens its own connection to the database file; use from one thread.
class AlarmStore
{
public:
    static Result<std::unique_ptr<AlarmStore>> open(const QString &dbPath);
    ~AlarmStore();

    Result<QList<AlarmRule>> rules();
    Result<qint64> saveRule(const AlarmRule &rule); ///< returns the id (new on insert)
    Status removeRule(qint64 id);

    Result<qint64> saveAlarm(const Alarm &alarm);   ///< insert (id 0) or update
    Result<QList<Alarm>> openAlarms();              ///< not normal
    /// One alarm by id; the Error names the id when there is none.
    Result<Alarm> alarm(qint64 id);
    /// The newest alarm a rule raised for a condition (0 id when none): the engine raises one
    /// alarm per condition, also when analysis replays history after a restart.
    Result<Alarm> findAlarm(qint64 ruleId, const QString &conditionKey);
    Result<QList<Alarm>> history(const AlarmQuery &query); ///< newest first
    Status recordDelivery(qint64 alarmId, const DeliveryResult &result);
    Result<QList<DeliveryResult>> deliveries(qint64 alarmId);
    /// The highest notification id recorded (0 when none): the engine continues after it so
    /// that ids stay unique in alarm_delivery across restarts.
    Result<qint64> lastNotificationId();

private:
    AlarmStore();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Writes alarms as CSV (UTF-8 with BOM so Excel opens Chinese text): time, enterprise,
/// facility, type, level, state, message, acknowledged by, comment.
QByteArray alarmsToCsv(const QList<Alarm> &alarms);

} // namespace vocsync::alarms
