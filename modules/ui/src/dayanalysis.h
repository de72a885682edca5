#pragma once

#include "vocsync/analysis/analyzer.h"
#include "vocsync/core/plant.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vocsync::ui {

/// One enterprise's day analysed from stored samples, for the state timeline.
struct DayAnalysis
{
    QString error; ///< empty on success
    QString enterpriseId;
    std::int64_t dayFromMs = 0;
    std::int64_t dayToMs = 0;
    std::int64_t samples = 0;
    /// The day with an hour of margin on each side (so runs crossing midnight are judged
    /// whole): states and events.
    analysis::AnalysisResult result;
    /// Sync figures over the day alone, per production facility, and the enterprise's.
    QList<analysis::SyncFigures> daySync;
    std::optional<double> enterpriseSyncRate;
    double completenessPercent = 0;
};

/// The part of the plant that belongs to one enterprise (facilities, links, points, ...).
Plant enterprisePlant(const Plant &plant, const QString &enterpriseId);

/// Reads the enterprise's samples of [dayFromMs - 1 h, dayToMs + 1 h) (not past nowMs) with
/// its own SeriesReader, learns the profiles (ProfileLearner) and runs the Analyzer over them.
/// Blocking: call it on a worker thread.
DayAnalysis analyseDay(const QString &dbPath, const Plant &plant, const QString &enterpriseId,
                       std::int64_t dayFromMs, std::int64_t dayToMs, std::int64_t nowMs,
                       const analysis::AnalysisOptions &options = {});

} // namespace vocsync::ui
