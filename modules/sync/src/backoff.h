#pragma once

#include <algorithm>
#include <cstdint>

namespace vocsync::sync {

/// Exponential backoff for resends and reconnects (docs/hj212-upstream.md): the first delay
/// is `minMs`, each further one doubles, up to `maxMs`. A platform that is down is then
/// asked about once a minute, not hammered, and a short outage is still noticed quickly.
class Backoff
{
public:
    Backoff(int minMs, int maxMs) : m_minMs(std::max(1, minMs)), m_maxMs(std::max(minMs, maxMs)) {}

    /// The delay before try number `failures` + 1 after `failures` consecutive failures
    /// (1 -> minMs, 2 -> 2 minMs, ...).
    std::int64_t delayAfter(int failures) const
    {
        std::int64_t d = m_minMs;
        for (int i = 1; i < failures && d < m_maxMs; ++i)
            d *= 2;
        return std::min<std::int64_t>(d, m_maxMs);
    }
    /// Counts a failure and returns the delay to wait.
    std::int64_t next() { return delayAfter(++m_failures); }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_minMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace vocsync::sync
