#pragma once

class QTableView;

namespace vocsync::ui {

class AlarmTableModel;

/// Sets the column widths of an alarm table from the texts its columns can show (translated
/// headers, level and state names, times, durations), so Chinese and English both fit without
/// widening the window; the long free-text columns (enterprise, facility) get a fixed share and
/// elide, the message column takes the rest.
void fitAlarmColumns(QTableView *table, const AlarmTableModel *model);

} // namespace vocsync::ui
