#pragma once

#include <QSqlDatabase>
#include <QTimeZone>

namespace vocsync::storage {

/// The zone whose days the day rollups of this database are cut at. It is recorded in the
/// database when the first writer opens it (the station zone then, Asia/Shanghai by default)
/// and never follows a later change of the display zone: day rollups written under two zones
/// would overlap and count samples twice. Readers use the same recorded zone.
QTimeZone dayZone(const QSqlDatabase &db);

/// Records the station zone as the day zone if the database has none yet (writer only).
bool recordDayZone(const QSqlDatabase &db);

} // namespace vocsync::storage
