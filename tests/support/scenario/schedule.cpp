#include "scenario/schedule.h"

#include "scenario/rules.h"

#include <algorithm>

namespace vocsync::scenarios {

namespace {

/// A shift block: minutes after local midnight (past 1440 runs into the next day), and the
/// chance that a facility works it on a given day.
struct Block
{
    int startMin;
    int endMin;
    double chance;
};

std::vector<Block> blocksOf(Shifts shifts)
{
    switch (shifts) {
    case Shifts::Day:
        return {{480, 720, 0.95}, {780, 1050, 0.95}, {1110, 1260, 0.3}};
    case Shifts::TwoShift:
        return {{390, 660, 0.95}, {700, 870, 0.95}, {900, 1140, 0.95}, {1180, 1380, 0.9}};
    case Shifts::Night:
        return {{1080, 1320, 0.95}, {1360, 1740, 0.95}};
    case Shifts::Continuous:
        return {{60, 700, 0.95}, {740, 1400, 0.95}};
    }
    return {};
}

struct Window
{
    std::int64_t a;
    std::int64_t b;
};

} // namespace

void scheduleProductions(const Config &config, Rng &rng, Model &m)
{
    const std::vector<Block> blocks = blocksOf(config.shifts);
    for (int p = 0; p < static_cast<int>(m.units.size()); ++p) {
        if (m.units[p].kind != FacilityKind::Production)
            continue;
        std::int64_t maxLead = 0, maxLag = 0;
        for (int li : m.linksOf[p]) {
            maxLead = std::max(maxLead, m.links[li].leadMs);
            maxLag = std::max(maxLag, m.links[li].lagMs);
        }
        const std::int64_t before = kEdgeMarginMs + maxLead + 10 * kMinute;
        const std::int64_t after = kEdgeMarginMs + maxLag + 10 * kMinute;
        std::vector<Window> runs;
        for (int d = -1; d <= m.days() + 1; ++d) {
            const std::int64_t midnight = localMidnight(config.startDate, d);
            for (const Block &b : blocks) {
                if (!rng.chance(b.chance))
                    continue;
                const std::int64_t s = midnight + (b.startMin + rng.range(-12, 12)) * kMinute;
                const std::int64_t e = midnight + (b.endMin + rng.range(-12, 12)) * kMinute;
                if (s - before < m.fromMs || e + after > m.toMs)
                    continue;
                runs.push_back({s, e});
            }
        }
        std::int64_t busyUntil = m.fromMs + kEdgeMarginMs; // end of the last thing painted
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const std::int64_t nextStart = i + 1 < runs.size() ? runs[i + 1].a : m.toMs;
            const std::int64_t warm = rng.range(8, 20) * kMinute;
            if (rng.chance(0.3) && runs[i].a - warm > busyUntil + 5 * kMinute)
                m.paint(p, runs[i].a - warm, runs[i].a, RunState::Idle);
            m.paint(p, runs[i].a, runs[i].b, RunState::Running);
            busyUntil = runs[i].b;
            const std::int64_t cool = rng.range(5, 15) * kMinute;
            if (rng.chance(0.2) && runs[i].b + cool + 30 * kMinute < nextStart &&
                runs[i].b + cool < m.toMs - kEdgeMarginMs) {
                m.paint(p, runs[i].b, runs[i].b + cool, RunState::Idle);
                busyUntil = runs[i].b + cool;
            }
        }
    }
}

void scheduleTreatments(Rng &rng, Model &m)
{
    for (int t = 0; t < static_cast<int>(m.units.size()); ++t) {
        if (m.units[t].kind != FacilityKind::Treatment)
            continue;
        std::vector<Window> windows;
        for (int li : m.linksOf[t]) {
            const LinkRef &l = m.links[li];
            for (const Run &r : runsOf(m.units[l.production].track, m.fromMs, m.toMs)) {
                if (r.length() < kMinRunMs)
                    continue;
                windows.push_back({r.startMs - l.leadMs - rng.range(4, 15) * kMinute,
                                   r.endMs + l.lagMs + rng.range(4, 15) * kMinute});
            }
        }
        std::sort(windows.begin(), windows.end(),
                  [](const Window &x, const Window &y) { return x.a < y.a; });
        std::vector<Window> merged;
        for (const Window &w : windows) {
            if (!merged.empty() && w.a < merged.back().b + 30 * kMinute) {
                merged.back().b = std::max(merged.back().b, w.b);
                continue;
            }
            merged.push_back(w);
        }
        for (const Window &w : merged)
            m.paint(t, w.a, w.b, RunState::Running);
    }
}

} // namespace vocsync::scenarios
