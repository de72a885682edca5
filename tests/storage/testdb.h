#pragma once

// Helpers shared by the storage tests: a database with a few points, made without the plant
// repository so these tests exercise storage alone.

#include "vocsync/core/sample.h"
#include "vocsync/storage/connection.h"

#include <QSqlQuery>
#include <QString>
#include <QtDebug>

#include <cstdint>

namespace testdb {

/// Creates `count` points with keys 1..count measuring current (3 decimals), voltage (1),
/// power (3) and energy (2); point 1 also measures frequency (2).
inline bool createPoints(const QString &path, int count)
{
    auto conn = vocsync::storage::Connection::open(path);
    if (!conn) {
        qWarning() << conn.error().toString();
        return false;
    }
    QSqlQuery q(conn->db());
    bool ok = q.exec(QStringLiteral("INSERT INTO enterprise(id, name) VALUES('E1', 'Test')"));
    ok = ok && q.exec(QStringLiteral("INSERT INTO facility(id, enterprise_id, name, kind) "
                                     "VALUES('F1', 'E1', 'Fan', 'treatment')"));
    for (int i = 1; ok && i <= count; ++i) {
        const QString channels = i == 1 ? QStringLiteral("current_a:3,voltage_v:1,power_kw:3,"
                                                         "energy_kwh:2,frequency_hz:2")
                                        : QStringLiteral("current_a:3,voltage_v:1,power_kw:3,"
                                                         "energy_kwh:2");
        ok = q.exec(QStringLiteral("INSERT INTO point(key, id, facility_id, interval_s, channels) "
                                   "VALUES(%1, 'P%1', 'F1', 10, '%2')")
                        .arg(i)
                        .arg(channels));
    }
    return ok;
}

/// A deterministic sample: sequence number -> point, time and values at the resolutions of
/// createPoints(), so a test can recompute exactly what it wrote.
inline vocsync::Sample sequenceSample(std::int64_t i, int points, std::int64_t t0Ms)
{
    using vocsync::Quantity;
    vocsync::Sample s;
    s.point = static_cast<std::uint32_t>(i % points + 1);
    s.tMs = t0Ms + (i / points) * 10'000;
    const std::int64_t h = (i * 2654435761LL) % 100000;
    s.set(Quantity::CurrentA, static_cast<double>(20000 + h % 3000) / 1000.0);
    s.set(Quantity::VoltageV, static_cast<double>(3800 + h % 41) / 10.0);
    s.set(Quantity::PowerKw, static_cast<double>(9000 + h % 700) / 1000.0);
    s.set(Quantity::EnergyKwh, static_cast<double>(100000 + i / points * 3) / 100.0);
    if (s.point == 1)
        s.set(Quantity::FrequencyHz, static_cast<double>(4990 + h % 20) / 100.0);
    return s;
}

} // namespace testdb
