#pragma once

#include "vocsync/core/quantity.h"

#include <QMetaType>

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace vocsync {

/// Quality flags of one sample (bit set).
enum SampleQuality : std::uint8_t {
    QualityGood = 0,
    QualityBackfilled = 1u << 0, ///< arrived late (history upload, import)
    QualityEstimated = 1u << 1,  ///< value filled in by the transmitter, not measured
    QualityOverrange = 1u << 2,  ///< the meter flagged the value out of its range
};

/// One reading of one monitoring point: time (UTC ms) and the quantities the meter gave.
/// Missing quantities are not in `mask`. The point is the storage key of MonitoringPoint.
struct Sample
{
    std::uint32_t point = 0;
    std::int64_t tMs = 0;
    std::array<double, kQuantityCount> v{};
    std::uint8_t mask = 0;
    std::uint8_t quality = QualityGood;

    bool has(Quantity q) const { return (mask & bit(q)) != 0; }
    double value(Quantity q) const { return has(q) ? v[index(q)] : std::nan(""); }
    void set(Quantity q, double x)
    {
        v[index(q)] = x;
        mask |= bit(q);
    }
};

/// Samples travel in batches: acquisition publishes a batch, storage persists it, analysis
/// and live views subscribe (DESIGN.md, data flow).
using SampleBatch = std::vector<Sample>;

} // namespace vocsync

Q_DECLARE_METATYPE(vocsync::SampleBatch)
