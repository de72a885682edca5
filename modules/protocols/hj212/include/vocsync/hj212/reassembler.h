#pragma once

#include "vocsync/hj212/packet.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace vocsync::hj212 {

/// Bounds on what a Reassembler holds, so that a peer announcing huge sets (PNUM=9999 with a
/// new DataTime each time) cannot make the station run out of memory: parts are stored only
/// when received, and the oldest open set is dropped (and reported) to make room.
struct ReassemblerLimits
{
    int maxPnum = 9999;     ///< PNUM is N4 (HJ/T 212-2005, HJ 212-2017): larger cannot be a set
    int maxSetsPerMn = 64;  ///< open sets of one MN
    int maxSets = 1024;     ///< open sets in all
};

/// Joins sub-packets (Flag bit D, PNUM/PNO; HJ 212-2017 C.47-C.50) into one packet. The
/// standard gives each sub-packet its own QN, so parts belong together by MN, CN, PNUM and
/// DataTime. A part arriving twice is ignored; a set not completed within `timeoutMs` of its
/// first part is dropped and reported by expire(), and so is the oldest set when a new one
/// would exceed the limits. Pure: the caller passes the time.
class Reassembler
{
public:
    explicit Reassembler(std::int64_t timeoutMs = 360'000);
    Reassembler(std::int64_t timeoutMs, ReassemblerLimits limits);

    /// Feeds one packet. A packet without D comes straight back. A part returns nothing until
    /// its set is complete, then the joined packet (header of part 1, D cleared, PNUM/PNO 0,
    /// factors and fields of all parts in PNO order, identical factors merged).
    std::optional<Packet> add(Packet part, std::int64_t nowMs);
    /// Drops sets older than the timeout; returns one line per dropped set saying which
    /// parts were missing, after the lines of the sets dropped for room since the last call.
    QList<QString> expire(std::int64_t nowMs);
    int openSets() const;
    /// Parts held in all open sets (only received parts take memory).
    int storedParts() const;
    /// Sets dropped to stay within the limits since construction.
    std::uint64_t droppedSets() const { return m_droppedSets; }

private:
    struct Key
    {
        QByteArray mn;
        QByteArray st;
        int cn = 0;
        int pnum = 0;
        std::int64_t dataTimeMs = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const noexcept;
    };
    struct Set
    {
        std::map<int, Packet> parts; ///< by PNO, received parts only
        std::int64_t firstMs = 0;
        std::uint64_t seq = 0;       ///< order of creation: the oldest set goes first
    };
    using SetMap = std::unordered_map<Key, Set, KeyHash>;

    void makeRoom(const QByteArray &mn, std::int64_t nowMs);
    void drop(SetMap::iterator it, const QString &why, std::int64_t nowMs);
    void forget(SetMap::iterator it);
    QString describe(const Key &key, const Set &set, std::int64_t nowMs) const;

    SetMap m_sets;
    std::map<std::uint64_t, Key> m_order;                        ///< all sets, oldest first
    std::unordered_map<QByteArray, std::set<std::uint64_t>> m_byMn; ///< seqs of each MN's sets
    QList<QString> m_dropLines; ///< sets dropped for room, reported by the next expire()
    int m_droppedLinesLeftOut = 0;
    std::uint64_t m_droppedSets = 0;
    std::uint64_t m_nextSeq = 0;
    int m_storedParts = 0;
    std::int64_t m_timeoutMs;
    ReassemblerLimits m_limits;
};

} // namespace vocsync::hj212
