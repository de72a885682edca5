#pragma once

#include <cstddef>
#include <cstdint>

// Fixed-width bit packing of one block of unsigned integers (docs/chunk-encoding.md, "Blocks").
// Value i occupies bits [i*w, (i+1)*w) of the block, least significant bit first, bytes in
// little-endian order; the block takes ceil(count*w/8) bytes and unused high bits of the last
// byte are zero.
namespace vocsync::storage::codec {

/// Bits needed for v: 0 for 0, 64 for values with bit 63 set.
inline int bitWidth(std::uint64_t v)
{
    return v == 0 ? 0 : 64 - __builtin_clzll(v);
}

constexpr std::size_t packedBytes(std::size_t count, int width)
{
    return (count * static_cast<std::size_t>(width) + 7) / 8;
}

/// Writes packedBytes(count, width) bytes to out. Every value must fit in `width` bits.
void packBits(const std::uint64_t *values, std::size_t count, int width, std::uint8_t *out);

/// Reads `count` values of `width` bits from in[0, packedBytes(count, width)) and adds `base`
/// to each (modulo 2^64). `slack` is how many readable bytes follow the block: with at least 8
/// the fast path loads 8 bytes at a time, otherwise the block is copied to a padded buffer, so
/// nothing beyond the blob is ever read.
void unpackBits(const std::uint8_t *in, std::size_t slack, std::size_t count, int width,
                std::uint64_t base, std::uint64_t *out);

} // namespace vocsync::storage::codec
