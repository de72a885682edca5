#include "syncrate.h"

#include <algorithm>

namespace vocsync::analysis {

std::optional<double> SyncFigures::ratePercent() const
{
    if (productionMs <= 0 || treatments == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(syncMs) / static_cast<double>(productionMs);
}

namespace detail {

namespace {

/// Walks a timeline forward in time (queries come in increasing t).
class Cursor
{
public:
    explicit Cursor(const Timeline &tl) : m_tl(tl) {}
    RunState at(std::int64_t t)
    {
        while (m_i < m_tl.size() && m_tl[m_i].endMs <= t)
            ++m_i;
        if (m_i == m_tl.size() || m_tl[m_i].startMs > t)
            return RunState::Unknown;
        return m_tl[m_i].state;
    }

private:
    const Timeline &m_tl;
    size_t m_i = 0;
};

} // namespace

SyncFigures computeSync(const QString &production, const Timeline &p,
                        const std::vector<const Timeline *> &treatments, std::int64_t fromMs,
                        std::int64_t toMs)
{
    SyncFigures f;
    f.production = production;
    f.treatments = static_cast<int>(treatments.size());
    std::vector<std::int64_t> cuts{fromMs, toMs};
    for (const Timeline *tl : treatments)
        for (const StateInterval &i : *tl)
            cuts.push_back(i.startMs);
    for (const StateInterval &i : p)
        cuts.push_back(i.startMs);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    Cursor pc(p);
    std::vector<Cursor> tcs;
    for (const Timeline *tl : treatments)
        tcs.emplace_back(*tl);
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
        const std::int64_t s = cuts[k];
        const std::int64_t e = cuts[k + 1];
        if (s < fromMs || e > toMs)
            continue;
        const RunState ps = pc.at(s);
        bool tUnknown = false;
        bool tAll = true;
        for (Cursor &c : tcs) {
            const RunState ts = c.at(s);
            tUnknown = tUnknown || ts == RunState::Unknown;
            tAll = tAll && isOperating(ts);
        }
        if (ps == RunState::Unknown || (isOperating(ps) && tUnknown)) {
            f.unknownMs += e - s;
            continue;
        }
        if (!isOperating(ps))
            continue;
        f.productionMs += e - s;
        if (tAll)
            f.syncMs += e - s;
    }
    return f;
}

} // namespace detail
} // namespace vocsync::analysis
