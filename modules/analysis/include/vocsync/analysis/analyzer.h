#pragma once

#include "vocsync/analysis/event.h"
#include "vocsync/analysis/options.h"
#include "vocsync/analysis/timeline.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace vocsync::analysis {

/// What the analyzer learns about a facility from history before it analyses (DOMAIN.md,
/// regulators' practice): the rated level for relative thresholds and the normal running
/// load slowdown is measured against. Live analysis learns it from stored history; the CLI
/// from the input. Same profile, same samples: same result.
struct FacilityProfile
{
    double ratedLevel = 0;  ///< in the threshold quantity; 0 = unknown
    Quantity loadQuantity = Quantity::PowerKw; ///< power where measured, else current
    double normalLoad = 0;  ///< median load while running; 0 = unknown (no slowdown check)
};
using Profiles = QHash<QString, FacilityProfile>; ///< by facility id

/// Learns profiles from a first pass over history (samples in any order of points, time
/// order within a point).
class ProfileLearner
{
public:
    explicit ProfileLearner(const Plant &plant);
    ~ProfileLearner();
    void push(const SampleBatch &batch);
    Profiles profiles() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Sync figures of one production facility over the period (DOMAIN.md, Sync rate).
struct SyncFigures
{
    QString production;
    std::int64_t productionMs = 0; ///< running or overload, every linked treatment known
    std::int64_t syncMs = 0;       ///< ... and every linked treatment running or overload
    std::int64_t unknownMs = 0;    ///< left out: production or a needed treatment unknown
    int treatments = 0;            ///< linked treatment facilities
    std::optional<double> ratePercent() const; ///< null when productionMs is 0 or no link
};

/// Per-enterprise figures and the risk score (docs/analysis.md gives the formula).
struct EnterpriseFigures
{
    QString id;
    std::int64_t productionMs = 0;
    std::int64_t syncMs = 0;
    std::int64_t unknownMs = 0;
    std::optional<double> syncRatePercent;
    double completenessPercent = 100; ///< known time of its facilities over the period
    std::optional<double> correlation;  ///< median load correlation over links, -1..1
    std::optional<double> energyRatio;  ///< treatment kWh / production kWh
    std::optional<double> peerEnergyRatio; ///< the same ratio for peers of its industry
    double risk = 0;                   ///< 0 (no concern) .. 100
    QJsonObject riskFactors;           ///< the parts of the score
};

/// A data-quality finding: what an inspector must not trust.
/// check: "stuck_value", "out_of_range", "counter_jump", "counter_backwards", "sparse_hour".
struct QualityFlag
{
    QString check;
    QString point;
    QString facility;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QJsonObject evidence;
};

struct FacilityStates
{
    QString facility;
    Timeline states;
};

struct AnalysisResult
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    QList<FacilityStates> facilities; ///< in plant order
    QList<SyncFigures> sync;          ///< production facilities, in plant order
    QList<EnterpriseFigures> enterprises; ///< sorted by risk, highest first
    QList<Event> events;              ///< by start, then facility, then type
    QList<QualityFlag> quality;       ///< by start, then point
};

/// The whole analysis of a plant over [fromMs, toMs), streaming. The same object serves
/// stored history (push everything, then finish) and the live stream (push batches as they
/// come, advanceTo(now) on a timer, read events through the sink); a test checks the two give
/// identical results.
class Analyzer
{
public:
    Analyzer(const Plant &plant, const AnalysisOptions &options, const Profiles &profiles,
             std::int64_t fromMs);
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    /// Samples with MonitoringPoint::key of the plant, in time order within each point.
    /// Samples before fromMs, of unknown points, or older than the point's last are ignored
    /// (counted in ignoredSamples()).
    void push(const SampleBatch &batch);
    /// Live: no sample stamped before nowMs - latencyMs will arrive any more. Finalises states
    /// and reports events through the sink.
    void advanceTo(std::int64_t nowMs);
    /// Ends the period and returns everything. The analyzer is spent afterwards.
    AnalysisResult finish(std::int64_t toMs);

    /// Live: called when an event opens, grows (open, later end) or closes (open false).
    using EventSink = std::function<void(const Event &)>;
    void setEventSink(EventSink sink);
    /// Current states (provisional, dwell not served) for live badges, by facility id.
    QHash<QString, RunState> currentStates() const;
    std::int64_t ignoredSamples() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::analysis
