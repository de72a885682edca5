#include "vocsync/analysis/timeline.h"

#include <algorithm>

namespace vocsync::analysis {

RunState stateAt(const Timeline &timeline, std::int64_t t)
{
    const auto it = std::upper_bound(timeline.begin(), timeline.end(), t,
                                     [](std::int64_t x, const StateInterval &i) {
                                         return x < i.endMs;
                                     });
    if (it == timeline.end() || it->startMs > t)
        return RunState::Unknown;
    return it->state;
}

Timeline clip(const Timeline &timeline, std::int64_t fromMs, std::int64_t toMs)
{
    Timeline out;
    for (const StateInterval &i : timeline) {
        const std::int64_t s = std::max(i.startMs, fromMs);
        const std::int64_t e = std::min(i.endMs, toMs);
        if (s < e)
            out.push_back({i.state, s, e});
    }
    return out;
}

void append(Timeline &timeline, StateInterval interval)
{
    if (interval.endMs <= interval.startMs)
        return;
    if (!timeline.empty() && timeline.back().state == interval.state &&
        timeline.back().endMs == interval.startMs) {
        timeline.back().endMs = interval.endMs;
        return;
    }
    timeline.push_back(interval);
}

std::vector<std::int64_t> timeInStates(const Timeline &timeline, std::int64_t fromMs,
                                       std::int64_t toMs)
{
    std::vector<std::int64_t> out(5, 0);
    for (const StateInterval &i : timeline) {
        const std::int64_t s = std::max(i.startMs, fromMs);
        const std::int64_t e = std::min(i.endMs, toMs);
        if (s < e)
            out[static_cast<size_t>(i.state)] += e - s;
    }
    return out;
}

} // namespace vocsync::analysis
