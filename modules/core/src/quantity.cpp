#include "vocsync/core/quantity.h"

namespace vocsync {

QString quantityKey(Quantity q)
{
    switch (q) {
    case Quantity::CurrentA: return QStringLiteral("current_a");
    case Quantity::VoltageV: return QStringLiteral("voltage_v");
    case Quantity::PowerKw: return QStringLiteral("power_kw");
    case Quantity::EnergyKwh: return QStringLiteral("energy_kwh");
    case Quantity::FrequencyHz: return QStringLiteral("frequency_hz");
    }
    return {};
}

std::optional<Quantity> quantityFromKey(const QString &key)
{
    for (Quantity q : kAllQuantities) {
        if (quantityKey(q) == key)
            return q;
    }
    return std::nullopt;
}

QString quantityUnit(Quantity q)
{
    switch (q) {
    case Quantity::CurrentA: return QStringLiteral("A");
    case Quantity::VoltageV: return QStringLiteral("V");
    case Quantity::PowerKw: return QStringLiteral("kW");
    case Quantity::EnergyKwh: return QStringLiteral("kWh");
    case Quantity::FrequencyHz: return QStringLiteral("Hz");
    }
    return {};
}

int defaultDecimals(Quantity q)
{
    switch (q) {
    case Quantity::CurrentA: return 3;
    case Quantity::VoltageV: return 1;
    case Quantity::PowerKw: return 3;
    case Quantity::EnergyKwh: return 2;
    case Quantity::FrequencyHz: return 2;
    }
    return 3;
}

} // namespace vocsync
