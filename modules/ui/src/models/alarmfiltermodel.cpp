#include "vocsync/ui/models/alarmfiltermodel.h"

#include "vocsync/ui/models/alarmtablemodel.h"

namespace vocsync::ui {

using Model = AlarmTableModel;

AlarmFilterModel::AlarmFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows change state (acknowledged, shelved): filters are evaluated again.
    setDynamicSortFilter(true);
}

void AlarmFilterModel::setLevel(std::optional<alarms::AlarmLevel> level)
{
    m_level = level;
    invalidateRowsFilter();
}

void AlarmFilterModel::setStateFilter(StateFilter filter)
{
    m_state = filter;
    invalidateRowsFilter();
}

void AlarmFilterModel::setEnterprise(const QString &enterpriseId)
{
    m_enterprise = enterpriseId;
    invalidateRowsFilter();
}

void AlarmFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool AlarmFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_level && index.data(Model::LevelRole).toInt() != static_cast<int>(*m_level))
        return false;
    if (!m_enterprise.isEmpty() && index.data(Model::EnterpriseIdRole).toString() != m_enterprise)
        return false;
    return stateAccepts(index) && textAccepts(sourceRow);
}

bool AlarmFilterModel::stateAccepts(const QModelIndex &index) const
{
    const bool active = index.data(Model::ActiveRole).toBool();
    const bool acknowledged = index.data(Model::AcknowledgedRole).toBool();
    const bool shelved = index.data(Model::ShelvedRole).toBool();
    switch (m_state) {
    case StateFilter::Any:
        return true;
    case StateFilter::Unacknowledged:
        return !acknowledged;
    case StateFilter::Active:
        return active;
    case StateFilter::Cleared:
        return !active && !acknowledged;
    case StateFilter::Shelved:
        return shelved;
    case StateFilter::NotShelved:
        return !shelved;
    }
    return true;
}

bool AlarmFilterModel::textAccepts(int sourceRow) const
{
    if (m_text.isEmpty())
        return true;
    for (int column : {Model::EnterpriseColumn, Model::FacilityColumn, Model::TypeColumn,
                       Model::MessageColumn, Model::CommentColumn, Model::AckByColumn}) {
        const QString text = sourceModel()->index(sourceRow, column).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vocsync::ui
