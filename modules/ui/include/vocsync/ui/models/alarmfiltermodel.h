#pragma once

#include "vocsync/alarms/alarmrule.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace vocsync::ui {

/// The alarm panel's filters over an AlarmTableModel: level, lifecycle state, enterprise and
/// free text (message, names, type, comment; case-insensitive). Sorts by the model's SortRole.
class AlarmFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter {
        Any,
        Unacknowledged, ///< active or cleared, not yet acknowledged
        Active,         ///< the condition is still present
        Cleared,        ///< cleared but not acknowledged
        Shelved,
        NotShelved,
    };

    explicit AlarmFilterModel(QObject *parent = nullptr);

    void setLevel(std::optional<alarms::AlarmLevel> level);
    void setStateFilter(StateFilter filter);
    void setEnterprise(const QString &enterpriseId); ///< empty: all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool stateAccepts(const QModelIndex &index) const;
    bool textAccepts(int sourceRow) const;

    std::optional<alarms::AlarmLevel> m_level;
    StateFilter m_state = StateFilter::Any;
    QString m_enterprise;
    QString m_text;
};

} // namespace vocsync::ui
