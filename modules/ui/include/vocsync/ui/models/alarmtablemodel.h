#pragma once

#include "vocsync/alarms/alarm.h"
#include "vocsync/core/plant.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <cstdint>

namespace vocsync::ui {

/// Alarms as a table: the current alarms of the alarm panel (normal ones leave the table) or
/// the result of a history search (everything stays). Enterprise and facility ids are shown by
/// name, times in the station's zone; durations and the shelved flag follow setNow().
class AlarmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LevelColumn,
        RaisedColumn,
        EnterpriseColumn,
        FacilityColumn,
        TypeColumn,
        StateColumn,
        DurationColumn,
        ShelvedColumn,
        AckByColumn,
        CommentColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        AlarmIdRole = Qt::UserRole + 1, ///< qint64
        LevelRole,                      ///< alarms::AlarmLevel as int
        StateRole,                      ///< alarms::AlarmState as int
        EnterpriseIdRole,
        FacilityIdRole,
        TypeKeyRole,
        ActiveRole,       ///< bool: condition still present
        AcknowledgedRole, ///< bool
        ShelvedRole,      ///< bool: shelved at now()
        SortRole,         ///< a value that sorts the column (times as numbers)
    };
    /// Current: alarms reaching the normal state are removed (the alarm panel). History:
    /// every alarm given stays (search results).
    enum class Mode { Current, History };

    explicit AlarmTableModel(Mode mode, QObject *parent = nullptr);

    /// Names for enterprise and facility ids.
    void setPlant(const Plant &plant);
    const Plant &plant() const { return m_plant; }
    void setAlarms(const QList<alarms::Alarm> &alarms);
    /// Inserts the alarm (newest first) or updates its row; in Current mode removes it once it
    /// is normal.
    void updateAlarm(const alarms::Alarm &alarm);
    /// The clock for durations of active alarms and for shelving (UTC ms).
    void setNow(std::int64_t nowMs);
    std::int64_t now() const { return m_nowMs; }

    const QList<alarms::Alarm> &alarms() const { return m_alarms; }
    const alarms::Alarm &alarmAt(int row) const { return m_alarms.at(row); }
    int rowOf(qint64 alarmId) const;

    /// How the raised time is shown: "MM-dd HH:mm:ss" for current alarms (this year's, and the
    /// second matters), "yyyy-MM-dd HH:mm" in history.
    QString timeFormat() const;
    QString enterpriseName(const QString &id) const;
    QString facilityName(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The set of alarms or one's state changed (not emitted for clock ticks).
    void alarmsChanged();

private:
    QVariant displayData(const alarms::Alarm &alarm, int column) const;
    QVariant sortData(const alarms::Alarm &alarm, int column) const;
    QString toolTip(const alarms::Alarm &alarm) const;
    std::int64_t durationMs(const alarms::Alarm &alarm) const;

    Mode m_mode;
    Plant m_plant;
    QHash<QString, QString> m_enterpriseNames;
    QHash<QString, QString> m_facilityNames;
    QList<alarms::Alarm> m_alarms;
    std::int64_t m_nowMs = 0;
};

} // namespace vocsync::ui
