// PlantStatusModel, part 2: what the views show (display texts, icons, tooltips, roles).
#include "vocsync/ui/models/plantstatusmodel.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"

#include "../theme.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vocsync::ui {

namespace {
QString formatValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return QLocale().toString(v, 'f', 1);
}

QString formatTime(std::int64_t utcMs, std::int64_t nowMs)
{
    if (utcMs < 0)
        return QStringLiteral("—");
    const QTimeZone zone = timeutil::stationZone();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    if (t.date() == now.date())
        return t.toString(QStringLiteral("HH:mm:ss"));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// Numbers right-aligned, text left-aligned: the same for enterprise and facility rows.
QVariant columnAlignment(int column)
{
    if (column == PlantStatusModel::PowerColumn || column == PlantStatusModel::CurrentColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

QVariant PlantStatusModel::enterpriseData(int row, int column, int role) const
{
    const EnterpriseRow &e = m_enterprises[row];
    switch (role) {
    case IsEnterpriseRole:
        return true;
    case EnterpriseIdRole:
        return e.enterprise.id;
    case FacilityIdRole:
        return QString();
    case OperatingCountRole:
        return operatingCount(e);
    case FacilityCountRole:
        return static_cast<int>(e.facilities.size());
    case LastUpdateRole:
        return qint64{enterpriseLastUpdate(e)};
    case Qt::FontRole: {
        QFont f;
        f.setBold(column == NameColumn);
        return f;
    }
    case Qt::DecorationRole:
        return column == NameColumn ? m_enterpriseIcon : QVariant();
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1\nIndustry: %2\nAddress: %3")
                .arg(e.enterprise.name, e.enterprise.industry, e.enterprise.address);
        return {};
    case Qt::TextAlignmentRole:
        return columnAlignment(column);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return e.enterprise.name;
    case KindColumn:
        return tr("Enterprise");
    case StateColumn:
        return tr("%1 / %2 running").arg(operatingCount(e)).arg(e.facilities.size());
    case PowerColumn: {
        double sum = 0;
        bool any = false;
        for (int i : e.facilities) {
            const FacilityRow &f = m_facilities[i];
            if (f.state != RunState::Unknown && !std::isnan(f.powerKw)) {
                sum += f.powerKw;
                any = true;
            }
        }
        return any ? formatValue(sum) : QStringLiteral("—");
    }
    case UpdatedColumn:
        return formatTime(enterpriseLastUpdate(e), m_nowMs);
    default:
        return QString();
    }
}

QString PlantStatusModel::stateToolTip(const FacilityRow &row) const
{
    const RunThresholds &t = row.facility.thresholds;
    const QString unit = quantityUnit(t.quantity);
    if (row.lastMs < 0)
        return tr("No sample received yet");
    if (row.state == RunState::Unknown)
        return tr("No sample for more than %1 sample intervals (last: %2)")
            .arg(kSilentIntervals)
            .arg(timeutil::toIso(row.lastMs));
    return tr("%1: %2 %3 (stop below %4 %3, running from %5 %3)")
        .arg(Labels::runState(row.state), formatValue(row.stateValue), unit,
             QLocale().toString(t.off, 'f', 1), QLocale().toString(t.run, 'f', 1));
}

QVariant PlantStatusModel::facilityData(const FacilityRow &row, int column, int role) const
{
    switch (role) {
    case IsEnterpriseRole:
        return false;
    case EnterpriseIdRole:
        return row.facility.enterpriseId;
    case FacilityIdRole:
        return row.facility.id;
    case RunStateRole:
        return static_cast<int>(row.state);
    case LastUpdateRole:
        return qint64{row.lastMs};
    case ValueRole:
        if (column == CurrentColumn)
            return row.currentA;
        return column == PowerColumn ? QVariant(row.powerKw) : QVariant();
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        return row.facility.kind == FacilityKind::Production ? m_productionIcon : m_treatmentIcon;
    case Qt::ForegroundRole:
        // Values that are no longer current are shown, but greyed out.
        if (row.state == RunState::Unknown && column >= CurrentColumn)
            return theme::textMuted();
        return {};
    case Qt::ToolTipRole:
        return column == StateColumn ? QVariant(stateToolTip(row)) : QVariant();
    case Qt::TextAlignmentRole:
        return columnAlignment(column);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return row.facility.name;
    case KindColumn:
        return Labels::facilityKind(row.facility.kind);
    case TypeColumn:
        return Labels::facilityType(row.facility.type);
    case StateColumn:
        return Labels::runState(row.state);
    case CurrentColumn:
        return formatValue(row.currentA);
    case PowerColumn:
        return formatValue(row.powerKw);
    case UpdatedColumn:
        return formatTime(row.lastMs, m_nowMs);
    default:
        return QString();
    }
}

} // namespace vocsync::ui
