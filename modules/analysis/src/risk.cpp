// Correlation, energy ratio and the risk score that ranks enterprises for an inspector
// (DOMAIN.md, Anomalies: correlation analysis). The formula is in docs/analysis.md.
#include "facilityslot.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace vocsync::analysis::detail {

namespace {

constexpr int kWindowBuckets = 24; ///< 2 h windows of 5-minute means
constexpr int kWindowStep = 12;    ///< sliding by 1 h

std::optional<double> median(std::vector<double> v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double meanOf(const LoadBucket &b)
{
    return b.count ? static_cast<double>(b.sum) / b.count : std::nan("");
}

/// Pearson correlation of production and treatment load over sliding windows in which the
/// production load varies (a steady production says nothing about following). Median over
/// windows; empty when no window qualifies.
std::optional<double> linkCorrelation(const FacilitySlot &p, const FacilitySlot &t)
{
    const size_t n = std::min(p.buckets.size(), t.buckets.size());
    std::vector<double> rs;
    for (size_t w = 0; w + kWindowBuckets <= n; w += kWindowStep) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        int k = 0;
        for (size_t i = w; i < w + kWindowBuckets; ++i) {
            const double x = meanOf(p.buckets[i]);
            const double y = meanOf(t.buckets[i]);
            if (std::isnan(x) || std::isnan(y))
                continue;
            sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
            ++k;
        }
        if (k < kWindowBuckets / 2)
            continue;
        const double vx = sxx - sx * sx / k;
        const double vy = syy - sy * sy / k;
        const double meanX = sx / k;
        // Production must vary by more than 10 % of its mean level (starts, stops, load).
        if (vx / k < std::pow(0.1 * std::max(std::abs(meanX), 1e-9), 2))
            continue;
        rs.push_back(vy <= 0 ? 0.0 : (sxy - sx * sy / k) / std::sqrt(vx * vy));
    }
    return median(rs);
}

struct EnergySums
{
    double production = 0;
    double treatment = 0;
    bool any = false;
};

} // namespace

Timeline normalized(const Timeline &tl, std::int64_t fromMs, std::int64_t toMs)
{
    Timeline out;
    std::int64_t at = fromMs;
    for (const StateInterval &i : tl) {
        if (i.endMs <= at)
            continue;
        if (i.startMs >= toMs)
            break;
        if (i.startMs > at)
            append(out, {RunState::Unknown, at, i.startMs});
        const std::int64_t s = std::max(i.startMs, at);
        const std::int64_t e = std::min(i.endMs, toMs);
        append(out, {i.state, s, e});
        at = e;
    }
    if (at < toMs)
        append(out, {RunState::Unknown, at, toMs});
    return out;
}

QList<EnterpriseFigures> enterpriseFigures(const Plant &plant,
                                           const std::vector<FacilitySlot> &facilities,
                                           const QList<FacilityStates> &states,
                                           const QList<SyncFigures> &sync,
                                           const QList<Event> &events, std::int64_t fromMs,
                                           std::int64_t toMs)
{
    QHash<QString, int> slotOf;
    for (size_t i = 0; i < facilities.size(); ++i)
        slotOf.insert(facilities[i].facility.id, static_cast<int>(i));

    QList<EnterpriseFigures> out;
    QHash<QString, EnergySums> energy;
    for (const Enterprise &ent : plant.enterprises) {
        EnterpriseFigures f;
        f.id = ent.id;
        std::int64_t known = 0, total = 0;
        EnergySums es;
        for (int i = 0; i < states.size(); ++i) {
            const FacilitySlot &slot = facilities[static_cast<size_t>(i)];
            if (slot.facility.enterpriseId != ent.id)
                continue;
            const std::vector<std::int64_t> t = timeInStates(states[i].states, fromMs, toMs);
            total += toMs - fromMs;
            known += (toMs - fromMs) - t[static_cast<size_t>(RunState::Unknown)];
            if (slot.hasEnergy) {
                es.any = true;
                (slot.facility.kind == FacilityKind::Production ? es.production : es.treatment) +=
                    slot.energyKwh;
            }
        }
        energy.insert(ent.id, es);
        f.completenessPercent = total > 0 ? 100.0 * static_cast<double>(known) / total : 0;
        for (const SyncFigures &s : sync) {
            const Facility *p = plant.facility(s.production);
            if (!p || p->enterpriseId != ent.id || s.treatments == 0)
                continue;
            f.productionMs += s.productionMs;
            f.syncMs += s.syncMs;
            f.unknownMs += s.unknownMs;
        }
        if (f.productionMs > 0)
            f.syncRatePercent = 100.0 * static_cast<double>(f.syncMs) / f.productionMs;
        std::vector<double> rs;
        for (const FacilityLink &l : plant.links) {
            const auto pi = slotOf.constFind(l.productionId);
            const auto ti = slotOf.constFind(l.treatmentId);
            if (pi == slotOf.cend() || ti == slotOf.cend())
                continue;
            if (facilities[static_cast<size_t>(*pi)].facility.enterpriseId != ent.id)
                continue;
            if (auto r = linkCorrelation(facilities[static_cast<size_t>(*pi)],
                                         facilities[static_cast<size_t>(*ti)]))
                rs.push_back(*r);
        }
        f.correlation = median(rs);
        if (es.any && es.production > 0)
            f.energyRatio = es.treatment / es.production;
        out.append(f);
    }

    // Peers: the median ratio of the other enterprises of the same industry.
    for (EnterpriseFigures &f : out) {
        const Enterprise *ent = plant.enterprise(f.id);
        std::vector<double> peers;
        for (const EnterpriseFigures &o : out) {
            const Enterprise *oe = plant.enterprise(o.id);
            if (o.id != f.id && oe && ent && oe->industry == ent->industry && o.energyRatio)
                peers.push_back(*o.energyRatio);
        }
        f.peerEnergyRatio = median(peers);

        std::int64_t anomalousMs = 0;
        for (const Event &e : events) {
            const Facility *fac = plant.facility(e.facility);
            if (!fac || fac->enterpriseId != f.id || e.type == EventType::DataGap)
                continue;
            anomalousMs += e.durationMs() * (e.severity == Severity::Alarm ? 2 : 1);
        }
        QJsonObject parts;
        const double syncPart = f.syncRatePercent ? 0.5 * (100.0 - *f.syncRatePercent) : 0.0;
        const double eventPart =
            f.productionMs > 0
                ? 25.0 * std::min(1.0, static_cast<double>(anomalousMs) / (0.1 * f.productionMs))
                : 0.0;
        const double corrPart =
            f.correlation ? 10.0 * std::clamp((0.5 - *f.correlation) / 0.5, 0.0, 1.0) : 0.0;
        const double energyPart =
            f.energyRatio && f.peerEnergyRatio && *f.peerEnergyRatio > 0
                ? 10.0 * std::clamp((1.0 - *f.energyRatio / *f.peerEnergyRatio) / 0.5, 0.0, 1.0)
                : 0.0;
        const double dataPart = 5.0 * (1.0 - f.completenessPercent / 100.0);
        parts.insert(QStringLiteral("sync"), syncPart);
        parts.insert(QStringLiteral("events"), eventPart);
        parts.insert(QStringLiteral("correlation"), corrPart);
        parts.insert(QStringLiteral("energy_ratio"), energyPart);
        parts.insert(QStringLiteral("completeness"), dataPart);
        f.risk = std::round((syncPart + eventPart + corrPart + energyPart + dataPart) * 10) / 10;
        f.riskFactors = parts;
    }
    std::stable_sort(out.begin(), out.end(), [](const EnterpriseFigures &a,
                                                const EnterpriseFigures &b) {
        return a.risk > b.risk;
    });
    return out;
}

} // namespace vocsync::analysis::detail
