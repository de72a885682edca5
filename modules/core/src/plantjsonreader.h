#pragma once

#include "jsonlocator.h"
#include "plantcheck.h"

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QJsonObject>

namespace vocsync::plantjson::detail {

/// Where the text came from, to turn JSON paths into "<file>:<line>: <path>".
struct ReadContext
{
    const json::JsonLocator *locator = nullptr;
    QString fileName;

    QString where(const QString &path) const;
    /// "<file>:<line>: <path>", or "line <line>: <path>" without a file name.
    QString at(int line, const QString &path) const;
};

/// Builds a Plant from a parsed plant file, checking its structure: the format tag and
/// version, required fields, JSON types, enum names and unknown keys. Workshops and lines are
/// flattened in file order; `paths` receives where each one was. Semantic checks (ids,
/// references, ranges) are checkPlant's.
Result<Plant> readDocument(const QJsonObject &root, const ReadContext &context, PlantPaths *paths);

} // namespace vocsync::plantjson::detail
