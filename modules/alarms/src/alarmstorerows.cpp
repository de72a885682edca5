#include "alarmstorerows.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vocsync::alarms::storerows {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

} // namespace

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant ms(std::int64_t v)
{
    return QVariant(static_cast<qlonglong>(v));
}

QString joinList(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString kindKey(AlarmRule::Kind k)
{
    return k == AlarmRule::Kind::Threshold ? QStringLiteral("threshold") : QStringLiteral("event");
}

const char kRuleColumns[] =
    "id, name, enabled, scope, scope_id, kind, event_type, quantity, above, limit_value, "
    "duration_s, level, escalate_after_s, renotify_minutes, schedule_days, schedule_from, "
    "schedule_to, recipients, channels";

const char kAlarmColumns[] =
    "id, rule_id, condition_key, type, enterprise, facility, related, point, level, state, "
    "start_ms, raised_ms, cleared_ms, ack_ms, ack_by, ack_comment, shelved_until_ms, "
    "shelved_by, shelve_reason, last_notified_ms, notifications, message, evidence";

Result<AlarmRule> readRule(const QSqlQuery &q)
{
    AlarmRule r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.enabled = q.value(2).toBool();
    const auto scope = ruleScopeFromKey(q.value(3).toString());
    const auto level = alarmLevelFromKey(q.value(11).toString());
    const auto quantity = quantityFromKey(q.value(7).toString());
    const QString where = tr("alarm rule %1").arg(r.id);
    if (!scope || !level || !quantity)
        return Error{tr("the stored scope '%1', level '%2' or quantity '%3' is not known")
                         .arg(q.value(3).toString(), q.value(11).toString(), q.value(7).toString()),
                     where};
    r.scope = *scope;
    r.scopeId = q.value(4).toString();
    r.kind = q.value(5).toString() == QLatin1String("threshold") ? AlarmRule::Kind::Threshold
                                                                 : AlarmRule::Kind::Event;
    const QString type = q.value(6).toString();
    if (!type.isEmpty()) {
        r.eventType = analysis::eventTypeFromKey(type);
        if (!r.eventType)
            return Error{tr("the stored event type '%1' is not known").arg(type), where};
    }
    r.quantity = *quantity;
    r.above = q.value(8).toBool();
    r.limit = q.value(9).toDouble();
    r.durationS = q.value(10).toInt();
    r.level = *level;
    r.escalateAfterS = q.value(12).toInt();
    r.renotifyMinutes = q.value(13).toInt();
    r.schedule.days = static_cast<std::uint8_t>(q.value(14).toInt());
    r.schedule.from = QTime::fromString(q.value(15).toString(), QStringLiteral("HH:mm"));
    r.schedule.to = QTime::fromString(q.value(16).toString(), QStringLiteral("HH:mm"));
    r.recipients = splitList(q.value(17).toString());
    r.channels = splitList(q.value(18).toString());
    return r;
}

Result<Alarm> readAlarm(const QSqlQuery &q)
{
    Alarm a;
    a.id = q.value(0).toLongLong();
    a.ruleId = q.value(1).toLongLong();
    a.conditionKey = q.value(2).toString();
    a.type = q.value(3).toString();
    a.enterprise = q.value(4).toString();
    a.facility = q.value(5).toString();
    a.related = q.value(6).toString();
    a.point = q.value(7).toString();
    const auto level = alarmLevelFromKey(q.value(8).toString());
    const auto state = alarmStateFromKey(q.value(9).toString());
    if (!level || !state)
        return Error{tr("the stored level '%1' or state '%2' is not known")
                         .arg(q.value(8).toString(), q.value(9).toString()),
                     tr("alarm %1").arg(a.id)};
    a.level = *level;
    a.state = *state;
    a.startMs = q.value(10).toLongLong();
    a.raisedMs = q.value(11).toLongLong();
    a.clearedMs = q.value(12).toLongLong();
    a.ackMs = q.value(13).toLongLong();
    a.ackBy = q.value(14).toString();
    a.ackComment = q.value(15).toString();
    a.shelvedUntilMs = q.value(16).toLongLong();
    a.shelvedBy = q.value(17).toString();
    a.shelveReason = q.value(18).toString();
    a.lastNotifiedMs = q.value(19).toLongLong();
    a.notifications = q.value(20).toInt();
    a.message = q.value(21).toString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(22).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{
            tr("the stored evidence is not a JSON object: %1").arg(q.value(22).toString().left(80)),
            tr("alarm %1").arg(a.id)};
    a.evidence = doc.object();
    return a;
}

Result<QList<Alarm>> readAlarms(QSqlQuery &q)
{
    QList<Alarm> out;
    while (q.next()) {
        auto a = readAlarm(q);
        if (!a)
            return a.error();
        out.append(std::move(a.value()));
    }
    return out;
}

} // namespace vocsync::alarms::storerows
