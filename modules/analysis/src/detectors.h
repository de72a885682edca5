#pragma once

#include "vocsync/analysis/event.h"
#include "vocsync/analysis/options.h"
#include "vocsync/analysis/timeline.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace vocsync::analysis::detail {

/// One facility's states as far as they are certain: [fromMs, horizonMs).
struct FacilityView
{
    QString id;
    const Timeline *states = nullptr;
    /// Treatments only: Off where the load is below the slowdown fraction of the normal
    /// running level (null when the normal level is unknown).
    const Timeline *slow = nullptr;
    std::int64_t horizonMs = 0;
};

struct LinkView
{
    const FacilityView *production = nullptr;
    const FacilityView *treatment = nullptr;
    std::int64_t leadMs = 0;
    std::int64_t lagMs = 0;
};

/// The sync anomalies of one link over the period starting at fromMs (docs/analysis.md):
/// late_start, treatment_not_started, early_stop, treatment_abnormal_stop, treatment_idle,
/// treatment_slowdown. Events still going on at the horizon are open.
void detectLink(const LinkView &link, std::int64_t fromMs, const AnalysisOptions &options,
                std::vector<Event> &out);

/// over_limit from the overload state of one facility.
void detectOverload(const FacilityView &facility, const AnalysisOptions &options,
                    std::vector<Event> &out);

/// over_limit from a configured limit: `beyond` is Running where the value is beyond it.
void detectLimit(const Timeline &beyond, std::int64_t horizonMs, const QuantityLimit &limit,
                 const QString &facility, const QString &point, const AnalysisOptions &options,
                 std::vector<Event> &out);

/// 报警 when the event lasted options.alarmAfterS or the treatment never started, else 预警.
Severity severityFor(const Event &event, const AnalysisOptions &options);

} // namespace vocsync::analysis::detail
