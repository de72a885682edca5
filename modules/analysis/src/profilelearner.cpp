// Learns each facility's rated level and normal running load from history (DOMAIN.md,
// regulators' practice), from a bounded, deterministic subsample of its readings.
#include "vocsync/analysis/analyzer.h"
#include "vocsync/analysis/classifier.h"
#include "vocsync/analysis/profile.h"

#include <algorithm>
#include <cmath>

namespace vocsync::analysis {

namespace {

constexpr size_t kKeep = 65536; ///< readings kept per facility; halved by taking every other
constexpr size_t kMaxKeys = 1u << 22; ///< point keys beyond this are not learnt from

struct Learnt
{
    Facility facility;
    Quantity loadQuantity = Quantity::PowerKw;
    std::vector<std::pair<float, float>> kept; ///< (threshold quantity, load)
    std::uint64_t seen = 0;
    std::uint64_t stride = 1;
};

} // namespace

struct ProfileLearner::Impl
{
    std::vector<Learnt> facilities;
    std::vector<int> byKey; ///< state point key -> facility, -1 for other points

    int facilityOf(std::uint32_t key) const
    {
        return key < byKey.size() ? byKey[key] : -1;
    }
};

ProfileLearner::ProfileLearner(const Plant &plant) : d(std::make_unique<Impl>())
{
    for (const Facility &f : plant.facilities) {
        for (const MonitoringPoint *mp : plant.pointsOf(f.id)) {
            if (!mp->measures(f.thresholds.quantity))
                continue;
            Learnt l;
            l.facility = f;
            l.loadQuantity =
                mp->measures(Quantity::PowerKw) ? Quantity::PowerKw : f.thresholds.quantity;
            if (mp->key >= d->byKey.size())
                d->byKey.resize(std::min<size_t>(size_t{mp->key} + 1, kMaxKeys), -1);
            if (mp->key < d->byKey.size())
                d->byKey[mp->key] = static_cast<int>(d->facilities.size());
            d->facilities.push_back(std::move(l));
            break;
        }
    }
}

ProfileLearner::~ProfileLearner() = default;

void ProfileLearner::push(const SampleBatch &batch)
{
    for (const Sample &s : batch) {
        const int f = d->facilityOf(s.point);
        if (f < 0)
            continue;
        Learnt &l = d->facilities[static_cast<size_t>(f)];
        if (!s.has(l.facility.thresholds.quantity) || (l.seen++ % l.stride) != 0)
            continue;
        const double load = s.has(l.loadQuantity) ? s.value(l.loadQuantity) : std::nan("");
        l.kept.emplace_back(static_cast<float>(s.value(l.facility.thresholds.quantity)),
                            static_cast<float>(load));
        if (l.kept.size() < kKeep)
            continue;
        for (size_t i = 0; i < l.kept.size() / 2; ++i)
            l.kept[i] = l.kept[2 * i];
        l.kept.resize(l.kept.size() / 2);
        l.stride *= 2;
    }
}

Profiles ProfileLearner::profiles() const
{
    Profiles out;
    for (const Learnt &l : d->facilities) {
        FacilityProfile p;
        p.loadQuantity = l.loadQuantity;
        std::vector<double> levels;
        levels.reserve(l.kept.size());
        for (const auto &k : l.kept)
            levels.push_back(k.first);
        p.ratedLevel = learnRatedLevel(levels);
        const RunThresholds &raw = l.facility.thresholds;
        const double rated = raw.ratedLevel > 0 ? raw.ratedLevel : p.ratedLevel;
        if (!raw.relative || rated > 0) {
            const RunThresholds th = resolveThresholds(raw, rated);
            std::vector<double> loads;
            for (const auto &k : l.kept) {
                if (k.first >= th.run && (th.overload <= 0 || k.first < th.overload) &&
                    !std::isnan(k.second))
                    loads.push_back(k.second);
            }
            if (!loads.empty()) {
                const auto mid = loads.begin() + static_cast<std::ptrdiff_t>(loads.size() / 2);
                std::nth_element(loads.begin(), mid, loads.end());
                p.normalLoad = *mid;
            }
        }
        out.insert(l.facility.id, p);
    }
    return out;
}

} // namespace vocsync::analysis
