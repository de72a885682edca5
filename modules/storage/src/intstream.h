#pragma once

#include "bytereader.h"
#include "varint.h"

#include <cstddef>
#include <cstdint>

// One column of integers (timestamps, one quantity's values, one rollup field): the shared
// machinery of both chunk formats (docs/chunk-encoding.md, "Integer streams").
//
//   mode byte      bits 0-1 order k (0 raw, 1 delta, 2 delta-of-delta), bits 2-3 a reference
//                  chosen by the caller (aggregate columns), bits 4-7 zero
//   k initial values, zigzag varints: x0, and for k = 2 the first delta x1 - x0
//   blocks of up to kBlockSize transformed values y (y_i = x_i - x_{i-1}, or its delta):
//     header byte  bits 0-6 width w (0..64), bit 7 set when a base follows
//     [base]       zigzag varint, the block minimum (0 when absent)
//     payload      ceil(count * w / 8) bytes: y - base, w bits each (bitpack.h)
//
// All arithmetic wraps modulo 2^64, so any int64 sequence round-trips, however far apart its
// values are. Subtracting the block minimum (frame of reference) is never wider than zigzag
// and helps offset data such as time deltas or the raw values of a noisy signal.
namespace vocsync::storage::codec {

inline constexpr std::size_t kBlockSize = 128;
/// Upper bound of any item count a decoder accepts, so a corrupt header cannot make it
/// allocate gigabytes (an hour of 1 s samples is 3,600).
inline constexpr std::size_t kMaxCount = 1'000'000;

enum Order : int { Raw = 0, Delta = 1, DeltaOfDelta = 2 };

/// Exact encoded size in bytes of x[0, m) at the given order (0 when m == 0).
std::size_t streamSize(const std::int64_t *x, std::size_t m, int order);

struct StreamChoice
{
    int order = Raw;
    std::size_t bytes = 0;
};

/// The order giving the fewest bytes; `preferred` wins ties.
StreamChoice chooseOrder(const std::int64_t *x, std::size_t m, int preferred);

/// Appends the stream (nothing when m == 0). `ref` (0..3) goes into bits 2-3 of the mode byte.
void writeStream(ByteWriter &w, const std::int64_t *x, std::size_t m, int order, int ref = 0);

/// Reads m values into out (nothing when m == 0; `ref` is then 0). Fails with the reader's
/// error on truncation, an unknown order, reserved bits, a width over 64 or ref > maxRef.
/// `what` and `quantity` name the column in error messages (ByteReader::setContext).
bool readStream(ByteReader &r, std::size_t m, std::int64_t *out, int maxRef, int &ref,
                const char *what, int quantity = -1);

} // namespace vocsync::storage::codec
