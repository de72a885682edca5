#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <cstdint>

namespace vocsync::ui {

/// Live state of every supervised facility, as a two-level tree: enterprises (with a summary
/// of their facilities) and their facilities. Fed with sample batches from any source (live
/// acquisition or the latest stored samples); the state of a facility is the instant state of
/// its latest reading against its thresholds (RunThresholds::instantState), and "unknown" once
/// its points have been silent for more than three sample intervals (DOMAIN.md, data_gap).
class PlantStatusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        TypeColumn,
        StateColumn,
        CurrentColumn,
        PowerColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        RunStateRole = Qt::UserRole + 1, ///< RunState as int (facility rows)
        FacilityIdRole,                  ///< facility id (facility rows), empty otherwise
        EnterpriseIdRole,                ///< enterprise id (both levels)
        IsEnterpriseRole,                ///< true on enterprise rows
        OperatingCountRole,              ///< enterprise rows: facilities running or overloaded
        FacilityCountRole,               ///< enterprise rows: facilities in total
        LastUpdateRole,                  ///< UTC ms of the latest sample, or -1
        ValueRole,                       ///< the raw double of the current/power columns
    };

    /// Counters for the overview's summary cards.
    struct Summary
    {
        int enterprises = 0;
        int productionOperating = 0;
        int productionTotal = 0;
        int treatmentOperating = 0;
        int treatmentTotal = 0;
        int noData = 0; ///< facilities whose state is unknown
    };

    explicit PlantStatusModel(QObject *parent = nullptr);

    /// Replaces the plant (resets the model); readings of the old plant are dropped.
    void setPlant(const Plant &plant);
    const Plant &plant() const { return m_plant; }

    /// Takes the newest reading of every facility a sample belongs to; older samples than
    /// what the model already holds are ignored. Unknown point keys are ignored.
    void applySamples(const SampleBatch &batch);
    /// Re-evaluates staleness at `nowMs` (called by a clock in the window, by tests directly).
    void refresh(std::int64_t nowMs);
    std::int64_t now() const { return m_nowMs; }

    RunState facilityState(const QString &facilityId) const;
    QModelIndex facilityIndex(const QString &facilityId, int column = NameColumn) const;
    QModelIndex enterpriseIndex(const QString &enterpriseId, int column = NameColumn) const;
    Summary summary() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// Emitted after applySamples() or refresh() changed something (coalesced per call).
    void summaryChanged();

private:
    /// DOMAIN.md, data_gap: a point is silent when nothing came for more than 3 intervals.
    static constexpr int kSilentIntervals = 3;
    /// internalId of enterprise rows; facility rows hold their enterprise's row + 1.
    static constexpr quintptr kEnterpriseId = 0;

    struct FacilityRow
    {
        Facility facility;
        int enterpriseRow = 0;
        std::int64_t intervalMs = 0; ///< shortest interval of its points; 0 without points
        std::int64_t lastMs = -1;
        double currentA;
        double powerKw;
        double stateValue; ///< latest value of thresholds.quantity
        RunState state = RunState::Unknown;
    };
    struct EnterpriseRow
    {
        Enterprise enterprise;
        QList<int> facilities; ///< indices into m_facilities
    };

    RunState evaluate(const FacilityRow &row) const;
    QVariant enterpriseData(int row, int column, int role) const;
    QVariant facilityData(const FacilityRow &row, int column, int role) const;
    QString stateToolTip(const FacilityRow &row) const;
    std::int64_t enterpriseLastUpdate(const EnterpriseRow &row) const;
    int operatingCount(const EnterpriseRow &row) const;
    void emitRowChanged(int facility);

    Plant m_plant;
    QList<EnterpriseRow> m_enterprises;
    QList<FacilityRow> m_facilities;
    QHash<std::uint32_t, int> m_facilityOfPoint;
    QHash<QString, int> m_facilityById;
    std::int64_t m_nowMs = 0;
    // Created once: a QIcon per data() call would render and cache the SVG again each time.
    QIcon m_enterpriseIcon;
    QIcon m_productionIcon;
    QIcon m_treatmentIcon;
};

} // namespace vocsync::ui
