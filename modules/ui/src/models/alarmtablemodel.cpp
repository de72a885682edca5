#include "vocsync/ui/models/alarmtablemodel.h"

#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"

#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace vocsync::ui {

using alarms::Alarm;
using alarms::AlarmState;

AlarmTableModel::AlarmTableModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent), m_mode(mode), m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

void AlarmTableModel::setPlant(const Plant &plant)
{
    beginResetModel();
    m_plant = plant;
    m_enterpriseNames.clear();
    m_facilityNames.clear();
    for (const Enterprise &e : plant.enterprises)
        m_enterpriseNames.insert(e.id, e.name);
    for (const Facility &f : plant.facilities)
        m_facilityNames.insert(f.id, f.name);
    endResetModel();
}

void AlarmTableModel::setAlarms(const QList<Alarm> &alarms)
{
    beginResetModel();
    m_alarms.clear();
    for (const Alarm &a : alarms) {
        if (m_mode == Mode::History || a.state != AlarmState::Normal)
            m_alarms.append(a);
    }
    endResetModel();
    emit alarmsChanged();
}

void AlarmTableModel::updateAlarm(const Alarm &alarm)
{
    const int row = rowOf(alarm.id);
    const bool keep = m_mode == Mode::History || alarm.state != AlarmState::Normal;
    if (row < 0) {
        if (!keep)
            return;
        beginInsertRows({}, 0, 0);
        m_alarms.prepend(alarm);
        endInsertRows();
    } else if (!keep) {
        beginRemoveRows({}, row, row);
        m_alarms.removeAt(row);
        endRemoveRows();
    } else {
        m_alarms[row] = alarm;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit alarmsChanged();
}

void AlarmTableModel::setNow(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    if (m_alarms.isEmpty())
        return;
    // Only the clock-driven columns change; the view repaints those cells.
    emit dataChanged(index(0, DurationColumn), index(rowCount() - 1, ShelvedColumn));
}

int AlarmTableModel::rowOf(qint64 alarmId) const
{
    for (int i = 0; i < m_alarms.size(); ++i) {
        if (m_alarms.at(i).id == alarmId)
            return i;
    }
    return -1;
}

QString AlarmTableModel::timeFormat() const
{
    return m_mode == Mode::Current ? QStringLiteral("MM-dd HH:mm:ss")
                                   : QStringLiteral("yyyy-MM-dd HH:mm");
}

QString AlarmTableModel::enterpriseName(const QString &id) const
{
    return m_enterpriseNames.value(id, id);
}

QString AlarmTableModel::facilityName(const QString &id) const
{
    return m_facilityNames.value(id, id);
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alarms.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::int64_t AlarmTableModel::durationMs(const Alarm &alarm) const
{
    const std::int64_t end = alarm.clearedMs > 0 ? alarm.clearedMs : m_nowMs;
    return std::max<std::int64_t>(end - alarm.startMs, 0);
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarm &a = m_alarms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::ToolTipRole:
        return toolTip(a);
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn)
            return Labels::alarmLevelColor(a.level);
        return a.active() ? theme::text() : theme::textMuted();
    case Qt::FontRole:
        if (!a.acknowledged()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case AlarmIdRole:
        return a.id;
    case LevelRole:
        return static_cast<int>(a.level);
    case StateRole:
        return static_cast<int>(a.state);
    case EnterpriseIdRole:
        return a.enterprise;
    case FacilityIdRole:
        return a.facility;
    case TypeKeyRole:
        return a.type;
    case ActiveRole:
        return a.active();
    case AcknowledgedRole:
        return a.acknowledged();
    case ShelvedRole:
        return a.shelved(m_nowMs);
    case SortRole:
        return sortData(a, index.column());
    default:
        return {};
    }
}

QVariant AlarmTableModel::displayData(const Alarm &a, int column) const
{
    switch (column) {
    case LevelColumn:
        return alarms::alarmLevelName(a.level);
    case RaisedColumn:
        return QDateTime::fromMSecsSinceEpoch(a.raisedMs, timeutil::stationZone())
            .toString(timeFormat());
    case EnterpriseColumn:
        return enterpriseName(a.enterprise);
    case FacilityColumn:
        return facilityName(a.facility);
    case TypeColumn:
        return Labels::alarmType(a.type);
    case StateColumn:
        return alarms::alarmStateName(a.state);
    case DurationColumn:
        return Labels::duration(durationMs(a));
    case ShelvedColumn:
        if (!a.shelved(m_nowMs))
            return QString();
        return tr("until %1")
            .arg(QDateTime::fromMSecsSinceEpoch(a.shelvedUntilMs, timeutil::stationZone())
                     .toString(QStringLiteral("MM-dd HH:mm")));
    case AckByColumn:
        return a.ackBy;
    case CommentColumn:
        return a.ackComment;
    case MessageColumn:
        return a.message;
    default:
        return {};
    }
}

QVariant AlarmTableModel::sortData(const Alarm &a, int column) const
{
    switch (column) {
    case LevelColumn:
        return static_cast<int>(a.level);
    case RaisedColumn:
        return static_cast<qlonglong>(a.raisedMs);
    case StateColumn:
        return static_cast<int>(a.state);
    case DurationColumn:
        return static_cast<qlonglong>(durationMs(a));
    case ShelvedColumn:
        return static_cast<qlonglong>(a.shelved(m_nowMs) ? a.shelvedUntilMs : 0);
    default:
        return displayData(a, column);
    }
}

QString AlarmTableModel::toolTip(const Alarm &a) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1 · %2</b>")
                 .arg(alarms::alarmLevelName(a.level), Labels::alarmType(a.type).toHtmlEscaped());
    lines << a.message.toHtmlEscaped();
    lines << tr("Condition began: %1").arg(Labels::dateTime(a.startMs));
    if (a.clearedMs > 0)
        lines << tr("Cleared: %1").arg(Labels::dateTime(a.clearedMs));
    if (!a.related.isEmpty())
        lines << tr("Production facility: %1").arg(facilityName(a.related).toHtmlEscaped());
    if (a.ackMs > 0)
        lines << tr("Acknowledged by %1 at %2")
                     .arg(a.ackBy.toHtmlEscaped(), Labels::dateTime(a.ackMs));
    if (a.shelved(m_nowMs))
        lines << tr("Shelved by %1 until %2: %3")
                     .arg(a.shelvedBy.toHtmlEscaped(), Labels::dateTime(a.shelvedUntilMs),
                          a.shelveReason.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case RaisedColumn:
        return tr("Raised");
    case EnterpriseColumn:
        return tr("Enterprise");
    case FacilityColumn:
        return tr("Facility");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Duration");
    case ShelvedColumn:
        return tr("Shelved");
    case AckByColumn:
        return tr("Acknowledged by");
    case CommentColumn:
        return tr("Comment");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace vocsync::ui
