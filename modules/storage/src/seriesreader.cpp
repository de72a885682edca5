#include "vocsync/storage/seriesreader.h"

#include "pointinfo.h"
#include "sqlitestatement.h"
#include "storedseries.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace vocsync::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

/// Appends rollups or samples (as one-sample rollups) to a chart series in units.
class SeriesBuilder
{
public:
    SeriesBuilder(Series &out, const PointInfo &p, std::size_t expected) : m_out(out)
    {
        for (size_t i = 0; i < kQuantityCount; ++i)
            m_scale[i] = 1.0 / std::pow(10.0, p.decimals[i]);
        out.tMs.reserve(expected);
        out.count.reserve(expected);
        for (Series::Band &b : out.q) {
            b.min.reserve(expected);
            b.mean.reserve(expected);
            b.max.reserve(expected);
        }
    }

    void append(std::int64_t tMs, const Aggregate &a)
    {
        m_out.tMs.push_back(tMs);
        m_out.count.push_back(a.samples);
        for (size_t i = 0; i < kQuantityCount; ++i) {
            const QuantityStats &st = a.q[i];
            Series::Band &b = m_out.q[i];
            if (st.count == 0) {
                b.min.push_back(kNan);
                b.mean.push_back(kNan);
                b.max.push_back(kNan);
                continue;
            }
            m_out.mask |= static_cast<std::uint8_t>(1u << i);
            b.min.push_back(static_cast<double>(st.min) * m_scale[i]);
            b.max.push_back(static_cast<double>(st.max) * m_scale[i]);
            b.mean.push_back(st.mean() * m_scale[i]);
        }
    }

    void append(const IntSample &s)
    {
        m_out.tMs.push_back(s.tMs);
        m_out.count.push_back(1);
        m_out.mask |= s.mask;
        for (size_t i = 0; i < kQuantityCount; ++i) {
            const double v = (s.mask & (1u << i)) ? static_cast<double>(s.v[i]) * m_scale[i] : kNan;
            Series::Band &b = m_out.q[i];
            b.min.push_back(v);
            b.mean.push_back(v);
            b.max.push_back(v);
        }
    }

private:
    static constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
    Series &m_out;
    std::array<double, kQuantityCount> m_scale{};
};

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
        SeriesBuilder builder(out, *point, samples->size());
        for (const IntSample &s : *samples)
            builder.append(s);
        return out;
    }
    Result<std::vector<Aggregate>> buckets =
        stored.aggregates(request.point, request.fromMs, request.toMs, level);
    if (!buckets)
        return buckets.error();
    SeriesBuilder builder(out, *point, buckets->size());
    for (const Aggregate &a : *buckets)
        builder.append(a.tMs, a);
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
