#pragma once

#include "vocsync/analysis/timeline.h"
#include "vocsync/core/plant.h"

#include <cstdint>

namespace vocsync::analysis {

/// Turns one facility's readings into run states (DOMAIN.md, Run states), streaming:
/// - hysteresis: a threshold is crossed upwards at threshold + hysteresis/2 and downwards at
///   threshold - hysteresis/2;
/// - minimum dwell: a new state is taken only when it lasts minDwellS; it is then dated from
///   its first reading, and shorter excursions stay in the state they interrupted. Readings
///   that keep changing between other states are taken after twice the dwell, dated from
///   when they left the accepted state;
/// - unknown: a reading covers the time up to the next one when that comes within
///   `gapIntervals` sample intervals, else only one interval; the rest is unknown. An invalid
///   reading (NaN) is unknown too.
/// Readings must come in time order. Output is final: an interval, once out, never changes.
class StateClassifier
{
public:
    /// `thresholds` in absolute units (relative ones resolved against the rated level first).
    StateClassifier(const RunThresholds &thresholds, std::int64_t intervalMs, int gapIntervals = 3);

    void push(std::int64_t tMs, double value);
    /// Declares that no reading before `nowMs` will come any more (live: the clock moved on).
    /// Closes what is now certain: a silent meter's unknown stretch, a dwell that completed.
    void advance(std::int64_t nowMs);
    /// Ends the input at endMs: everything before it is classified.
    void finish(std::int64_t endMs);

    /// The final intervals so far. The caller may move them out and clear() it.
    Timeline &output() { return m_out; }
    /// The state the latest readings show, dwell not yet served (for live badges).
    RunState provisionalState() const;
    /// Live: the accepted state from where output() ends to where it is certain (the pending
    /// candidate's first reading, or the last reading; `nowMs` while the meter is silent).
    /// Empty when nothing is pending.
    StateInterval certainTail(std::int64_t nowMs) const;

private:
    RunState levelState(double value) const;
    void put(RunState state, std::int64_t startMs, std::int64_t endMs);
    void enterGap();

    RunThresholds m_th;
    std::int64_t m_intervalMs;
    std::int64_t m_maxCoverMs;
    std::int64_t m_dwellMs;
    Timeline m_out;

    // The accepted state runs from m_stateStart; a different candidate state has been seen
    // continuously since m_candidateStart.
    RunState m_state = RunState::Unknown;
    std::int64_t m_stateStart = INT64_MIN;
    RunState m_candidate = RunState::Unknown;
    std::int64_t m_candidateStart = INT64_MIN;
    std::int64_t m_awayStart = INT64_MIN; ///< first reading not in the accepted state
    RunState m_level = RunState::Unknown; ///< hysteresis memory: the last level state
    std::int64_t m_lastT = INT64_MIN;     ///< time of the last reading
    bool m_inGap = false;                 ///< silent: unknown since m_stateStart
};

/// Thresholds in absolute units: relative ones (fractions of a rated level) multiplied out.
RunThresholds resolveThresholds(const RunThresholds &thresholds, double ratedLevel);

} // namespace vocsync::analysis
