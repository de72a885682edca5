// DeviceTableModel, part 2: what the views show (display texts, colours, tooltips, roles).
#include "vocsync/ui/models/devicetablemodel.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"

#include "../devicelabels.h"
#include "../theme.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace vocsync::ui {

using acquisition::DeviceHealth;

namespace {
QString shortTime(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone())
        .toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QString count(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString goodShare(std::uint64_t good, std::uint64_t polls)
{
    if (polls == 0)
        return DeviceLabels::none();
    return QStringLiteral("%1 %").arg(
        QLocale().toString(100.0 * static_cast<double>(good) / static_cast<double>(polls), 'f', 1));
}

bool isNumeric(int column)
{
    return column == DeviceTableModel::RttColumn || (column >= DeviceTableModel::PollsColumn &&
                                                     column <= DeviceTableModel::ExceptionsColumn);
}
} // namespace

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    // Narrow numeric columns break their English titles over two lines: the tree must show
    // all its columns at 1400 pixels.
    switch (section) {
    case IdColumn:
        return tr("Device");
    case ModelColumn:
        return tr("Model");
    case ProtocolColumn:
        return tr("Protocol");
    case AddressColumn:
        return tr("Address");
    case IntervalColumn:
        return tr("Interval");
    case StatusColumn:
        return tr("Status");
    case LastSeenColumn:
        return tr("Last seen");
    case RttColumn:
        return tr("Round trip\n(ms)");
    case PollsColumn:
        return tr("Polls");
    case GoodColumn:
        return tr("Good");
    case TimeoutsColumn:
        return tr("Time-\nouts");
    case BadFramesColumn:
        return tr("Bad\nframes");
    case ExceptionsColumn:
        return tr("Excep-\ntions");
    case LastErrorColumn:
        return tr("Last error / detail");
    }
    return {};
}

QString DeviceTableModel::headerToolTip(int section) const
{
    switch (section) {
    case RttColumn:
        return tr("Request sent to reply complete, in ms: the last good poll / the average");
    case GoodColumn:
        return tr("Share of polls that were answered and decoded");
    case TimeoutsColumn:
        return tr("Polls without a complete reply in time");
    case BadFramesColumn:
        return tr("Replies with a CRC, framing, unit or function error");
    case ExceptionsColumn:
        return tr("Modbus exception or DL/T 645 abnormal replies");
    default:
        return {};
    }
}

QString DeviceTableModel::modelName(const Device &device) const
{
    if (!device.model.isEmpty())
        return device.model;
    return m_templateNames.value(device.templateId, device.templateId);
}

QVariant DeviceTableModel::busData(const Group &group, int column, int role) const
{
    const auto bus = m_buses.constFind(group.busId);
    const bool known = !group.incoming && bus != m_buses.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return busDisplay(group, column);
    case Qt::ToolTipRole:
        return busToolTip(group);
    case Qt::FontRole:
        if (column == IdColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == LastErrorColumn && known && !bus->open)
            return DeviceLabels::busColor(false);
        return column == IdColumn ? QVariant() : QVariant(theme::textMuted());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case DeviceIdRole:
        return QString();
    case BusIdRole:
        return group.busId;
    case IsBusRole:
        return true;
    case StatusRole:
        return known ? static_cast<int>(bus->open) : -1;
    case StatusColorRole:
        return column == StatusColumn && known ? DeviceLabels::busColor(bus->open) : QVariant();
    case SortRole:
        return busDisplay(group, column);
    default:
        return {};
    }
}

QString DeviceTableModel::busDisplay(const Group &group, int column) const
{
    if (group.incoming) {
        if (column == IdColumn)
            return tr("Simulated / incoming");
        if (column == ModelColumn)
            return tr("Not polled by the station");
        if (column == AddressColumn)
            return tr("%n device(s)", nullptr, static_cast<int>(group.devices.size()));
        return {};
    }
    const auto bus = m_buses.constFind(group.busId);
    const bool known = bus != m_buses.constEnd();
    const Totals t = totals(group);
    switch (column) {
    case IdColumn:
        return group.busId.isEmpty() ? tr("(no port)") : group.busId;
    case ModelColumn:
        return DeviceLabels::busKind(known ? bus->kind : group.kind);
    case ProtocolColumn: {
        if ((known ? bus->kind : group.kind) != QLatin1String("serial") || group.devices.isEmpty())
            return {};
        const SerialSettings &s = m_devices[group.devices.first()].serial;
        return DeviceLabels::serialLine(s.baud, s.parity, s.dataBits, s.stopBits);
    }
    case AddressColumn:
        return tr("%n device(s)", nullptr, static_cast<int>(group.devices.size()));
    case StatusColumn:
        return known ? (bus->open ? tr("Open") : tr("Closed")) : DeviceLabels::none();
    case LastSeenColumn:
        return t.lastSeenMs > 0 ? shortTime(t.lastSeenMs) : QString();
    case PollsColumn:
        return t.polls > 0 ? count(t.polls) : QString();
    case GoodColumn:
        return t.polls > 0 ? goodShare(t.good, t.polls) : QString();
    case TimeoutsColumn:
        return t.polls > 0 ? count(t.timeouts) : QString();
    case BadFramesColumn:
        return t.polls > 0 ? count(t.badFrames) : QString();
    case ExceptionsColumn:
        return t.polls > 0 ? count(t.exceptions) : QString();
    case LastErrorColumn: {
        if (!known)
            return {};
        const QString traffic =
            tr("TX %1 · RX %2")
                .arg(DeviceLabels::bytes(bus->bytesTx), DeviceLabels::bytes(bus->bytesRx));
        return bus->detail.isEmpty() ? traffic : tr("%1 · %2").arg(bus->detail, traffic);
    }
    default:
        return {};
    }
}

QString DeviceTableModel::busToolTip(const Group &group) const
{
    if (group.incoming)
        return tr("Simulated devices and data transmitters that send HJ 212 to the station: "
                  "the station does not poll them, so they have no health here.");
    const auto bus = m_buses.constFind(group.busId);
    QStringList lines{group.busId.isEmpty() ? tr("(no port)") : group.busId};
    if (bus == m_buses.constEnd()) {
        lines << tr("Not opened yet");
        return lines.join(QLatin1Char('\n'));
    }
    lines << (bus->open ? tr("Open") : tr("Closed"));
    if (!bus->detail.isEmpty())
        lines << bus->detail;
    lines << tr("Sent %1, received %2")
                 .arg(DeviceLabels::bytes(bus->bytesTx), DeviceLabels::bytes(bus->bytesRx));
    return lines.join(QLatin1Char('\n'));
}

QVariant DeviceTableModel::deviceData(const Device &device, int column, int role) const
{
    const auto it = m_health.constFind(device.id);
    const DeviceHealth *health = it == m_health.constEnd() ? nullptr : &*it;
    const std::optional<DeviceHealth::Status> st = status(device.id);
    switch (role) {
    case Qt::DisplayRole:
        return deviceDisplay(device, health, column);
    case Qt::ToolTipRole:
        return deviceToolTip(device, health);
    case Qt::ForegroundRole:
        if (column == LastErrorColumn && health && !health->lastError.isEmpty())
            return st == DeviceHealth::Status::Ok ? theme::textMuted() : theme::severityAlarm();
        if (!device.enabled && device.isPolled())
            return theme::unknown();
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case DeviceIdRole:
        return device.id;
    case BusIdRole:
        return device.isPolled() ? device.port : QString();
    case IsBusRole:
        return false;
    case StatusRole:
        return st ? static_cast<int>(*st) : -1;
    case StatusColorRole:
        return column == StatusColumn && st ? DeviceLabels::statusColor(*st) : QVariant();
    case SortRole:
        return deviceSortValue(device, health, column);
    default:
        return {};
    }
}

QVariant DeviceTableModel::deviceDisplay(const Device &device, const DeviceHealth *health,
                                         int column) const
{
    const std::optional<DeviceHealth::Status> st = status(device.id);
    switch (column) {
    case IdColumn:
        return device.id;
    case ModelColumn:
        return modelName(device);
    case ProtocolColumn:
        return DeviceLabels::protocol(device.protocol);
    case AddressColumn:
        return device.address;
    case IntervalColumn:
        return device.isPolled() ? DeviceLabels::interval(device.pollIntervalMs)
                                 : DeviceLabels::none();
    case StatusColumn:
        return st ? DeviceLabels::status(*st) : DeviceLabels::none();
    default:
        break;
    }
    if (!health)
        return DeviceLabels::none();
    switch (column) {
    case LastSeenColumn:
        return health->lastSeenMs > 0 ? shortTime(health->lastSeenMs) : tr("never");
    case RttColumn:
        if (health->lastRttMs < 0)
            return DeviceLabels::none();
        return QStringLiteral("%1 / %2")
            .arg(health->lastRttMs)
            .arg(QLocale().toString(health->avgRttMs, 'f', 0));
    case PollsColumn:
        return count(health->polls);
    case GoodColumn:
        return goodShare(health->good, health->polls);
    case TimeoutsColumn:
        return count(health->timeouts);
    case BadFramesColumn:
        return count(health->badFrames);
    case ExceptionsColumn:
        return count(health->exceptions);
    case LastErrorColumn:
        return health->lastError;
    default:
        return {};
    }
}

QVariant DeviceTableModel::deviceSortValue(const Device &device, const DeviceHealth *health,
                                           int column) const
{
    if (!health)
        return deviceDisplay(device, health, column);
    switch (column) {
    case LastSeenColumn:
        return static_cast<qlonglong>(health->lastSeenMs);
    case RttColumn:
        return health->avgRttMs;
    case PollsColumn:
        return static_cast<qulonglong>(health->polls);
    case GoodColumn:
        return health->polls ? static_cast<double>(health->good) / health->polls : -1.0;
    case TimeoutsColumn:
        return static_cast<qulonglong>(health->timeouts);
    case BadFramesColumn:
        return static_cast<qulonglong>(health->badFrames);
    case ExceptionsColumn:
        return static_cast<qulonglong>(health->exceptions);
    default:
        return deviceDisplay(device, health, column);
    }
}

QString DeviceTableModel::deviceToolTip(const Device &device, const DeviceHealth *health) const
{
    QStringList lines{tr("%1 — %2").arg(device.id, modelName(device))};
    if (!device.isPolled()) {
        lines << tr("%1: not polled by the station").arg(DeviceLabels::protocol(device.protocol));
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("%1 at %2, address %3")
                 .arg(DeviceLabels::protocol(device.protocol), device.port, device.address);
    if (!device.templateId.isEmpty())
        lines << tr("Template: %1").arg(device.templateId);
    if (!device.enabled)
        lines << tr("Disabled: not polled");
    if (!health)
        return lines.join(QLatin1Char('\n'));
    if (health->lastSeenMs > 0)
        lines << tr("Last good reply: %1").arg(Labels::dateTime(health->lastSeenMs));
    if (health->consecutiveFailures > 0)
        lines << tr("%n failure(s) in a row", nullptr, health->consecutiveFailures);
    if (!health->lastError.isEmpty())
        lines << tr("Last error at %1: %2")
                     .arg(Labels::dateTime(health->lastErrorMs), health->lastError);
    if (health->nextPollMs > 0)
        lines << tr("Next poll: %1").arg(Labels::dateTime(health->nextPollMs));
    return lines.join(QLatin1Char('\n'));
}

} // namespace vocsync::ui
