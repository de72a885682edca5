#pragma once

#include "demoprofiles.h"

#include "vocsync/acquisition/demoplant.h"

#include <QList>

#include <cstdint>
#include <vector>

// One station-local day of the demo plant, decided in advance: when each facility runs, at
// what load, which anomaly was injected. Everything here is a pure function of (plant, seed,
// day), so any instant can be evaluated without simulating what came before.
namespace vocsync::acquisition::demo {

inline constexpr std::int64_t kDayMs = 86'400'000;
inline constexpr int kDayS = 86'400;
// Shifts are in Asia/Shanghai time, which has had no DST since 1991: a fixed +8 h offset gives
// the local day without a time-zone lookup in the hot path.
inline constexpr std::int64_t kLocalOffsetMs = 8 * 3'600'000;

/// Station-local day number (days since 1970-01-01 local) containing utcMs.
inline std::int64_t localDay(std::int64_t utcMs)
{
    const std::int64_t local = utcMs + kLocalOffsetMs;
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}
/// UTC ms of local midnight starting `day`.
inline std::int64_t dayStartMs(std::int64_t day)
{
    return day * kDayMs - kLocalOffsetMs;
}
/// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
inline int weekday(std::int64_t day)
{
    const std::int64_t w = (day + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

// ---- deterministic randomness: splitmix64 over the mixed inputs
inline std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
inline std::uint64_t hashOf(std::uint64_t seed, std::int64_t a, std::int64_t b = 0,
                            std::int64_t c = 0, std::int64_t d = 0)
{
    std::uint64_t h = mix64(seed);
    h = mix64(h ^ static_cast<std::uint64_t>(a));
    h = mix64(h ^ static_cast<std::uint64_t>(b));
    h = mix64(h ^ static_cast<std::uint64_t>(c));
    return mix64(h ^ static_cast<std::uint64_t>(d));
}
/// Uniform in [0, 1).
inline double unit(std::uint64_t h)
{
    return static_cast<double>(h >> 11) * 0x1.0p-53;
}
/// Uniform integer in [lo, hi].
inline int between(std::uint64_t h, int lo, int hi)
{
    return lo + static_cast<int>(h % static_cast<std::uint64_t>(hi - lo + 1));
}

/// A piece of a facility's day with constant target load, [startS, endS) in seconds after
/// local midnight. Over the first rampS seconds the load moves linearly from fromLevel to
/// level (and the drive frequency from fromFreqHz to freqHz).
struct Segment
{
    std::int32_t startS = 0;
    std::int32_t endS = 0;
    std::int32_t rampS = 0;
    float level = 0; ///< current as a fraction of the normal running current
    float fromLevel = 0;
    float freqHz = 0; ///< VFD output frequency
    float fromFreqHz = 0;
    bool idlePf = false; ///< unloaded: low power factor
};

/// A production run, [startS, endS).
struct Run
{
    std::int32_t startS = 0;
    std::int32_t endS = 0;
};

struct FacilityDay
{
    std::vector<Segment> segments; ///< cover the whole day, in order
    std::vector<Run> runs;         ///< production only
};

/// A silent meter: no samples of point `point` in [startS, endS).
struct Gap
{
    int point = 0;
    std::int32_t startS = 0;
    std::int32_t endS = 0;
};

struct DayPlan
{
    std::int64_t day = 0;
    std::int64_t startMs = 0;
    std::vector<FacilityDay> facilities; ///< by facility index of the model
    std::vector<Gap> gaps;
    std::vector<std::vector<double>> prefixKwh; ///< per point: energy at each segment start
    std::vector<double> totalKwh;               ///< per point: energy of the whole day
    QList<InjectedAnomaly> anomalies;
};

/// What the plan builder needs to know about the plant, resolved once.
struct LinkRef
{
    int production = 0;
    int treatment = 0;
    int leadS = 0;
    int lagS = 0;
};

/// FNV-1a of an id: the stable key of random streams, so that a plant reloaded from a
/// database in another order simulates exactly the same.
inline std::int64_t idSalt(const QString &id)
{
    std::uint64_t h = 14695981039346656037ull;
    for (const QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return static_cast<std::int64_t>(h);
}

struct FacilityRef
{
    QString id;
    std::int64_t salt = 0;
    const FacilityProfile *profile = nullptr; ///< null: not a demo facility, always off
    FacilityKind kind = FacilityKind::Production;
    int enterprise = 0;
    std::vector<int> links; ///< indices into PlantRefs::links where this is the treatment,
                            ///< ordered by production id
};

struct PointRef
{
    int facility = 0;
    double voltageV = 380;
    double runningA = 0;
    double kwPerLevel = 0;     ///< noise-free kW at level 1 with the loaded power factor
    double kwPerLevelIdle = 0; ///< the same with the unloaded power factor
};

struct EnterpriseRef
{
    QString id;
    std::int64_t salt = 0;
    const EnterpriseProfile *profile = nullptr;
    std::vector<int> facilities; ///< ordered by id
    std::vector<int> points;     ///< ordered by id
};

struct PlantRefs
{
    std::vector<EnterpriseRef> enterprises; ///< ordered by id
    std::vector<FacilityRef> facilities;
    std::vector<LinkRef> links;
    std::vector<PointRef> points;
    std::vector<QString> pointFacilityIds;
};

/// Noise-free energy (kWh) of point `p` over the first `x` seconds of segment `s`: the
/// closed-form integral of its load, which makes the energy counter a pure function of time.
double segmentEnergyKwh(const Segment &s, const PointRef &p, double x);

/// Builds the day: production runs, treatment following them, injected anomalies, energy.
DayPlan buildDayPlan(const PlantRefs &refs, std::uint64_t seed, std::int64_t day);

// ---- internals shared by demoplan.cpp and demoanomalies.cpp

/// A treatment's intended state over a window, before it becomes segments.
enum class Mode : std::uint8_t { Off, Idle, Running, Slow };
struct Span
{
    std::int32_t startS = 0;
    std::int32_t endS = 0;
    Mode mode = Mode::Off;
    float level = 1; ///< Running: load; Slow: VFD frequency
};

/// Injects the day's anomalies for one enterprise: changes treatment spans (`spans` by
/// facility index) and adds gaps and ground truth to the plan.
void injectAnomalies(const PlantRefs &refs, std::uint64_t seed, int enterprise,
                     std::vector<std::vector<Span>> &spans, DayPlan &plan);

/// Overwrites [w.startS, w.endS) of a span list covering the day with `w`'s mode; Idle and Slow
/// only replace Running time (a stopped fan does not start idling).
void paint(std::vector<Span> &spans, const Span &w);

} // namespace vocsync::acquisition::demo
