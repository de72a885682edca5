#pragma once

#include "scenario/model.h"
#include "scenario/rng.h"

namespace vocsync::scenarios {

/// Builds the plant of a scenario (enterprises, workshops, lines, facilities with thresholds,
/// links with lead and lag, one meter and point per facility) and the units that drive them.
/// Tracks start in each facility's resting state (off, or idle for a standby treatment).
void buildPlant(const Config &config, Rng &rng, Model &model);

} // namespace vocsync::scenarios
