#include "vocsync/storage/chunkcodec.h"

#include "chunkheader.h"
#include "intstream.h"

#include <QCoreApplication>

#include <array>
#include <bit>
#include <limits>
#include <memory>

// Aggregate chunks (docs/chunk-encoding.md, "Aggregate chunk"): header, time and sample-count
// columns, then per quantity of the mask its count column and, over the entries whose count is
// not zero, the min, max, first, last and sum columns. A column may be coded as its difference
// to a column decoded before it (its "reference", bits 2-3 of the stream mode byte): the
// encoder tries each and keeps the smallest.
namespace vocsync::storage::chunkcodec {

using namespace codec;

namespace {

std::uint64_t u64(std::int64_t v)
{
    return static_cast<std::uint64_t>(v);
}

std::int64_t wrapSub(std::int64_t a, std::int64_t b)
{
    return static_cast<std::int64_t>(u64(a) - u64(b));
}

// The five stats columns of a quantity, in stream order.
enum Stat { Min, Max, First, Last, Sum, kStats };
using Field = std::int64_t QuantityStats::*;
constexpr Field kFields[kStats] = {&QuantityStats::min, &QuantityStats::max, &QuantityStats::first,
                                   &QuantityStats::last, &QuantityStats::sum};

/// What a stats column may be coded against: reference r (1..refCount-1) subtracts column
/// refs[r - 1] of the same entry, times the entry's count for the sum.
struct ColumnSpec
{
    const char *name;
    int refCount; ///< references including 0 = as is
    std::array<Stat, 3> refs;
    bool timesCount;
};

constexpr ColumnSpec kSpecs[kStats] = {
    {QT_TRANSLATE_NOOP("ChunkCodec", "minimums"), 1, {}, false},
    // The distance above the minimum.
    {QT_TRANSLATE_NOOP("ChunkCodec", "maximums"), 2, {Min}, false},
    {QT_TRANSLATE_NOOP("ChunkCodec", "firsts"), 2, {Min}, false},
    // last - first is a counter's increase; last == max for a counter.
    {QT_TRANSLATE_NOOP("ChunkCodec", "lasts"), 4, {Min, First, Max}, false},
    // The sum around count x min or count x first.
    {QT_TRANSLATE_NOOP("ChunkCodec", "sums"), 3, {Min, First}, true},
};

// Writes the column that `fill(ref)` puts into `column` with the (reference, order) pair
// giving the fewest bytes.
template <typename Fill>
void writeBest(ByteWriter &w, std::size_t m, int refCount, std::vector<std::int64_t> &column,
               Fill &&fill)
{
    int bestRef = 0;
    StreamChoice best;
    for (int ref = 0; ref < refCount; ++ref) {
        fill(ref);
        const StreamChoice choice = chooseOrder(column.data(), m, Raw);
        if (ref == 0 || choice.bytes < best.bytes) {
            best = choice;
            bestRef = ref;
        }
    }
    if (bestRef != refCount - 1)
        fill(bestRef);
    writeStream(w, column.data(), m, best.order, bestRef);
}

void writeQuantity(ByteWriter &w, std::span<const Aggregate> aggs, std::size_t q,
                   std::vector<std::int64_t> &column, std::vector<std::uint32_t> &entries)
{
    // Counts: as they are, or (reference 1) samples - count, all 0 when always present.
    writeBest(w, aggs.size(), 2, column, [&](int ref) {
        for (std::size_t i = 0; i < aggs.size(); ++i) {
            const std::int64_t count = aggs[i].q[q].count;
            column[i] = ref == 0 ? count : std::int64_t{aggs[i].samples} - count;
        }
    });
    entries.clear();
    for (std::size_t i = 0; i < aggs.size(); ++i) {
        if (aggs[i].q[q].count != 0)
            entries.push_back(static_cast<std::uint32_t>(i));
    }
    for (int c = 0; c < kStats; ++c) {
        const ColumnSpec &spec = kSpecs[c];
        writeBest(w, entries.size(), spec.refCount, column, [&](int ref) {
            for (std::size_t j = 0; j < entries.size(); ++j) {
                const QuantityStats &s = aggs[entries[j]].q[q];
                std::int64_t base = 0;
                if (ref > 0) {
                    base = s.*kFields[spec.refs[static_cast<std::size_t>(ref - 1)]];
                    if (spec.timesCount)
                        base = static_cast<std::int64_t>(u64(s.count) * u64(base));
                }
                column[j] = wrapSub(s.*kFields[c], base);
            }
        });
    }
}

bool inUint32(std::int64_t v)
{
    return v >= 0 && v <= std::numeric_limits<std::uint32_t>::max();
}

bool outOfRange(ByteReader &r, std::size_t at, std::int64_t v)
{
    return r.invalid(at, QT_TRANSLATE_NOOP("ChunkCodec", "count"), QString::number(v),
                     QStringLiteral("0..4294967295"));
}

// The decoder works on columns: quantity q gets 6 arrays of n values in `cols` (counts for
// every entry, then the five stats over the entries with a count), and the Aggregates are
// written once, in order, at the end. Scattering each column into 256-byte Aggregates
// instead made the decoder twice as slow.
bool readQuantity(ByteReader &r, int quantity, const std::int64_t *samples, std::size_t n,
                  std::int64_t *cols)
{
    const std::size_t at = r.pos();
    int ref = 0;
    std::int64_t *count = cols;
    if (!readStream(r, n, count, 1, ref, QT_TRANSLATE_NOOP("ChunkCodec", "counts"), quantity))
        return false;
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (ref == 1)
            count[i] = wrapSub(samples[i], count[i]);
        if (!inUint32(count[i]))
            return outOfRange(r, at, count[i]);
        m += count[i] != 0;
    }
    if (m == 0) {
        return r.fail(at, QCoreApplication::translate("ChunkCodec",
                                                      "count is 0 in every aggregate, expected a "
                                                      "quantity of the mask at least once"));
    }
    for (int c = 0; c < kStats; ++c) {
        const ColumnSpec &spec = kSpecs[c];
        std::int64_t *x = cols + static_cast<std::size_t>(1 + c) * n;
        if (!readStream(r, m, x, spec.refCount - 1, ref, spec.name, quantity))
            return false;
        if (ref == 0)
            continue;
        const std::int64_t *base =
            cols + static_cast<std::size_t>(1 + spec.refs[static_cast<std::size_t>(ref - 1)]) * n;
        if (!spec.timesCount) {
            for (std::size_t j = 0; j < m; ++j)
                x[j] = static_cast<std::int64_t>(u64(x[j]) + u64(base[j]));
            continue;
        }
        for (std::size_t i = 0, j = 0; i < n; ++i) {
            if (count[i] == 0)
                continue;
            x[j] = static_cast<std::int64_t>(u64(x[j]) + u64(count[i]) * u64(base[j]));
            ++j;
        }
    }
    return true;
}

} // namespace

QByteArray encodeAggregates(std::span<const Aggregate> aggregates)
{
    const std::size_t n = aggregates.size();
    if (n > kMaxCount)
        return {}; // no error channel in the signature: an empty blob is the refusal
    ChunkHeader header{n, 0};
    for (const Aggregate &a : aggregates)
        header.mask |= a.mask();

    ByteWriter w(16 + n * 24);
    writeHeader(w, ChunkKind::Aggregates, header);
    std::vector<std::int64_t> column(n);
    for (std::size_t i = 0; i < n; ++i)
        column[i] = aggregates[i].tMs;
    writeStream(w, column.data(), n, chooseOrder(column.data(), n, DeltaOfDelta).order);
    for (std::size_t i = 0; i < n; ++i)
        column[i] = aggregates[i].samples;
    writeStream(w, column.data(), n, chooseOrder(column.data(), n, Raw).order);

    std::vector<std::uint32_t> entries;
    for (Quantity qt : kAllQuantities) {
        if ((header.mask & bit(qt)) != 0)
            writeQuantity(w, aggregates, static_cast<std::size_t>(index(qt)), column, entries);
    }
    const std::vector<std::uint8_t> &bytes = w.bytes();
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

Result<std::vector<Aggregate>> decodeAggregates(QByteArrayView blob)
{
    ByteReader r(blob);
    ChunkHeader header;
    if (!readHeader(r, ChunkKind::Aggregates, header))
        return r.error();
    const std::size_t n = header.count;
    const auto quantities = static_cast<std::size_t>(std::popcount(header.mask));
    // Not zero-filled: every value is written by a stream before it is read.
    const auto cols =
        std::make_unique_for_overwrite<std::int64_t[]>((2 + (1 + kStats) * quantities) * n);
    std::int64_t *times = cols.get();
    std::int64_t *samples = times + n;
    int ref = 0;
    if (!readStream(r, n, times, 0, ref, QT_TRANSLATE_NOOP("ChunkCodec", "timestamps")))
        return r.error();
    const std::size_t samplesAt = r.pos();
    if (!readStream(r, n, samples, 0, ref, QT_TRANSLATE_NOOP("ChunkCodec", "sample counts")))
        return r.error();
    for (std::size_t i = 0; i < n; ++i) {
        if (!inUint32(samples[i])) {
            outOfRange(r, samplesAt, samples[i]);
            return r.error();
        }
    }
    struct Present
    {
        std::size_t q;
        const std::int64_t *cols;
        std::size_t next = 0; ///< index into the stats columns
    };
    std::array<Present, kQuantityCount> present;
    std::size_t presentCount = 0;
    std::int64_t *cursor = samples + n;
    for (Quantity qt : kAllQuantities) {
        if ((header.mask & bit(qt)) == 0)
            continue;
        if (!readQuantity(r, index(qt), samples, n, cursor))
            return r.error();
        present[presentCount++] = {static_cast<std::size_t>(index(qt)), cursor};
        cursor += (1 + kStats) * n;
    }
    if (!expectEnd(r))
        return r.error();

    std::vector<Aggregate> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        Aggregate &a = out[i];
        a.tMs = times[i];
        a.samples = static_cast<std::uint32_t>(samples[i]);
        for (std::size_t k = 0; k < presentCount; ++k) {
            Present &p = present[k];
            if (p.cols[i] == 0)
                continue;
            const std::int64_t *stats = p.cols + n + p.next++;
            a.q[p.q] = {static_cast<std::uint32_t>(p.cols[i]),
                        stats[Min * n],
                        stats[Max * n],
                        stats[Sum * n],
                        stats[First * n],
                        stats[Last * n]};
        }
    }
    return out;
}

} // namespace vocsync::storage::chunkcodec
