#pragma once

#include "vocsync/sync/upstreamforwarder.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>

namespace vocsync::ui {

/// The central platforms the station forwards to (HJ 212 upstream with store-and-forward),
/// one row per target, by id: name, endpoint, a connection badge, the queue (pending,
/// answered, the age of the oldest pending packet), the platform's last answer, the last error
/// and when the next try is due. Ages and "next try in" follow setNow().
class UpstreamTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EndpointColumn,
        StatusColumn,
        PendingColumn,
        AckedColumn,
        OldestPendingColumn,
        LastAnswerColumn,
        NextTryColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        TargetIdRole = Qt::UserRole + 1,
        StatusColorRole, ///< the badge colour of the status column
    };

    explicit UpstreamTableModel(QObject *parent = nullptr);

    const QList<sync::UpstreamStatus> &targets() const { return m_rows; }
    const sync::UpstreamStatus *target(int targetId) const;
    int rowOf(int targetId) const;
    std::int64_t now() const { return m_nowMs; }
    /// "12 min ago", "in 8 s": the ages and countdowns of the table.
    static QString ago(std::int64_t ms);
    static QString in(std::int64_t ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void setTargets(const QList<vocsync::sync::UpstreamStatus> &targets);
    /// Inserts or updates the target's row.
    void updateTarget(const vocsync::sync::UpstreamStatus &status);
    /// The clock for ages and countdowns (UTC ms); redraws those columns.
    void setNow(std::int64_t nowMs);

private:
    QVariant display(const sync::UpstreamStatus &t, int column) const;
    QVariant toolTip(const sync::UpstreamStatus &t, int column) const;

    QList<sync::UpstreamStatus> m_rows; ///< sorted by target id
    std::int64_t m_nowMs = 0;
};

} // namespace vocsync::ui
