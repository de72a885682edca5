#include "vocsync/storage/dbstats.h"

#include "vocsync/storage/connection.h"
#include "vocsync/storage/migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace vocsync::storage {

QJsonObject DbStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("points"), static_cast<qint64>(points)},
        {QStringLiteral("samples"), static_cast<qint64>(samples)},
        {QStringLiteral("raw_rows"), static_cast<qint64>(rawRows)},
        {QStringLiteral("chunks"), static_cast<qint64>(chunks)},
        {QStringLiteral("file_bytes"), static_cast<qint64>(fileBytes)},
        {QStringLiteral("bytes_per_sample"), qRound(bytesPerSample * 1000) / 1000.0},
        {QStringLiteral("schema_version"), schemaVersion},
    };
}

Result<DbStats> readDbStats(const QString &dbPath)
{
    Result<Connection> conn = Connection::open(dbPath, OpenMode::ReadOnly);
    if (!conn)
        return conn.error();
    DbStats s;
    s.schemaVersion = schemaVersion(conn->db());
    QSqlQuery q(conn->db());
    const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM point), (SELECT count(*) FROM sample_raw), "
        "(SELECT count(*) FROM sample_chunk), (SELECT coalesce(sum(n),0) FROM sample_chunk)");
    if (!q.exec(sql) || !q.next())
        return Error{QCoreApplication::translate("vocsync::storage",
                                                 "not a VocSync database, or damaged: %1")
                         .arg(q.lastError().text()),
                     dbPath};
    s.points = q.value(0).toLongLong();
    s.rawRows = q.value(1).toLongLong();
    s.chunks = q.value(2).toLongLong();
    s.samples = q.value(3).toLongLong() + s.rawRows;
    s.fileBytes = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    s.bytesPerSample = s.samples ? static_cast<double>(s.fileBytes) / s.samples : 0.0;
    return s;
}

} // namespace vocsync::storage
