#pragma once

#include "plantcheck.h"

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QStringList>

namespace vocsync::plantjson::detail {

/// The protocols the acquisition module speaks (plant.h, Device::protocol).
const QStringList &knownProtocols();

/// The message for a serial parity other than N, E or O (shared by the reader, which sees
/// the JSON text, and the checks, which see a char).
QString unknownParityMessage(const QString &parity);

/// Checks one device's own fields: protocol, address, template and connection settings
/// (docs/plant-json.md, devices). `path` is where the device is ("devices[2]"; empty for a
/// device on its own, giving "serial.parity"). Its id and enterprise are checkPlant's.
Status checkDevice(const Device &device, const QString &path, const Where &where);

} // namespace vocsync::plantjson::detail
