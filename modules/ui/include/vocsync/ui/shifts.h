#pragma once

#include <QList>
#include <QTime>
#include <QTimeZone>

#include <cstdint>

namespace vocsync::ui {

/// The end of the shift running at `nowMs`: the first of the shift start times (wall-clock
/// times in `zone`, any order) strictly after now, today or tomorrow. Without shift times a
/// shift is taken to last 8 hours from now.
std::int64_t shiftEndMs(std::int64_t nowMs, const QList<QTime> &shiftStarts, const QTimeZone &zone);

} // namespace vocsync::ui
