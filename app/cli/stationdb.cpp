#include "stationdb.h"

#include "vocsync/storage/connection.h"
#include "vocsync/storage/migrations.h"
#include "vocsync/storage/plantrepository.h"

namespace vocsync::cli {

Result<Plant> loadPlant(const QString &dbPath)
{
    Result<storage::Connection> conn =
        storage::Connection::open(dbPath, storage::OpenMode::ReadOnly);
    if (!conn)
        return conn.error();
    // A database no program has written to yet has no tables at all: no plant either.
    if (storage::schemaVersion(conn->db()) < 1)
        return Plant{};
    return storage::plantrepository::load(conn->db());
}

} // namespace vocsync::cli
