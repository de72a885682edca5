#include "vocsync/ui/models/devicetablemodel.h"

#include <algorithm>
#include <tuple>

namespace vocsync::ui {

using acquisition::BusStatus;
using acquisition::DeviceHealth;

namespace {
/// The BusStatus::kind a device's protocol opens, until the poller reports the bus itself.
QString busKindOf(const Device &device)
{
    if (device.protocol == QLatin1String("modbus_tcp"))
        return QStringLiteral("tcp");
    if (device.protocol == QLatin1String("modbus_rtu_tcp"))
        return QStringLiteral("rtu_tcp");
    return QStringLiteral("serial");
}
} // namespace

DeviceTableModel::DeviceTableModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeviceTableModel::flush);
}

void DeviceTableModel::setTemplates(const QList<acquisition::TemplateInfo> &templates)
{
    m_templateNames.clear();
    for (const acquisition::TemplateInfo &t : templates)
        m_templateNames.insert(t.id, QStringList{t.manufacturer, t.model}.join(QLatin1Char(' ')));
    for (int g = 0; g < m_groups.size(); ++g) {
        const int last = static_cast<int>(m_groups[g].devices.size()) - 1;
        if (last >= 0)
            emit dataChanged(index(0, ModelColumn, index(g, 0)),
                             index(last, ModelColumn, index(g, 0)));
    }
}

void DeviceTableModel::setDevices(const QList<Device> &devices)
{
    beginResetModel();
    m_devices = devices;
    m_groups.clear();
    m_deviceIndex.clear();
    m_groupOfDevice.clear();
    m_groupOfBus.clear();
    // Polled devices by port (serial ports first, then TCP endpoints, each by name), then the
    // devices nobody polls; inside a bus by id.
    QList<int> order(m_devices.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Device &x = m_devices[a];
        const Device &y = m_devices[b];
        const auto key = [](const Device &d) {
            return std::make_tuple(!d.isPolled(), d.isNetwork(), d.isPolled() ? d.port : QString(),
                                   d.id);
        };
        return key(x) < key(y);
    });
    int incoming = -1;
    for (int i : std::as_const(order)) {
        const Device &d = m_devices[i];
        m_deviceIndex.insert(d.id, i);
        int group = -1;
        if (!d.isPolled()) {
            if (incoming < 0) {
                incoming = static_cast<int>(m_groups.size());
                m_groups.append({QString(), QString(), true, {}});
            }
            group = incoming;
        } else {
            group = m_groupOfBus.value(d.port, -1);
            if (group < 0) {
                group = static_cast<int>(m_groups.size());
                m_groups.append({d.port, busKindOf(d), false, {}});
                m_groupOfBus.insert(d.port, group);
            }
        }
        m_groups[group].devices.append(i);
        m_groupOfDevice.insert(i, group);
    }
    // Health of removed devices would come back if one is added again with the same id.
    for (auto it = m_health.begin(); it != m_health.end();) {
        if (m_deviceIndex.contains(it.key()))
            ++it;
        else
            it = m_health.erase(it);
    }
    m_dirtyDevices.clear();
    m_dirtyBuses.clear();
    endResetModel();
}

void DeviceTableModel::updateHealth(const DeviceHealth &health)
{
    if (!m_deviceIndex.contains(health.deviceId))
        return; // test reads ("test:<id>") and devices configured away
    m_health.insert(health.deviceId, health);
    m_dirtyDevices.insert(health.deviceId);
    scheduleFlush();
}

void DeviceTableModel::updateBus(const BusStatus &bus)
{
    m_buses.insert(bus.busId, bus);
    if (!m_groupOfBus.contains(bus.busId))
        return;
    m_dirtyBuses.insert(bus.busId);
    scheduleFlush();
}

void DeviceTableModel::scheduleFlush()
{
    // Started only when idle: a steady stream is flushed every interval, not postponed forever.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void DeviceTableModel::flush()
{
    m_flushTimer.stop();
    if (m_dirtyDevices.isEmpty() && m_dirtyBuses.isEmpty())
        return;
    QSet<int> groups;
    QStringList ids;
    for (const QString &id : std::as_const(m_dirtyDevices)) {
        const QModelIndex first = deviceIndex(id, StatusColumn);
        if (!first.isValid())
            continue;
        emit dataChanged(first, first.siblingAtColumn(LastErrorColumn));
        groups.insert(m_groupOfDevice.value(m_deviceIndex.value(id)));
        ids.append(id);
    }
    for (const QString &busId : std::as_const(m_dirtyBuses))
        groups.insert(m_groupOfBus.value(busId, -1));
    for (int g : std::as_const(groups)) {
        if (g >= 0 && g < m_groups.size())
            emit dataChanged(index(g, ModelColumn), index(g, LastErrorColumn));
    }
    m_dirtyDevices.clear();
    m_dirtyBuses.clear();
    std::sort(ids.begin(), ids.end());
    emit healthFlushed(ids);
}

const Device *DeviceTableModel::device(const QString &id) const
{
    const auto it = m_deviceIndex.constFind(id);
    return it == m_deviceIndex.constEnd() ? nullptr : &m_devices[*it];
}

std::optional<DeviceHealth> DeviceTableModel::health(const QString &id) const
{
    const auto it = m_health.constFind(id);
    if (it == m_health.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<BusStatus> DeviceTableModel::bus(const QString &busId) const
{
    const auto it = m_buses.constFind(busId);
    if (it == m_buses.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<DeviceHealth::Status> DeviceTableModel::status(const QString &id) const
{
    const Device *d = device(id);
    if (!d || !d->isPolled())
        return std::nullopt;
    if (const auto it = m_health.constFind(id); it != m_health.constEnd())
        return it->status;
    return d->enabled ? DeviceHealth::Status::Waiting : DeviceHealth::Status::Disabled;
}

QModelIndex DeviceTableModel::deviceIndex(const QString &id, int column) const
{
    const auto it = m_deviceIndex.constFind(id);
    if (it == m_deviceIndex.constEnd())
        return {};
    const int group = m_groupOfDevice.value(*it);
    const int row = static_cast<int>(m_groups[group].devices.indexOf(*it));
    return createIndex(row, column, static_cast<quintptr>(group) + 1);
}

QModelIndex DeviceTableModel::busIndex(const QString &busId, int column) const
{
    const int group = m_groupOfBus.value(busId, -1);
    return group < 0 ? QModelIndex() : index(group, column);
}

QModelIndex DeviceTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBusRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex DeviceTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kBusRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kBusRowId);
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kBusRowId)
        return 0;
    return static_cast<int>(m_groups[parent.row()].devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags DeviceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kBusRowId)
        return busData(m_groups[index.row()], index.column(), role);
    const Group &group = m_groups[static_cast<int>(index.internalId() - 1)];
    return deviceData(m_devices[group.devices[index.row()]], index.column(), role);
}

DeviceTableModel::Totals DeviceTableModel::totals(const Group &group) const
{
    Totals t;
    for (int i : group.devices) {
        const auto it = m_health.constFind(m_devices[i].id);
        if (it == m_health.constEnd())
            continue;
        t.polls += it->polls;
        t.good += it->good;
        t.timeouts += it->timeouts;
        t.badFrames += it->badFrames;
        t.exceptions += it->exceptions;
        t.lastSeenMs = std::max(t.lastSeenMs, it->lastSeenMs);
    }
    return t;
}

} // namespace vocsync::ui
