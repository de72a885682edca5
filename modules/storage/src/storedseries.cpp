#include "storedseries.h"

#include "dayzone.h"
#include "rawappender.h"
#include "samplemerge.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/chunkcodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <map>
#include <set>

namespace vocsync::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

bool overlaps(std::int64_t start, std::int64_t periodMs, std::int64_t fromMs, std::int64_t toMs)
{
    return start < toMs && start + periodMs > fromMs;
}

Aggregate total(const std::vector<Aggregate> &parts, std::int64_t tMs)
{
    Aggregate a;
    a.tMs = tMs;
    for (const Aggregate &p : parts)
        a.merge(p);
    return a;
}

} // namespace

StoredSeries::StoredSeries(const QSqlDatabase &db)
    : m_db(db), m_handle(nativeHandle(db)), m_dayZone(dayZone(db))
{
}

Result<PointInfo> StoredSeries::point(std::uint32_t key)
{
    Result<PointTable> table = loadPointTable(m_db);
    if (!table)
        return table.error();
    auto it = table->find(key);
    if (it == table->end())
        return Error{tr("no monitoring point with key %1").arg(key), {}};
    return it->second;
}

Result<std::map<std::int64_t, std::vector<IntSample>>>
StoredSeries::rawByHour(std::uint32_t point, std::int64_t fromMs, std::int64_t toMs)
{
    // sample_raw has no index (appends must stay fast); it only holds the last hour or two.
    Result<Statement> st = Statement::prepare(
        m_handle, "SELECT t_ms, quality, current_a, voltage_v, power_kw, energy_kwh, "
                  "frequency_hz FROM sample_raw WHERE point_key=? AND t_ms>=? AND t_ms<? "
                  "ORDER BY rowid");
    if (!st)
        return st.error();
    Statement &q = st.value();
    q.bind(1, point);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    std::map<std::int64_t, std::vector<IntSample>> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const IntSample s = readRawRow(q, 0);
        out[timeutil::floorTo(s.tMs, timeutil::kHourMs)].push_back(s);
    }
    if (rc != SQLITE_DONE)
        return Error{tr("cannot read recent samples: %1").arg(q.errorText()), {}};
    for (auto &[hour, samples] : out)
        sortAndDedupe(samples);
    return out;
}

Result<std::vector<IntSample>> StoredSeries::hourSamples(std::uint32_t point, std::int64_t hourMs,
                                                         const std::vector<IntSample> &raw)
{
    Result<Statement> st = Statement::prepare(
        m_handle, "SELECT samples FROM sample_chunk WHERE point_key=? AND hour_ms=?");
    if (!st)
        return st.error();
    Statement &q = st.value();
    q.bind(1, point);
    q.bind(2, hourMs);
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return raw;
    if (rc != SQLITE_ROW)
        return Error{tr("cannot read the stored chunk: %1").arg(q.errorText()),
                     tr("point key %1, hour %2").arg(point).arg(timeutil::toIso(hourMs))};
    Result<std::vector<IntSample>> chunk = chunkcodec::decodeSamples(q.blob(0));
    if (!chunk)
        return Error{tr("corrupt chunk: %1").arg(chunk.error().toString()),
                     tr("point key %1, hour %2").arg(point).arg(timeutil::toIso(hourMs))};
    return mergeSorted(*chunk, raw);
}

Result<std::vector<IntSample>> StoredSeries::samples(std::uint32_t point, std::int64_t fromMs,
                                                     std::int64_t toMs)
{
    auto raw = rawByHour(point, fromMs, toMs);
    if (!raw)
        return raw.error();
    Result<Statement> st = Statement::prepare(
        m_handle, "SELECT hour_ms, samples FROM sample_chunk WHERE point_key=? AND hour_ms>=? "
                  "AND hour_ms<? ORDER BY hour_ms");
    if (!st)
        return st.error();
    Statement &q = st.value();
    q.bind(1, point);
    q.bind(2, timeutil::floorTo(fromMs, timeutil::kHourMs));
    q.bind(3, toMs);
    std::map<std::int64_t, std::vector<IntSample>> hours;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        Result<std::vector<IntSample>> chunk = chunkcodec::decodeSamples(q.blob(1));
        if (!chunk)
            return Error{tr("corrupt chunk: %1").arg(chunk.error().toString()),
                         tr("point key %1, hour %2").arg(point).arg(timeutil::toIso(q.int64(0)))};
        hours[q.int64(0)] = std::move(chunk).value();
    }
    if (rc != SQLITE_DONE)
        return Error{tr("cannot read chunks: %1").arg(q.errorText()), {}};
    for (auto &[hour, rawSamples] : *raw)
        hours[hour] = mergeSorted(hours[hour], rawSamples);
    std::size_t total = 0;
    for (const auto &[hour, samples] : hours)
        total += samples.size();
    std::vector<IntSample> out;
    out.reserve(total);
    for (const auto &[hour, samples] : hours) {
        for (const IntSample &s : samples) {
            if (s.tMs >= fromMs && s.tMs < toMs)
                out.push_back(s);
        }
    }
    return out;
}

Result<std::vector<Aggregate>> StoredSeries::storedRollups(const char *sql, std::uint32_t point,
                                                           std::int64_t fromMs, std::int64_t toMs)
{
    Result<Statement> st = Statement::prepare(m_handle, sql);
    if (!st)
        return st.error();
    Statement &q = st.value();
    q.bind(1, point);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    std::vector<Aggregate> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        Result<std::vector<Aggregate>> a = chunkcodec::decodeAggregates(q.blob(1));
        if (out.empty() && a && a->size() > 1) // minute rollups: ~60 a row, one row an hour
            out.reserve(static_cast<size_t>((toMs - fromMs) / timeutil::kMinuteMs) + 60);
        if (!a)
            return Error{tr("corrupt rollup: %1").arg(a.error().toString()),
                         tr("point key %1, %2").arg(point).arg(timeutil::toIso(q.int64(0)))};
        out.insert(out.end(), a->begin(), a->end());
    }
    if (rc != SQLITE_DONE)
        return Error{tr("cannot read rollups: %1").arg(q.errorText()), {}};
    return out;
}

Result<std::vector<Aggregate>> StoredSeries::aggregates(std::uint32_t point, std::int64_t fromMs,
                                                        std::int64_t toMs, Resolution level)
{
    using timeutil::kDayMs;
    using timeutil::kHourMs;
    // The hours the request touches, and the raw rows in them.
    const std::int64_t firstHour = level == Resolution::Day
                                       ? timeutil::dayStart(fromMs, m_dayZone)
                                       : timeutil::floorTo(fromMs, kHourMs);
    const std::int64_t endHour = level == Resolution::Day
                                     ? timeutil::dayStart(toMs - 1, m_dayZone) + kDayMs
                                     : timeutil::floorTo(toMs - 1, kHourMs) + kHourMs;
    auto raw = rawByHour(point, firstHour, endHour);
    if (!raw)
        return raw.error();

    // Stored rollups at the level, in time order (chunks and rollup rows are read ordered).
    const char *sql = level == Resolution::Minute
                          ? "SELECT hour_ms, minutes FROM sample_chunk WHERE point_key=? AND "
                            "hour_ms>=? AND hour_ms<? ORDER BY hour_ms"
                          : level == Resolution::Hour
                          ? "SELECT t_ms, stats FROM rollup_hour WHERE point_key=? AND t_ms>=? "
                            "AND t_ms<? ORDER BY t_ms"
                          : "SELECT t_ms, stats FROM rollup_day WHERE point_key=? AND t_ms>=? "
                            "AND t_ms<? ORDER BY t_ms";
    Result<std::vector<Aggregate>> stored = storedRollups(sql, point, firstHour, endHour);
    if (!stored)
        return stored.error();
    std::vector<Aggregate> buckets = std::move(stored).value();

    // Periods with raw rows are rebuilt from chunk + raw, exactly as compaction will. There
    // are few of them (the last hour or two), so they are merged in by binary search.
    std::vector<Aggregate> rebuilt;
    std::set<std::int64_t> rebuiltDays;
    for (const auto &[hourMs, rawSamples] : *raw) {
        Result<std::vector<IntSample>> all = hourSamples(point, hourMs, rawSamples);
        if (!all)
            return all.error();
        std::vector<Aggregate> minutes = rollUp(*all, timeutil::kMinuteMs);
        if (level == Resolution::Minute)
            rebuilt.insert(rebuilt.end(), minutes.begin(), minutes.end());
        else if (level == Resolution::Hour)
            rebuilt.push_back(total(minutes, hourMs));
        else
            rebuiltDays.insert(timeutil::dayStart(hourMs, m_dayZone));
    }
    for (std::int64_t day : rebuiltDays) {
        Result<std::vector<Aggregate>> hours =
            aggregates(point, day, day + kDayMs, Resolution::Hour);
        if (!hours)
            return hours.error();
        rebuilt.push_back(total(*hours, day));
    }
    const auto byTime = [](const Aggregate &a, std::int64_t t) { return a.tMs < t; };
    for (const Aggregate &a : rebuilt) {
        auto it = std::lower_bound(buckets.begin(), buckets.end(), a.tMs, byTime);
        if (it != buckets.end() && it->tMs == a.tMs)
            *it = a;
        else
            buckets.insert(it, a);
    }

    const std::int64_t periodMs = resolutionMs(level, 1);
    std::erase_if(buckets, [&](const Aggregate &a) {
        return a.samples == 0 || !overlaps(a.tMs, periodMs, fromMs, toMs);
    });
    return buckets;
}

std::optional<std::pair<std::int64_t, std::int64_t>> StoredSeries::extent(std::uint32_t point)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT min(a), max(b) FROM (SELECT min(t_first) a, max(t_last) b FROM sample_chunk "
        "WHERE point_key=:p UNION ALL SELECT min(t_ms), max(t_ms) FROM sample_raw "
        "WHERE point_key=:p)"));
    q.bindValue(QStringLiteral(":p"), point);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

} // namespace vocsync::storage
