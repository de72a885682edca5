#include "historysource.h"

#include "vocsync/core/quantity.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/seriesreader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace vocsync::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::sync", text);
}

std::optional<storage::Resolution> resolutionOf(int cn)
{
    switch (cn) {
    case 2051: return storage::Resolution::Minute;
    case 2061: return storage::Resolution::Hour;
    case 2031:
    case 2041: return storage::Resolution::Day;
    default: return std::nullopt;
    }
}

/// The factor of one point quantity over one period: Min/Avg/Max at the point's resolution;
/// a counter (energy) also gets Cou, the consumption inside the period (max - min of a
/// rising counter).
hj212::Factor rollupFactor(const QByteArray &code, int decimals, Quantity q, double min,
                           double mean, double max)
{
    hj212::Factor f;
    f.code.assign(code);
    if (isCounter(q))
        f.set(hj212::Part::Cou, max - min, decimals);
    f.set(hj212::Part::Min, min, decimals);
    f.set(hj212::Part::Avg, mean, decimals);
    f.set(hj212::Part::Max, max, decimals);
    f.flag = 'N';
    return f;
}

} // namespace

std::int64_t historyPeriodMs(int cn)
{
    switch (cn) {
    case 2051: return timeutil::kMinuteMs;
    case 2061: return timeutil::kHourMs;
    case 2031:
    case 2041: return timeutil::kDayMs;
    default: return 0;
    }
}

HistorySource::HistorySource(QString dbPath) : m_dbPath(std::move(dbPath)) {}

Result<std::vector<hj212::Packet>> HistorySource::read(
    const storage::UpstreamTarget &target, const QHash<std::uint32_t, PointCodes> &codes, int cn,
    std::int64_t beginMs, std::int64_t endMs)
{
    if (!resolutionOf(cn))
        return Error{tr("CN %1 is not a history request this station answers").arg(cn), {}};
    if (endMs < beginMs)
        return std::vector<hj212::Packet>{};
    if (target.sourceKind == QLatin1String("transmitter"))
        return readFactors(target, cn, beginMs, endMs);
    if (cn == 2041) // an enterprise's points have no facility running times
        return std::vector<hj212::Packet>{};
    return readPoints(target, codes, cn, beginMs, endMs);
}

Result<std::vector<hj212::Packet>> HistorySource::readPoints(
    const storage::UpstreamTarget &target, const QHash<std::uint32_t, PointCodes> &codes, int cn,
    std::int64_t beginMs, std::int64_t endMs)
{
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(m_dbPath);
    if (!reader)
        return reader.error();
    QList<const PointCodes *> ordered;
    for (const PointCodes &pc : codes)
        ordered.append(&pc);
    std::sort(ordered.begin(), ordered.end(),
              [](const PointCodes *a, const PointCodes *b) { return a->channel < b->channel; });
    std::map<std::int64_t, hj212::Packet> byTime;
    for (const PointCodes *pc : ordered) {
        storage::SeriesRequest request;
        request.point = pc->key;
        request.fromMs = beginMs;
        // A day period may be 23 or 25 hours long in zones with daylight saving; one more
        // period than needed is read, then cut to [begin, end] below.
        request.toMs = endMs + historyPeriodMs(cn) + 1;
        request.resolution = resolutionOf(cn);
        Result<storage::Series> series = reader.value().read(request);
        if (!series)
            return Error{series.error().message, tr("point %1").arg(pc->id)};
        for (size_t i = 0; i < series->size(); ++i) {
            const std::int64_t t = series->tMs[i];
            if (t < beginMs || t > endMs || series->count[i] == 0)
                continue;
            for (Quantity q : kAllQuantities) {
                const QByteArray &code = pc->codes[index(q)];
                const storage::Series::Band &band = series->q[index(q)];
                if (code.isEmpty() || std::isnan(band.mean[i]))
                    continue;
                auto it = byTime.find(t);
                if (it == byTime.end()) {
                    hj212::Packet p = targetPacket(target, cn, false);
                    p.dataTimeMs = t;
                    it = byTime.emplace(t, std::move(p)).first;
                }
                it->second.factors.push_back(rollupFactor(code, pc->decimals[index(q)], q,
                                                          band.min[i], band.mean[i],
                                                          band.max[i]));
            }
        }
    }
    std::vector<hj212::Packet> out;
    out.reserve(byTime.size());
    for (auto &[t, p] : byTime)
        out.push_back(std::move(p));
    return out;
}

Result<std::vector<hj212::Packet>> HistorySource::readFactors(
    const storage::UpstreamTarget &target, int cn, std::int64_t beginMs, std::int64_t endMs)
{
    Result<storage::Connection> conn =
        storage::Connection::open(m_dbPath, storage::OpenMode::ReadOnly);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, t_ms, rtd, min, avg, max, cou, quality "
                             "FROM factor_sample WHERE mn = ? AND period_s = ? "
                             "AND t_ms >= ? AND t_ms <= ? ORDER BY t_ms, code"));
    q.addBindValue(target.sourceId);
    q.addBindValue(static_cast<qlonglong>(historyPeriodMs(cn) / 1000));
    q.addBindValue(static_cast<qlonglong>(beginMs));
    q.addBindValue(static_cast<qlonglong>(endMs));
    if (!q.exec())
        return Error{tr("cannot read the factor history: %1").arg(q.lastError().text()),
                     QStringLiteral("factor_sample")};
    std::vector<hj212::Packet> out;
    while (q.next()) {
        FactorSample s;
        s.source = target.sourceId;
        s.code = q.value(0).toString();
        s.tMs = q.value(1).toLongLong();
        s.period = static_cast<FactorPeriod>(historyPeriodMs(cn) / 1000);
        const std::pair<int, FactorSample::Part> parts[] = {
            {2, FactorSample::Rtd}, {3, FactorSample::Min}, {4, FactorSample::Avg},
            {5, FactorSample::Max}, {6, FactorSample::Cou}};
        double *values[] = {&s.rtd, &s.min, &s.avg, &s.max, &s.cou};
        for (int i = 0; i < 5; ++i) {
            if (q.value(parts[i].first).isNull())
                continue;
            *values[i] = q.value(parts[i].first).toDouble();
            s.mask |= parts[i].second;
        }
        s.quality = static_cast<std::uint8_t>(q.value(7).toInt());
        // Day rows hold both 2031 statistics and 2041 running times: each goes to its CN.
        if (s.mask == 0 || cnOf(s) != cn)
            continue;
        if (out.empty() || out.back().dataTimeMs != s.tMs) {
            hj212::Packet p = targetPacket(target, cn, false);
            p.dataTimeMs = s.tMs;
            out.push_back(std::move(p));
        }
        addFactor(out.back(), s);
    }
    return out;
}

} // namespace vocsync::sync
