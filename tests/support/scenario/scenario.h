#pragma once

// Labelled scenarios for scoring the analysis module: a plant, its samples and the ground truth
// (true run states, sync figures and events) of a day or three of made-up but plausible plant
// life. The truth is computed from the states the generator intends (it never classifies a
// sample) by the rules of docs/scenarios.md; configurations where those rules could be read two
// ways are not generated (see Scenario::problems). Deterministic from a seed.
//
// This library links only core: event types are their analysis keys ("late_start", ...).

#include "vocsync/core/plant.h"
#include "vocsync/core/runstate.h"
#include "vocsync/core/sample.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <vector>

namespace vocsync::scenarios {

inline constexpr std::uint64_t kDefaultSeed = 20260302;

/// One event the analyzer must find. `type` is the analysis event key.
struct TrueEvent
{
    QString type;
    QString facility;
    QString related; ///< the production facility of a sync event, else empty
    QString point;   ///< the silent point of a data_gap, else empty
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QString note; ///< what the generator did to cause it, for people reading the truth
};

struct TrueInterval
{
    RunState state = RunState::Unknown;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

struct TrueStates
{
    QString facility;
    std::vector<TrueInterval> states; ///< contiguous over the period, neighbours differ
};

/// Sync figures of one production facility (DOMAIN.md, Sync rate), from the true states.
struct TrueSync
{
    QString production;
    QString enterprise;
    std::int64_t productionMs = 0;
    std::int64_t syncMs = 0;
    std::int64_t unknownMs = 0;
    int treatments = 0; ///< linked treatment facilities
    std::optional<double> ratePercent() const;
};

struct TrueEnterprise
{
    QString id;
    std::int64_t productionMs = 0;
    std::int64_t syncMs = 0;
    std::int64_t unknownMs = 0;
    std::optional<double> syncRatePercent() const;
};

struct Truth
{
    QList<TrueStates> facilities; ///< plant order
    QList<TrueSync> sync;         ///< production facilities, plant order
    QList<TrueEnterprise> enterprises;
    QList<TrueEvent> events; ///< by start, then facility, then type
};

struct Scenario
{
    QString name;
    QString description;
    std::uint64_t seed = 0;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    Plant plant;         ///< point keys 1, 2, ... in plant order
    SampleBatch samples; ///< in time order, then point key
    Truth truth;
    /// The generator's self-check: places where the truth could be read two ways or where a
    /// sample does not show the state it should. Empty for every catalogue scenario.
    QStringList problems;
    int rejectedAnomalies = 0; ///< planned anomalies dropped because they would be ambiguous
};

/// The catalogue, in a fixed order.
QStringList scenarioNames();
/// One scenario of the catalogue; nullopt for an unknown name.
std::optional<Scenario> makeScenario(const QString &name, std::uint64_t seed = kDefaultSeed);

/// A large plant for benchmarks: `facilities` facilities (about half production) over `days`
/// days of 10 s samples, with the anomalies, noise and outages of an ordinary month.
/// `checked` false skips the self-check of samples (it costs memory on a month of data).
Scenario makeLoadScenario(int facilities, int days, std::uint64_t seed = kDefaultSeed,
                          bool checked = false);

/// The zone the scenarios live in (Asia/Shanghai): days and shifts are local.
QTimeZone scenarioZone();

/// The truth as JSON with the field names of `vocsync-cli analyze` (docs/scenarios.md).
QJsonObject truthToJson(const Scenario &scenario, const QTimeZone &zone);

} // namespace vocsync::scenarios
