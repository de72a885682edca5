#pragma once

#include "scenario/model.h"
#include "scenario/rng.h"

namespace vocsync::scenarios {

/// Production runs from the shift pattern, each facility with its own jitter, skipped blocks,
/// warm-up and cool-down idling; runs stay clear of the period's ends by their lead and lag.
void scheduleProductions(const Config &config, Rng &rng, Model &model);

/// Treatments as a diligent operator runs them: started 4-15 min before the earliest lead of
/// the runs they serve and stopped 4-15 min after the lag; short breaks are bridged.
void scheduleTreatments(Rng &rng, Model &model);

} // namespace vocsync::scenarios
