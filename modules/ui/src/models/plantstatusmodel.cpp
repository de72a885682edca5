#include "vocsync/ui/models/plantstatusmodel.h"

#include "vocsync/core/timeutil.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vocsync::ui {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

PlantStatusModel::PlantStatusModel(QObject *parent)
    : QAbstractItemModel(parent), m_enterpriseIcon(QStringLiteral(":/icons/enterprise.svg")),
      m_productionIcon(QStringLiteral(":/icons/production.svg")),
      m_treatmentIcon(QStringLiteral(":/icons/treatment.svg"))
{
}

void PlantStatusModel::setPlant(const Plant &plant)
{
    beginResetModel();
    m_plant = plant;
    m_enterprises.clear();
    m_facilities.clear();
    m_facilityOfPoint.clear();
    m_facilityById.clear();
    QHash<QString, int> enterpriseRow;
    for (const Enterprise &e : plant.enterprises) {
        enterpriseRow.insert(e.id, static_cast<int>(m_enterprises.size()));
        m_enterprises.append({e, {}});
    }
    // Production facilities first, then the treatment they are supervised against.
    QList<const Facility *> ordered;
    for (const Facility &f : plant.facilities)
        ordered.append(&f);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Facility *a, const Facility *b) {
        return a->kind == FacilityKind::Production && b->kind != FacilityKind::Production;
    });
    for (const Facility *f : ordered) {
        const auto e = enterpriseRow.constFind(f->enterpriseId);
        if (e == enterpriseRow.constEnd())
            continue;
        FacilityRow row{*f, *e, 0, -1, kNaN, kNaN, kNaN, RunState::Unknown};
        const int index = static_cast<int>(m_facilities.size());
        for (const MonitoringPoint *p : plant.pointsOf(f->id)) {
            const std::int64_t intervalMs = std::int64_t{p->intervalS} * timeutil::kSecondMs;
            if (row.intervalMs == 0 || intervalMs < row.intervalMs)
                row.intervalMs = intervalMs;
            if (p->key != 0)
                m_facilityOfPoint.insert(p->key, index);
        }
        m_facilities.append(row);
        m_facilityById.insert(f->id, index);
        m_enterprises[*e].facilities.append(index);
    }
    endResetModel();
    emit summaryChanged();
}

RunState PlantStatusModel::evaluate(const FacilityRow &row) const
{
    if (row.lastMs < 0 || row.intervalMs <= 0)
        return RunState::Unknown;
    if (m_nowMs - row.lastMs > kSilentIntervals * row.intervalMs)
        return RunState::Unknown;
    return row.facility.thresholds.instantState(row.stateValue);
}

void PlantStatusModel::applySamples(const SampleBatch &batch)
{
    QSet<int> changed;
    for (const Sample &s : batch) {
        const int index = m_facilityOfPoint.value(s.point, -1);
        if (index < 0)
            continue;
        FacilityRow &row = m_facilities[index];
        if (s.tMs < row.lastMs)
            continue;
        row.lastMs = s.tMs;
        if (s.has(Quantity::CurrentA))
            row.currentA = s.value(Quantity::CurrentA);
        if (s.has(Quantity::PowerKw))
            row.powerKw = s.value(Quantity::PowerKw);
        if (s.has(row.facility.thresholds.quantity))
            row.stateValue = s.value(row.facility.thresholds.quantity);
        row.state = evaluate(row);
        changed.insert(index);
    }
    if (changed.isEmpty())
        return;
    for (int index : std::as_const(changed))
        emitRowChanged(index);
    emit summaryChanged();
}

void PlantStatusModel::refresh(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    bool any = false;
    for (int i = 0; i < m_facilities.size(); ++i) {
        const RunState state = evaluate(m_facilities[i]);
        if (state == m_facilities[i].state)
            continue;
        m_facilities[i].state = state;
        emitRowChanged(i);
        any = true;
    }
    if (any)
        emit summaryChanged();
}

void PlantStatusModel::emitRowChanged(int facility)
{
    const FacilityRow &row = m_facilities[facility];
    const int position =
        static_cast<int>(m_enterprises[row.enterpriseRow].facilities.indexOf(facility));
    const QModelIndex parent = index(row.enterpriseRow, 0);
    emit dataChanged(index(position, 0, parent), index(position, ColumnCount - 1, parent));
    emit dataChanged(index(row.enterpriseRow, StateColumn),
                     index(row.enterpriseRow, UpdatedColumn));
}

RunState PlantStatusModel::facilityState(const QString &facilityId) const
{
    const int index = m_facilityById.value(facilityId, -1);
    return index < 0 ? RunState::Unknown : m_facilities[index].state;
}

QModelIndex PlantStatusModel::facilityIndex(const QString &facilityId, int column) const
{
    const int i = m_facilityById.value(facilityId, -1);
    if (i < 0)
        return {};
    const int enterprise = m_facilities[i].enterpriseRow;
    const int position = static_cast<int>(m_enterprises[enterprise].facilities.indexOf(i));
    return index(position, column, index(enterprise, 0));
}

QModelIndex PlantStatusModel::enterpriseIndex(const QString &enterpriseId, int column) const
{
    for (int i = 0; i < m_enterprises.size(); ++i) {
        if (m_enterprises[i].enterprise.id == enterpriseId)
            return index(i, column);
    }
    return {};
}

PlantStatusModel::Summary PlantStatusModel::summary() const
{
    Summary s;
    s.enterprises = static_cast<int>(m_enterprises.size());
    for (const FacilityRow &row : m_facilities) {
        const bool production = row.facility.kind == FacilityKind::Production;
        (production ? s.productionTotal : s.treatmentTotal) += 1;
        if (isOperating(row.state))
            (production ? s.productionOperating : s.treatmentOperating) += 1;
        if (row.state == RunState::Unknown)
            ++s.noData;
    }
    return s;
}

QModelIndex PlantStatusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_enterprises.size() ? createIndex(row, column, kEnterpriseId) : QModelIndex();
    if (parent.internalId() != kEnterpriseId || parent.column() != 0)
        return {};
    if (row >= m_enterprises[parent.row()].facilities.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PlantStatusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kEnterpriseId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kEnterpriseId);
}

int PlantStatusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_enterprises.size());
    if (parent.internalId() != kEnterpriseId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_enterprises[parent.row()].facilities.size());
}

int PlantStatusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags PlantStatusModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PlantStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Enterprise / facility");
    case KindColumn:
        return tr("Kind");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case CurrentColumn:
        return tr("Current (A)");
    case PowerColumn:
        return tr("Power (kW)");
    case UpdatedColumn:
        return tr("Last update");
    default:
        return {};
    }
}

QVariant PlantStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kEnterpriseId)
        return enterpriseData(index.row(), index.column(), role);
    const int enterprise = static_cast<int>(index.internalId() - 1);
    const int facility = m_enterprises[enterprise].facilities[index.row()];
    return facilityData(m_facilities[facility], index.column(), role);
}

int PlantStatusModel::operatingCount(const EnterpriseRow &row) const
{
    return static_cast<int>(
        std::count_if(row.facilities.begin(), row.facilities.end(),
                      [this](int i) { return isOperating(m_facilities[i].state); }));
}

std::int64_t PlantStatusModel::enterpriseLastUpdate(const EnterpriseRow &row) const
{
    std::int64_t last = -1;
    for (int i : row.facilities)
        last = std::max(last, m_facilities[i].lastMs);
    return last;
}

} // namespace vocsync::ui
