#pragma once

#include "pointinfo.h"
#include "sqlitestatement.h"

#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"
#include "vocsync/storage/rollup.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace vocsync::storage {

/// Checks samples against the point table and appends them to sample_raw inside the
/// caller's transaction: unknown points, times ahead of the clock and samples with no
/// declared quantity are refused; values of undeclared quantities are dropped; the rest is
/// quantized to each channel's resolution.
class RawAppender
{
public:
    /// A row appended: what the compactor needs to know of it.
    struct Row
    {
        std::uint32_t point;
        IntSample sample;
        std::int64_t rowid;
    };
    using Report = std::function<void(const QString &)>;

    RawAppender(sqlite3 *db, Report report) : m_db(db), m_report(std::move(report)) {}

    Status prepare();
    void setPoints(PointTable points) { m_points = std::move(points); }

    /// Appends the batches; `rows` gets every appended row, `rejected` the refused count.
    /// On an SQL error the caller rolls its transaction back.
    Status append(const std::vector<SampleBatch> &batches, std::int64_t nowMs,
                  std::int64_t maxFutureMs, std::vector<Row> *rows, std::uint64_t *rejected);

private:
    /// The point of `sample` if it may be stored, else nullptr (reported).
    const PointInfo *accept(const Sample &sample, std::int64_t nowMs, std::int64_t maxFutureMs);

    sqlite3 *m_db;
    Report m_report;
    PointTable m_points;
    Statement m_insert;
    const PointInfo *m_last = nullptr;
};

/// Reads a sample_raw row from `q` whose columns, from `firstCol`, are t_ms, quality and the
/// five quantities in storage order (NULL = not measured): the layout RawAppender writes.
IntSample readRawRow(const Statement &q, int firstCol);

} // namespace vocsync::storage
