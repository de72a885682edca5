#pragma once

// The generator's working model of a scenario: the plant plus, per facility, the states it is
// meant to go through (its track) and the meter outages. Private to the scenario library.

#include "scenario/scenario.h"

#include "vocsync/core/plant.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace vocsync::scenarios {

inline constexpr std::int64_t kSecond = 1000;
inline constexpr std::int64_t kMinute = 60 * kSecond;
inline constexpr std::int64_t kHour = 60 * kMinute;
inline constexpr std::int64_t kDay = 24 * kHour;

/// Running level of a slowed-down treatment, as a share of its normal load (a fan at 40 Hz
/// instead of 50 Hz draws about half its power: P ~ n^3). Its current drops less.
inline constexpr double kSlowLoad = 0.5;
inline constexpr double kSlowCurrent = 0.62;

/// One stretch of a facility's intended behaviour. `load` scales the running level: 1 normal,
/// kSlowLoad for a slowed-down treatment.
struct Seg
{
    RunState state = RunState::Off;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    double load = 1;

    std::int64_t length() const { return endMs - startMs; }
    bool slow() const { return state == RunState::Running && load < 1; }
};

/// A facility's states over the whole period: contiguous segments, no two neighbours alike.
class Track
{
public:
    Track() = default;
    Track(std::int64_t fromMs, std::int64_t toMs, RunState state);

    /// Sets [startMs, endMs) to one state (clipped to the period).
    void paint(std::int64_t startMs, std::int64_t endMs, RunState state, double load = 1);
    /// Index of the segment holding t (t inside the period).
    std::size_t indexAt(std::int64_t tMs) const;
    const Seg &at(std::int64_t tMs) const { return m_segs[indexAt(tMs)]; }
    /// True when [startMs, endMs) lies inside one segment.
    bool steady(std::int64_t startMs, std::int64_t endMs) const;
    const std::vector<Seg> &segs() const { return m_segs; }

private:
    std::vector<Seg> m_segs;
};

struct Outage
{
    std::int64_t startMs = 0; ///< first missing sample
    std::int64_t endMs = 0;   ///< first sample after the outage
};

/// A facility and the one meter point that watches it.
struct Unit
{
    int point = 0; ///< index in plant.points
    FacilityKind kind = FacilityKind::Production;
    Quantity thresholdQ = Quantity::CurrentA;
    Quantity loadQ = Quantity::PowerKw;
    double runCurrentA = 0;           ///< nominal running current
    double runPowerKw = 0;            ///< nominal running power
    RunState standby = RunState::Off; ///< what a treatment does between its duties
    double driftAmplitude = 0;
    double driftPeriodMs = 3 * kDay;
    double driftPhase = 0;
    std::int64_t intervalMs = 10 * kSecond;
    Track track; ///< what the facility does
    Track truth; ///< what the meter lets anyone know: track, unknown in outages
    std::vector<Outage> outages;
    /// Shortest state stretch that a classifier with a 60 s dwell surely takes.
    std::int64_t minSegmentMs() const
    {
        return intervalMs > 30 * kSecond ? 5 * kMinute : 2 * kMinute;
    }
    double level() const { return thresholdQ == Quantity::PowerKw ? runPowerKw : runCurrentA; }
};

struct LinkRef
{
    int production = 0; ///< unit index
    int treatment = 0;  ///< unit index
    std::int64_t leadMs = 0;
    std::int64_t lagMs = 0;
};

/// The shift blocks of a production day (minutes after local midnight; past 1440 crosses it).
enum class Shifts : std::uint8_t { Day, TwoShift, Night, Continuous };

struct Topology
{
    int productions = 3;     ///< per enterprise
    QStringList ownTypes;    ///< treatments each production has for itself
    QStringList sharedTypes; ///< treatments shared by all productions of the enterprise
};

/// Chances per (production run, linked treatment), counts per facility-day.
struct AnomalyRates
{
    double lateStart = 0;
    double earlyStop = 0;
    double notStarted = 0;
    double abnormalStop = 0;
    double shortStop = 0; ///< 2-3 min: below the 300 s rule, no event
    double idle = 0;
    double shortIdle = 0;
    double idleWholeRun = 0;
    double slowdown = 0;
    double shortSlowdown = 0;
    double overloadsPerFacilityDay = 0;
    double shortRunsPerProductionDay = 0; ///< 2-3 min production runs: no event
};

struct SignalSpec
{
    double noise = 0.015;             ///< uniform relative noise, +-
    double spikesPerHour = 0;         ///< single-sample spikes to 0 or 2x while running
    double missingShare = 0;          ///< isolated missing samples
    double outagesPerFacilityDay = 0; ///< meter silent 5-40 min
    double drift = 0.02;              ///< amplitude of the slow drift of running levels
};

struct Model;

struct Config
{
    QString name;
    QString description;
    QDate startDate;
    int startHour = 0; ///< local hour the period starts
    int hours = 24;
    int enterprises = 1;
    int firstEnterprise = 0; ///< index into the pool of enterprise records
    Topology topology;
    Shifts shifts = Shifts::Day;
    bool longLeadLag = false;
    double slowPointShare = 0; ///< share of points read every 30 s or 60 s
    bool powerOnlyTreatments = false;
    double standbyIdleShare = 0;
    double frequencyShare = 0.3;
    AnomalyRates rates;
    SignalSpec signal;
    /// Replaces the random plan: places runs and anomalies by hand (spot checks).
    void (*script)(Model &model) = nullptr;
    bool checkSamples = true;
};

struct Model
{
    QString name;
    QString description;
    std::uint64_t seed = 0;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    Plant plant;
    std::vector<Unit> units; ///< same order as plant.facilities
    std::vector<LinkRef> links;
    std::vector<std::vector<int>> linksOf; ///< per unit: its links (as production or treatment)

    /// Paints track and truth alike (an outage paints only the truth).
    void paint(int unit, std::int64_t startMs, std::int64_t endMs, RunState state, double load = 1);
    const QString &facilityId(int unit) const { return plant.facilities[unit].id; }
    const QString &pointId(int unit) const { return plant.points[units[unit].point].id; }
    int days() const { return static_cast<int>((toMs - fromMs + kDay - 1) / kDay); }
};

/// UTC ms of local midnight `dayOffset` days after `date` in the scenario zone.
std::int64_t localMidnight(const QDate &date, int dayOffset);

} // namespace vocsync::scenarios
