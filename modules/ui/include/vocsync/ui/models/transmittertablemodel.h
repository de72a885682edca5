#pragma once

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/plant.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace vocsync::ui {

/// The registered HJ 212 transmitters (数采仪), one row each, sorted by MN: name, enterprise,
/// the peer address, a connection badge, protocol version, last packet, counters (accepted,
/// rejected, values delivered, backfilled) and the last error.
///
/// Status arrives with every packet: updateTransmitter() only stores it and the changed rows
/// are announced together at most every kFlushIntervalMs (a new MN is inserted at once).
class TransmitterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MnColumn,
        NameColumn,
        EnterpriseColumn,
        PeerColumn,
        StatusColumn,
        VersionColumn,
        LastPacketColumn,
        PacketsColumn,
        ErrorsColumn,
        SamplesColumn,
        BackfilledColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        MnRole = Qt::UserRole + 1,
        StatusColorRole, ///< the badge colour of the status column
        SortRole,        ///< the raw number of numeric columns
    };
    static constexpr int kFlushIntervalMs = 250;

    explicit TransmitterTableModel(QObject *parent = nullptr);

    /// Enterprise names for the enterprise column (the id is shown for unknown ones).
    void setPlant(const Plant &plant);
    const QList<acquisition::TransmitterStatus> &transmitters() const { return m_rows; }
    const acquisition::TransmitterStatus *transmitter(const QString &mn) const;
    int rowOf(const QString &mn) const;
    QString enterpriseName(const QString &enterpriseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    /// Replaces the rows (the server's registry after a change).
    void setTransmitters(const QList<vocsync::acquisition::TransmitterStatus> &transmitters);
    void updateTransmitter(const vocsync::acquisition::TransmitterStatus &status);
    /// Announces the stored changes now (the coalescing timer calls it).
    void flush();

signals:
    /// After a flush: the MNs whose status changed since the previous one.
    void transmittersFlushed(const QStringList &mns);

private:
    QVariant display(const acquisition::TransmitterStatus &t, int column) const;
    QVariant toolTip(const acquisition::TransmitterStatus &t, int column) const;

    QList<acquisition::TransmitterStatus> m_rows; ///< sorted by MN
    QHash<QString, QString> m_enterpriseNames;
    QSet<QString> m_dirty;
    QTimer m_flushTimer;
};

} // namespace vocsync::ui
