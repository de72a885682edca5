#include "vocsync/ui/models/devicereadingmodel.h"

#include "../theme.h"

#include <QLocale>

#include <algorithm>

namespace vocsync::ui {

using acquisition::Reading;
using acquisition::ReadingValue;

DeviceReadingModel::DeviceReadingModel(QObject *parent) : QAbstractTableModel(parent) {}

QString DeviceReadingModel::formatValue(const ReadingValue &value)
{
    if (!value.ok)
        return QStringLiteral("—");
    const QString number = QLocale().toString(value.value, 'f', std::max(value.decimals, 0));
    return value.unit.isEmpty() ? number : number + QLatin1Char(' ') + value.unit;
}

void DeviceReadingModel::setReading(const Reading &reading)
{
    const bool sameKeys =
        m_hasReading && reading.values.size() == m_reading.values.size() &&
        std::equal(reading.values.cbegin(), reading.values.cend(), m_reading.values.cbegin(),
                   [](const ReadingValue &a, const ReadingValue &b) { return a.key == b.key; });
    if (!sameKeys) {
        beginResetModel();
        m_reading = reading;
        m_hasReading = true;
        endResetModel();
        return;
    }
    m_reading = reading;
    if (!m_reading.values.empty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, StatusColumn));
}

void DeviceReadingModel::clear()
{
    beginResetModel();
    m_reading = {};
    m_hasReading = false;
    endResetModel();
}

int DeviceReadingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reading.values.size());
}

int DeviceReadingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceReadingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReadingValue &v = m_reading.values[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return v.key;
        case NameColumn:
            return v.name;
        case ValueColumn:
            return formatValue(v);
        case StatusColumn:
            return v.ok ? tr("OK") : v.error;
        }
        return {};
    case Qt::ToolTipRole:
        return v.ok ? QVariant() : v.error;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return v.ok ? theme::running() : theme::severityAlarm();
        if (index.column() == KeyColumn)
            return theme::textMuted();
        if (index.column() == ValueColumn && !v.ok)
            return theme::severityAlarm();
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (index.column() == ValueColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DeviceReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == ValueColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace vocsync::ui
