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

/// The data flag a transmitter attached to a value (HJ 212-2017 Table 8; P from HJ/T
/// 212-2005), kept in bits 4..7 of Sample::quality so it is stored with the sample.
/// None: the source gives no flag (a polled meter).
enum class DataFlag : std::uint8_t { None = 0, N, F, M, S, D, C, T, B, P };
inline constexpr std::uint8_t kDataFlagShift = 4;
constexpr DataFlag dataFlag(std::uint8_t quality)
{
    const int f = quality >> kDataFlagShift;
    return f <= static_cast<int>(DataFlag::P) ? static_cast<DataFlag>(f) : DataFlag::None;
}
constexpr std::uint8_t withDataFlag(std::uint8_t quality, DataFlag f)
{
    return static_cast<std::uint8_t>((quality & 0x0F) | (static_cast<int>(f) << kDataFlagShift));
}
/// 'N', 'F', ... ; 0 for None.
constexpr char dataFlagChar(DataFlag f)
{
    constexpr char chars[] = {0, 'N', 'F', 'M', 'S', 'D', 'C', 'T', 'B', 'P'};
    return chars[static_cast<int>(f)];
}
/// None for a character that is not a data flag.
constexpr DataFlag dataFlagFromChar(char c)
{
    constexpr char chars[] = "NFMSDCTBP";
    for (int i = 0; i < 9; ++i)
        if (chars[i] == c)
            return static_cast<DataFlag>(i + 1);
    return DataFlag::None;
}

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
