#pragma once

#include "vocsync/core/result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cstdint>

namespace vocsync::timeutil {

/// The station's zone for display and for parsing times written without an offset.
/// Asia/Shanghai unless set (QSettings key station/timeZone, wired by the app).
QTimeZone stationZone();
void setStationZone(const QTimeZone &zone);

/// ISO 8601 with the station's offset, to the second when ms == 0: "2026-11-24T08:00:10+08:00".
QString toIso(std::int64_t utcMs);
QString toIso(std::int64_t utcMs, const QTimeZone &zone);
/// Parses ISO 8601 with "Z" or an offset, or a plain date/time taken in the station's zone.
/// Accepts "2026-11-24", "2026-11-24T08:00", "2026-11-24 08:00:00", "...+08:00", "...Z".
Result<std::int64_t> parseIso(const QString &text);

inline constexpr std::int64_t kSecondMs = 1000;
inline constexpr std::int64_t kMinuteMs = 60 * kSecondMs;
inline constexpr std::int64_t kHourMs = 60 * kMinuteMs;
inline constexpr std::int64_t kDayMs = 24 * kHourMs;

/// Start of the period containing t (floor division that works for negative times too).
constexpr std::int64_t floorTo(std::int64_t t, std::int64_t periodMs)
{
    const std::int64_t r = t % periodMs;
    return r < 0 ? t - r - periodMs : t - r;
}

/// Start of the station-local day containing utcMs, as UTC ms.
std::int64_t localDayStart(std::int64_t utcMs);
/// Start of the day in `zone` containing utcMs, as UTC ms.
std::int64_t dayStart(std::int64_t utcMs, const QTimeZone &zone);

} // namespace vocsync::timeutil
