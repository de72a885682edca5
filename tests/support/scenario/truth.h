#pragma once

#include "scenario/model.h"

namespace vocsync::scenarios {

/// The ground truth of a finished model: true state timelines, sync figures per production
/// facility and enterprise, and the events the rules give over the true states.
Truth deriveTruth(const Model &model);

} // namespace vocsync::scenarios
