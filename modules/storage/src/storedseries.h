#pragma once

#include "pointinfo.h"
#include "sqlitestatement.h"

#include "vocsync/core/result.h"
#include "vocsync/storage/rollup.h"
#include "vocsync/storage/seriesreader.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace vocsync::storage {

/// Reads one point's stored data as the writer left it: chunks (samples and minute rollups),
/// hour and day rollups, and the recent raw rows not compacted yet. Hours that still have raw
/// rows are rebuilt from chunk + raw exactly as compaction will build them, so a query gives
/// the same answer before and after compaction.
class StoredSeries
{
public:
    explicit StoredSeries(const QSqlDatabase &db);

    Result<PointInfo> point(std::uint32_t key);
    /// Samples in [from, to), sorted, unique times (raw rows replace chunk samples).
    Result<std::vector<IntSample>> samples(std::uint32_t point, std::int64_t fromMs,
                                           std::int64_t toMs);
    /// Rollups at `level` (Minute, Hour or Day) whose period overlaps [from, to): a chart
    /// needs its edge buckets. An edge bucket holds its whole period, samples before `from`
    /// or after `to` included.
    Result<std::vector<Aggregate>> aggregates(std::uint32_t point, std::int64_t fromMs,
                                              std::int64_t toMs, Resolution level);
    std::optional<std::pair<std::int64_t, std::int64_t>> extent(std::uint32_t point);

private:
    /// Raw rows of the point in [from, to), grouped by UTC hour, sorted and deduplicated.
    Result<std::map<std::int64_t, std::vector<IntSample>>> rawByHour(std::uint32_t point,
                                                                     std::int64_t fromMs,
                                                                     std::int64_t toMs);
    /// All samples of one hour: the chunk's merged with `raw`.
    Result<std::vector<IntSample>> hourSamples(std::uint32_t point, std::int64_t hourMs,
                                               const std::vector<IntSample> &raw);
    Result<std::vector<Aggregate>> storedRollups(const char *sql, std::uint32_t point,
                                                 std::int64_t fromMs, std::int64_t toMs);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QTimeZone m_dayZone;
};

} // namespace vocsync::storage
