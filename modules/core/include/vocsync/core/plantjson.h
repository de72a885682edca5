#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QByteArray>

namespace vocsync::plantjson {

/// The plant configuration file (docs/plant-json.md): what `vocsync-cli plant export` writes
/// and `plant import` reads. Current format version.
inline constexpr int kFormatVersion = 1;

/// Serialises the plant; point keys are not written (they belong to one database).
QByteArray write(const Plant &plant);

/// Parses and validates a plant file completely before anything uses it. On the first error
/// the Error's `where` is "<file>:<line>: <json path>" (e.g. "plant.json:41: facilities[3].kind")
/// and the message says what is wrong and what was expected. `fileName` is only for messages.
Result<Plant> read(const QByteArray &json, const QString &fileName = {});

/// Checks references and values of an in-memory plant (unique ids, links between a
/// production and a treatment facility, known facilities for points, valid credit codes ...).
Status validate(const Plant &plant);

/// The checks validate() makes on each device, for one device on its own (a device editor):
/// id, protocol, address, port, template and connection settings. The Error's `where` is the
/// field's path in the device object ("port", "serial.parity"). References (enterprise) and
/// the uniqueness of the id are left to the caller.
Status validateDevice(const Device &device);

} // namespace vocsync::plantjson
