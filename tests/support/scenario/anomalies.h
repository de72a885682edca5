#pragma once

#include "scenario/model.h"
#include "scenario/rng.h"

namespace vocsync::scenarios {

/// Plants anomalies into the tracks: treatment misbehaviour per (run, treatment) by the rates,
/// overloads, short production runs. Each is kept only when the rules still read the
/// scenario one way (rules.h); returns how many were dropped.
int injectAnomalies(const AnomalyRates &rates, Rng &rng, Model &model);

/// Meter outages of 5-40 min where the facility is steady; returns how many were dropped.
int placeOutages(const SignalSpec &signal, Rng &rng, Model &model);

/// Tries one change of a unit's states; keeps it when it leaves no ambiguity nearby.
bool tryPaint(Model &model, int unit, std::int64_t startMs, std::int64_t endMs, RunState state,
              double load = 1);
/// Tries one outage; keeps it when the facility is steady around it and nothing gets ambiguous.
bool tryOutage(Model &model, int unit, std::int64_t startMs, std::int64_t endMs);

} // namespace vocsync::scenarios
