#include "vocsync/storage/plantrepository.h"

#include "plantrows.h"
#include "pointinfo.h"

#include "vocsync/core/plantjson.h"
#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace vocsync::storage::plantrepository {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

// Point keys are never handed out twice, even after a point was removed: rollups or a
// backup restored beside the database could still carry the old key.
constexpr char kNextKeySetting[] = "plant.next_point_key";

Result<QString> scalarText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return Error{tr("%1 (in: %2)").arg(q.lastError().text(), sql), {}};
    return q.value(0).toString();
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

/// Samples stored for each of `keys` (raw rows plus chunked samples).
Result<QHash<std::uint32_t, qint64>> storedSamples(const QSqlDatabase &db,
                                                   const QList<std::uint32_t> &keys)
{
    QHash<std::uint32_t, qint64> counts;
    if (keys.isEmpty())
        return counts;
    QStringList list;
    for (std::uint32_t k : keys)
        list.append(QString::number(k));
    const QString in = list.join(QLatin1Char(','));
    const std::pair<const char *, const char *> sources[] = {
        {"sample_raw", "SELECT point_key, count(*) FROM sample_raw WHERE point_key IN (%1) "
                       "GROUP BY point_key"},
        {"sample_chunk", "SELECT point_key, sum(n) FROM sample_chunk WHERE point_key IN (%1) "
                         "GROUP BY point_key"}};
    for (const auto &[table, sql] : sources) {
        if (!hasTable(db, QLatin1String(table)))
            continue;
        QSqlQuery q(db);
        const QString statement = QString::fromLatin1(sql).arg(in);
        if (!q.exec(statement))
            return Error{tr("%1 (in: %2)").arg(q.lastError().text(), statement), {}};
        while (q.next())
            counts[static_cast<std::uint32_t>(q.value(0).toLongLong())] += q.value(1).toLongLong();
    }
    return counts;
}

/// Refuses a changed resolution (decimals) of a quantity for a point that has samples.
Status checkResolutionsKept(const QSqlDatabase &db, const Plant &plant,
                            const QHash<QString, std::uint32_t> &existing,
                            const QHash<QString, QString> &existingChannels)
{
    for (const MonitoringPoint &p : plant.points) {
        if (!existing.contains(p.id))
            continue;
        const Result<QList<Channel>> old = parseChannels(existingChannels.value(p.id));
        if (!old)
            return Error{old.error().message, tr("point '%1'").arg(p.id)};
        for (const Channel &c : *old) {
            const int now = p.decimals(c.quantity);
            if (now < 0 || now == c.decimals)
                continue;
            const auto counts = storedSamples(db, {existing.value(p.id)});
            if (!counts)
                return counts.error();
            const qint64 n = counts->value(existing.value(p.id));
            if (n == 0)
                continue;
            return Error{tr("the new configuration changes the resolution of %1 from %2 to %3 "
                            "decimals, but the point has %4 stored samples at the old "
                            "resolution; keep the resolution or use a new point id")
                             .arg(quantityKey(c.quantity))
                             .arg(c.decimals)
                             .arg(now)
                             .arg(n),
                         tr("point '%1'").arg(p.id)};
        }
    }
    return {};
}

/// Everything save() does inside its transaction.
Status replace(const QSqlDatabase &db, const Plant &plant)
{
    QHash<QString, std::uint32_t> existing;
    QHash<QString, QString> existingChannels;
    std::uint32_t nextKey = 1;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, id, channels FROM point")))
            return Error{tr("cannot read the points: %1").arg(q.lastError().text()), {}};
        while (q.next()) {
            const auto key = static_cast<std::uint32_t>(q.value(0).toLongLong());
            existing.insert(q.value(1).toString(), key);
            existingChannels.insert(q.value(1).toString(), q.value(2).toString());
            nextKey = std::max(nextKey, key + 1);
        }
    }
    // Samples are stored as integers at their channel's resolution: a new resolution for a
    // point with samples would rescale its whole history.
    if (Status s = checkResolutionsKept(db, plant, existing, existingChannels); !s)
        return s;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(kNextKeySetting));
        if (q.exec() && q.next())
            nextKey = std::max(nextKey, static_cast<std::uint32_t>(q.value(0).toLongLong()));
    }

    QSet<QString> kept;
    for (const MonitoringPoint &p : plant.points)
        kept.insert(p.id);
    QList<std::uint32_t> removedKeys;
    QStringList removedIds;
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (!kept.contains(it.key())) {
            removedKeys.append(it.value());
            removedIds.append(it.key());
        }
    }
    const auto counts = storedSamples(db, removedKeys);
    if (!counts)
        return counts.error();
    for (qsizetype i = 0; i < removedKeys.size(); ++i) {
        const qint64 n = counts->value(removedKeys[i]);
        if (n > 0)
            return Error{tr("the new configuration removes point '%1', which still has %2 stored "
                            "samples; keep the point or delete its samples first")
                             .arg(removedIds[i])
                             .arg(n),
                         tr("point '%1'").arg(removedIds[i])};
    }

    Plant keyed = plant;
    for (MonitoringPoint &p : keyed.points)
        p.key = existing.contains(p.id) ? existing.value(p.id) : nextKey++;

    // Points that stay are deleted and re-inserted with their keys, so the referenced rows
    // can be replaced too: the foreign keys are checked at commit, not per statement.
    for (const char *sql :
         {"PRAGMA defer_foreign_keys = ON", "DELETE FROM point", "DELETE FROM facility_link",
          "DELETE FROM device", "DELETE FROM facility", "DELETE FROM production_line",
          "DELETE FROM workshop", "DELETE FROM enterprise"}) {
        if (Status s = exec(db, QString::fromLatin1(sql)); !s)
            return s;
    }
    if (Status s = detail::insertPlant(db, keyed); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES(?, ?)"));
    q.addBindValue(QString::fromLatin1(kNextKeySetting));
    q.addBindValue(QString::number(nextKey));
    if (!q.exec())
        return Error{tr("cannot store the next point key: %1").arg(q.lastError().text()), {}};
    return {};
}

} // namespace

Result<Plant> load(const QSqlDatabase &db)
{
    return detail::selectPlant(db);
}

Status save(const QSqlDatabase &db, const Plant &plant)
{
    if (Status s = plantjson::validate(plant); !s)
        return s;
    // Configuration is worth an fsync per commit (DESIGN.md, Storage): FULL for this
    // transaction, then back to what the connection had.
    const Result<QString> previous = scalarText(db, QStringLiteral("PRAGMA synchronous"));
    if (!previous)
        return previous.error();
    if (Status s = exec(db, QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s;
    const auto restore = qScopeGuard([&] {
        const QString sql = QStringLiteral("PRAGMA synchronous = %1").arg(previous.value());
        if (Status s = exec(db, sql); !s)
            qWarning("%s", qPrintable(s.error().toString()));
    });

    QSqlDatabase conn = db;
    if (!conn.transaction())
        return Error{tr("cannot begin a transaction: %1").arg(conn.lastError().text()),
                     conn.databaseName()};
    if (Status s = replace(conn, plant); !s) {
        conn.rollback();
        return s;
    }
    if (!conn.commit()) {
        const QString reason = conn.lastError().text();
        conn.rollback();
        return Error{tr("cannot commit the plant configuration: %1").arg(reason),
                     conn.databaseName()};
    }
    return {};
}

} // namespace vocsync::storage::plantrepository
