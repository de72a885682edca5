#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace vocsync::storage::plantrepository::detail {

/// Reads every configuration table into a Plant (file order = insertion order; points in key
/// order).
Result<Plant> selectPlant(const QSqlDatabase &db);

/// Inserts every entry of `plant` into empty configuration tables; points with their keys.
Status insertPlant(const QSqlDatabase &db, const Plant &plant);

/// The device rows in file (insertion) order, with their connection settings (schema v4).
Result<QList<Device>> selectDevices(const QSqlDatabase &db);

/// Inserts `device`, or updates the row with its id in place: the row keeps its rowid, so
/// the device keeps its place in the file order. No validation: callers validate first.
Status upsertDevice(const QSqlDatabase &db, const Device &device);

/// A text value for a NOT NULL DEFAULT '' column: a null QString would be bound as SQL NULL.
QVariant textValue(const QString &s);

/// The query's error with the statement it ran, shortened.
Error queryError(const QSqlQuery &q, const QString &sql);

} // namespace vocsync::storage::plantrepository::detail
