#include "vocsync/core/plant.h"

#include <cmath>

namespace vocsync {

QString facilityKindKey(FacilityKind k)
{
    return k == FacilityKind::Production ? QStringLiteral("production")
                                         : QStringLiteral("treatment");
}

std::optional<FacilityKind> facilityKindFromKey(const QString &key)
{
    if (key == QLatin1String("production"))
        return FacilityKind::Production;
    if (key == QLatin1String("treatment"))
        return FacilityKind::Treatment;
    return std::nullopt;
}

QString deviceKindKey(DeviceKind k)
{
    switch (k) {
    case DeviceKind::PowerMeter: return QStringLiteral("power_meter");
    case DeviceKind::Transmitter: return QStringLiteral("transmitter");
    case DeviceKind::SensorCard: return QStringLiteral("sensor_card");
    case DeviceKind::VocAnalyzer: return QStringLiteral("voc_analyzer");
    }
    return {};
}

std::optional<DeviceKind> deviceKindFromKey(const QString &key)
{
    for (DeviceKind k : {DeviceKind::PowerMeter, DeviceKind::Transmitter, DeviceKind::SensorCard,
                         DeviceKind::VocAnalyzer}) {
        if (deviceKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

bool Device::isPolled() const
{
    return protocol == QLatin1String("modbus_rtu") || protocol == QLatin1String("dlt645") ||
           isNetwork();
}

bool Device::isNetwork() const
{
    return protocol == QLatin1String("modbus_tcp") || protocol == QLatin1String("modbus_rtu_tcp");
}

RunState RunThresholds::instantState(double value) const
{
    if (std::isnan(value))
        return RunState::Unknown;
    if (overload > 0 && value >= overload)
        return RunState::Overload;
    if (value >= run)
        return RunState::Running;
    if (value >= off)
        return RunState::Idle;
    return RunState::Off;
}

bool MonitoringPoint::measures(Quantity q) const
{
    return decimals(q) >= 0;
}

int MonitoringPoint::decimals(Quantity q) const
{
    for (const Channel &c : channels) {
        if (c.quantity == q)
            return c.decimals;
    }
    return -1;
}

std::uint8_t MonitoringPoint::mask() const
{
    std::uint8_t m = 0;
    for (const Channel &c : channels)
        m |= bit(c.quantity);
    return m;
}

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const Enterprise *Plant::enterprise(const QString &id) const { return findById(enterprises, id); }
const Facility *Plant::facility(const QString &id) const { return findById(facilities, id); }
const MonitoringPoint *Plant::point(const QString &id) const { return findById(points, id); }

const MonitoringPoint *Plant::pointByKey(std::uint32_t key) const
{
    for (const MonitoringPoint &p : points) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QList<const Facility *> Plant::facilitiesOf(const QString &enterpriseId) const
{
    QList<const Facility *> out;
    for (const Facility &f : facilities) {
        if (f.enterpriseId == enterpriseId)
            out.append(&f);
    }
    return out;
}

QList<const MonitoringPoint *> Plant::pointsOf(const QString &facilityId) const
{
    QList<const MonitoringPoint *> out;
    for (const MonitoringPoint &p : points) {
        if (p.facilityId == facilityId)
            out.append(&p);
    }
    return out;
}

} // namespace vocsync
