#include "vocsync/ui/models/transmittertablemodel.h"

#include "vocsync/ui/labels.h"

#include "../theme.h"
#include "../transmitterlabels.h"

#include <algorithm>

namespace vocsync::ui {

using acquisition::TransmitterStatus;
using L = TransmitterLabels;

namespace {
bool isNumeric(int column)
{
    return column >= TransmitterTableModel::PacketsColumn &&
           column <= TransmitterTableModel::BackfilledColumn;
}

bool byMn(const TransmitterStatus &a, const TransmitterStatus &b)
{
    return a.mn < b.mn;
}
} // namespace

TransmitterTableModel::TransmitterTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TransmitterTableModel::flush);
}

void TransmitterTableModel::setPlant(const Plant &plant)
{
    m_enterpriseNames.clear();
    for (const Enterprise &e : plant.enterprises)
        m_enterpriseNames.insert(e.id, e.name);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EnterpriseColumn),
                         index(static_cast<int>(m_rows.size()) - 1, EnterpriseColumn));
}

QString TransmitterTableModel::enterpriseName(const QString &enterpriseId) const
{
    return m_enterpriseNames.value(enterpriseId, enterpriseId);
}

void TransmitterTableModel::setTransmitters(const QList<TransmitterStatus> &transmitters)
{
    beginResetModel();
    m_rows = transmitters;
    std::sort(m_rows.begin(), m_rows.end(), byMn);
    m_dirty.clear();
    endResetModel();
}

void TransmitterTableModel::updateTransmitter(const TransmitterStatus &status)
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), status, byMn);
    const int row = static_cast<int>(it - m_rows.begin());
    if (it == m_rows.end() || it->mn != status.mn) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, status);
        endInsertRows();
        return;
    }
    *it = status;
    m_dirty.insert(status.mn);
    // Started only when idle: a steady stream is flushed every interval, not postponed.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TransmitterTableModel::flush()
{
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    QStringList mns;
    for (const QString &mn : std::as_const(m_dirty)) {
        const int row = rowOf(mn);
        if (row < 0)
            continue;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        mns.append(mn);
    }
    m_dirty.clear();
    std::sort(mns.begin(), mns.end());
    emit transmittersFlushed(mns);
}

const TransmitterStatus *TransmitterTableModel::transmitter(const QString &mn) const
{
    const int row = rowOf(mn);
    return row < 0 ? nullptr : &m_rows[row];
}

int TransmitterTableModel::rowOf(const QString &mn) const
{
    TransmitterStatus key;
    key.mn = mn;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, byMn);
    return it != m_rows.cend() && it->mn == mn ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int TransmitterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransmitterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransmitterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransmitterStatus &t = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case Qt::ToolTipRole:
        return toolTip(t, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == ErrorsColumn && t.errors > 0)
            return theme::severityAlarm();
        if (column == LastErrorColumn)
            // Red while the error is the newest news of the transmitter, grey once packets
            // were accepted after it.
            return t.lastErrorMs >= t.lastPacketMs ? theme::severityAlarm() : theme::textMuted();
        if (column == PeerColumn && !t.connected)
            return theme::textMuted();
        return {};
    case MnRole:
        return t.mn;
    case StatusColorRole:
        return column == StatusColumn ? L::stateColor(L::state(t)) : QVariant();
    case SortRole:
        switch (column) {
        case LastPacketColumn:
            return static_cast<qlonglong>(t.lastPacketMs);
        case PacketsColumn:
            return static_cast<qulonglong>(t.packets);
        case ErrorsColumn:
            return static_cast<qulonglong>(t.errors);
        case SamplesColumn:
            return static_cast<qulonglong>(t.samples);
        case BackfilledColumn:
            return static_cast<qulonglong>(t.backfilled);
        default:
            return display(t, column);
        }
    default:
        return {};
    }
}

QVariant TransmitterTableModel::display(const TransmitterStatus &t, int column) const
{
    switch (column) {
    case MnColumn:
        return t.mn;
    case NameColumn:
        return t.name;
    case EnterpriseColumn:
        return t.enterpriseId.isEmpty() ? L::none() : enterpriseName(t.enterpriseId);
    case PeerColumn:
        return t.peer.isEmpty() ? L::none() : t.peer;
    case StatusColumn:
        return L::stateText(L::state(t));
    case VersionColumn:
        return L::version(t.version);
    case LastPacketColumn:
        return L::shortTime(t.lastPacketMs);
    case PacketsColumn:
        return L::count(t.packets);
    case ErrorsColumn:
        return L::count(t.errors);
    case SamplesColumn:
        return L::count(t.samples);
    case BackfilledColumn:
        return L::count(t.backfilled);
    case LastErrorColumn:
        if (!t.backfillState.isEmpty() && t.connected)
            return t.backfillState;
        return t.lastError;
    }
    return {};
}

QVariant TransmitterTableModel::toolTip(const TransmitterStatus &t, int column) const
{
    switch (column) {
    case PeerColumn:
        if (t.connected && t.connectedSinceMs > 0)
            return tr("Connected from %1 since %2")
                .arg(t.peer, Labels::dateTime(t.connectedSinceMs));
        return t.peer.isEmpty() ? tr("Not connected yet")
                                : tr("Not connected; last connection from %1").arg(t.peer);
    case LastPacketColumn:
        if (t.lastPacketMs <= 0)
            return tr("No packet accepted yet");
        return t.lastDataTimeMs > 0
                   ? tr("%1\nNewest real-time data: %2")
                         .arg(Labels::dateTime(t.lastPacketMs), Labels::dateTime(t.lastDataTimeMs))
                   : Labels::dateTime(t.lastPacketMs);
    case BackfilledColumn:
        return t.backfillState.isEmpty() ? tr("Values received by history requests")
                                         : t.backfillState;
    case LastErrorColumn:
        if (t.lastError.isEmpty())
            return {};
        return QStringLiteral("%1\n%2").arg(Labels::dateTime(t.lastErrorMs), t.lastError);
    case EnterpriseColumn:
        return t.enterpriseId;
    case MnColumn:
    case NameColumn:
        return t.name.isEmpty() ? t.mn : tr("%1\nMN %2").arg(t.name, t.mn);
    case StatusColumn:
        return t.version < 0 ? QVariant() : tr("Protocol: %1").arg(L::version(t.version));
    case PacketsColumn:
        return t.duplicates == 0
                   ? QVariant()
                   : tr("%1 accepted; %2 more received again (same QN), not delivered twice")
                         .arg(L::count(t.packets), L::count(t.duplicates));
    case SamplesColumn:
        return tr("%1 values, %2 of them backfilled")
            .arg(L::count(t.samples), L::count(t.backfilled));
    default:
        return {};
    }
}

QVariant TransmitterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeerColumn:
            return tr("The transmitter's IP address and port while connected, else the last one");
        case PacketsColumn:
            return tr("Packets accepted since the station started");
        case ErrorsColumn:
            return tr("Packets rejected: CRC, syntax, wrong password, over the rate limit");
        case SamplesColumn:
            return tr("Values delivered: point samples and factor values");
        case BackfilledColumn:
            return tr("Of those, values received by history requests after an outage");
        case LastErrorColumn:
            return tr("The last rejected packet's reason; while a gap is being backfilled, the "
                      "history request under way");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MnColumn:
        return tr("MN");
    case NameColumn:
        return tr("Name");
    case EnterpriseColumn:
        return tr("Enterprise");
    case PeerColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Protocol");
    case LastPacketColumn:
        return tr("Last packet");
    case PacketsColumn:
        return tr("Packets");
    case ErrorsColumn:
        return tr("Errors");
    case SamplesColumn:
        return tr("Values");
    case BackfilledColumn:
        return tr("Backfilled");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace vocsync::ui
