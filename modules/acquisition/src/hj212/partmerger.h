#pragma once

#include "vocsync/core/sample.h"
#include "vocsync/hj212/packet.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>
#include <deque>
#include <vector>

namespace vocsync::acquisition::hj212server {

/// Point samples of one transmitter's sub-packets, held for at most kHoldMs so that the parts
/// of one set (same CN and DataTime) that carry different quantities of one point become one
/// Sample. Storage keeps the later of two samples of a point at one instant whole (sample_raw
/// has no unique key; the compactor's sortAndDedupe keeps the last), so two halves delivered
/// apart would lose the first half. A part of a set that was already delivered is merged with
/// what went before and delivered again whole, for the same reason. Holds one set; a part of
/// another set delivers the held one first. Factor samples need none of this (one row per
/// code and instant) and are delivered on arrival. Pure; bounded (one set, PNUM <= 9999).
class PartMerger
{
public:
    static constexpr std::int64_t kHoldMs = 1000;

    /// Adds the point samples of part `pno` of `pnum` of the set (cn, dataTimeMs). Returns what
    /// to deliver now: a previous set's samples, and this set's once all its parts came.
    SampleBatch add(int cn, std::int64_t dataTimeMs, int pno, int pnum, const SampleBatch &samples,
                    std::int64_t nowMs);
    /// Everything held, to deliver now (time is up, another packet came, connection closed).
    SampleBatch flush();
    /// When the held samples must go; 0 when nothing is held.
    std::int64_t deadlineMs() const { return m_deadlineMs; }

private:
    bool m_active = false;
    int m_cn = 0;
    std::int64_t m_dataTimeMs = 0;
    int m_pnum = 0;
    std::vector<bool> m_seen; ///< by PNO
    int m_seenCount = 0;
    SampleBatch m_held;      ///< merged per point, not yet delivered
    SampleBatch m_delivered; ///< per point, the whole sample as last delivered for this set
    std::int64_t m_deadlineMs = 0;
};

/// The last kCapacity data packets of one MN, by QN, CN, PNO and DataTime: a logger that lost
/// our 9014 sends the same packet again with the same QN (HJ 212-2017 6.2), which must not be
/// delivered twice (the forwarder would send it upstream again with a new QN). Some loggers
/// reuse one QN for the packets of a minute, hence the other parts of the key.
class RecentPackets
{
public:
    static constexpr size_t kCapacity = 256;

    /// True when `p` is among the last kCapacity remembered; otherwise remembers it. Packets
    /// without a QN are never repeats.
    bool repeated(const hj212::Packet &p);

private:
    std::deque<QByteArray> m_order;
    QSet<QByteArray> m_keys;
};

} // namespace vocsync::acquisition::hj212server
