#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QString>

namespace vocsync::cli {

/// The plant stored in a station database (an empty plant for a file nothing wrote yet).
Result<Plant> loadPlant(const QString &dbPath);

} // namespace vocsync::cli
