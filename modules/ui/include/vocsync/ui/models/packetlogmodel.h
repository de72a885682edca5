#pragma once

#include "vocsync/acquisition/hj212server.h"

#include <QAbstractTableModel>
#include <QFont>

#include <deque>

namespace vocsync::ui {

/// The HJ 212 packet log: the newest kCapacity packets in and out, of every transmitter,
/// oldest first (a ring). Time with milliseconds in the station zone, direction, MN, the
/// command (CN), whether it was accepted (or why not) and its size. The raw frame and the
/// decoded JSON of a row are shown by PacketLogView's detail pane.
class PacketLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        MnColumn,
        CommandColumn,
        ResultColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role {
        MnRole = Qt::UserRole + 1,
        OkRole,
        CnRole, ///< the command code, -1 when the packet could not be read that far
    };
    static constexpr int kCapacity = 5000;

    explicit PacketLogModel(QObject *parent = nullptr);

    /// Appends in one go (one row removal for what falls out, one insertion).
    void append(const QList<acquisition::PacketRecord> &packets);
    void clear();
    const acquisition::PacketRecord &packet(int row) const
    {
        return m_packets[static_cast<size_t>(row)].record;
    }
    int cn(int row) const { return m_packets[static_cast<size_t>(row)].cn; }

    /// The command code of a record: from its decoded JSON, else from the "CN=" of its raw
    /// header (a rejected packet often still names it); -1 when neither has one.
    static int cnOf(const acquisition::PacketRecord &record);
    /// The short reason of a rejection ("bad_crc" of "bad_crc at 312: ..."), for the table.
    static QString shortError(const QString &error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        acquisition::PacketRecord record;
        int cn = -1;
    };
    std::deque<Row> m_packets;
    QFont m_fixedFont;
};

} // namespace vocsync::ui
