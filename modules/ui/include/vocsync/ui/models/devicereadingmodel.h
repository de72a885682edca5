#pragma once

#include "vocsync/acquisition/devicehealth.h"

#include <QAbstractTableModel>

namespace vocsync::ui {

/// The decoded values of one poll (a test read or a device's last reading): key, name, value
/// at the resolution the template declares with its unit, and whether it decoded.
class DeviceReadingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, NameColumn, ValueColumn, StatusColumn, ColumnCount };

    explicit DeviceReadingModel(QObject *parent = nullptr);

    /// Replaces the values; rows that keep their key are updated in place (a test read
    /// refreshes the same table every poll without losing the selection).
    void setReading(const acquisition::Reading &reading);
    void clear();
    const acquisition::Reading &reading() const { return m_reading; }
    bool hasReading() const { return m_hasReading; }
    /// "230.45 V": the value with its decimals and unit.
    static QString formatValue(const acquisition::ReadingValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    acquisition::Reading m_reading;
    bool m_hasReading = false;
};

} // namespace vocsync::ui
