#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QSqlDatabase>

namespace vocsync::storage {

/// Loads and saves the plant configuration tables (schema version 1).
namespace plantrepository {

/// The whole plant; points carry their storage keys.
Result<Plant> load(const QSqlDatabase &db);

/// Replaces the stored configuration with `plant` in ONE transaction (synchronous=FULL):
/// on any error nothing changes. Points keep their keys when their id already exists (their
/// samples stay attached); new points get new keys. Removing a point that still has stored
/// samples is refused with an Error naming it. The plant must pass plantjson::validate.
Status save(const QSqlDatabase &db, const Plant &plant);

} // namespace plantrepository
} // namespace vocsync::storage
