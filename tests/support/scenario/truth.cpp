#include "scenario/truth.h"

#include "scenario/rules.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace vocsync::scenarios {

namespace {

std::vector<TrueInterval> statesOf(const Track &track)
{
    std::vector<TrueInterval> out;
    for (const Seg &s : track.segs()) {
        if (!out.empty() && out.back().state == s.state) {
            out.back().endMs = s.endMs;
            continue;
        }
        out.push_back({s.state, s.startMs, s.endMs});
    }
    return out;
}

/// Production, sync and unknown time of one production facility: a sweep over every boundary
/// of its own and its treatments' true states.
TrueSync syncOf(const Model &m, int production)
{
    TrueSync s;
    s.production = m.facilityId(production);
    s.enterprise = m.plant.facilities[production].enterpriseId;
    std::vector<const Track *> treatments;
    for (int li : m.linksOf[production]) {
        if (m.links[li].production == production)
            treatments.push_back(&m.units[m.links[li].treatment].truth);
    }
    s.treatments = static_cast<int>(treatments.size());
    std::vector<std::int64_t> cuts;
    for (const Seg &seg : m.units[production].truth.segs())
        cuts.push_back(seg.startMs);
    for (const Track *t : treatments) {
        for (const Seg &seg : t->segs())
            cuts.push_back(seg.startMs);
    }
    cuts.push_back(m.toMs);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const std::int64_t a = cuts[i], len = cuts[i + 1] - cuts[i];
        const RunState p = m.units[production].truth.at(a).state;
        if (p == RunState::Unknown) {
            s.unknownMs += len;
            continue;
        }
        if (!isOperating(p))
            continue;
        bool known = true, all = true;
        for (const Track *t : treatments) {
            const RunState ts = t->at(a).state;
            known = known && ts != RunState::Unknown;
            all = all && isOperating(ts);
        }
        if (!known) {
            s.unknownMs += len;
            continue;
        }
        s.productionMs += len;
        if (all)
            s.syncMs += len;
    }
    return s;
}

} // namespace

std::optional<double> TrueSync::ratePercent() const
{
    if (productionMs == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(syncMs) / static_cast<double>(productionMs);
}

std::optional<double> TrueEnterprise::syncRatePercent() const
{
    if (productionMs == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(syncMs) / static_cast<double>(productionMs);
}

Truth deriveTruth(const Model &m)
{
    Truth truth;
    QHash<QString, qsizetype> enterpriseIndex;
    for (const Enterprise &e : m.plant.enterprises) {
        enterpriseIndex.insert(e.id, truth.enterprises.size());
        truth.enterprises.append(TrueEnterprise{e.id});
    }
    Findings findings;
    for (int u = 0; u < static_cast<int>(m.units.size()); ++u) {
        const Unit &unit = m.units[u];
        truth.facilities.append(TrueStates{m.facilityId(u), statesOf(unit.truth)});
        for (const Seg &s : unit.truth.segs()) {
            if (s.state == RunState::Overload)
                findings.events.append(TrueEvent{QStringLiteral("over_limit"), m.facilityId(u),
                                                 QString(), m.pointId(u), s.startMs, s.endMs,
                                                 QStringLiteral("overloaded")});
        }
        for (const Outage &o : unit.outages)
            findings.events.append(TrueEvent{QStringLiteral("data_gap"), m.facilityId(u), QString(),
                                             m.pointId(u), o.startMs, o.endMs,
                                             QStringLiteral("meter silent")});
        if (unit.kind != FacilityKind::Production)
            continue;
        const TrueSync s = syncOf(m, u);
        TrueEnterprise &e = truth.enterprises[enterpriseIndex.value(s.enterprise)];
        e.productionMs += s.productionMs;
        e.syncMs += s.syncMs;
        e.unknownMs += s.unknownMs;
        truth.sync.append(s);
        for (const Run &r : runsOf(unit.truth, m.fromMs, m.toMs)) {
            for (int li : m.linksOf[u]) {
                if (m.links[li].production == u)
                    analysePair(m, m.links[li], r, &findings);
            }
        }
    }
    truth.events = findings.events;
    std::sort(truth.events.begin(), truth.events.end(), [](const TrueEvent &a, const TrueEvent &b) {
        return std::tie(a.startMs, a.facility, a.type, a.related) <
               std::tie(b.startMs, b.facility, b.type, b.related);
    });
    return truth;
}

} // namespace vocsync::scenarios
