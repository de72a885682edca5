#pragma once

#include "demoplan.h"

#include "vocsync/acquisition/demoplant.h"

#include <QMutex>

#include <array>
#include <cstdint>
#include <list>
#include <memory>
#include <vector>

namespace vocsync::acquisition {

/// The state behind DemoSimulator: the plant resolved against the demo profiles, a small cache
/// of day plans and the energy ledger. Every sample is computed from (day plan, energy at the
/// start of the day, t) by one function, so history and live values are bit-identical.
class DemoModel
{
public:
    DemoModel(Plant plant, std::uint64_t seed);

    const Plant &plant() const { return m_plant; }
    SampleBatch samplesAt(std::int64_t tMs) const;
    bool generate(std::int64_t fromMs, std::int64_t toMs,
                  const std::function<bool(SampleBatch &&, std::int64_t)> &sink) const;
    QList<InjectedAnomaly> anomalies(std::int64_t fromMs, std::int64_t toMs) const;

private:
    struct PointModel
    {
        std::uint32_t key = 0;
        std::uint8_t mask = 0;
        std::array<double, kQuantityCount> scale{}; ///< 10^decimals of each measured quantity
        int facility = 0;
        std::int64_t intervalMs = 10'000;
        double pf = 0.85;
        double noise = 0.02;
        bool vfd = false;
        bool gridFrequency = false;
        std::uint64_t salt = 0;
        double baseKwh = 0; ///< counter reading at the ledger origin
    };

    std::shared_ptr<const demo::DayPlan> dayPlan(std::int64_t day) const;
    /// Energy counter of every point at local midnight starting `day`.
    std::vector<double> energyAtDayStart(std::int64_t day) const;
    bool silent(const demo::DayPlan &plan, size_t point, std::int32_t second) const;
    void evaluate(size_t point, const demo::DayPlan &plan, size_t segment, double dayStartKwh,
                  std::int64_t tMs, Sample &out) const;

    Plant m_plant;
    std::uint64_t m_seed;
    demo::PlantRefs m_refs;
    std::vector<PointModel> m_points;
    std::int64_t m_stepMs = 10'000;

    mutable QMutex m_mutex;
    mutable std::list<std::shared_ptr<const demo::DayPlan>> m_plans; ///< most recent first
    mutable std::vector<std::vector<double>> m_ledger; ///< energy at the start of origin + i
};

} // namespace vocsync::acquisition
