#pragma once

#include "sqlitestatement.h"

#include "vocsync/core/result.h"

#include <QTimeZone>
#include "vocsync/storage/rollup.h"

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vocsync::storage {

/// Turns the recent rows of sample_raw into per-point, per-UTC-hour chunks with their minute,
/// hour and day rollups, then deletes the raw rows that every chunk now holds.
///
/// The writer tells it of every committed raw row (point, sample, rowid); it keeps them in
/// memory by point and hour, so compaction never has to search the unindexed raw table. An
/// hour is closed when a sample of the same point at least `grace` later arrived, or when
/// the wall clock passed the hour by `grace` and the point has been silent for `grace`.
/// Samples for an hour that already has a chunk are merged into it (a later arrival with the
/// same timestamp replaces the earlier one).
class Compactor
{
public:
    using Report = std::function<void(const QString &)>;
    /// `dayZone`: where the day rollups' days start (see dayzone.h).
    Compactor(sqlite3 *db, QTimeZone dayZone, Report report)
        : m_db(db), m_dayZone(std::move(dayZone)), m_report(std::move(report))
    {
    }

    Status prepare();
    /// Reloads the raw rows an earlier run left (after a crash or a stop between compactions).
    Status recover(std::int64_t nowWallMs);
    void add(std::uint32_t point, const IntSample &sample, std::int64_t rowid,
             std::int64_t nowWallMs);

    /// In ONE transaction: writes chunks and rollups of the closed hours (all pending hours when
    /// `force`), recomputes their days and deletes the raw rows all chunks now cover. Each hour
    /// has its own savepoint: an hour that fails is reported and stays pending, the others go
    /// on. Pending state is only dropped once the transaction committed.
    Status compact(std::int64_t nowWallMs, std::int64_t graceMs, bool force,
                   std::uint64_t *chunksWritten);

    std::size_t pendingSamples() const { return m_pendingSamples; }

private:
    struct HourBuffer
    {
        std::vector<IntSample> samples;
        std::int64_t minRowid = INT64_MAX;
    };
    struct PointBuffers
    {
        std::map<std::int64_t, HourBuffer> hours;
        std::int64_t watermarkMs = INT64_MIN; ///< latest sample time seen
        std::int64_t lastArrivalWallMs = 0;
    };
    using HourKey = std::pair<std::uint32_t, std::int64_t>;

    std::vector<HourKey> closedHours(std::int64_t nowWallMs, std::int64_t graceMs,
                                     bool force) const;
    Status writeHour(std::uint32_t point, std::int64_t hourMs, HourBuffer &buffer);
    Status writeDay(std::uint32_t point, std::int64_t dayMs);
    Status deleteCompactedRaw(const std::vector<HourKey> &done);

    sqlite3 *m_db;
    QTimeZone m_dayZone;
    Report m_report;
    std::unordered_map<std::uint32_t, PointBuffers> m_points;
    std::size_t m_pendingSamples = 0;
    std::int64_t m_maxRowid = 0;

    Statement m_selectChunk;
    Statement m_upsertChunk;
    Statement m_upsertHour;
    Statement m_selectHours;
    Statement m_upsertDay;
};

} // namespace vocsync::storage
