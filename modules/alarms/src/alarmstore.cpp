#include "vocsync/alarms/alarmstore.h"

#include "alarmstorerows.h"

#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace vocsync::alarms {

using namespace storerows;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

Error queryError(const QSqlQuery &q)
{
    return Error{tr("%1 (in: %2)").arg(q.lastError().text(), q.lastQuery().simplified().left(120)),
                 {}};
}

bool prepareAndExec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

/// Inserts a row (id 0: returns the new id) or updates the row with that id, for the given
/// columns and values in the same order. `missing` names the row when no row has the id.
Result<qint64> insertOrUpdate(QSqlDatabase db, const QString &table, const QStringList &columns,
                              std::initializer_list<QVariant> values, qint64 id,
                              const Error &missing)
{
    QSqlQuery q(db);
    const QString sql =
        id == 0 ? QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                      .arg(table, columns.join(QLatin1Char(',')),
                           QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))
                : QStringLiteral("UPDATE %1 SET %2=? WHERE id=?")
                      .arg(table, columns.join(QStringLiteral("=?,")));
    if (!q.prepare(sql))
        return queryError(q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (id != 0)
        q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (id == 0)
        return q.lastInsertId().toLongLong();
    if (q.numRowsAffected() != 1)
        return missing;
    return id;
}

} // namespace

struct AlarmStore::Impl
{
    storage::Connection connection;
    QSqlDatabase db() const { return connection.db(); }
};

AlarmStore::AlarmStore() : d(std::make_unique<Impl>()) {}

AlarmStore::~AlarmStore() = default;

Result<std::unique_ptr<AlarmStore>> AlarmStore::open(const QString &dbPath)
{
    // Connection migrates a new or older file to the latest schema (tables of version 3).
    auto connection = storage::Connection::open(dbPath);
    if (!connection)
        return connection.error();
    // Alarms and acknowledgements are records an inspector relies on: an fsync per commit
    // (DESIGN.md, Storage: FULL for configuration and audit). They are few and small.
    if (Status s = storage::exec(connection->db(), QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return Error{s.error().message, dbPath};
    std::unique_ptr<AlarmStore> store(new AlarmStore());
    store->d->connection = std::move(connection.value());
    return store;
}

Result<QList<AlarmRule>> AlarmStore::rules()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM alarm_rule ORDER BY id")
                    .arg(QLatin1String(kRuleColumns))))
        return queryError(q);
    QList<AlarmRule> out;
    while (q.next()) {
        auto r = readRule(q);
        if (!r)
            return r.error();
        out.append(std::move(r.value()));
    }
    return out;
}

Result<qint64> AlarmStore::saveRule(const AlarmRule &rule)
{
    if (const QString invalid = rule.validate(); !invalid.isEmpty())
        return Error{invalid, tr("alarm rule '%1'").arg(rule.name)};
    const QString eventType =
        rule.eventType ? analysis::eventTypeKey(*rule.eventType) : QStringLiteral("");
    const std::initializer_list<QVariant> values = {
        text(rule.name),
        rule.enabled ? 1 : 0,
        ruleScopeKey(rule.scope),
        text(rule.scopeId),
        kindKey(rule.kind),
        eventType,
        quantityKey(rule.quantity),
        rule.above ? 1 : 0,
        rule.limit,
        rule.durationS,
        alarmLevelKey(rule.level),
        rule.escalateAfterS,
        rule.renotifyMinutes,
        static_cast<int>(rule.schedule.days),
        rule.schedule.from.toString(QStringLiteral("HH:mm")),
        rule.schedule.to.toString(QStringLiteral("HH:mm")),
        text(joinList(rule.recipients)),
        text(joinList(rule.channels))};
    static const QStringList columns = {
        QStringLiteral("name"),          QStringLiteral("enabled"),
        QStringLiteral("scope"),         QStringLiteral("scope_id"),
        QStringLiteral("kind"),          QStringLiteral("event_type"),
        QStringLiteral("quantity"),      QStringLiteral("above"),
        QStringLiteral("limit_value"),   QStringLiteral("duration_s"),
        QStringLiteral("level"),         QStringLiteral("escalate_after_s"),
        QStringLiteral("renotify_minutes"), QStringLiteral("schedule_days"),
        QStringLiteral("schedule_from"), QStringLiteral("schedule_to"),
        QStringLiteral("recipients"),    QStringLiteral("channels")};
    return insertOrUpdate(d->db(), QStringLiteral("alarm_rule"), columns, values, rule.id,
                          Error{tr("there is no alarm rule with this id"),
                                tr("alarm rule %1").arg(rule.id)});
}

Status AlarmStore::removeRule(qint64 id)
{
    QSqlQuery q(d->db());
    if (!prepareAndExec(q, QStringLiteral("DELETE FROM alarm_rule WHERE id = ?"), {id}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{tr("there is no alarm rule with this id"), tr("alarm rule %1").arg(id)};
    return {};
}

Result<qint64> AlarmStore::saveAlarm(const Alarm &a)
{
    const QString evidence =
        QString::fromUtf8(QJsonDocument(a.evidence).toJson(QJsonDocument::Compact));
    const std::initializer_list<QVariant> values = {a.ruleId,
                                                    text(a.conditionKey),
                                                    text(a.type),
                                                    text(a.enterprise),
                                                    text(a.facility),
                                                    text(a.related),
                                                    text(a.point),
                                                    alarmLevelKey(a.level),
                                                    alarmStateKey(a.state),
                                                    ms(a.startMs),
                                                    ms(a.raisedMs),
                                                    ms(a.clearedMs),
                                                    ms(a.ackMs),
                                                    text(a.ackBy),
                                                    text(a.ackComment),
                                                    ms(a.shelvedUntilMs),
                                                    text(a.shelvedBy),
                                                    text(a.shelveReason),
                                                    ms(a.lastNotifiedMs),
                                                    a.notifications,
                                                    text(a.message),
                                                    evidence};
    static const QStringList columns = {
        QStringLiteral("rule_id"),          QStringLiteral("condition_key"),
        QStringLiteral("type"),             QStringLiteral("enterprise"),
        QStringLiteral("facility"),         QStringLiteral("related"),
        QStringLiteral("point"),            QStringLiteral("level"),
        QStringLiteral("state"),            QStringLiteral("start_ms"),
        QStringLiteral("raised_ms"),        QStringLiteral("cleared_ms"),
        QStringLiteral("ack_ms"),           QStringLiteral("ack_by"),
        QStringLiteral("ack_comment"),      QStringLiteral("shelved_until_ms"),
        QStringLiteral("shelved_by"),       QStringLiteral("shelve_reason"),
        QStringLiteral("last_notified_ms"), QStringLiteral("notifications"),
        QStringLiteral("message"),          QStringLiteral("evidence")};
    return insertOrUpdate(d->db(), QStringLiteral("alarm"), columns, values, a.id,
                          Error{tr("there is no alarm with this id"), tr("alarm %1").arg(a.id)});
}

Result<QList<Alarm>> AlarmStore::openAlarms()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM alarm WHERE state != 'normal' "
                               "ORDER BY raised_ms DESC, id DESC")
                    .arg(QLatin1String(kAlarmColumns))))
        return queryError(q);
    return readAlarms(q);
}

Result<Alarm> AlarmStore::alarm(qint64 id)
{
    QSqlQuery q(d->db());
    if (!prepareAndExec(
            q,
            QStringLiteral("SELECT %1 FROM alarm WHERE id = ?").arg(QLatin1String(kAlarmColumns)),
            {id}))
        return queryError(q);
    if (!q.next())
        return Error{tr("there is no alarm with this id"), tr("alarm %1").arg(id)};
    return readAlarm(q);
}

Result<Alarm> AlarmStore::findAlarm(qint64 ruleId, const QString &conditionKey)
{
    QSqlQuery q(d->db());
    if (!prepareAndExec(q,
                        QStringLiteral("SELECT %1 FROM alarm WHERE rule_id = ? AND "
                                       "condition_key = ? ORDER BY id DESC LIMIT 1")
                            .arg(QLatin1String(kAlarmColumns)),
                        {ruleId, text(conditionKey)}))
        return queryError(q);
    if (!q.next())
        return Alarm{};
    return readAlarm(q);
}

Result<QList<Alarm>> AlarmStore::history(const AlarmQuery &query)
{
    QStringList where;
    QVariantList values;
    if (query.fromMs != 0) {
        where << QStringLiteral("raised_ms >= ?");
        values << ms(query.fromMs);
    }
    if (query.toMs != 0) {
        where << QStringLiteral("raised_ms < ?");
        values << ms(query.toMs);
    }
    if (!query.enterprise.isEmpty()) {
        where << QStringLiteral("enterprise = ?");
        values << query.enterprise;
    }
    if (!query.type.isEmpty()) {
        where << QStringLiteral("type = ?");
        values << query.type;
    }
    if (!query.ackBy.isEmpty()) {
        where << QStringLiteral("ack_by = ?");
        values << query.ackBy;
    }
    if (!query.text.isEmpty()) {
        // instr() is a plain substring test: no LIKE wildcards to escape in the user's text.
        where << QStringLiteral("(instr(message, ?) > 0 OR instr(facility, ?) > 0 OR "
                                "instr(ack_comment, ?) > 0)");
        values << query.text << query.text << query.text;
    }
    QString sql = QStringLiteral("SELECT %1 FROM alarm").arg(QLatin1String(kAlarmColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY raised_ms DESC, id DESC LIMIT ?");
    values << (query.limit > 0 ? query.limit : -1);
    QSqlQuery q(d->db());
    if (!q.prepare(sql))
        return queryError(q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q);
    return readAlarms(q);
}

Status AlarmStore::recordDelivery(qint64 alarmId, const DeliveryResult &r)
{
    QSqlQuery q(d->db());
    if (!prepareAndExec(q,
                        QStringLiteral("INSERT INTO alarm_delivery(alarm_id, notification_id, "
                                       "channel, recipient, ok, detail, at_ms) "
                                       "VALUES(?,?,?,?,?,?,?)"),
                        {alarmId, r.notificationId, text(r.channel), text(r.recipient),
                         r.ok ? 1 : 0, text(r.detail), r.atMs}))
        return queryError(q);
    return {};
}

Result<QList<DeliveryResult>> AlarmStore::deliveries(qint64 alarmId)
{
    QSqlQuery q(d->db());
    if (!prepareAndExec(q,
                        QStringLiteral("SELECT notification_id, channel, recipient, ok, detail, "
                                       "at_ms FROM alarm_delivery WHERE alarm_id = ? ORDER BY id"),
                        {alarmId}))
        return queryError(q);
    QList<DeliveryResult> out;
    while (q.next())
        out.append(DeliveryResult{q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toBool(), q.value(4).toString(),
                                  q.value(5).toLongLong()});
    return out;
}

Result<qint64> AlarmStore::lastNotificationId()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(notification_id), 0) FROM alarm_delivery")) ||
        !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

} // namespace vocsync::alarms
