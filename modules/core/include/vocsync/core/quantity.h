#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace vocsync {

/// The electrical quantities a power-meter channel reports. The order is the storage order and
/// the column order of the samples CSV.
enum class Quantity : std::uint8_t { CurrentA, VoltageV, PowerKw, EnergyKwh, FrequencyHz };

inline constexpr int kQuantityCount = 5;
inline constexpr std::array<Quantity, kQuantityCount> kAllQuantities = {
    Quantity::CurrentA, Quantity::VoltageV, Quantity::PowerKw, Quantity::EnergyKwh,
    Quantity::FrequencyHz};

constexpr int index(Quantity q) { return static_cast<int>(q); }
constexpr std::uint8_t bit(Quantity q) { return static_cast<std::uint8_t>(1u << index(q)); }

/// Stable machine name, also the CSV column: "current_a", "voltage_v", "power_kw",
/// "energy_kwh", "frequency_hz".
QString quantityKey(Quantity q);
std::optional<Quantity> quantityFromKey(const QString &key);
/// Unit symbol for display: "A", "V", "kW", "kWh", "Hz".
QString quantityUnit(Quantity q);
/// Decimals of the resolution a typical multifunction meter declares (0.001 A, 0.1 V,
/// 0.001 kW, 0.01 kWh, 0.01 Hz).
int defaultDecimals(Quantity q);
/// True for cumulative counters (energy): rolled up by first/last, coded by delta-of-delta.
constexpr bool isCounter(Quantity q) { return q == Quantity::EnergyKwh; }

} // namespace vocsync
