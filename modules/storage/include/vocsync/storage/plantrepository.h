#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QSqlDatabase>

namespace vocsync::storage {

/// Loads and saves the plant configuration tables (schema versions 1, 3 and 4).
namespace plantrepository {

/// The whole plant; points carry their storage keys.
Result<Plant> load(const QSqlDatabase &db);

/// Replaces the stored configuration with `plant` in ONE transaction (synchronous=FULL):
/// on any error nothing changes. Points keep their keys when their id already exists (their
/// samples stay attached); new points get new keys. Removing a point that still has stored
/// samples is refused with an Error naming it. The plant must pass plantjson::validate.
Status save(const QSqlDatabase &db, const Plant &plant);

/// Adds `device`, or updates the stored device with its id in place, leaving the rest of the
/// configuration as it is (the device editor). The device must pass plantjson::validateDevice
/// (the Error's `where` is then the field, e.g. "serial.parity"), and a non-empty
/// enterprise_id must name a stored enterprise. One transaction, synchronous=FULL.
Status saveDevice(const QSqlDatabase &db, const Device &device);

/// Removes the device with this id. Refused while monitoring points refer to it (the Error
/// names them), and for an id that is not stored.
Status removeDevice(const QSqlDatabase &db, const QString &id);

/// The device editor's change on a connection of its own to `dbPath` (call it from a worker
/// thread): saves `device` unless its id is empty, then removes `removeId` unless it is
/// empty, and returns the plant as stored after.
Result<Plant> changeDevice(const QString &dbPath, const Device &device, const QString &removeId);

} // namespace plantrepository
} // namespace vocsync::storage
