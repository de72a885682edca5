#pragma once

#include "vocsync/core/quantity.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <limits>

namespace vocsync::analysis {

/// A configured limit on one quantity of one monitoring point (over_limit).
struct QuantityLimit
{
    QString pointId;
    Quantity quantity = Quantity::CurrentA;
    double above = std::numeric_limits<double>::infinity();  ///< beyond when value > above
    double below = -std::numeric_limits<double>::infinity(); ///< beyond when value < below
    int minDurationS = 60;
};

/// The choices DOMAIN.md leaves open, with defaults an inspector can defend (docs/analysis.md).
struct AnalysisOptions
{
    int minProductionRunS = 300;  ///< production runs shorter than this raise no sync anomaly
    int startToleranceS = 60;     ///< treatment starting this late (or stopping this early) is
                                  ///< within the meters' and the dwell's resolution: no event
    int abnormalStopMinS = 300;   ///< treatment_abnormal_stop: treatment off at least this long
    int idleMinS = 300;           ///< treatment_idle: idle at least this long
    int slowdownMinS = 300;       ///< treatment_slowdown: below the fraction at least this long
    double slowdownFraction = 0.7; ///< of the treatment's own normal running level
    int overloadMinS = 60;        ///< overload state this long is an over_limit event
    int gapIntervals = 3;         ///< data_gap: silent longer than this many sample intervals
    int alarmAfterS = 1800;       ///< an event lasting this long is 报警 (alarm), else 预警
    QList<QuantityLimit> limits;  ///< extra over_limit rules
};

} // namespace vocsync::analysis
