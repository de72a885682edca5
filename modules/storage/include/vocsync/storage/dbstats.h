#pragma once

#include "vocsync/core/result.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace vocsync::storage {

/// What `vocsync-cli db stats` prints.
struct DbStats
{
    std::int64_t points = 0;
    std::int64_t samples = 0;     ///< in chunks plus raw rows
    std::int64_t rawRows = 0;     ///< not yet compacted
    std::int64_t chunks = 0;
    std::int64_t fileBytes = 0;   ///< database file + WAL
    double bytesPerSample = 0;
    int schemaVersion = 0;

    QJsonObject toJson() const;
};

Result<DbStats> readDbStats(const QString &dbPath);

} // namespace vocsync::storage
