#include "framefiltermodel.h"

#include "vocsync/ui/models/framelogmodel.h"

namespace vocsync::ui {

void FrameFilterModel::setBus(const QString &busId)
{
    m_bus = busId;
    invalidateRowsFilter();
}

void FrameFilterModel::setDevice(const QString &deviceId)
{
    m_device = deviceId;
    invalidateRowsFilter();
}

bool FrameFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_bus.isEmpty() && index.data(FrameLogModel::BusIdRole).toString() != m_bus)
        return false;
    return m_device.isEmpty() || index.data(FrameLogModel::DeviceIdRole).toString() == m_device;
}

} // namespace vocsync::ui
