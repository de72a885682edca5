// plantrepository::saveDevice / removeDevice: one device at a time, for the device editor,
// without re-importing the whole plant.
#include "vocsync/storage/plantrepository.h"

#include "plantrows.h"

#include "vocsync/core/plantjson.h"
#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QStringList>

#include <functional>

namespace vocsync::storage::plantrepository {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

/// Runs `work` in one transaction with synchronous=FULL (configuration is worth an fsync per
/// commit, DESIGN.md, Storage), restoring the connection's setting afterwards; rolls back on
/// any error.
Status configTransaction(const QSqlDatabase &db,
                         const std::function<Status(const QSqlDatabase &)> &work)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
        return detail::queryError(q, QStringLiteral("PRAGMA synchronous"));
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
        return Error{tr("cannot commit the device: %1").arg(reason), conn.databaseName()};
    }
    return {};
}

Status enterpriseExists(const QSqlDatabase &db, const QString &id)
{
    const QString sql = QStringLiteral("SELECT 1 FROM enterprise WHERE id = ?");
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return detail::queryError(q, sql);
    if (!q.next())
        return Error{tr("unknown enterprise '%1'").arg(id), QStringLiteral("enterprise_id")};
    return {};
}

Result<QStringList> pointsOfDevice(const QSqlDatabase &db, const QString &id)
{
    const QString sql = QStringLiteral("SELECT id FROM point WHERE device_id = ? ORDER BY key");
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return detail::queryError(q, sql);
    QStringList points;
    while (q.next())
        points.append(q.value(0).toString());
    return points;
}

} // namespace

Status saveDevice(const QSqlDatabase &db, const Device &device)
{
    if (Status s = plantjson::validateDevice(device); !s)
        return s;
    return configTransaction(db, [&device](const QSqlDatabase &conn) -> Status {
        if (!device.enterpriseId.isEmpty()) {
            if (Status s = enterpriseExists(conn, device.enterpriseId); !s)
                return s;
        }
        return detail::upsertDevice(conn, device);
    });
}

Status removeDevice(const QSqlDatabase &db, const QString &id)
{
    return configTransaction(db, [&id](const QSqlDatabase &conn) -> Status {
        const Result<QStringList> points = pointsOfDevice(conn, id);
        if (!points)
            return points.error();
        if (!points->isEmpty())
            return Error{tr("device '%1' is still read by monitoring point(s) %2; bind them to "
                            "another device or remove them first")
                             .arg(id, points->join(QStringLiteral(", "))),
                         tr("device '%1'").arg(id)};
        const QString sql = QStringLiteral("DELETE FROM device WHERE id = ?");
        QSqlQuery q(conn);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return detail::queryError(q, sql);
        if (q.numRowsAffected() != 1)
            return Error{tr("unknown device '%1'").arg(id), tr("device '%1'").arg(id)};
        return {};
    });
}

Result<Plant> changeDevice(const QString &dbPath, const Device &device, const QString &removeId)
{
    Result<Connection> conn = Connection::open(dbPath);
    if (!conn)
        return conn.error();
    const QSqlDatabase db = conn.value().db();
    if (!device.id.isEmpty()) {
        if (const Status s = saveDevice(db, device); !s)
            return s.error();
    }
    if (!removeId.isEmpty()) {
        if (const Status s = removeDevice(db, removeId); !s)
            return s.error();
    }
    return load(db);
}

} // namespace vocsync::storage::plantrepository
