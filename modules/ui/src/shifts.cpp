#include "vocsync/ui/shifts.h"

#include "vocsync/core/timeutil.h"

#include <QDateTime>

#include <limits>

namespace vocsync::ui {

std::int64_t shiftEndMs(std::int64_t nowMs, const QList<QTime> &shiftStarts, const QTimeZone &zone)
{
    constexpr std::int64_t kDefaultShiftMs = 8 * timeutil::kHourMs;
    if (shiftStarts.isEmpty())
        return nowMs + kDefaultShiftMs;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    std::int64_t best = std::numeric_limits<std::int64_t>::max();
    // Tomorrow as well: after the last start of the day the next shift starts tomorrow.
    for (const QDate &day : {today, today.addDays(1)}) {
        for (const QTime &start : shiftStarts) {
            const std::int64_t t = QDateTime(day, start, zone).toMSecsSinceEpoch();
            if (t > nowMs && t < best)
                best = t;
        }
    }
    return best;
}

} // namespace vocsync::ui
