#include "pointinfo.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace vocsync::storage {

namespace {

constexpr std::array<double, 10> kPow10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

} // namespace

IntSample PointInfo::quantize(const Sample &s, std::uint8_t *dropped) const
{
    IntSample out;
    out.tMs = s.tMs;
    out.quality = s.quality;
    for (Quantity q : kAllQuantities) {
        if (!s.has(q))
            continue;
        const auto i = static_cast<size_t>(index(q));
        const double scaled = s.v[i] * kPow10[static_cast<size_t>(decimals[i])];
        if (!(mask & bit(q)) || !std::isfinite(scaled) || std::fabs(scaled) > 4.0e18) {
            *dropped |= bit(q);
            continue;
        }
        out.v[i] = std::llround(scaled);
        out.mask |= bit(q);
    }
    return out;
}

double PointInfo::toUnits(Quantity q, std::int64_t stored) const
{
    return static_cast<double>(stored) / kPow10[static_cast<size_t>(decimals[static_cast<size_t>(index(q))])];
}

Sample PointInfo::toSample(const IntSample &s) const
{
    Sample out;
    out.point = key;
    out.tMs = s.tMs;
    out.quality = s.quality;
    for (Quantity q : kAllQuantities) {
        if (s.has(q))
            out.set(q, toUnits(q, s.v[static_cast<size_t>(index(q))]));
    }
    return out;
}

QString formatChannels(const QList<Channel> &channels)
{
    QStringList parts;
    for (const Channel &c : channels)
        parts << quantityKey(c.quantity) + QLatin1Char(':') + QString::number(c.decimals);
    return parts.join(QLatin1Char(','));
}

Result<QList<Channel>> parseChannels(const QString &text)
{
    QList<Channel> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char(':'));
        const auto q = kv.isEmpty() ? std::nullopt : quantityFromKey(kv.first().trimmed());
        bool ok = kv.size() == 2;
        const int decimals = ok ? kv.at(1).toInt(&ok) : 0;
        if (!q || !ok || decimals < 0 || decimals > 9)
            return Error{tr("bad channel '%1' (expected quantity:decimals)").arg(part), {}};
        out.append(Channel{*q, decimals});
    }
    return out;
}

Result<PointTable> loadPointTable(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, id, interval_s, channels FROM point")))
        return Error{tr("cannot read the point table: %1").arg(q.lastError().text()), {}};
    PointTable table;
    while (q.next()) {
        PointInfo p;
        p.key = q.value(0).toUInt();
        p.id = q.value(1).toString();
        p.intervalS = std::max(1, q.value(2).toInt());
        const Result<QList<Channel>> channels = parseChannels(q.value(3).toString());
        if (!channels)
            return Error{channels.error().message, tr("point %1").arg(p.id)};
        for (const Channel &c : *channels) {
            p.mask |= bit(c.quantity);
            p.decimals[static_cast<size_t>(index(c.quantity))] = c.decimals;
        }
        table.emplace(p.key, p);
    }
    return table;
}

} // namespace vocsync::storage
