#include "vocsync/storage/seriesreader.h"

#include "pointinfo.h"
#include "sqlitestatement.h"
#include "storedseries.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>

#include <cmath>

namespace vocsync::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

void appendBucket(Series &out, const PointInfo &p, std::int64_t tMs, const Aggregate &a)
{
    out.tMs.push_back(tMs);
    out.count.push_back(a.samples);
    for (Quantity q : kAllQuantities) {
        const auto i = static_cast<size_t>(index(q));
        const QuantityStats &st = a.q[i];
        Series::Band &b = out.q[i];
        if (st.count == 0) {
            b.min.push_back(std::nan(""));
            b.mean.push_back(std::nan(""));
            b.max.push_back(std::nan(""));
            continue;
        }
        out.mask |= bit(q);
        b.min.push_back(p.toUnits(q, st.min));
        b.max.push_back(p.toUnits(q, st.max));
        b.mean.push_back(st.mean() / std::pow(10.0, p.decimals[i]));
    }
}

} // namespace

std::int64_t resolutionMs(Resolution r, int rawIntervalS)
{
    switch (r) {
    case Resolution::Raw: return std::max(1, rawIntervalS) * timeutil::kSecondMs;
    case Resolution::Minute: return timeutil::kMinuteMs;
    case Resolution::Hour: return timeutil::kHourMs;
    case Resolution::Day: return timeutil::kDayMs;
    }
    return timeutil::kMinuteMs;
}

QString resolutionKey(Resolution r)
{
    switch (r) {
    case Resolution::Raw: return QStringLiteral("raw");
    case Resolution::Minute: return QStringLiteral("minute");
    case Resolution::Hour: return QStringLiteral("hour");
    case Resolution::Day: return QStringLiteral("day");
    }
    return {};
}

Resolution chooseResolution(std::int64_t spanMs, int rawIntervalS, int minPoints)
{
    for (Resolution r : {Resolution::Day, Resolution::Hour, Resolution::Minute}) {
        if (spanMs / resolutionMs(r, rawIntervalS) >= minPoints)
            return r;
    }
    return Resolution::Raw;
}

Result<SeriesReader> SeriesReader::open(const QString &dbPath)
{
    Result<Connection> conn = Connection::open(dbPath, OpenMode::ReadOnly);
    if (!conn)
        return conn.error();
    SeriesReader r;
    r.m_conn = std::move(conn).value();
    return r;
}

Result<Series> SeriesReader::read(const SeriesRequest &request)
{
    StoredSeries stored(m_conn.db());
    Result<PointInfo> point = stored.point(request.point);
    if (!point)
        return point.error();
    if (request.toMs <= request.fromMs)
        return Error{tr("empty time range"), tr("point %1").arg(point->id)};
    const Resolution level = request.resolution.value_or(
        chooseResolution(request.toMs - request.fromMs, point->intervalS, request.minPoints));
    Series out;
    out.resolution = level;
    if (level == Resolution::Raw) {
        Result<std::vector<IntSample>> samples =
            stored.samples(request.point, request.fromMs, request.toMs);
        if (!samples)
            return samples.error();
        for (const IntSample &s : *samples) {
            Aggregate a;
            a.add(s);
            appendBucket(out, *point, s.tMs, a);
        }
        return out;
    }
    Result<std::vector<Aggregate>> buckets =
        stored.aggregates(request.point, request.fromMs, request.toMs, level);
    if (!buckets)
        return buckets.error();
    for (const Aggregate &a : *buckets)
        appendBucket(out, *point, a.tMs, a);
    return out;
}

Result<SampleBatch> SeriesReader::samples(std::uint32_t point, std::int64_t fromMs,
                                          std::int64_t toMs)
{
    StoredSeries stored(m_conn.db());
    Result<PointInfo> info = stored.point(point);
    if (!info)
        return info.error();
    Result<std::vector<IntSample>> samples = stored.samples(point, fromMs, toMs);
    if (!samples)
        return samples.error();
    SampleBatch out;
    out.reserve(samples->size());
    for (const IntSample &s : *samples)
        out.push_back(info->toSample(s));
    return out;
}

std::optional<std::pair<std::int64_t, std::int64_t>> SeriesReader::extent(std::uint32_t point)
{
    return StoredSeries(m_conn.db()).extent(point);
}

} // namespace vocsync::storage
