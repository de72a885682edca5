#include "vocsync/analysis/classifier.h"

#include <cmath>

namespace vocsync::analysis {

namespace {

/// The state a value falls in with every threshold moved by `shift` (+h/2 upwards, -h/2
/// downwards).
RunState plainState(const RunThresholds &t, double v, double shift)
{
    if (v < t.off + shift)
        return RunState::Off;
    if (v < t.run + shift)
        return RunState::Idle;
    if (t.overload > 0 && v >= t.overload + shift)
        return RunState::Overload;
    return RunState::Running;
}

} // namespace

RunThresholds resolveThresholds(const RunThresholds &thresholds, double ratedLevel)
{
    if (!thresholds.relative)
        return thresholds;
    RunThresholds t = thresholds;
    t.relative = false;
    t.off *= ratedLevel;
    t.run *= ratedLevel;
    t.overload *= ratedLevel;
    t.hysteresis *= ratedLevel;
    t.ratedLevel = ratedLevel;
    return t;
}

StateClassifier::StateClassifier(const RunThresholds &thresholds, std::int64_t intervalMs,
                                 int gapIntervals)
    : m_th(thresholds),
      m_intervalMs(intervalMs > 0 ? intervalMs : 10'000),
      m_maxCoverMs(m_intervalMs * (gapIntervals > 0 ? gapIntervals : 3)),
      m_dwellMs(std::int64_t{thresholds.minDwellS > 0 ? thresholds.minDwellS : 0} * 1000)
{
}

RunState StateClassifier::levelState(double value) const
{
    const double half = m_th.hysteresis / 2;
    if (m_level == RunState::Unknown)
        return plainState(m_th, value, 0);
    const RunState up = plainState(m_th, value, half);
    if (up > m_level)
        return up;
    const RunState down = plainState(m_th, value, -half);
    if (down < m_level)
        return down;
    return m_level;
}

void StateClassifier::put(RunState state, std::int64_t startMs, std::int64_t endMs)
{
    if (endMs <= startMs)
        return;
    append(m_out, {state, startMs, endMs});
}

// The meter fell silent: the accepted state holds for one interval after the last reading
// (a pending candidate that did not serve its dwell is absorbed), then the state is unknown
// until the next reading.
void StateClassifier::enterGap()
{
    const std::int64_t coverEnd = m_lastT + m_intervalMs;
    put(m_state, m_stateStart, coverEnd);
    m_state = RunState::Unknown;
    m_stateStart = coverEnd;
    m_candidate = RunState::Unknown;
    m_level = RunState::Unknown;
    m_inGap = true;
}

void StateClassifier::push(std::int64_t tMs, double value)
{
    if (std::isnan(value) || tMs <= m_lastT)
        return;
    if (!m_inGap && m_lastT != INT64_MIN && tMs - m_lastT > m_maxCoverMs)
        enterGap();
    if (m_inGap) {
        put(RunState::Unknown, m_stateStart, tMs);
        m_inGap = false;
    }
    const RunState level = levelState(value);
    m_level = level;
    m_lastT = tMs;

    if (m_state == RunState::Unknown) {
        m_state = level;
        m_stateStart = tMs;
        m_candidate = RunState::Unknown;
        return;
    }
    if (level == m_state) {
        m_candidate = RunState::Unknown;
        return;
    }
    if (m_candidate == RunState::Unknown)
        m_awayStart = tMs;
    if (level != m_candidate) {
        m_candidate = level;
        m_candidateStart = tMs;
    }
    // The new state is dated from its own first reading when it alone lasted the dwell (a
    // clean change, even through a short ramp state). Readings that keep changing between
    // other states (e.g. 58/62 A around an overload threshold at 60 A) are taken after twice
    // the dwell away from the accepted state, dated from when they left it.
    const std::int64_t own = tMs - m_candidateStart;
    const std::int64_t away = tMs - m_awayStart;
    if (own >= m_dwellMs || (away >= 2 * m_dwellMs && m_dwellMs > 0)) {
        const std::int64_t start = own >= m_dwellMs ? m_candidateStart : m_awayStart;
        put(m_state, m_stateStart, start);
        m_state = m_candidate;
        m_stateStart = start;
        m_candidate = RunState::Unknown;
    }
}

void StateClassifier::advance(std::int64_t nowMs)
{
    if (!m_inGap && m_lastT != INT64_MIN && nowMs - m_lastT > m_maxCoverMs)
        enterGap();
}

void StateClassifier::finish(std::int64_t endMs)
{
    if (m_lastT == INT64_MIN)
        return;
    advance(endMs);
    put(m_inGap ? RunState::Unknown : m_state, m_stateStart, endMs);
    m_lastT = INT64_MAX; // spent: nothing more is accepted
    m_inGap = false;
    m_state = RunState::Unknown;
}

RunState StateClassifier::provisionalState() const
{
    if (m_inGap)
        return RunState::Unknown;
    return m_candidate != RunState::Unknown ? m_candidate : m_state;
}

StateInterval StateClassifier::certainTail(std::int64_t nowMs) const
{
    if (m_lastT == INT64_MIN || m_lastT == INT64_MAX)
        return {};
    if (m_inGap)
        return {RunState::Unknown, m_stateStart, nowMs};
    const std::int64_t end = m_candidate != RunState::Unknown ? m_awayStart : m_lastT;
    if (end <= m_stateStart)
        return {};
    return {m_state, m_stateStart, end};
}

} // namespace vocsync::analysis
