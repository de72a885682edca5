#include "vocsync/ui/ratemeter.h"

#include <algorithm>
#include <vector>

namespace vocsync::ui {

void RateMeter::add(std::int64_t count, std::int64_t nowMs)
{
    if (count <= 0)
        return;
    if (!m_events.empty() && m_events.back().tMs == nowMs) {
        m_events.back().count += count;
        return;
    }
    m_events.push_back({nowMs, count});
    expire(nowMs);
}

void RateMeter::expire(std::int64_t nowMs)
{
    while (!m_events.empty() && m_events.front().tMs <= nowMs - m_windowMs)
        m_events.pop_front();
}

double RateMeter::rate(std::int64_t nowMs)
{
    expire(nowMs);
    if (m_events.empty())
        return 0;
    if (m_events.size() == 1)
        return static_cast<double>(m_events.front().count) * 1000.0 / m_windowMs;
    // Samples per burst over the typical time between bursts. The median gap ignores the odd
    // short gap (a source publishes at once when it starts, then on its poll grid).
    std::int64_t after = 0;
    std::vector<std::int64_t> gaps;
    gaps.reserve(m_events.size() - 1);
    for (size_t i = 1; i < m_events.size(); ++i) {
        after += m_events[i].count;
        gaps.push_back(m_events[i].tMs - m_events[i - 1].tMs);
    }
    const auto middle = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
    std::nth_element(gaps.begin(), middle, gaps.end());
    // Once the silence since the last burst is longer than the typical gap, it counts
    // instead, so a stopped source decays rather than freezing at its last rate.
    const std::int64_t gap = std::max(*middle, nowMs - m_events.back().tMs);
    const double perBurst = static_cast<double>(after) / static_cast<double>(gaps.size());
    return gap > 0 ? perBurst * 1000.0 / static_cast<double>(gap) : 0.0;
}

} // namespace vocsync::ui
