#pragma once

#include "scenario/model.h"

#include <QStringList>

namespace vocsync::scenarios {

/// Meter readings for every point from the tracks: levels by state, a slow drift of the
/// running level, uniform noise, single-sample spikes, isolated missing samples, nothing in
/// outages; quantised to each channel's decimals. In time order, then point key.
/// With `problems`, checks that every reading lies clearly in its intended state's band
/// (hysteresis included) and that slowed-down loads sit clearly below 0.7 x the median.
SampleBatch synthesize(const Model &model, const SignalSpec &signal, std::uint64_t seed,
                       QStringList *problems);

} // namespace vocsync::scenarios
