#pragma once

#include "vocsync/core/result.h"

#include <QSqlDatabase>

namespace vocsync::storage {

/// Versioned, forward-only schema migrations. The version lives in PRAGMA user_version.
/// Each migration runs in its own transaction: a failed step leaves the previous version.
int latestSchemaVersion();
int schemaVersion(const QSqlDatabase &db);
/// Migrates up to `target` (latest when -1). Refuses a database newer than this program.
Status migrate(const QSqlDatabase &db, int target = -1);

} // namespace vocsync::storage
