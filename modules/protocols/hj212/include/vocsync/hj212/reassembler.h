#pragma once

#include "vocsync/hj212/packet.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <vector>

namespace vocsync::hj212 {

/// Joins sub-packets (Flag bit D, PNUM/PNO; HJ 212-2017 C.47-C.50) into one packet. The
/// standard gives each sub-packet its own QN, so parts belong together by MN, CN, PNUM and
/// DataTime. A part arriving twice is ignored; a set not completed within `timeoutMs` of its
/// first part is dropped and reported by expire(). Pure: the caller passes the time.
class Reassembler
{
public:
    explicit Reassembler(std::int64_t timeoutMs = 360'000);

    /// Feeds one packet. A packet without D comes straight back. A part returns nothing until
    /// its set is complete, then the joined packet (header of part 1, D cleared, PNUM/PNO 0,
    /// factors and fields of all parts in PNO order, identical factors merged).
    std::optional<Packet> add(Packet part, std::int64_t nowMs);
    /// Drops sets older than the timeout; returns one line per dropped set saying which
    /// parts were missing.
    QList<QString> expire(std::int64_t nowMs);
    int openSets() const;

private:
    struct Set
    {
        std::vector<std::optional<Packet>> parts; ///< index PNO-1
        int received = 0;
        std::int64_t firstMs = 0;
    };
    std::vector<Set> m_sets;
    std::int64_t m_timeoutMs;
};

} // namespace vocsync::hj212
