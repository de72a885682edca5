#pragma once

#include "vocsync/storage/rollup.h"

#include <vector>

namespace vocsync::storage {

/// Sorts by time; of samples with the same time the latest arrival (the later element) wins.
void sortAndDedupe(std::vector<IntSample> &samples);

/// Merges `later` into `base` (both sorted with unique times); equal times take `later`'s.
std::vector<IntSample> mergeSorted(const std::vector<IntSample> &base,
                                   const std::vector<IntSample> &later);

} // namespace vocsync::storage
