#pragma once

#include "vocsync/analysis/analyzer.h"

#include <QJsonObject>
#include <QTimeZone>

namespace vocsync::analysis {

/// The JSON object `vocsync-cli analyze` prints (docs/analysis.md): facilities, sync,
/// enterprises, events, quality. Times are ISO 8601 with the offset of `zone`.
QJsonObject toJson(const AnalysisResult &result, const QTimeZone &zone);
QJsonObject toJson(const Event &event, const QTimeZone &zone);

} // namespace vocsync::analysis
