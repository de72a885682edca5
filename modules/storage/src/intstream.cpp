#include "intstream.h"

#include "bitpack.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>

namespace vocsync::storage::codec {

namespace {

constexpr std::uint8_t kBaseFlag = 0x80;
constexpr std::uint8_t kWidthMask = 0x7F;

std::uint64_t u64(std::int64_t v)
{
    return static_cast<std::uint64_t>(v);
}

// y_i of the order-k transform, modulo 2^64.
std::int64_t transformed(const std::int64_t *x, std::size_t i, int order)
{
    switch (order) {
    case Delta:
        return static_cast<std::int64_t>(u64(x[i]) - u64(x[i - 1]));
    case DeltaOfDelta:
        return static_cast<std::int64_t>(u64(x[i]) - 2 * u64(x[i - 1]) + u64(x[i - 2]));
    default:
        return x[i];
    }
}

struct BlockPlan
{
    int width = 0;
    bool hasBase = false;
    std::int64_t base = 0;
    std::size_t bytes = 0; ///< header, base and payload
};

// Frame of reference with the block minimum, unless storing the values as they are (when
// none is negative) is at least as small: an all-zero block then costs its header byte only.
BlockPlan planBlock(std::int64_t lo, std::int64_t hi, std::size_t count)
{
    const int plainWidth = lo >= 0 ? bitWidth(u64(hi)) : 64;
    const std::size_t plain = 1 + packedBytes(count, plainWidth);
    const int baseWidth = bitWidth(u64(hi) - u64(lo));
    const std::size_t withBase =
        1 + static_cast<std::size_t>(varintSize(zigzag(lo))) + packedBytes(count, baseWidth);
    if (plain <= withBase)
        return {plainWidth, false, 0, plain};
    return {baseWidth, true, lo, withBase};
}

// Calls f(start, count, lo, hi) for each block of y_k .. y_{m-1}.
template <typename F> void forEachBlock(const std::int64_t *x, std::size_t m, int order, F &&f)
{
    for (std::size_t start = static_cast<std::size_t>(order); start < m; start += kBlockSize) {
        const std::size_t count = std::min(kBlockSize, m - start);
        std::int64_t lo = transformed(x, start, order);
        std::int64_t hi = lo;
        for (std::size_t i = start + 1; i < start + count; ++i) {
            const std::int64_t y = transformed(x, i, order);
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        f(start, count, lo, hi);
    }
}

std::size_t initialSize(const std::int64_t *x, std::size_t m, int order)
{
    std::size_t bytes = static_cast<std::size_t>(varintSize(zigzag(x[0])));
    if (order == DeltaOfDelta && m >= 2)
        bytes += static_cast<std::size_t>(varintSize(zigzag(transformed(x, 1, Delta))));
    return bytes;
}

} // namespace

std::size_t streamSize(const std::int64_t *x, std::size_t m, int order)
{
    if (m == 0)
        return 0;
    std::size_t bytes = 1 + (order == Raw ? 0 : initialSize(x, m, order));
    forEachBlock(x, m, order,
                 [&](std::size_t, std::size_t count, std::int64_t lo, std::int64_t hi) {
                     bytes += planBlock(lo, hi, count).bytes;
                 });
    return bytes;
}

StreamChoice chooseOrder(const std::int64_t *x, std::size_t m, int preferred)
{
    StreamChoice best{preferred, streamSize(x, m, preferred)};
    for (int order : {Raw, Delta, DeltaOfDelta}) {
        if (order == preferred)
            continue;
        const std::size_t bytes = streamSize(x, m, order);
        if (bytes < best.bytes)
            best = {order, bytes};
    }
    return best;
}

void writeStream(ByteWriter &w, const std::int64_t *x, std::size_t m, int order, int ref)
{
    Q_ASSERT(order >= Raw && order <= DeltaOfDelta && ref >= 0 && ref <= 3);
    if (m == 0)
        return;
    w.putByte(static_cast<std::uint8_t>(order | (ref << 2)));
    if (order != Raw) {
        w.putSigned(x[0]);
        if (order == DeltaOfDelta && m >= 2)
            w.putSigned(transformed(x, 1, Delta));
    }
    std::uint64_t u[kBlockSize];
    forEachBlock(
        x, m, order, [&](std::size_t start, std::size_t count, std::int64_t lo, std::int64_t hi) {
            const BlockPlan plan = planBlock(lo, hi, count);
            w.putByte(static_cast<std::uint8_t>(plan.width | (plan.hasBase ? kBaseFlag : 0)));
            if (plan.hasBase)
                w.putSigned(plan.base);
            if (plan.width == 0)
                return;
            for (std::size_t i = 0; i < count; ++i)
                u[i] = u64(transformed(x, start + i, order)) - u64(plan.base);
            packBits(u, count, plan.width, w.grow(packedBytes(count, plan.width)));
        });
}

bool readStream(ByteReader &r, std::size_t m, std::int64_t *out, int maxRef, int &ref,
                const char *what, int quantity)
{
    ref = 0;
    r.setContext(what, quantity);
    if (m == 0)
        return true;
    const std::size_t modeAt = r.pos();
    std::uint8_t mode = 0;
    if (!r.readByte(mode, QT_TRANSLATE_NOOP("ChunkCodec", "stream mode byte")))
        return false;
    const int order = mode & 3;
    ref = (mode >> 2) & 3;
    if ((mode & 0xF0) != 0 || order == 3 || ref > maxRef) {
        return r.invalid(modeAt, QT_TRANSLATE_NOOP("ChunkCodec", "stream mode byte"),
                         QStringLiteral("0x%1").arg(mode, 2, 16, QLatin1Char('0')),
                         QCoreApplication::translate("ChunkCodec",
                                                     "order 0..2 in bits 0-1, reference 0..%1 in "
                                                     "bits 2-3, bits 4-7 zero")
                             .arg(maxRef));
    }
    auto *y = reinterpret_cast<std::uint64_t *>(out); // same object representation
    if (order != Raw) {
        if (!r.readSigned(out[0], QT_TRANSLATE_NOOP("ChunkCodec", "first value")))
            return false;
        std::int64_t d1 = 0;
        if (order == DeltaOfDelta && m >= 2) {
            if (!r.readSigned(d1, QT_TRANSLATE_NOOP("ChunkCodec", "first delta")))
                return false;
            y[1] = y[0] + u64(d1);
        }
    }
    for (std::size_t start = static_cast<std::size_t>(order); start < m; start += kBlockSize) {
        const std::size_t count = std::min(kBlockSize, m - start);
        const std::size_t headerAt = r.pos();
        std::uint8_t header = 0;
        if (!r.readByte(header, QT_TRANSLATE_NOOP("ChunkCodec", "block header")))
            return false;
        const int width = header & kWidthMask;
        if (width > 64) {
            return r.invalid(headerAt, QT_TRANSLATE_NOOP("ChunkCodec", "block bit width"),
                             QString::number(width), QStringLiteral("0..64"));
        }
        std::int64_t base = 0;
        if ((header & kBaseFlag) != 0 &&
            !r.readSigned(base, QT_TRANSLATE_NOOP("ChunkCodec", "block base")))
            return false;
        const std::size_t bytes = packedBytes(count, width);
        if (!r.need(bytes, QT_TRANSLATE_NOOP("ChunkCodec", "block payload")))
            return false;
        unpackBits(r.current(), r.remaining() - bytes, count, width, u64(base), y + start);
        r.skip(bytes);
    }
    if (order == Delta) {
        for (std::size_t i = 1; i < m; ++i)
            y[i] += y[i - 1];
    } else if (order == DeltaOfDelta && m >= 2) {
        std::uint64_t d = y[1] - y[0];
        for (std::size_t i = 2; i < m; ++i) {
            d += y[i];
            y[i] = y[i - 1] + d;
        }
    }
    return true;
}

} // namespace vocsync::storage::codec
