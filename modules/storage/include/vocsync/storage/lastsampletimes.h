#pragma once

#include "vocsync/core/result.h"

#include <QHash>
#include <QSqlDatabase>

#include <cstdint>

namespace vocsync::storage {

/// The newest stored sample time (UTC ms) of each monitoring point, by point key, over the
/// recent raw rows and the compacted chunks. Points without samples are absent. The HJ 212
/// server asks for the history of the gap from there, so an outage that spans a station
/// restart is backfilled too.
Result<QHash<std::uint32_t, std::int64_t>> lastSampleTimes(const QSqlDatabase &db);

} // namespace vocsync::storage
