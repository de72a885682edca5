#include "hj212/partmerger.h"

#include "hj212/packetconverter.h"

#include <algorithm>

namespace vocsync::acquisition::hj212server {

namespace {

constexpr int kMaxPnum = 9999; // four digits (hj212.md §13.6)

Sample *findPoint(SampleBatch &batch, std::uint32_t point)
{
    auto it = std::find_if(batch.begin(), batch.end(),
                           [point](const Sample &s) { return s.point == point; });
    return it == batch.end() ? nullptr : &*it;
}

} // namespace

SampleBatch PartMerger::add(int cn, std::int64_t dataTimeMs, int pno, int pnum,
                            const SampleBatch &samples, std::int64_t nowMs)
{
    SampleBatch out;
    pnum = std::clamp(pnum, 1, kMaxPnum);
    if (!m_active || cn != m_cn || dataTimeMs != m_dataTimeMs || pnum != m_pnum) {
        out = flush();
        m_active = true;
        m_cn = cn;
        m_dataTimeMs = dataTimeMs;
        m_pnum = pnum;
        m_seen.assign(static_cast<size_t>(pnum) + 1, false);
        m_seenCount = 0;
        m_delivered.clear();
    }
    if (pno >= 1 && pno <= pnum && !m_seen[static_cast<size_t>(pno)]) {
        m_seen[static_cast<size_t>(pno)] = true;
        ++m_seenCount;
    }
    for (const Sample &s : samples) {
        Sample *held = findPoint(m_held, s.point);
        if (!held) {
            // Start from what was delivered of this point: delivered again, it must be whole.
            const Sample *before = findPoint(m_delivered, s.point);
            m_held.push_back(before ? *before : s);
            held = &m_held.back();
        }
        mergeSample(*held, s);
    }
    if (m_seenCount >= m_pnum) {
        SampleBatch complete = flush();
        out.insert(out.end(), complete.begin(), complete.end());
    } else if (!m_held.empty() && m_deadlineMs == 0) {
        m_deadlineMs = nowMs + kHoldMs;
    }
    return out;
}

SampleBatch PartMerger::flush()
{
    SampleBatch out;
    out.swap(m_held);
    m_deadlineMs = 0;
    for (const Sample &s : out) {
        if (Sample *d = findPoint(m_delivered, s.point))
            *d = s;
        else
            m_delivered.push_back(s);
    }
    return out;
}

bool RecentPackets::repeated(const hj212::Packet &p)
{
    if (p.qn.isEmpty())
        return false;
    QByteArray key = p.qn.toByteArray();
    key += '/' + QByteArray::number(p.cn) + '/' + QByteArray::number(p.pno) + '/' +
           QByteArray::number(p.dataTimeMs);
    if (m_keys.contains(key))
        return true;
    m_keys.insert(key);
    m_order.push_back(std::move(key));
    if (m_order.size() > kCapacity) {
        m_keys.remove(m_order.front());
        m_order.pop_front();
    }
    return false;
}

} // namespace vocsync::acquisition::hj212server
