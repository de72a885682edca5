#pragma once

#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"
#include "vocsync/storage/connection.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace vocsync::storage {

/// The levels a series can be read at: raw samples or minute/hour/day rollups.
enum class Resolution { Raw, Minute, Hour, Day };
std::int64_t resolutionMs(Resolution r, int rawIntervalS);
QString resolutionKey(Resolution r); ///< "raw", "minute", "hour", "day"

/// The coarsest level that still gives at least `minPoints` buckets over the span; raw when
/// even minutes would give fewer.
Resolution chooseResolution(std::int64_t spanMs, int rawIntervalS, int minPoints);

struct SeriesRequest
{
    std::uint32_t point = 0;
    std::int64_t fromMs = 0; ///< inclusive
    std::int64_t toMs = 0;   ///< exclusive
    int minPoints = 800;     ///< e.g. the chart's width in pixels
    std::optional<Resolution> resolution; ///< force a level (benchmarks, exports)
};

/// A chart-ready series of one point: bucket times and, per quantity, min/mean/max as doubles
/// in the quantity's unit. For raw data min == mean == max. NaN where a quantity is absent.
struct Series
{
    struct Band
    {
        std::vector<double> min, mean, max;
    };
    Resolution resolution = Resolution::Raw;
    std::vector<std::int64_t> tMs; ///< bucket start (raw: sample time), ascending
    std::vector<std::uint32_t> count; ///< samples per bucket (raw: 1)
    std::array<Band, kQuantityCount> q;
    std::uint8_t mask = 0; ///< quantities present anywhere in the series

    size_t size() const { return tMs.size(); }
};

/// Reads stored samples for charts, exports and analysis with its own read connection
/// (WAL: never blocks the writer). Merges chunks, rollups and the recent raw rows. One reader
/// per thread.
class SeriesReader
{
public:
    static Result<SeriesReader> open(const QString &dbPath);

    Result<Series> read(const SeriesRequest &request);
    /// Every stored sample of a point in [fromMs, toMs), in time order, values in units.
    Result<SampleBatch> samples(std::uint32_t point, std::int64_t fromMs, std::int64_t toMs);
    /// Earliest and latest stored sample time of a point, if it has any.
    std::optional<std::pair<std::int64_t, std::int64_t>> extent(std::uint32_t point);

private:
    SeriesReader() = default;
    Connection m_conn;
};

} // namespace vocsync::storage
