// Helpers shared by the demo simulator tests and its benchmark: the keyed demo plant, the
// reference month and per-point reads of samplesAt().
#pragma once

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <cmath>
#include <cstdint>
#include <map>

namespace demotest {

inline constexpr std::int64_t kMinute = 60'000;
inline constexpr std::int64_t kDay = 86'400'000;

/// UTC ms of a station-local (Asia/Shanghai) wall time.
inline std::int64_t local(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

/// Monday 2026-11-02 00:00 local: the start of the reference month.
inline const std::int64_t kMonday = local(2026, 11, 2);

/// The demo plant with storage keys 100, 101, ... as a database would assign them.
inline vocsync::Plant keyedPlant()
{
    vocsync::Plant p = vocsync::acquisition::demoPlant();
    for (qsizetype i = 0; i < p.points.size(); ++i)
        p.points[i].key = static_cast<std::uint32_t>(100 + i);
    return p;
}

/// The first 10 s grid instant at or after t.
inline std::int64_t ceilTo10s(std::int64_t t)
{
    return (t + 9'999) / 10'000 * 10'000;
}

/// Samples of one point at each grid time of [from, to), from samplesAt().
inline std::map<std::int64_t, vocsync::Sample>
series(const vocsync::acquisition::DemoSimulator &sim, std::uint32_t key, std::int64_t from,
       std::int64_t to)
{
    std::map<std::int64_t, vocsync::Sample> out;
    for (std::int64_t t = ceilTo10s(from); t < to; t += 10'000) {
        for (const vocsync::Sample &s : sim.samplesAt(t)) {
            if (s.point == key)
                out.emplace(t, s);
        }
    }
    return out;
}

/// The current of one point at t, NaN when the point does not report at t.
inline double currentAt(const vocsync::acquisition::DemoSimulator &sim, std::uint32_t key,
                        std::int64_t t)
{
    for (const vocsync::Sample &s : sim.samplesAt(t)) {
        if (s.point == key)
            return s.value(vocsync::Quantity::CurrentA);
    }
    return std::nan("");
}

} // namespace demotest
