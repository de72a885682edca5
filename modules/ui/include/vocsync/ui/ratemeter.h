#pragma once

#include <cstdint>
#include <deque>

namespace vocsync::ui {

/// Incoming samples per second over a sliding window, for the status bar. Sources deliver in
/// bursts (one batch per poll cycle), so the rate is the mean burst size over the median time
/// between bursts: a steady 50 samples every 10 s reads 5.0/s whatever the phase, and the
/// figure decays to 0 once bursts stop.
class RateMeter
{
public:
    explicit RateMeter(std::int64_t windowMs = 30000) : m_windowMs(windowMs) {}

    void add(std::int64_t count, std::int64_t nowMs);
    /// Samples per second at `nowMs` (drops bursts that left the window).
    double rate(std::int64_t nowMs);
    void clear() { m_events.clear(); }

private:
    struct Event
    {
        std::int64_t tMs;
        std::int64_t count;
    };
    void expire(std::int64_t nowMs);

    std::int64_t m_windowMs;
    std::deque<Event> m_events;
};

} // namespace vocsync::ui
