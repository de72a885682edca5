#include "vocsync/storage/transmitterrepository.h"

#include "vocsync/core/transmitterjson.h"
#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace vocsync::storage::transmitterrepository {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

Error queryError(const QSqlQuery &q, const QString &sql)
{
    return Error{tr("%1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(120)), {}};
}

/// A value for a NOT NULL DEFAULT '' column: a null QString would be bound as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

/// points as stored: {"1": "P01", ...}.
QString pointsText(const TransmitterConfig &t)
{
    QJsonObject o;
    for (auto it = t.points.constBegin(); it != t.points.constEnd(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QMap<int, QString>> parsePoints(const QString &mn, const QString &stored)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    const auto bad = [&mn, &stored] {
        return Error{tr("the stored channel bindings '%1' are not valid").arg(stored),
                     tr("transmitter %1").arg(mn)};
    };
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad();
    QMap<int, QString> points;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool ok = false;
        const int channel = it.key().toInt(&ok);
        if (!ok || !it.value().isString())
            return bad();
        points.insert(channel, it.value().toString());
    }
    return points;
}

/// Runs `work` in one transaction with synchronous=FULL, restoring the connection's setting
/// afterwards; rolls back on any error.
Status configTransaction(const QSqlDatabase &db,
                         const std::function<Status(const QSqlDatabase &)> &work)
{
    QSqlQuery q(db);
    const QString pragma = QStringLiteral("PRAGMA synchronous");
    if (!q.exec(pragma) || !q.next())
        return queryError(q, pragma);
    const QString previous = q.value(0).toString();
    q.finish();
    if (Status s = exec(db, QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s;
    const auto restore = qScopeGuard([&] {
        if (Status s = exec(db, QStringLiteral("PRAGMA synchronous = %1").arg(previous)); !s)
            qWarning("%s", qPrintable(s.error().toString()));
    });

    QSqlDatabase conn = db;
    if (!conn.transaction())
        return Error{tr("cannot begin a transaction: %1").arg(conn.lastError().text()),
                     conn.databaseName()};
    if (Status s = work(conn); !s) {
        conn.rollback();
        return s;
    }
    if (!conn.commit()) {
        const QString reason = conn.lastError().text();
        conn.rollback();
        return Error{tr("cannot commit the transmitter registry: %1").arg(reason),
                     conn.databaseName()};
    }
    return {};
}

/// Inserts, or updates in place (the row keeps its rowid, hence its place in load()).
Status upsert(const QSqlDatabase &db, const TransmitterConfig &t)
{
    const QString sql = QStringLiteral(
        "INSERT INTO hj212_transmitter(mn, name, enterprise_id, password, factor_map, points, "
        "backfill_cn, rtd_interval_s, alarm_on_reject, enabled) VALUES(?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT(mn) DO UPDATE SET name = excluded.name, "
        "enterprise_id = excluded.enterprise_id, password = excluded.password, "
        "factor_map = excluded.factor_map, points = excluded.points, "
        "backfill_cn = excluded.backfill_cn, rtd_interval_s = excluded.rtd_interval_s, "
        "alarm_on_reject = excluded.alarm_on_reject, enabled = excluded.enabled");
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, sql);
    q.addBindValue(t.mn);
    q.addBindValue(text(t.name));
    q.addBindValue(text(t.enterpriseId));
    q.addBindValue(text(t.password));
    q.addBindValue(text(t.factorMap));
    q.addBindValue(pointsText(t));
    q.addBindValue(t.backfillCn);
    q.addBindValue(t.rtdIntervalS);
    q.addBindValue(t.alarmOnReject ? 1 : 0);
    q.addBindValue(t.enabled ? 1 : 0);
    if (!q.exec())
        return queryError(q, sql);
    return {};
}

/// MNs are hexadecimal: one spelt in another letter case is the same transmitter.
Status checkCaseTwin(const QSqlDatabase &db, const QString &mn)
{
    const QString sql =
        QStringLiteral("SELECT mn FROM hj212_transmitter WHERE upper(mn) = upper(?) AND mn <> ?");
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, sql);
    q.addBindValue(mn);
    q.addBindValue(mn);
    if (!q.exec())
        return queryError(q, sql);
    if (q.next())
        return Error{tr("MN '%1' is already registered as '%2' (MNs are hexadecimal: letter "
                        "case does not make another one)")
                         .arg(mn, q.value(0).toString()),
                     QStringLiteral("mn")};
    return {};
}

Status saveIn(const QSqlDatabase &db, const TransmitterConfig &transmitter)
{
    if (Status s = checkCaseTwin(db, transmitter.mn); !s)
        return s;
    return upsert(db, transmitter);
}

Status removeIn(const QSqlDatabase &db, const QString &mn)
{
    const QString sql = QStringLiteral("DELETE FROM hj212_transmitter WHERE mn = ?");
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, sql);
    q.addBindValue(mn);
    if (!q.exec())
        return queryError(q, sql);
    if (q.numRowsAffected() != 1)
        return Error{tr("no transmitter with MN '%1' is registered").arg(mn),
                     tr("transmitter %1").arg(mn)};
    return {};
}

template <typename Change>
Result<QList<TransmitterConfig>> atPath(const QString &dbPath, const Change &change)
{
    Result<Connection> conn = Connection::open(dbPath);
    if (!conn)
        return conn.error();
    const QSqlDatabase db = conn.value().db();
    if (Status s = change(db); !s)
        return s.error();
    return load(db);
}

} // namespace

Result<QList<TransmitterConfig>> load(const QSqlDatabase &db)
{
    const QString sql = QStringLiteral(
        "SELECT mn, name, enterprise_id, password, factor_map, points, backfill_cn, "
        "rtd_interval_s, alarm_on_reject, enabled FROM hj212_transmitter ORDER BY rowid");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return queryError(q, sql);
    QList<TransmitterConfig> out;
    while (q.next()) {
        TransmitterConfig t;
        t.mn = q.value(0).toString();
        t.name = q.value(1).toString();
        t.enterpriseId = q.value(2).toString();
        t.password = q.value(3).toString();
        t.factorMap = q.value(4).toString();
        Result<QMap<int, QString>> points = parsePoints(t.mn, q.value(5).toString());
        if (!points)
            return points.error();
        t.points = std::move(points).value();
        t.backfillCn = q.value(6).toInt();
        t.rtdIntervalS = q.value(7).toInt();
        t.alarmOnReject = q.value(8).toInt() != 0;
        t.enabled = q.value(9).toInt() != 0;
        out.append(t);
    }
    if (q.lastError().isValid())
        return queryError(q, sql);
    return out;
}

Status save(const QSqlDatabase &db, const TransmitterConfig &transmitter)
{
    if (Status s = transmitterjson::validateTransmitter(transmitter); !s)
        return s;
    return configTransaction(
        db, [&transmitter](const QSqlDatabase &conn) { return saveIn(conn, transmitter); });
}

Status remove(const QSqlDatabase &db, const QString &mn)
{
    return configTransaction(db, [&mn](const QSqlDatabase &conn) { return removeIn(conn, mn); });
}

Status replaceAll(const QSqlDatabase &db, const QList<TransmitterConfig> &transmitters)
{
    if (Status s = transmitterjson::validate(transmitters); !s)
        return s;
    return configTransaction(db, [&transmitters](const QSqlDatabase &conn) -> Status {
        if (Status s = exec(conn, QStringLiteral("DELETE FROM hj212_transmitter")); !s)
            return s;
        for (const TransmitterConfig &t : transmitters) {
            if (Status s = upsert(conn, t); !s)
                return s;
        }
        return {};
    });
}

Result<QList<TransmitterConfig>> loadAt(const QString &dbPath)
{
    return atPath(dbPath, [](const QSqlDatabase &) { return Status(); });
}

Result<QList<TransmitterConfig>>
changeAt(const QString &dbPath, const TransmitterConfig &transmitter, const QString &removeMn)
{
    if (!transmitter.mn.isEmpty()) {
        if (Status s = transmitterjson::validateTransmitter(transmitter); !s)
            return s.error();
    }
    return atPath(dbPath, [&](const QSqlDatabase &db) {
        return configTransaction(db, [&](const QSqlDatabase &conn) -> Status {
            if (!removeMn.isEmpty()) {
                if (Status s = removeIn(conn, removeMn); !s)
                    return s;
            }
            if (!transmitter.mn.isEmpty())
                return saveIn(conn, transmitter);
            return {};
        });
    });
}

Result<QList<TransmitterConfig>> replaceAllAt(const QString &dbPath,
                                              const QList<TransmitterConfig> &transmitters)
{
    return atPath(dbPath,
                  [&transmitters](const QSqlDatabase &db) { return replaceAll(db, transmitters); });
}

} // namespace vocsync::storage::transmitterrepository
