// Joining sub-packets (HJ 212-2017 C.47-C.50; ../shared/hj212.md §9).
#include "vocsync/hj212/reassembler.h"
#include "vocsync/hj212/codec.h"

#include "segmentparser.h"

namespace vocsync::hj212 {

namespace {

const Packet *anyPart(const std::vector<std::optional<Packet>> &parts)
{
    for (const auto &p : parts) {
        if (p)
            return &*p;
    }
    return nullptr;
}

bool sameSet(const Packet &a, const Packet &b)
{
    return a.mn == b.mn && a.cn == b.cn && a.pnum == b.pnum && a.dataTimeMs == b.dataTimeMs &&
           a.st == b.st;
}

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

Packet join(std::vector<std::optional<Packet>> &parts)
{
    Packet out = std::move(*parts.front());
    out.flag &= ~kFlagSubpackets;
    out.pnum = 0;
    out.pno = 0;
    for (size_t i = 1; i < parts.size(); ++i) {
        Packet &part = *parts[i];
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

} // namespace

Reassembler::Reassembler(std::int64_t timeoutMs) : m_timeoutMs(timeoutMs) {}

std::optional<Packet> Reassembler::add(Packet part, std::int64_t nowMs)
{
    // Not a part, or numbers no set can hold: nothing to wait for, so nothing is lost.
    if (!part.isSubpacket() || part.pnum < 1 || part.pno < 1 || part.pno > part.pnum)
        return part;
    Set *set = nullptr;
    for (Set &s : m_sets) {
        const Packet *first = anyPart(s.parts);
        if (first && sameSet(*first, part)) {
            set = &s;
            break;
        }
    }
    if (!set) {
        set = &m_sets.emplace_back();
        set->parts.resize(static_cast<size_t>(part.pnum));
        set->firstMs = nowMs;
    }
    auto &slot = set->parts[static_cast<size_t>(part.pno - 1)];
    if (slot)
        return std::nullopt; // a resent part (its 9014 was lost): already have it
    slot = std::move(part);
    ++set->received;
    if (set->received < static_cast<int>(set->parts.size()))
        return std::nullopt;
    Packet joined = join(set->parts);
    m_sets.erase(m_sets.begin() + (set - m_sets.data()));
    return joined;
}

QList<QString> Reassembler::expire(std::int64_t nowMs)
{
    QList<QString> lines;
    for (auto it = m_sets.begin(); it != m_sets.end();) {
        if (nowMs - it->firstMs < m_timeoutMs) {
            ++it;
            continue;
        }
        const Packet *p = anyPart(it->parts);
        QStringList missing;
        for (size_t i = 0; i < it->parts.size(); ++i) {
            if (!it->parts[i])
                missing.append(QString::number(i + 1));
        }
        lines.append(Hj212Codec::tr("MN %1 CN %2 DataTime %3: sub-packets %4 of %5 missing after "
                                    "%6 s; the set was dropped")
                         .arg(p->mn.toString())
                         .arg(p->cn)
                         .arg(QString::fromLatin1(formatTime(p->dataTimeMs)))
                         .arg(missing.join(QLatin1Char(',')))
                         .arg(it->parts.size())
                         .arg((nowMs - it->firstMs) / 1000));
        it = m_sets.erase(it);
    }
    return lines;
}

int Reassembler::openSets() const
{
    return static_cast<int>(m_sets.size());
}

} // namespace vocsync::hj212
