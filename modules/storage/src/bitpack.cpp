#include "bitpack.h"

#include <QtEndian>
#include <QtGlobal>

#include <array>
#include <cstring>
#include <utility>

namespace vocsync::storage::codec {

namespace {

std::uint64_t load64(const std::uint8_t *p)
{
    return qFromLittleEndian<quint64>(p);
}

void store64(std::uint64_t v, std::uint8_t *p)
{
    qToLittleEndian<quint64>(v, p);
}

// Reads from a buffer that has at least 8 readable bytes after the block. One instance per
// width: groups of 8 values take exactly W bytes, so within a group every load offset and shift
// is a constant once the inner loop is unrolled (about 3x faster than a variable width).
template <int W>
void unpackWidth(const std::uint8_t *in, std::size_t count, std::uint64_t base, std::uint64_t *out)
{
    constexpr std::uint64_t mask = W == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << W) - 1;
    auto one = [&](const std::uint8_t *group, std::size_t bit) {
        const std::uint8_t *p = group + (bit >> 3);
        const unsigned s = static_cast<unsigned>(bit & 7);
        std::uint64_t v = load64(p) >> s;
        // Up to 57 bits fit in one 8-byte load at any bit offset 0..7; wider ones may need
        // a ninth byte.
        if constexpr (W > 57) {
            if (s + W > 64)
                v |= static_cast<std::uint64_t>(p[8]) << (64 - s);
        }
        return base + (v & mask);
    };
    std::size_t i = 0;
    for (; i + 8 <= count; i += 8, in += W) {
#pragma GCC unroll 8
        for (std::size_t k = 0; k < 8; ++k)
            out[i + k] = one(in, k * W);
    }
    for (std::size_t k = 0; i < count; ++i, ++k)
        out[i] = one(in, k * W);
}

using UnpackFn = void (*)(const std::uint8_t *, std::size_t, std::uint64_t, std::uint64_t *);

template <std::size_t... W>
constexpr std::array<UnpackFn, sizeof...(W)> unpackTable(std::index_sequence<W...>)
{
    return {&unpackWidth<static_cast<int>(W)>...};
}

constexpr auto kUnpack = unpackTable(std::make_index_sequence<65>());

void unpackPadded(const std::uint8_t *in, std::size_t count, int width, std::uint64_t base,
                  std::uint64_t *out)
{
    kUnpack[static_cast<std::size_t>(width)](in, count, base, out);
}

} // namespace

void packBits(const std::uint64_t *values, std::size_t count, int width, std::uint8_t *out)
{
    if (width == 0)
        return;
    const unsigned w = static_cast<unsigned>(width);
    std::uint64_t acc = 0;
    unsigned used = 0; // bits of acc already filled
    std::size_t at = 0;
    const std::size_t total = packedBytes(count, width);
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t v = values[i];
        acc |= v << used;
        if (used + w < 64) {
            used += w;
            continue;
        }
        // acc is full: emit it and keep the bits of v that did not fit.
        if (at + 8 <= total) {
            store64(acc, out + at);
        } else {
            for (unsigned b = 0; b < 8 && at + b < total; ++b)
                out[at + b] = static_cast<std::uint8_t>(acc >> (8 * b));
        }
        at += 8;
        acc = used == 0 ? 0 : v >> (64 - used);
        used = used + w - 64;
    }
    for (unsigned b = 0; at + b < total; ++b)
        out[at + b] = static_cast<std::uint8_t>(acc >> (8 * b));
}

void unpackBits(const std::uint8_t *in, std::size_t slack, std::size_t count, int width,
                std::uint64_t base, std::uint64_t *out)
{
    if (width == 0) {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = base;
        return;
    }
    if (slack >= 8) {
        unpackPadded(in, count, width, base, out);
        return;
    }
    // Near the end of the blob: copy the block so the 8-byte loads stay inside our buffer.
    // Blocks are at most 128 values of 64 bits (intstream.h).
    constexpr std::size_t kMaxBlockBytes = 128 * 8;
    std::uint8_t padded[kMaxBlockBytes + 16] = {};
    const std::size_t bytes = packedBytes(count, width);
    Q_ASSERT(bytes <= kMaxBlockBytes); // callers never pass more than 128 values
    std::memcpy(padded, in, bytes);
    unpackPadded(padded, count, width, base, out);
}

} // namespace vocsync::storage::codec
