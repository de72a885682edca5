#pragma once

#include "vocsync/acquisition/devicehealth.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QStringList>

#include <deque>

namespace vocsync::ui {

/// The raw frame log: the newest kCapacity frames on the lines, oldest first (a ring: appending
/// past the capacity drops the oldest rows). Time with milliseconds in the station zone, bus,
/// device, direction, the bytes in spaced hex and what was wrong with the frame, if anything.
class FrameLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        BusColumn,
        DeviceColumn,
        DirectionColumn,
        BytesColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { BusIdRole = Qt::UserRole + 1, DeviceIdRole };
    static constexpr int kCapacity = 5000;

    explicit FrameLogModel(QObject *parent = nullptr);

    /// Appends in one go (one row removal for what falls out, one insertion).
    void append(const QList<acquisition::FrameRecord> &frames);
    void clear();
    const acquisition::FrameRecord &frame(int row) const
    {
        return m_frames[static_cast<size_t>(row)];
    }
    /// Every bus and device seen since the last clear(), sorted (for the filters).
    const QStringList &buses() const { return m_buses; }
    const QStringList &deviceIds() const { return m_deviceIds; }
    /// "01 03 00 00 00 0A C5 CD"
    static QString hex(const QByteArray &bytes);
    /// One line of the saved log: time, bus, device, TX/RX, hex, note, tab-separated.
    static QString textLine(const acquisition::FrameRecord &frame);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// A bus or device appeared for the first time (or the log was cleared).
    void sourcesChanged();

private:
    std::deque<acquisition::FrameRecord> m_frames;
    QStringList m_buses;
    QStringList m_deviceIds;
    QFont m_fixedFont;
};

} // namespace vocsync::ui
