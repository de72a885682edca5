#pragma once

#include "vocsync/core/plant.h"

#include <cstdint>
#include <vector>

// The behaviour of every demo facility: one table read both by demoPlant() (names, ratings,
// thresholds) and by the simulator (schedules, loads), so the two cannot drift apart.
namespace vocsync::acquisition::demo {

/// How a facility decides when it runs on a given day.
enum class Schedule : std::uint8_t {
    Shifts,      ///< production following the enterprise's shift windows
    Jobs,        ///< production in print jobs of 50-150 min with changeovers inside the shifts
    Batches,     ///< production in batch cycles around the clock (chemical plant)
    FollowLinks, ///< treatment switched on by operators before its linked production, off after
    Continuous,  ///< treatment running 24/7
};

/// A daily window in station-local minutes after midnight, [start, end).
struct Window
{
    int startMin = 0;
    int endMin = 0;
};

/// The working calendar of an enterprise.
struct EnterpriseProfile
{
    const char *id;
    bool sundayOff;
    int saturdayEndMin; ///< -1: Saturday is a full day; windows starting later are dropped
    int mergeGapMin;    ///< a treatment stays on through gaps shorter than this
};

/// The electrical and operating character of one facility (and of its one meter).
struct FacilityProfile
{
    const char *id = "";
    const char *workshopId = "";
    const char *lineId = ""; ///< empty: not on a production line
    const char *name = "";   ///< UTF-8
    FacilityKind kind = FacilityKind::Production;
    const char *type = "";
    double ratedKw = 0;
    double loadFactor = 0.8; ///< share of the rated power drawn at normal running
    double pf = 0.85;        ///< power factor when loaded
    double voltageV = 380;   ///< line voltage at the meter
    Schedule schedule = Schedule::Shifts;
    std::vector<Window> windows = {}; ///< for Shifts, Jobs and Batches
    bool idleBetweenRuns = false;     ///< energised and unloaded between runs of the day
    int rampS = 40;                   ///< start-up ramp
    double noisePct = 2.0;            ///< +- noise of the current, percent
    bool vfd = false;                 ///< driven by a frequency converter: frequency = drive output
    bool gridFrequency = false;       ///< the meter reports the line frequency
    int warmupMin = 0;                ///< RTO/RCO: burner warm-up at a higher load after a start

    QString enterpriseId() const { return QString::fromLatin1(id).left(3); }
};

const std::vector<EnterpriseProfile> &enterpriseProfiles();
const std::vector<FacilityProfile> &facilityProfiles();
const FacilityProfile *facilityProfile(const QString &facilityId);
const EnterpriseProfile *enterpriseProfile(const QString &enterpriseId);

/// Load levels as fractions of the normal running current; the thresholds of demoPlant() are
/// placed between them so the simulated states are unambiguous (DOMAIN.md, Run states).
inline constexpr double kOffFraction = 0.06;
inline constexpr double kRunFraction = 0.30;
inline constexpr double kOverloadFraction = 1.30;
inline constexpr double kIdleLevel = 0.15;
inline constexpr double kWarmupLevel = 1.12;
inline constexpr double kIdlePf = 0.45; ///< an unloaded motor draws mostly magnetising current

/// Normal running current (A) of a three-phase load: P = sqrt(3) * U * I * pf.
double runningCurrentA(const FacilityProfile &p);
/// The run thresholds demoPlant() gives this facility.
RunThresholds thresholdsFor(const FacilityProfile &p);

} // namespace vocsync::acquisition::demo
