#pragma once

// A small hand-built plant for analysis tests: facilities whose current follows piecewise
// constant levels (with ±1 % deterministic noise), sampled every 10 s.

#include "vocsync/analysis/analyzer.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace fixture {

using namespace vocsync;

/// 2026-11-02T00:00:00Z
inline constexpr std::int64_t kT0 = 1'762'041'600'000;
inline constexpr std::int64_t kMin = 60'000;

inline std::int64_t at(double minutes)
{
    return kT0 + static_cast<std::int64_t>(std::llround(minutes * 60'000));
}

struct Segment
{
    double fromMin;
    double toMin;
    double amps;
};

class PlantBuilder
{
public:
    /// Thresholds: off 1 A, run 10 A, overload 60 A, hysteresis 1 A, dwell 60 s.
    void facility(const QString &id, FacilityKind kind, const QString &enterprise = QStringLiteral("E1"))
    {
        if (!m_plant.enterprise(enterprise)) {
            Enterprise e;
            e.id = enterprise;
            e.name = enterprise;
            e.industry = QStringLiteral("furniture");
            m_plant.enterprises.append(e);
        }
        Facility f;
        f.id = id;
        f.enterpriseId = enterprise;
        f.name = id;
        f.kind = kind;
        f.ratedPowerKw = 30;
        f.thresholds.quantity = Quantity::CurrentA;
        f.thresholds.off = 1;
        f.thresholds.run = 10;
        f.thresholds.overload = 60;
        f.thresholds.hysteresis = 1;
        m_plant.facilities.append(f);
        MonitoringPoint p;
        p.key = static_cast<std::uint32_t>(m_plant.points.size() + 1);
        p.id = id + QStringLiteral("-M");
        p.facilityId = id;
        p.intervalS = 10;
        p.channels = {{Quantity::CurrentA, 3}, {Quantity::PowerKw, 3}, {Quantity::EnergyKwh, 2}};
        m_plant.points.append(p);
    }
    void link(const QString &p, const QString &t, double leadMin = 0, double lagMin = 0)
    {
        m_plant.links.append({p, t, leadMin, lagMin});
    }
    /// The facility's current over [fromMin, toMin); 0 A elsewhere.
    void level(const QString &id, double fromMin, double toMin, double amps)
    {
        m_levels[id].push_back({fromMin, toMin, amps});
    }
    /// No samples of the facility's meter in [fromMin, toMin).
    void silence(const QString &id, double fromMin, double toMin)
    {
        m_silent[id].push_back({fromMin, toMin, 0});
    }

    const Plant &plant() const { return m_plant; }

    /// All samples of [0, minutes), in time order.
    SampleBatch samples(double minutes) const
    {
        SampleBatch out;
        std::map<QString, double> energy;
        for (std::int64_t t = kT0; t < at(minutes); t += 10'000) {
            const double m = static_cast<double>(t - kT0) / 60'000.0;
            for (const MonitoringPoint &p : m_plant.points) {
                if (inAny(m_silent, p.facilityId, m))
                    continue;
                double amps = 0;
                const auto it = m_levels.find(p.facilityId);
                if (it != m_levels.end()) {
                    for (const Segment &s : it->second) {
                        if (m >= s.fromMin && m < s.toMin)
                            amps = s.amps;
                    }
                }
                // ±1 % noise, deterministic in (t, point).
                const double noise =
                    std::sin(static_cast<double>(t / 10'000) * 12.9898 + p.key * 78.233) * 0.01;
                amps = std::round(amps * (1 + noise) * 1000) / 1000;
                const double kw = std::round(amps * 0.38 * 1.732 * 0.85 * 1000) / 1000;
                double &e = energy[p.id];
                e += kw * 10.0 / 3600.0;
                Sample s;
                s.point = p.key;
                s.tMs = t;
                s.set(Quantity::CurrentA, amps);
                s.set(Quantity::PowerKw, kw);
                s.set(Quantity::EnergyKwh, std::round(e * 100) / 100);
                out.push_back(s);
            }
        }
        return out;
    }

    Plant &mutablePlant() { return m_plant; }

private:
    static bool inAny(const std::map<QString, std::vector<Segment>> &m, const QString &id,
                      double minute)
    {
        const auto it = m.find(id);
        if (it == m.end())
            return false;
        return std::any_of(it->second.begin(), it->second.end(), [&](const Segment &s) {
            return minute >= s.fromMin && minute < s.toMin;
        });
    }

    Plant m_plant;
    std::map<QString, std::vector<Segment>> m_levels;
    std::map<QString, std::vector<Segment>> m_silent;
};

/// Profiles learnt from the samples, then the whole analysis of [0, minutes).
inline analysis::AnalysisResult analyze(const PlantBuilder &b, double minutes,
                                        const analysis::AnalysisOptions &o = {})
{
    const SampleBatch all = b.samples(minutes);
    analysis::ProfileLearner learner(b.plant());
    learner.push(all);
    analysis::Analyzer a(b.plant(), o, learner.profiles(), kT0);
    a.push(all);
    return a.finish(at(minutes));
}

} // namespace fixture
