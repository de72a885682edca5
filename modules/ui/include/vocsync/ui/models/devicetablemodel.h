#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

namespace vocsync::ui {

/// The station's devices as a two-level tree: one row per bus (serial port or TCP endpoint,
/// with its open state, detail and traffic) and its devices under it (address, poll interval,
/// health, round trip, counters, last error). Devices the station does not poll (simulated,
/// HJ 212 incoming) sit under a last "Simulated / incoming" row with no health.
///
/// Health can arrive hundreds of times a second: updateHealth() and updateBus() only store,
/// and the changed rows are announced together at most every kFlushIntervalMs.
class DeviceTableModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ModelColumn,
        ProtocolColumn,
        AddressColumn,
        IntervalColumn,
        StatusColumn,
        LastSeenColumn,
        RttColumn,
        PollsColumn,
        GoodColumn,
        TimeoutsColumn,
        BadFramesColumn,
        ExceptionsColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        DeviceIdRole = Qt::UserRole + 1, ///< device rows: the device id; bus rows: empty
        BusIdRole,                       ///< both levels: the bus (Device::port)
        IsBusRole,                       ///< true on bus rows
        StatusRole,      ///< device rows: DeviceHealth::Status as int, -1 when not polled;
                         ///< bus rows: 1 open, 0 closed, -1 unknown
        StatusColorRole, ///< the badge colour of the status column (invalid: no badge)
        SortRole,        ///< the raw number of numeric columns
    };
    static constexpr int kFlushIntervalMs = 250;

    explicit DeviceTableModel(QObject *parent = nullptr);

    /// Names for the model column ("Acrel DTSU666") where a device has no model of its own.
    void setTemplates(const QList<acquisition::TemplateInfo> &templates);

    const QList<Device> &devices() const { return m_devices; }
    const Device *device(const QString &id) const;
    /// The newest health received for the device (also before it is flushed to the views).
    std::optional<acquisition::DeviceHealth> health(const QString &id) const;
    std::optional<acquisition::BusStatus> bus(const QString &busId) const;
    /// What the status column says: the health's status, or Waiting / Disabled before any
    /// health came; nullopt for devices that are not polled.
    std::optional<acquisition::DeviceHealth::Status> status(const QString &id) const;
    QModelIndex deviceIndex(const QString &id, int column = IdColumn) const;
    QModelIndex busIndex(const QString &busId, int column = IdColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    /// Replaces the devices (resets the model); health of devices still present is kept.
    void setDevices(const QList<vocsync::Device> &devices);
    void updateHealth(const vocsync::acquisition::DeviceHealth &health);
    void updateBus(const vocsync::acquisition::BusStatus &bus);
    /// Announces the stored changes now (the coalescing timer calls it).
    void flush();

signals:
    /// After a flush: the devices whose health changed since the previous one.
    void healthFlushed(const QStringList &deviceIds);

private:
    /// internalId of bus rows; device rows hold their bus row + 1.
    static constexpr quintptr kBusRowId = 0;

    struct Group
    {
        QString busId;
        QString kind;          ///< BusStatus::kind guessed from the protocols until one comes
        bool incoming = false; ///< the "Simulated / incoming" group
        QList<int> devices;    ///< indices into m_devices
    };
    struct Totals
    {
        std::uint64_t polls = 0;
        std::uint64_t good = 0;
        std::uint64_t timeouts = 0;
        std::uint64_t badFrames = 0;
        std::uint64_t exceptions = 0;
        std::int64_t lastSeenMs = 0;
    };

    void scheduleFlush();
    Totals totals(const Group &group) const;
    QVariant busData(const Group &group, int column, int role) const;
    QVariant deviceData(const Device &device, int column, int role) const;
    QVariant deviceDisplay(const Device &device, const acquisition::DeviceHealth *health,
                           int column) const;
    QVariant deviceSortValue(const Device &device, const acquisition::DeviceHealth *health,
                             int column) const;
    QString deviceToolTip(const Device &device, const acquisition::DeviceHealth *health) const;
    QString busDisplay(const Group &group, int column) const;
    QString busToolTip(const Group &group) const;
    QString modelName(const Device &device) const;
    QString headerToolTip(int section) const;

    QList<Device> m_devices;
    QList<Group> m_groups;
    QHash<QString, int> m_deviceIndex; ///< id -> index into m_devices
    QHash<int, int> m_groupOfDevice;   ///< index into m_devices -> group row
    QHash<QString, int> m_groupOfBus;
    QHash<QString, acquisition::DeviceHealth> m_health;
    QHash<QString, acquisition::BusStatus> m_buses;
    QHash<QString, QString> m_templateNames;
    QSet<QString> m_dirtyDevices;
    QSet<QString> m_dirtyBuses;
    QTimer m_flushTimer;
};

} // namespace vocsync::ui
