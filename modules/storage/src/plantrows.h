#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QSqlDatabase>

namespace vocsync::storage::plantrepository::detail {

/// Reads every configuration table into a Plant (file order = insertion order; points in key
/// order).
Result<Plant> selectPlant(const QSqlDatabase &db);

/// Inserts every entry of `plant` into empty configuration tables; points with their keys.
Status insertPlant(const QSqlDatabase &db, const Plant &plant);

} // namespace vocsync::storage::plantrepository::detail
