#include "compactor.h"

#include "rawappender.h"
#include "samplemerge.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/chunkcodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace vocsync::storage {

namespace {

// Beyond this many buffered samples the oldest hours are compacted even if still open, so a
// burst of out-of-order history cannot exhaust memory (a later sample is merged in).
constexpr std::size_t kMaxPendingSamples = 4'000'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

} // namespace

Status Compactor::prepare()
{
    struct Spec
    {
        Statement *stmt;
        const char *sql;
    };
    const Spec specs[] = {
        {&m_selectChunk, "SELECT samples FROM sample_chunk WHERE point_key=? AND hour_ms=?"},
        {&m_upsertChunk,
         "INSERT INTO sample_chunk(point_key,hour_ms,n,t_first,t_last,samples,minutes) "
         "VALUES(?,?,?,?,?,?,?) ON CONFLICT(point_key,hour_ms) DO UPDATE SET n=excluded.n, "
         "t_first=excluded.t_first, t_last=excluded.t_last, samples=excluded.samples, "
         "minutes=excluded.minutes"},
        {&m_upsertHour, "INSERT OR REPLACE INTO rollup_hour(point_key,t_ms,stats) VALUES(?,?,?)"},
        {&m_selectHours,
         "SELECT stats FROM rollup_hour WHERE point_key=? AND t_ms>=? AND t_ms<? ORDER BY t_ms"},
        {&m_upsertDay, "INSERT OR REPLACE INTO rollup_day(point_key,t_ms,stats) VALUES(?,?,?)"},
    };
    for (const Spec &s : specs) {
        Result<Statement> st = Statement::prepare(m_db, s.sql);
        if (!st)
            return st.error();
        *s.stmt = std::move(st).value();
    }
    return {};
}

Status Compactor::recover(std::int64_t nowWallMs)
{
    Result<Statement> st = Statement::prepare(
        m_db, "SELECT rowid, point_key, t_ms, quality, current_a, voltage_v, power_kw, "
              "energy_kwh, frequency_hz FROM sample_raw ORDER BY rowid");
    if (!st)
        return st.error();
    Statement &q = st.value();
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        add(static_cast<std::uint32_t>(q.int64(1)), readRawRow(q, 2), q.int64(0), nowWallMs);
    }
    if (rc != SQLITE_DONE)
        return Error{tr("cannot read sample_raw: %1").arg(q.errorText()), {}};
    return {};
}

void Compactor::add(std::uint32_t point, const IntSample &sample, std::int64_t rowid,
                    std::int64_t nowWallMs)
{
    PointBuffers &p = m_points[point];
    HourBuffer &h = p.hours[timeutil::floorTo(sample.tMs, timeutil::kHourMs)];
    h.samples.push_back(sample);
    h.minRowid = std::min(h.minRowid, rowid);
    p.watermarkMs = std::max(p.watermarkMs, sample.tMs);
    p.lastArrivalWallMs = nowWallMs;
    m_maxRowid = std::max(m_maxRowid, rowid);
    ++m_pendingSamples;
}

std::vector<Compactor::HourKey> Compactor::closedHours(std::int64_t nowWallMs,
                                                       std::int64_t graceMs, bool force) const
{
    std::vector<HourKey> out;
    for (const auto &[point, p] : m_points) {
        const bool silent = nowWallMs - p.lastArrivalWallMs >= graceMs;
        for (const auto &[hourMs, buffer] : p.hours) {
            const std::int64_t closeAt = hourMs + timeutil::kHourMs + graceMs;
            if (force || p.watermarkMs >= closeAt || (silent && nowWallMs >= closeAt))
                out.emplace_back(point, hourMs);
        }
    }
    if (!force && m_pendingSamples > kMaxPendingSamples) {
        // Memory guard: also take the oldest open hours, about half of what is pending.
        std::vector<std::pair<std::int64_t, HourKey>> open;
        for (const auto &[point, p] : m_points) {
            for (const auto &[hourMs, buffer] : p.hours)
                open.push_back({hourMs, {point, hourMs}});
        }
        std::sort(open.begin(), open.end());
        for (size_t i = 0; i < open.size() / 2; ++i)
            out.push_back(open[i].second);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    return out;
}

Status Compactor::compact(std::int64_t nowWallMs, std::int64_t graceMs, bool force,
                          std::uint64_t *chunksWritten)
{
    const std::vector<HourKey> hours = closedHours(nowWallMs, graceMs, force);
    if (hours.empty())
        return {};
    if (Status s = execNative(m_db, "BEGIN IMMEDIATE"); !s)
        return s;
    std::set<HourKey> days;
    std::vector<HourKey> written;
    Status status;
    for (const auto &[point, hourMs] : hours) {
        status = execNative(m_db, "SAVEPOINT hour");
        if (!status)
            break;
        if (Status s = writeHour(point, hourMs, m_points[point].hours[hourMs]); !s) {
            execNative(m_db, "ROLLBACK TO hour");
            m_report(QCoreApplication::translate("vocsync::storage",
                                                 "cannot compact point key %1, hour %2; its "
                                                 "samples stay in the recent table: %3")
                         .arg(point)
                         .arg(timeutil::toIso(hourMs), s.error().toString()));
        } else {
            written.emplace_back(point, hourMs);
            days.insert({point, timeutil::dayStart(hourMs, m_dayZone)});
        }
        status = execNative(m_db, "RELEASE hour");
        if (!status)
            break;
    }
    for (auto it = days.begin(); status && it != days.end(); ++it)
        status = writeDay(it->first, it->second);
    if (status)
        status = deleteCompactedRaw(written);
    if (status)
        status = execNative(m_db, "COMMIT");
    if (!status) {
        execNative(m_db, "ROLLBACK");
        return status;
    }
    for (const auto &[point, hourMs] : written) {
        PointBuffers &p = m_points[point];
        m_pendingSamples -= p.hours[hourMs].samples.size();
        p.hours.erase(hourMs);
    }
    *chunksWritten += written.size();
    return {};
}

Status Compactor::writeHour(std::uint32_t point, std::int64_t hourMs, HourBuffer &buffer)
{
    std::vector<IntSample> samples = buffer.samples;
    sortAndDedupe(samples);
    m_selectChunk.bind(1, point);
    m_selectChunk.bind(2, hourMs);
    const int rc = m_selectChunk.step();
    if (rc == SQLITE_ROW) {
        Result<std::vector<IntSample>> old = chunkcodec::decodeSamples(m_selectChunk.blob(0));
        m_selectChunk.reset();
        if (!old)
            return Error{tr("stored chunk is corrupt: %1").arg(old.error().toString()),
                         tr("point key %1, hour %2").arg(point).arg(timeutil::toIso(hourMs))};
        samples = mergeSorted(*old, samples);
    } else {
        // Only "no row" means there is no chunk: on any other error, writing would replace
        // the stored hour with the new samples alone.
        const QString error = m_selectChunk.errorText();
        m_selectChunk.reset();
        if (rc != SQLITE_DONE)
            return Error{tr("cannot read the stored chunk: %1").arg(error),
                         tr("point key %1, hour %2").arg(point).arg(timeutil::toIso(hourMs))};
    }
    const std::vector<Aggregate> minutes = rollUp(samples, timeutil::kMinuteMs);
    Aggregate hour;
    hour.tMs = hourMs;
    for (const Aggregate &m : minutes)
        hour.merge(m);
    const QByteArray samplesBlob = chunkcodec::encodeSamples(samples);
    const QByteArray minutesBlob = chunkcodec::encodeAggregates(minutes);
    const QByteArray hourBlob = chunkcodec::encodeAggregates(std::span(&hour, 1));

    m_upsertChunk.bind(1, point);
    m_upsertChunk.bind(2, hourMs);
    m_upsertChunk.bind(3, static_cast<std::int64_t>(samples.size()));
    m_upsertChunk.bind(4, samples.front().tMs);
    m_upsertChunk.bind(5, samples.back().tMs);
    m_upsertChunk.bindBlob(6, samplesBlob);
    m_upsertChunk.bindBlob(7, minutesBlob);
    if (Status s = m_upsertChunk.run(); !s)
        return s;
    m_upsertHour.bind(1, point);
    m_upsertHour.bind(2, hourMs);
    m_upsertHour.bindBlob(3, hourBlob);
    return m_upsertHour.run();
}

Status Compactor::writeDay(std::uint32_t point, std::int64_t dayMs)
{
    Aggregate day;
    day.tMs = dayMs;
    m_selectHours.bind(1, point);
    m_selectHours.bind(2, dayMs);
    m_selectHours.bind(3, dayMs + timeutil::kDayMs);
    int rc = SQLITE_ROW;
    while ((rc = m_selectHours.step()) == SQLITE_ROW) {
        Result<std::vector<Aggregate>> hour = chunkcodec::decodeAggregates(m_selectHours.blob(0));
        if (!hour) {
            m_selectHours.reset();
            return Error{tr("stored hour rollup is corrupt: %1").arg(hour.error().toString()),
                         tr("point key %1").arg(point)};
        }
        for (const Aggregate &a : *hour)
            day.merge(a);
    }
    m_selectHours.reset();
    if (rc != SQLITE_DONE)
        return Error{tr("cannot read hour rollups"), tr("point key %1").arg(point)};
    const QByteArray blob = chunkcodec::encodeAggregates(std::span(&day, 1));
    m_upsertDay.bind(1, point);
    m_upsertDay.bind(2, dayMs);
    m_upsertDay.bindBlob(3, blob);
    return m_upsertDay.run();
}

Status Compactor::deleteCompactedRaw(const std::vector<HourKey> &done)
{
    // Raw rows arrive in rowid order; every row below the smallest rowid still pending is in
    // a chunk now (or is being written in this transaction).
    std::int64_t minPending = m_maxRowid + 1;
    std::set<HourKey> doneSet(done.begin(), done.end());
    for (const auto &[point, p] : m_points) {
        for (const auto &[hourMs, buffer] : p.hours) {
            if (!doneSet.count({point, hourMs}))
                minPending = std::min(minPending, buffer.minRowid);
        }
    }
    if (minPending > m_maxRowid)
        return execNative(m_db, "DELETE FROM sample_raw");
    const QByteArray sql = "DELETE FROM sample_raw WHERE rowid < " + QByteArray::number(minPending);
    return execNative(m_db, sql.constData());
}

} // namespace vocsync::storage
