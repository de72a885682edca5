#include "vocsync/storage/lastsampletimes.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vocsync::storage {

namespace {

Error queryError(const QSqlQuery &q, const QString &sql)
{
    return Error{QCoreApplication::translate("vocsync::storage", "%1 (in: %2)")
                     .arg(q.lastError().text(), sql.simplified().left(120)),
                 {}};
}

void keepNewest(QHash<std::uint32_t, std::int64_t> *times, std::uint32_t key, std::int64_t tMs)
{
    auto it = times->find(key);
    if (it == times->end())
        times->insert(key, tMs);
    else if (tMs > it.value())
        it.value() = tMs;
}

} // namespace

Result<QHash<std::uint32_t, std::int64_t>> lastSampleTimes(const QSqlDatabase &db)
{
    QHash<std::uint32_t, std::int64_t> times;
    // sample_raw holds only the recent, not yet compacted rows: a scan is cheap.
    const QString rawSql =
        QStringLiteral("SELECT point_key, max(t_ms) FROM sample_raw GROUP BY point_key");
    QSqlQuery raw(db);
    raw.setForwardOnly(true);
    if (!raw.exec(rawSql))
        return queryError(raw, rawSql);
    while (raw.next())
        keepNewest(&times, static_cast<std::uint32_t>(raw.value(0).toLongLong()),
                   raw.value(1).toLongLong());
    if (raw.lastError().isValid())
        return queryError(raw, rawSql);

    // sample_chunk grows by one row per point and hour, blobs inline: instead of scanning
    // it, seek each point's newest hour in the (point_key, hour_ms) index. A chunk holds the
    // samples of one UTC hour, so the newest hour's t_last is the point's newest time.
    const QString keysSql = QStringLiteral("SELECT key FROM point");
    QSqlQuery keys(db);
    keys.setForwardOnly(true);
    if (!keys.exec(keysSql))
        return queryError(keys, keysSql);
    const QString newestSql = QStringLiteral(
        "SELECT t_last FROM sample_chunk WHERE point_key = ? ORDER BY hour_ms DESC LIMIT 1");
    QSqlQuery newest(db);
    newest.setForwardOnly(true);
    if (!newest.prepare(newestSql))
        return queryError(newest, newestSql);
    while (keys.next()) {
        const qlonglong key = keys.value(0).toLongLong();
        newest.addBindValue(key);
        if (!newest.exec())
            return queryError(newest, newestSql);
        if (newest.next())
            keepNewest(&times, static_cast<std::uint32_t>(key), newest.value(0).toLongLong());
        newest.finish();
    }
    if (keys.lastError().isValid())
        return queryError(keys, keysSql);
    return times;
}

} // namespace vocsync::storage
