#include "samplemerge.h"

#include <algorithm>

namespace vocsync::storage {

void sortAndDedupe(std::vector<IntSample> &s)
{
    std::stable_sort(s.begin(), s.end(),
                     [](const IntSample &a, const IntSample &b) { return a.tMs < b.tMs; });
    std::vector<IntSample> out;
    out.reserve(s.size());
    for (const IntSample &x : s) {
        if (!out.empty() && out.back().tMs == x.tMs)
            out.back() = x;
        else
            out.push_back(x);
    }
    s.swap(out);
}

std::vector<IntSample> mergeSorted(const std::vector<IntSample> &base,
                                   const std::vector<IntSample> &later)
{
    std::vector<IntSample> out;
    out.reserve(base.size() + later.size());
    size_t i = 0;
    size_t j = 0;
    while (i < base.size() || j < later.size()) {
        if (j == later.size() || (i < base.size() && base[i].tMs < later[j].tMs)) {
            out.push_back(base[i++]);
        } else {
            if (i < base.size() && base[i].tMs == later[j].tMs)
                ++i;
            out.push_back(later[j++]);
        }
    }
    return out;
}

} // namespace vocsync::storage
