#pragma once

#include "vocsync/analysis/analyzer.h"
#include "vocsync/analysis/classifier.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace vocsync::analysis::detail {

/// Five-minute load buckets of a facility, for correlation and evidence.
struct LoadBucket
{
    float sum = 0;
    float max = 0;
    std::uint16_t count = 0;
};
inline constexpr std::int64_t kBucketMs = 5 * 60'000;

/// A configured limit being watched on one point.
struct LimitWatch
{
    QuantityLimit limit;
    std::unique_ptr<StateClassifier> beyond; ///< Off = within, Running = beyond
};

/// Streaming checks of one monitoring point: data gaps, data quality, energy. Samples come in
/// time order.
class PointTracker
{
public:
    PointTracker(const MonitoringPoint &point, const Facility &facility, double offLevel,
                 std::int64_t fromMs, const AnalysisOptions &options);

    /// Returns false when the sample is out of order (ignored).
    bool push(const Sample &s);
    /// Live: closes what silence already proves. Returns the open gap (if any) in `open`.
    void advance(std::int64_t nowMs, std::vector<Event> *open);
    void finish(std::int64_t toMs);

    const MonitoringPoint &point() const { return m_point; }
    std::vector<Event> &events() { return m_events; }
    std::vector<QualityFlag> &quality() { return m_quality; }
    std::vector<LimitWatch> &limits() { return m_limits; }
    double energyKwh() const { return m_energyKwh; }
    bool measuresEnergy() const { return m_point.measures(Quantity::EnergyKwh); }
    std::int64_t lastT() const { return m_lastT; }

private:
    void gap(std::int64_t startMs, std::int64_t endMs, bool open, std::vector<Event> *out);
    void checkRange(const Sample &s);
    void checkStuck(const Sample &s);
    void checkEnergy(const Sample &s);
    void countHour(std::int64_t tMs);
    void closeHour();
    void flag(const QString &check, std::int64_t s, std::int64_t e, QJsonObject evidence);

    MonitoringPoint m_point;
    QString m_facilityId;
    double m_ratedKw;
    double m_offLevel;
    Quantity m_stateQ;
    std::int64_t m_fromMs;
    std::int64_t m_intervalMs;
    std::int64_t m_gapMs;
    double m_energyResolution; ///< kWh of one step of the counter
    std::int64_t m_lastT = INT64_MIN;
    const AnalysisOptions &m_opt;
    std::vector<Event> m_events;
    std::vector<QualityFlag> m_quality;
    std::vector<LimitWatch> m_limits;

    // out_of_range
    std::int64_t m_badStart = INT64_MIN;
    std::int64_t m_badLast = 0;
    QString m_badWhat;
    double m_badValue = 0;
    // stuck_value
    double m_stuckValue = 0;
    std::int64_t m_stuckStart = INT64_MIN;
    std::int64_t m_stuckLast = 0;
    // energy
    double m_prevE = 0;
    double m_prevP = 0;
    std::int64_t m_prevET = INT64_MIN;
    double m_energyKwh = 0;
    // sparse_hour
    std::int64_t m_hour = INT64_MIN;
    int m_hourCount = 0;
};

} // namespace vocsync::analysis::detail
