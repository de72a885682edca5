#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QStringList>

#include <functional>

namespace vocsync::plantjson::detail {

/// The paths under which the flat lists of a Plant appear in its source. The file nests
/// workshops in their enterprise and lines in their workshop ("enterprises[0].workshops[1]");
/// an in-memory plant just has "workshops[1]".
struct PlantPaths
{
    QStringList workshops; ///< one per Plant::workshops entry
    QStringList lines;     ///< one per Plant::lines entry
};
PlantPaths flatPaths(const Plant &plant);

/// Turns a path ("facilities[3].kind") into the `where` of an Error: with the file and line
/// when reading a file, the bare path for an in-memory plant.
using Where = std::function<QString(const QString &path)>;

/// The semantic checks shared by plantjson::read and plantjson::validate: ids, references,
/// enums and numeric ranges (docs/plant-json.md, Validation). Returns the first problem.
Status checkPlant(const Plant &plant, const PlantPaths &paths, const Where &where);

/// True when an id can be used as is in the samples CSV and in messages: not empty, no
/// whitespace, commas, quotes or control characters.
bool isValidId(const QString &id);

} // namespace vocsync::plantjson::detail
