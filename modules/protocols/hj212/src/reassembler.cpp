// Joining sub-packets (HJ 212-2017 C.47-C.50; ../shared/hj212.md §9). Memory is bounded
// whatever a peer announces: parts are kept only when received (a map by PNO, not PNUM
// slots), sets are found by a hash of their identity, and the number of open sets is capped
// per MN and in all, the oldest set making room.
#include "vocsync/hj212/reassembler.h"
#include "vocsync/hj212/codec.h"

#include "segmentparser.h"

#include <QHashFunctions>

#include <algorithm>
#include <utility>

namespace vocsync::hj212 {

namespace {

// At most this many "dropped for room" lines wait for expire(); the rest are counted.
constexpr int kMaxDropLines = 64;

// Copies what `from` has and `into` lacks: the same factor split over two parts.
void mergeFactor(Factor &into, const Factor &from)
{
    for (int i = 0; i < kPartCount; ++i) {
        if (from.has(static_cast<Part>(i)) && !into.has(static_cast<Part>(i)))
            into.set(static_cast<Part>(i), from.values[i], from.decimals[i]);
    }
    if (into.flag == 0)
        into.flag = from.flag;
    if (into.eflag.isEmpty())
        into.eflag = from.eflag;
    if (into.sampleTimeMs == 0)
        into.sampleTimeMs = from.sampleTimeMs;
    if (into.sn.isEmpty())
        into.sn = from.sn;
    if (into.info.isNull())
        into.info = from.info;
}

Packet join(std::map<int, Packet> &parts)
{
    auto it = parts.begin();
    Packet out = std::move(it->second);
    out.flag &= ~kFlagSubpackets;
    out.pnum = 0;
    out.pno = 0;
    for (++it; it != parts.end(); ++it) {
        Packet &part = it->second;
        for (Factor &f : part.factors) {
            Factor *same = nullptr;
            for (Factor &g : out.factors) {
                if (g.code == f.code) {
                    same = &g;
                    break;
                }
            }
            if (same)
                mergeFactor(*same, f);
            else
                out.factors.push_back(std::move(f));
        }
        for (Field &f : part.fields) {
            if (out.field(f.key.view()).isNull())
                out.fields.push_back(std::move(f));
        }
        for (Warning &w : part.warnings)
            out.warnings.push_back(std::move(w));
    }
    return out;
}

/// "2,4-9998": the PNOs in 1..pnum that are not in `parts`, as ranges (a set of 9999 parts
/// with one received would otherwise make a line of 50 kB).
QString missingParts(const std::map<int, Packet> &parts, int pnum)
{
    QStringList ranges;
    int from = 1;
    const auto addGap = [&ranges](int a, int b) {
        if (a > b)
            return;
        ranges.append(a == b ? QString::number(a) : QStringLiteral("%1-%2").arg(a).arg(b));
    };
    for (const auto &[pno, part] : parts) {
        addGap(from, pno - 1);
        from = pno + 1;
    }
    addGap(from, pnum);
    return ranges.join(QLatin1Char(','));
}

} // namespace

size_t Reassembler::KeyHash::operator()(const Key &k) const noexcept
{
    return qHashMulti(0, k.mn, k.st, k.cn, k.pnum, k.dataTimeMs);
}

Reassembler::Reassembler(std::int64_t timeoutMs) : Reassembler(timeoutMs, ReassemblerLimits{}) {}

Reassembler::Reassembler(std::int64_t timeoutMs, ReassemblerLimits limits)
    : m_timeoutMs(timeoutMs), m_limits(limits)
{
    m_limits.maxPnum = std::clamp(m_limits.maxPnum, 1, 9999);
    m_limits.maxSetsPerMn = std::max(1, m_limits.maxSetsPerMn);
    m_limits.maxSets = std::max(1, m_limits.maxSets);
}

std::optional<Packet> Reassembler::add(Packet part, std::int64_t nowMs)
{
    // Not a part, or numbers no set can hold: nothing to wait for, so nothing is lost.
    if (!part.isSubpacket() || part.pnum < 1 || part.pnum > m_limits.maxPnum || part.pno < 1 ||
        part.pno > part.pnum)
        return part;
    Key key{part.mn.toByteArray(), part.st.toByteArray(), part.cn, part.pnum, part.dataTimeMs};
    auto it = m_sets.find(key);
    if (it == m_sets.end()) {
        makeRoom(key.mn, nowMs);
        const std::uint64_t seq = m_nextSeq++;
        m_order.emplace(seq, key);
        m_byMn[key.mn].insert(seq);
        it = m_sets.emplace(std::move(key), Set{{}, nowMs, seq}).first;
    }
    Set &set = it->second;
    const int pno = part.pno;
    if (!set.parts.try_emplace(pno, std::move(part)).second)
        return std::nullopt; // a resent part (its 9014 was lost): already have it
    ++m_storedParts;
    if (static_cast<int>(set.parts.size()) < it->first.pnum)
        return std::nullopt;
    Packet joined = join(set.parts);
    forget(it);
    return joined;
}

void Reassembler::makeRoom(const QByteArray &mn, std::int64_t nowMs)
{
    const auto own = m_byMn.find(mn);
    if (own != m_byMn.end() && static_cast<int>(own->second.size()) >= m_limits.maxSetsPerMn) {
        const Key &oldest = m_order.at(*own->second.begin());
        drop(m_sets.find(oldest),
             Hj212Codec::tr("more than %1 sets of this MN open").arg(m_limits.maxSetsPerMn), nowMs);
    }
    if (static_cast<int>(m_sets.size()) >= m_limits.maxSets) {
        drop(m_sets.find(m_order.begin()->second),
             Hj212Codec::tr("more than %1 sets open").arg(m_limits.maxSets), nowMs);
    }
}

void Reassembler::drop(SetMap::iterator it, const QString &why, std::int64_t nowMs)
{
    ++m_droppedSets;
    if (m_dropLines.size() < kMaxDropLines) {
        m_dropLines.append(describe(it->first, it->second, nowMs) + QLatin1String(" (") + why +
                           QLatin1Char(')'));
    } else {
        ++m_droppedLinesLeftOut;
    }
    forget(it);
}

void Reassembler::forget(SetMap::iterator it)
{
    m_storedParts -= static_cast<int>(it->second.parts.size());
    m_order.erase(it->second.seq);
    const auto own = m_byMn.find(it->first.mn);
    own->second.erase(it->second.seq);
    if (own->second.empty())
        m_byMn.erase(own);
    m_sets.erase(it);
}

QString Reassembler::describe(const Key &key, const Set &set, std::int64_t nowMs) const
{
    return Hj212Codec::tr("MN %1 CN %2 DataTime %3: sub-packets %4 of %5 missing after "
                          "%6 s; the set was dropped")
        .arg(QString::fromUtf8(key.mn))
        .arg(key.cn)
        .arg(QString::fromLatin1(formatTime(key.dataTimeMs)))
        .arg(missingParts(set.parts, key.pnum))
        .arg(key.pnum)
        .arg((nowMs - set.firstMs) / 1000);
}

QList<QString> Reassembler::expire(std::int64_t nowMs)
{
    QList<QString> lines = std::exchange(m_dropLines, {});
    if (m_droppedLinesLeftOut > 0) {
        lines.append(Hj212Codec::tr("%1 more sets were dropped to stay within the limits")
                         .arg(std::exchange(m_droppedLinesLeftOut, 0)));
    }
    // Oldest first, so that the lines come in the order the sets were opened.
    for (auto o = m_order.begin(); o != m_order.end();) {
        const auto it = m_sets.find(o->second);
        ++o;
        if (nowMs - it->second.firstMs < m_timeoutMs)
            continue;
        lines.append(describe(it->first, it->second, nowMs));
        forget(it);
    }
    return lines;
}

int Reassembler::openSets() const
{
    return static_cast<int>(m_sets.size());
}

int Reassembler::storedParts() const
{
    return m_storedParts;
}

} // namespace vocsync::hj212
