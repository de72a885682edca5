#include "demomodel.h"

#include "vocsync/core/timeutil.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vocsync::acquisition {

using namespace demo;

namespace {

constexpr double kSqrt3 = 1.7320508075688772;
/// The energy ledger starts at local midnight of 2024-01-01 (day 19723 since 1970-01-01).
constexpr std::int64_t kLedgerOrigin = 19723;
constexpr size_t kPlanCache = 16;
constexpr size_t kBatchSamples = 8192;

/// Rounds to the channel's resolution so stored integers round-trip exactly.
inline double quantize(double x, double scale)
{
    return scale > 0 ? std::round(x * scale) / scale : x;
}

/// 21 bits of `h` starting at `shift` as a uniform value in [-1, 1).
inline double noiseAt(std::uint64_t h, int shift)
{
    return static_cast<double>((h >> shift) & 0x1FFFFF) * (2.0 / 2097152.0) - 1.0;
}

template <typename T> void sortById(std::vector<int> &indices, const std::vector<T> &items)
{
    std::sort(indices.begin(), indices.end(),
              [&](int a, int b) { return items[a].id < items[b].id; });
}

} // namespace

DemoModel::DemoModel(Plant plant, std::uint64_t seed) : m_plant(std::move(plant)), m_seed(seed)
{
    std::vector<int> order(static_cast<size_t>(m_plant.enterprises.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return m_plant.enterprises[a].id < m_plant.enterprises[b].id; });
    for (int i : order) {
        const QString &id = m_plant.enterprises[i].id;
        m_refs.enterprises.push_back({id, idSalt(id), enterpriseProfile(id), {}, {}});
    }
    const auto enterpriseIndex = [&](const QString &id) {
        for (size_t e = 0; e < m_refs.enterprises.size(); ++e) {
            if (m_refs.enterprises[e].id == id)
                return static_cast<int>(e);
        }
        return -1;
    };
    const auto facilityIndex = [&](const QString &id) {
        for (size_t f = 0; f < m_refs.facilities.size(); ++f) {
            if (m_refs.facilities[f].id == id)
                return static_cast<int>(f);
        }
        return -1;
    };

    for (const Facility &f : m_plant.facilities) {
        FacilityRef ref;
        ref.id = f.id;
        ref.salt = idSalt(f.id);
        ref.profile = facilityProfile(f.id);
        ref.kind = f.kind;
        ref.enterprise = enterpriseIndex(f.enterpriseId);
        if (ref.enterprise < 0 || (ref.profile && ref.profile->kind != f.kind))
            ref.profile = nullptr; // not a demo facility: simulated as switched off
        const int index = static_cast<int>(m_refs.facilities.size());
        m_refs.facilities.push_back(ref);
        if (ref.enterprise >= 0)
            m_refs.enterprises[ref.enterprise].facilities.push_back(index);
    }
    for (const FacilityLink &l : m_plant.links) {
        const int p = facilityIndex(l.productionId);
        const int t = facilityIndex(l.treatmentId);
        if (p < 0 || t < 0)
            continue;
        m_refs.links.push_back({p, t, static_cast<int>(std::lround(l.leadMinutes * 60)),
                                static_cast<int>(std::lround(l.lagMinutes * 60))});
        m_refs.facilities[t].links.push_back(static_cast<int>(m_refs.links.size()) - 1);
    }
    for (FacilityRef &f : m_refs.facilities) {
        std::sort(f.links.begin(), f.links.end(), [&](int a, int b) {
            return m_refs.facilities[m_refs.links[a].production].id <
                   m_refs.facilities[m_refs.links[b].production].id;
        });
    }

    std::int64_t step = 0;
    for (const MonitoringPoint &mp : m_plant.points) {
        const int f = facilityIndex(mp.facilityId);
        if (f < 0)
            continue;
        const FacilityProfile *prof = m_refs.facilities[f].profile;
        PointRef ref;
        ref.facility = f;
        ref.voltageV = prof ? prof->voltageV : 380.0;
        ref.runningA = prof ? runningCurrentA(*prof) : 0.0;
        const double pf = prof ? prof->pf : 0.85;
        ref.kwPerLevel = kSqrt3 * ref.voltageV * ref.runningA * pf / 1000.0;
        ref.kwPerLevelIdle = kSqrt3 * ref.voltageV * ref.runningA * kIdlePf / 1000.0;

        PointModel pm;
        pm.key = mp.key;
        pm.mask = mp.mask();
        for (const Channel &c : mp.channels)
            pm.scale[index(c.quantity)] = std::pow(10.0, c.decimals);
        pm.facility = f;
        pm.intervalMs = std::max(1, mp.intervalS) * 1000LL;
        pm.pf = pf;
        pm.noise = prof ? prof->noisePct / 100.0 : 0.0;
        pm.vfd = prof && prof->vfd;
        pm.gridFrequency = prof && prof->gridFrequency;
        pm.salt = mix64(m_seed ^ static_cast<std::uint64_t>(idSalt(mp.id)));
        // A meter that has counted two to three years of full load before the origin, so the
        // counter stays positive for earlier dates too.
        const double ratedKw = prof ? prof->ratedKw : 0.0;
        pm.baseKwh = std::round(ratedKw * 8760.0 * (2.0 + unit(pm.salt)) * 100.0) / 100.0;

        const int pointIndex = static_cast<int>(m_points.size());
        m_refs.points.push_back(ref);
        m_refs.pointFacilityIds.push_back(mp.facilityId);
        m_points.push_back(pm);
        const int e = m_refs.facilities[f].enterprise;
        if (e >= 0)
            m_refs.enterprises[e].points.push_back(pointIndex);
        step = std::gcd(step, pm.intervalMs);
    }
    m_stepMs = step > 0 ? step : 10'000;
    for (EnterpriseRef &e : m_refs.enterprises) {
        sortById(e.facilities, m_refs.facilities);
        std::sort(e.points.begin(), e.points.end(),
                  [&](int a, int b) { return m_plant.points[a].id < m_plant.points[b].id; });
    }
}

std::shared_ptr<const DayPlan> DemoModel::dayPlan(std::int64_t day) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_plans.begin(); it != m_plans.end(); ++it) {
        if ((*it)->day == day) {
            m_plans.splice(m_plans.begin(), m_plans, it);
            return m_plans.front();
        }
    }
    auto built = std::make_shared<const DayPlan>(buildDayPlan(m_refs, m_seed, day));
    m_plans.push_front(built);
    if (m_plans.size() > kPlanCache)
        m_plans.pop_back();
    return built;
}

std::vector<double> DemoModel::energyAtDayStart(std::int64_t day) const
{
    std::vector<double> base(m_points.size());
    for (size_t p = 0; p < m_points.size(); ++p)
        base[p] = m_points[p].baseKwh;
    if (day < kLedgerOrigin) { // rare (dates before 2024): walked back from the origin
        for (std::int64_t d = kLedgerOrigin - 1; d >= day; --d) {
            const DayPlan dp = buildDayPlan(m_refs, m_seed, d);
            for (size_t p = 0; p < base.size(); ++p)
                base[p] -= dp.totalKwh[p];
        }
        return base;
    }
    QMutexLocker lock(&m_mutex);
    if (m_ledger.empty())
        m_ledger.push_back(base);
    const auto wanted = static_cast<size_t>(day - kLedgerOrigin);
    while (m_ledger.size() <= wanted) {
        const DayPlan dp = buildDayPlan(
            m_refs, m_seed, kLedgerOrigin + static_cast<std::int64_t>(m_ledger.size()) - 1);
        std::vector<double> next = m_ledger.back();
        for (size_t p = 0; p < next.size(); ++p)
            next[p] += dp.totalKwh[p];
        m_ledger.push_back(std::move(next));
    }
    return m_ledger[wanted];
}

bool DemoModel::silent(const DayPlan &plan, size_t point, std::int32_t second) const
{
    for (const Gap &g : plan.gaps) {
        if (static_cast<size_t>(g.point) == point && g.startS <= second && second < g.endS)
            return true;
    }
    return false;
}

void DemoModel::evaluate(size_t point, const DayPlan &plan, size_t segment, double dayStartKwh,
                         std::int64_t tMs, Sample &out) const
{
    const PointModel &pm = m_points[point];
    const PointRef &ref = m_refs.points[point];
    const Segment &seg = plan.facilities[static_cast<size_t>(pm.facility)].segments[segment];
    const double x = static_cast<double>(tMs - plan.startMs) * 0.001 - seg.startS;
    const double frac = seg.rampS > 0 && x < seg.rampS ? x / seg.rampS : 1.0;
    const double level = seg.fromLevel + (seg.level - seg.fromLevel) * frac;
    const std::uint64_t h = mix64(pm.salt ^ static_cast<std::uint64_t>(tMs));

    const double current = quantize(ref.runningA * level * (1.0 + pm.noise * noiseAt(h, 0)),
                                    pm.scale[index(Quantity::CurrentA)]);
    // The meter stays energised when the machine is off: line voltage with a little noise.
    const double voltage = quantize(ref.voltageV * (1.0 + 0.004 * noiseAt(h, 21)),
                                    pm.scale[index(Quantity::VoltageV)]);
    const double pf = seg.idlePf ? kIdlePf : pm.pf;
    const double power =
        quantize(kSqrt3 * voltage * current * pf / 1000.0, pm.scale[index(Quantity::PowerKw)]);
    const double energy =
        quantize(dayStartKwh + plan.prefixKwh[point][segment] + segmentEnergyKwh(seg, ref, x),
                 pm.scale[index(Quantity::EnergyKwh)]);
    double freq;
    if (pm.vfd) // the drive's output frequency, read from the VFD
        freq = seg.fromFreqHz + (seg.freqHz - seg.fromFreqHz) * frac;
    else if (pm.gridFrequency)
        freq = 50.0 + 0.02 * noiseAt(h, 42);
    else
        freq = 50.0;
    freq = quantize(freq, pm.scale[index(Quantity::FrequencyHz)]);

    out.point = pm.key;
    out.tMs = tMs;
    out.mask = pm.mask;
    out.quality = QualityGood;
    out.v = {current, voltage, power, energy, freq};
    for (Quantity q : kAllQuantities) {
        if (!(pm.mask & bit(q)))
            out.v[index(q)] = 0;
    }
}

SampleBatch DemoModel::samplesAt(std::int64_t tMs) const
{
    SampleBatch out;
    if (tMs % m_stepMs != 0)
        return out;
    const std::int64_t day = localDay(tMs);
    const std::shared_ptr<const DayPlan> dp = dayPlan(day);
    const std::vector<double> start = energyAtDayStart(day);
    const auto second = static_cast<std::int32_t>((tMs - dp->startMs) / 1000);
    out.reserve(m_points.size());
    for (size_t p = 0; p < m_points.size(); ++p) {
        if (tMs % m_points[p].intervalMs != 0 || silent(*dp, p, second))
            continue;
        const std::vector<Segment> &segs =
            dp->facilities[static_cast<size_t>(m_points[p].facility)].segments;
        const auto it =
            std::upper_bound(segs.begin(), segs.end(), second,
                             [](std::int32_t s, const Segment &seg) { return s < seg.startS; });
        out.emplace_back();
        evaluate(p, *dp, static_cast<size_t>(it - segs.begin()) - 1, start[p], tMs, out.back());
    }
    return out;
}

bool DemoModel::generate(std::int64_t fromMs, std::int64_t toMs,
                         const std::function<bool(SampleBatch &&, std::int64_t)> &sink) const
{
    if (fromMs >= toMs)
        return true;
    std::int64_t t = timeutil::floorTo(fromMs, m_stepMs);
    if (t < fromMs)
        t += m_stepMs;
    SampleBatch batch;
    batch.reserve(kBatchSamples + m_points.size());
    std::vector<size_t> cursor(m_points.size());
    while (t < toMs) {
        const std::int64_t day = localDay(t);
        const std::shared_ptr<const DayPlan> dp = dayPlan(day);
        const std::vector<double> start = energyAtDayStart(day);
        const std::int64_t dayEnd = std::min(toMs, dp->startMs + kDayMs);
        std::fill(cursor.begin(), cursor.end(), 0);
        for (; t < dayEnd; t += m_stepMs) {
            const auto second = static_cast<std::int32_t>((t - dp->startMs) / 1000);
            for (size_t p = 0; p < m_points.size(); ++p) {
                if (t % m_points[p].intervalMs != 0)
                    continue;
                if (!dp->gaps.empty() && silent(*dp, p, second))
                    continue;
                const std::vector<Segment> &segs =
                    dp->facilities[static_cast<size_t>(m_points[p].facility)].segments;
                size_t &k = cursor[p];
                while (segs[k].endS <= second)
                    ++k;
                batch.emplace_back();
                evaluate(p, *dp, k, start[p], t, batch.back());
            }
            if (batch.size() >= kBatchSamples) {
                if (!sink(std::move(batch), t + m_stepMs))
                    return false;
                batch = SampleBatch();
                batch.reserve(kBatchSamples + m_points.size());
            }
        }
    }
    if (!batch.empty())
        return sink(std::move(batch), toMs);
    return true;
}

QList<InjectedAnomaly> DemoModel::anomalies(std::int64_t fromMs, std::int64_t toMs) const
{
    QList<InjectedAnomaly> out;
    if (fromMs >= toMs)
        return out;
    for (std::int64_t day = localDay(fromMs); day <= localDay(toMs - 1); ++day) {
        for (const InjectedAnomaly &a : dayPlan(day)->anomalies) {
            if (a.endMs > fromMs && a.startMs < toMs)
                out.append(a);
        }
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const InjectedAnomaly &a, const InjectedAnomaly &b) { return a.startMs < b.startMs; });
    return out;
}

} // namespace vocsync::acquisition
