#pragma once

#include "vocsync/core/quantity.h"

#include <array>
#include <cstdint>
#include <span>

namespace vocsync::storage {

/// A sample as stored: every quantity an integer at its point's declared resolution
/// (value = v * 10^-decimals), so what the meter said round-trips exactly.
struct IntSample
{
    std::int64_t tMs = 0;
    std::array<std::int64_t, kQuantityCount> v{};
    std::uint8_t mask = 0;    ///< bit(q) set when q is present
    std::uint8_t quality = 0; ///< SampleQuality bits

    bool has(Quantity q) const { return (mask & bit(q)) != 0; }
    friend bool operator==(const IntSample &, const IntSample &) = default;
};

/// Count, extremes, sum, first and last of one quantity over a period (integers at the
/// point's resolution, so sums are exact). first/last are kept for counters only (energy:
/// consumption = last - first) and are 0 for instantaneous quantities: the first current of a
/// minute means nothing on a chart or in a report, and storing it would cost about as many
/// bits as the minimum (docs/chunk-encoding.md).
struct QuantityStats
{
    std::uint32_t count = 0;
    std::int64_t min = 0;
    std::int64_t max = 0;
    std::int64_t sum = 0;
    std::int64_t first = 0; ///< value of the earliest sample in the period
    std::int64_t last = 0;  ///< value of the latest sample in the period

    /// Adds a value of a counter (tracks first and last).
    void add(std::int64_t x);
    /// Adds a value of an instantaneous quantity (first and last stay 0).
    void addLevel(std::int64_t x);
    /// Merges a later period's stats into this earlier one's.
    void merge(const QuantityStats &later);
    double mean() const { return count ? static_cast<double>(sum) / count : 0.0; }
    friend bool operator==(const QuantityStats &, const QuantityStats &) = default;
};

/// Rollup of one point over one period starting at tMs (minute, hour or day).
struct Aggregate
{
    std::int64_t tMs = 0;
    std::uint32_t samples = 0; ///< samples in the period, whatever they measured
    std::array<QuantityStats, kQuantityCount> q{};

    /// Samples must be added in time order. first/last are tracked for counters only.
    void add(const IntSample &s);
    void merge(const Aggregate &later);
    std::uint8_t mask() const;
    friend bool operator==(const Aggregate &, const Aggregate &) = default;
};

/// Rolls time-ordered samples up into periods of `periodMs` aligned to multiples of
/// `periodMs` since the epoch (minutes and UTC hours). Empty periods are not emitted.
std::vector<Aggregate> rollUp(std::span<const IntSample> samples, std::int64_t periodMs);

} // namespace vocsync::storage
