#pragma once

#include "vocsync/core/runstate.h"

#include <cstdint>
#include <vector>

namespace vocsync::analysis {

/// A stretch of one run state: [startMs, endMs), UTC milliseconds.
struct StateInterval
{
    RunState state = RunState::Unknown;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;

    bool operator==(const StateInterval &o) const
    {
        return state == o.state && startMs == o.startMs && endMs == o.endMs;
    }
};

/// A facility's states in time order, contiguous (each interval starts where the previous one
/// ends) and with no two neighbours in the same state.
using Timeline = std::vector<StateInterval>;

/// The state at t (Unknown outside the timeline).
RunState stateAt(const Timeline &timeline, std::int64_t t);
/// The part of the timeline inside [fromMs, toMs); the outer intervals are cut.
Timeline clip(const Timeline &timeline, std::int64_t fromMs, std::int64_t toMs);
/// Appends an interval, merging it with the last one when the state is the same.
void append(Timeline &timeline, StateInterval interval);
/// Milliseconds spent in each state inside [fromMs, toMs), indexed by RunState.
std::vector<std::int64_t> timeInStates(const Timeline &timeline, std::int64_t fromMs,
                                       std::int64_t toMs);

} // namespace vocsync::analysis
