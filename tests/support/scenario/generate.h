#pragma once

#include "scenario/model.h"

namespace vocsync::scenarios {

/// Runs the whole pipeline for one configuration: plant, schedules, anomalies, outages,
/// samples, self-check and truth.
Scenario generate(const Config &config, std::uint64_t seed);

/// The hand-placed plan of the `spot_checks` scenario (docs/scenarios.md lists its events).
void spotCheckScript(Model &model);

} // namespace vocsync::scenarios
