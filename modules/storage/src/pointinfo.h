#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"
#include "vocsync/storage/rollup.h"

#include <QSqlDatabase>

#include <array>
#include <cstdint>
#include <unordered_map>

namespace vocsync::storage {

/// What storage needs to know of a monitoring point: its resolutions. Values are stored as
/// integers: stored = round(value * 10^decimals).
struct PointInfo
{
    std::uint32_t key = 0;
    QString id;
    int intervalS = 10;
    std::uint8_t mask = 0; ///< declared quantities
    std::array<int, kQuantityCount> decimals{};

    /// Converts a sample to stored integers. Quantities the point does not declare, and
    /// non-finite or out-of-range values, are dropped; `dropped` gets their bits.
    IntSample quantize(const Sample &s, std::uint8_t *dropped) const;
    /// Back to values in units.
    Sample toSample(const IntSample &s) const;
    double toUnits(Quantity q, std::int64_t stored) const;
};

using PointTable = std::unordered_map<std::uint32_t, PointInfo>;

/// The channels column: "current_a:3,voltage_v:1".
QString formatChannels(const QList<Channel> &channels);
Result<QList<Channel>> parseChannels(const QString &text);

/// Reads the point table.
Result<PointTable> loadPointTable(const QSqlDatabase &db);

} // namespace vocsync::storage
