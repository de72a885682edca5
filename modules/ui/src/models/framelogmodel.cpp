#include "vocsync/ui/models/framelogmodel.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"

#include "../theme.h"

#include <QDateTime>
#include <QFontDatabase>

#include <algorithm>

namespace vocsync::ui {

using acquisition::FrameRecord;

namespace {
QString frameTime(std::int64_t utcMs, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone()).toString(format);
}

/// Inserts into a sorted list; true when it was not there yet.
bool insertSorted(QStringList &list, const QString &value)
{
    const auto it = std::lower_bound(list.begin(), list.end(), value);
    if (it != list.end() && *it == value)
        return false;
    list.insert(it, value);
    return true;
}
} // namespace

FrameLogModel::FrameLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

QString FrameLogModel::hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QString FrameLogModel::textLine(const FrameRecord &frame)
{
    return QStringList{frameTime(frame.tMs, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                       frame.busId,
                       frame.deviceId,
                       frame.direction == FrameRecord::Direction::Tx ? QStringLiteral("TX")
                                                                     : QStringLiteral("RX"),
                       hex(frame.bytes),
                       frame.note}
        .join(QLatin1Char('\t'));
}

void FrameLogModel::append(const QList<FrameRecord> &frames)
{
    if (frames.isEmpty())
        return;
    // Only the newest kCapacity of the batch can stay.
    const qsizetype skip = std::max<qsizetype>(0, frames.size() - kCapacity);
    const int incoming = static_cast<int>(frames.size() - skip);
    const int drop = std::max(0, static_cast<int>(m_frames.size()) + incoming - kCapacity);
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_frames.erase(m_frames.begin(), m_frames.begin() + drop);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_frames.size());
    bool newSource = false;
    beginInsertRows({}, first, first + incoming - 1);
    for (qsizetype i = skip; i < frames.size(); ++i) {
        const FrameRecord &f = frames[i];
        m_frames.push_back(f);
        newSource |= insertSorted(m_buses, f.busId);
        newSource |= insertSorted(m_deviceIds, f.deviceId);
    }
    endInsertRows();
    if (newSource)
        emit sourcesChanged();
}

void FrameLogModel::clear()
{
    beginResetModel();
    m_frames.clear();
    m_buses.clear();
    m_deviceIds.clear();
    endResetModel();
    emit sourcesChanged();
}

int FrameLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_frames.size());
}

int FrameLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FrameRecord &f = frame(index.row());
    const bool tx = f.direction == FrameRecord::Direction::Tx;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return frameTime(f.tMs, QStringLiteral("HH:mm:ss.zzz"));
        case BusColumn:
            return f.busId;
        case DeviceColumn:
            return f.deviceId;
        case DirectionColumn:
            return tx ? tr("→ TX") : tr("← RX");
        case BytesColumn:
            return hex(f.bytes);
        case NoteColumn:
            return f.note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return Labels::dateTime(f.tMs);
        if (index.column() == BytesColumn)
            return QString(tr("%n byte(s)", nullptr, static_cast<int>(f.bytes.size())) +
                           QLatin1Char('\n') + hex(f.bytes));
        if (index.column() == BusColumn)
            return f.busId;
        return index.column() == NoteColumn && !f.note.isEmpty() ? f.note : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == NoteColumn)
            return theme::severityAlarm();
        if (index.column() == DirectionColumn)
            return tx ? theme::accent() : theme::running();
        if (index.column() == BytesColumn && !f.note.isEmpty())
            return theme::severityAlarm();
        return {};
    case Qt::FontRole:
        return index.column() == BytesColumn || index.column() == TimeColumn ? m_fixedFont
                                                                             : QVariant();
    case BusIdRole:
        return f.busId;
    case DeviceIdRole:
        return f.deviceId;
    default:
        return {};
    }
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case BusColumn:
        return tr("Bus");
    case DeviceColumn:
        return tr("Device");
    case DirectionColumn:
        return tr("Dir.");
    case BytesColumn:
        return tr("Bytes (hex)");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace vocsync::ui
