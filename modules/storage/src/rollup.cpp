#include "vocsync/storage/rollup.h"

#include "vocsync/core/timeutil.h"

#include <algorithm>

namespace vocsync::storage {

void QuantityStats::add(std::int64_t x)
{
    if (count == 0) {
        min = max = first = x;
    } else {
        min = std::min(min, x);
        max = std::max(max, x);
    }
    last = x;
    sum += x;
    ++count;
}

void QuantityStats::addLevel(std::int64_t x)
{
    if (count == 0) {
        min = max = x;
    } else {
        min = std::min(min, x);
        max = std::max(max, x);
    }
    sum += x;
    ++count;
}

void QuantityStats::merge(const QuantityStats &later)
{
    if (later.count == 0)
        return;
    if (count == 0) {
        *this = later;
        return;
    }
    min = std::min(min, later.min);
    max = std::max(max, later.max);
    sum += later.sum;
    last = later.last;
    count += later.count;
}

void Aggregate::add(const IntSample &s)
{
    ++samples;
    for (Quantity qt : kAllQuantities) {
        if (!s.has(qt))
            continue;
        QuantityStats &st = q[static_cast<size_t>(index(qt))];
        const std::int64_t x = s.v[static_cast<size_t>(index(qt))];
        if (isCounter(qt))
            st.add(x);
        else
            st.addLevel(x);
    }
}

void Aggregate::merge(const Aggregate &later)
{
    samples += later.samples;
    for (size_t i = 0; i < q.size(); ++i)
        q[i].merge(later.q[i]);
}

std::uint8_t Aggregate::mask() const
{
    std::uint8_t m = 0;
    for (Quantity qt : kAllQuantities) {
        if (q[static_cast<size_t>(index(qt))].count)
            m |= bit(qt);
    }
    return m;
}

std::vector<Aggregate> rollUp(std::span<const IntSample> samples, std::int64_t periodMs)
{
    std::vector<Aggregate> out;
    for (const IntSample &s : samples) {
        const std::int64_t start = timeutil::floorTo(s.tMs, periodMs);
        if (out.empty() || out.back().tMs != start) {
            out.emplace_back();
            out.back().tMs = start;
        }
        out.back().add(s);
    }
    return out;
}

} // namespace vocsync::storage
