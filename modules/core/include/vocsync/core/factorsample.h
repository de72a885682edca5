#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace vocsync {

/// Which HJ 212 data a factor value belongs to: real-time (CN 2011) or the minute, hour and
/// day statistics (CN 2051, 2061, 2031). The number is the period in seconds (0 real-time).
enum class FactorPeriod : std::int32_t { RealTime = 0, Minute = 60, Hour = 3600, Day = 86400 };

/// One value set of one factor that is not an electrical quantity of a monitoring point: a VOC
/// analyzer's concentration (a24088 NMHC, a25002 benzene...), a flue-gas parameter, a
/// facility's running state (SB1-RS). Kept per transmitter (MN) and factor code; names and
/// units come from the transmitter's factor map. `quality` holds the SampleQuality bits and
/// the DataFlag (sample.h), so a backfilled value and its N/F/M/S/D/C/T/B flag are stored.
struct FactorSample
{
    enum Part : std::uint8_t {
        Rtd = 1u << 0, Min = 1u << 1, Avg = 1u << 2, Max = 1u << 3, Cou = 1u << 4
    };
    QString source;   ///< transmitter MN
    QString code;     ///< factor code as received ("a24088", "SB1-RS" is code "SB1" + rtd)
    std::int64_t tMs = 0; ///< DataTime (start of the period for minute/hour/day data), UTC
    FactorPeriod period = FactorPeriod::RealTime;
    double rtd = 0, min = 0, avg = 0, max = 0, cou = 0;
    std::uint8_t mask = 0;  ///< Part bits present
    std::uint8_t quality = 0;
};

using FactorBatch = std::vector<FactorSample>;

} // namespace vocsync

Q_DECLARE_METATYPE(vocsync::FactorBatch)
