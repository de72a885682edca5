#pragma once

#include <cstdint>

namespace vocsync::hj212 {

/// Years before this are not a time a device can mean (a clock never set reads 1970 or 2000).
inline constexpr int kMinYear = 1900;

/// Writes 14 (or 17 with ms) digits of station-local time at `out`, no allocation.
void writeTime(char *out, std::int64_t utcMs, int utcOffsetS, bool withMs);

} // namespace vocsync::hj212
