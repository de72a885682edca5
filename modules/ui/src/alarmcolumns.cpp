#include "alarmcolumns.h"

#include "vocsync/alarms/alarm.h"
#include "vocsync/analysis/event.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace vocsync::ui {

namespace {
constexpr int kCellPadding = 22;
constexpr int kBadgePadding = 40;
} // namespace

void fitAlarmColumns(QTableView *table, const AlarmTableModel *model)
{
    using Model = AlarmTableModel;
    QHeaderView *h = table->horizontalHeader();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setStretchLastSection(true);
    h->setTextElideMode(Qt::ElideRight);
    table->setTextElideMode(Qt::ElideRight);
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    const auto fit = [&](int column, const QStringList &texts, int padding) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        h->resizeSection(column,
                         std::max(fm.horizontalAdvance(header) + 24, widest(texts) + padding));
    };
    fit(Model::LevelColumn,
        {alarms::alarmLevelName(alarms::AlarmLevel::Warning),
         alarms::alarmLevelName(alarms::AlarmLevel::Alarm)},
        kBadgePadding);
    fit(Model::RaisedColumn,
        {QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)).toString(model->timeFormat())},
        kCellPadding);
    QStringList states;
    for (alarms::AlarmState s :
         {alarms::AlarmState::ActiveUnacknowledged, alarms::AlarmState::ActiveAcknowledged,
          alarms::AlarmState::ClearedUnacknowledged, alarms::AlarmState::Normal})
        states << alarms::alarmStateName(s);
    fit(Model::StateColumn, states, kCellPadding);
    h->resizeSection(Model::StateColumn, std::min(h->sectionSize(Model::StateColumn), 130));
    QStringList types;
    for (int t = 0; t < analysis::kEventTypeCount; ++t)
        types << analysis::eventTypeName(static_cast<analysis::EventType>(t));
    // Types can be long in English: capped, the rest elides (the tooltip has it all).
    h->resizeSection(Model::TypeColumn, std::min(widest(types) + kCellPadding, 130));
    fit(Model::DurationColumn, {Labels::duration(23 * 3600'000LL + 59 * 60'000LL)}, kCellPadding);
    // The model's own text (same context, so the same translation).
    fit(Model::ShelvedColumn,
        {QCoreApplication::translate("vocsync::ui::AlarmTableModel", "until %1")
             .arg(QStringLiteral("12-31 23:59"))},
        kCellPadding);
    // Names: room for 8 (enterprise) and 7 (facility) Chinese characters, then they elide.
    const int han = fm.horizontalAdvance(QChar(0x4E2D));
    h->resizeSection(Model::EnterpriseColumn, 8 * han + kCellPadding);
    h->resizeSection(Model::FacilityColumn, 7 * han + kCellPadding);
    fit(Model::AckByColumn, {QStringLiteral("operator")}, kCellPadding);
    h->resizeSection(Model::CommentColumn, 160);
}

} // namespace vocsync::ui
