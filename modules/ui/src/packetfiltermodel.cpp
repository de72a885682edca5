#include "packetfiltermodel.h"

#include "vocsync/ui/models/packetlogmodel.h"

namespace vocsync::ui {

void PacketFilterModel::setMn(const QString &mn)
{
    if (mn == m_mn)
        return;
    m_mn = mn;
    invalidateRowsFilter();
}

void PacketFilterModel::setErrorsOnly(bool on)
{
    if (on == m_errorsOnly)
        return;
    m_errorsOnly = on;
    invalidateRowsFilter();
}

bool PacketFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_errorsOnly && index.data(PacketLogModel::OkRole).toBool())
        return false;
    return m_mn.isEmpty() || index.data(PacketLogModel::MnRole).toString() == m_mn;
}

} // namespace vocsync::ui
