#include "vocsync/core/timeutil.h"

#include <QCoreApplication>
#include <QMutex>

namespace vocsync::timeutil {

namespace {
QMutex g_zoneMutex;
QTimeZone &zoneStorage()
{
    static QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}
} // namespace

QTimeZone stationZone()
{
    QMutexLocker lock(&g_zoneMutex);
    return zoneStorage();
}

void setStationZone(const QTimeZone &zone)
{
    QMutexLocker lock(&g_zoneMutex);
    zoneStorage() = zone;
}

QString toIso(std::int64_t utcMs)
{
    return toIso(utcMs, stationZone());
}

QString toIso(std::int64_t utcMs, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const Qt::DateFormat format = utcMs % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs;
    QString s = dt.toString(format);
    // Qt writes "Z" for UTC; DESIGN.md asks for an explicit offset everywhere.
    if (s.endsWith(QLatin1Char('Z')))
        s.replace(s.size() - 1, 1, QStringLiteral("+00:00"));
    return s;
}

Result<std::int64_t> parseIso(const QString &text)
{
    QString s = text.trimmed();
    if (s.size() > 10 && s.at(10) == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    QDateTime dt;
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), stationZone());
    } else {
        dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), stationZone());
    }
    if (!dt.isValid())
        return Error{QCoreApplication::translate("vocsync::timeutil",
                                                 "'%1' is not an ISO 8601 date or time "
                                                 "(e.g. 2026-11-24T08:00:00+08:00)")
                         .arg(text),
                     {}};
    return dt.toMSecsSinceEpoch();
}

std::int64_t localDayStart(std::int64_t utcMs)
{
    return dayStart(utcMs, stationZone());
}

std::int64_t dayStart(std::int64_t utcMs, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return QDateTime(local.date(), QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace vocsync::timeutil
