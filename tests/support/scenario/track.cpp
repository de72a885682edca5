#include "scenario/model.h"

#include <QDateTime>
#include <QTime>

#include <algorithm>

namespace vocsync::scenarios {

Track::Track(std::int64_t fromMs, std::int64_t toMs, RunState state)
    : m_segs{Seg{state, fromMs, toMs, 1}}
{
}

void Track::paint(std::int64_t startMs, std::int64_t endMs, RunState state, double load)
{
    startMs = std::max(startMs, m_segs.front().startMs);
    endMs = std::min(endMs, m_segs.back().endMs);
    if (endMs <= startMs)
        return;
    std::vector<Seg> out;
    out.reserve(m_segs.size() + 2);
    const auto push = [&out](Seg s) {
        if (s.endMs <= s.startMs)
            return;
        if (!out.empty() && out.back().state == s.state && out.back().load == s.load) {
            out.back().endMs = s.endMs;
            return;
        }
        out.push_back(s);
    };
    bool placed = false;
    for (const Seg &s : m_segs) {
        if (s.endMs <= startMs || s.startMs >= endMs) {
            if (s.startMs >= endMs && !placed) {
                push(Seg{state, startMs, endMs, load});
                placed = true;
            }
            push(s);
            continue;
        }
        push(Seg{s.state, s.startMs, startMs, s.load});
        if (!placed) {
            push(Seg{state, startMs, endMs, load});
            placed = true;
        }
        push(Seg{s.state, endMs, s.endMs, s.load});
    }
    if (!placed)
        push(Seg{state, startMs, endMs, load});
    m_segs = std::move(out);
}

std::size_t Track::indexAt(std::int64_t tMs) const
{
    const auto it = std::upper_bound(m_segs.begin(), m_segs.end(), tMs,
                                     [](std::int64_t t, const Seg &s) { return t < s.startMs; });
    if (it == m_segs.begin())
        return 0;
    return static_cast<std::size_t>(it - m_segs.begin()) - 1;
}

bool Track::steady(std::int64_t startMs, std::int64_t endMs) const
{
    if (startMs < m_segs.front().startMs || endMs > m_segs.back().endMs)
        return false;
    const Seg &s = at(startMs);
    return s.endMs >= endMs;
}

void Model::paint(int unit, std::int64_t startMs, std::int64_t endMs, RunState state, double load)
{
    units[unit].track.paint(startMs, endMs, state, load);
    units[unit].truth.paint(startMs, endMs, state, load);
}

std::int64_t localMidnight(const QDate &date, int dayOffset)
{
    return QDateTime(date.addDays(dayOffset), QTime(0, 0), scenarioZone()).toMSecsSinceEpoch();
}

QTimeZone scenarioZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

} // namespace vocsync::scenarios
