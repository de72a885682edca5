#pragma once

#include "packetbuilder.h"

#include "vocsync/core/result.h"
#include "vocsync/hj212/packet.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace vocsync::sync {

/// Period in ms of a history CN: 2051 minute, 2061 hour, 2031 and 2041 day; 0 for others.
std::int64_t historyPeriodMs(int cn);

/// Reads what a platform's history request (CN 2051, 2061, 2031, 2041 with BeginTime/EndTime)
/// asks for from the station database, with read connections of its own (WAL: the writer is
/// never blocked). Enterprise targets: the minute, hour or day rollups of the enterprise's
/// points (storage's SeriesReader; no 2041 data); transmitter targets: the factor_sample rows
/// of the MN, a facility's running times (SBx-RT) under 2041 only.
class HistorySource
{
public:
    explicit HistorySource(QString dbPath);

    /// Upload packets (no QN yet, Flag without A: HJ 212-2017 C.20) whose DataTime (the start
    /// of the period) lies in [beginMs, endMs], in time order. Empty when nothing is stored.
    Result<std::vector<hj212::Packet>> read(const storage::UpstreamTarget &target,
                                            const QHash<std::uint32_t, PointCodes> &codes,
                                            int cn, std::int64_t beginMs, std::int64_t endMs);

private:
    Result<std::vector<hj212::Packet>> readPoints(const storage::UpstreamTarget &target,
                                                  const QHash<std::uint32_t, PointCodes> &codes,
                                                  int cn, std::int64_t beginMs,
                                                  std::int64_t endMs);
    Result<std::vector<hj212::Packet>> readFactors(const storage::UpstreamTarget &target, int cn,
                                                   std::int64_t beginMs, std::int64_t endMs);

    QString m_dbPath;
};

} // namespace vocsync::sync
