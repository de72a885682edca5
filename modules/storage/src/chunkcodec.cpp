#include "vocsync/storage/chunkcodec.h"

#include "chunkheader.h"
#include "intstream.h"

#include <QCoreApplication>

// Sample chunks (docs/chunk-encoding.md, "Sample chunk"): header, time column, quality runs,
// then per quantity of the mask a presence run list and the column of its present values.
namespace vocsync::storage::chunkcodec {

using namespace codec;

namespace {

std::size_t qi(Quantity q)
{
    return static_cast<std::size_t>(index(q));
}

// Quality flags change rarely: (value, length) runs; zero runs means all flags are 0.
void writeQualityRuns(ByteWriter &w, std::span<const IntSample> samples)
{
    std::vector<std::pair<std::uint8_t, std::size_t>> runs;
    for (const IntSample &s : samples) {
        if (!runs.empty() && runs.back().first == s.quality)
            ++runs.back().second;
        else
            runs.emplace_back(s.quality, 1);
    }
    if (runs.size() == 1 && runs.front().first == 0)
        runs.clear();
    w.putVarint(runs.size());
    for (const auto &[value, length] : runs) {
        w.putByte(value);
        w.putVarint(length);
    }
}

// Lengths of alternating present/absent runs, starting with a present run that may be empty.
// No runs at all means present everywhere: the usual case costs one byte.
void presenceRuns(std::span<const IntSample> samples, std::uint8_t b,
                  std::vector<std::size_t> &runs)
{
    runs.clear();
    bool present = true;
    std::size_t length = 0;
    for (const IntSample &s : samples) {
        if (((s.mask & b) != 0) == present) {
            ++length;
            continue;
        }
        runs.push_back(length);
        present = !present;
        length = 1;
    }
    runs.push_back(length);
    if (runs.size() == 1)
        runs.clear();
}

bool readQualityRuns(ByteReader &r, std::vector<IntSample> &out)
{
    r.setContext(QT_TRANSLATE_NOOP("ChunkCodec", "quality runs"));
    const std::size_t n = out.size();
    const std::size_t countAt = r.pos();
    std::uint64_t runs = 0;
    if (!r.readVarint(runs, QT_TRANSLATE_NOOP("ChunkCodec", "run count")))
        return false;
    if (runs > n) {
        return r.invalid(countAt, QT_TRANSLATE_NOOP("ChunkCodec", "run count"),
                         QString::number(runs),
                         QCoreApplication::translate("ChunkCodec", "at most %1").arg(n));
    }
    std::size_t at = 0;
    for (std::uint64_t k = 0; k < runs; ++k) {
        std::uint8_t value = 0;
        std::uint64_t length = 0;
        if (!r.readByte(value, QT_TRANSLATE_NOOP("ChunkCodec", "quality value")))
            return false;
        const std::size_t lengthAt = r.pos();
        if (!r.readVarint(length, QT_TRANSLATE_NOOP("ChunkCodec", "run length")))
            return false;
        if (length == 0 || length > n - at) {
            return r.invalid(lengthAt, QT_TRANSLATE_NOOP("ChunkCodec", "run length"),
                             QString::number(length),
                             QCoreApplication::translate("ChunkCodec", "1..%1").arg(n - at));
        }
        for (std::size_t i = at; i < at + length; ++i)
            out[i].quality = value;
        at += length;
    }
    if (runs != 0 && at != n) {
        return r.fail(countAt, QCoreApplication::translate(
                                   "ChunkCodec", "quality runs cover %1 samples, expected %2")
                                   .arg(at)
                                   .arg(n));
    }
    return true;
}

// Reads the run list of one quantity; returns the number of present samples in `present`.
bool readPresenceRuns(ByteReader &r, std::size_t n, int quantity, std::vector<std::size_t> &runs,
                      std::size_t &present)
{
    r.setContext(QT_TRANSLATE_NOOP("ChunkCodec", "presence runs"), quantity);
    runs.clear();
    const std::size_t countAt = r.pos();
    std::uint64_t count = 0;
    if (!r.readVarint(count, QT_TRANSLATE_NOOP("ChunkCodec", "run count")))
        return false;
    if (count == 0) {
        if (n == 0) {
            return r.fail(countAt, QCoreApplication::translate(
                                       "ChunkCodec", "expected an empty mask in an empty chunk"));
        }
        runs.push_back(n);
        present = n;
        return true;
    }
    if (count == 1 || count > n + 1) {
        return r.invalid(countAt, QT_TRANSLATE_NOOP("ChunkCodec", "run count"),
                         QString::number(count),
                         QCoreApplication::translate("ChunkCodec", "0 or 2..%1").arg(n + 1));
    }
    std::size_t at = 0;
    present = 0;
    for (std::uint64_t k = 0; k < count; ++k) {
        const std::size_t lengthAt = r.pos();
        std::uint64_t length = 0;
        if (!r.readVarint(length, QT_TRANSLATE_NOOP("ChunkCodec", "run length")))
            return false;
        // Only the leading present run may be empty: it lets a column start absent.
        const std::uint64_t least = k == 0 ? 0 : 1;
        if (length < least || length > n - at) {
            return r.invalid(
                lengthAt, QT_TRANSLATE_NOOP("ChunkCodec", "run length"), QString::number(length),
                QCoreApplication::translate("ChunkCodec", "%1..%2").arg(least).arg(n - at));
        }
        runs.push_back(static_cast<std::size_t>(length));
        at += length;
        if (k % 2 == 0)
            present += length;
    }
    if (at != n || present == 0) {
        return r.fail(countAt, QCoreApplication::translate(
                                   "ChunkCodec",
                                   "presence runs cover %1 samples with %2 present, expected %3 "
                                   "samples with at least one present")
                                   .arg(at)
                                   .arg(present)
                                   .arg(n));
    }
    return true;
}

} // namespace

QByteArray encodeSamples(std::span<const IntSample> samples)
{
    const std::size_t n = samples.size();
    // The signature has no error channel: an empty blob (which no decoder accepts) is the
    // refusal. Chunks are one point-hour, thousands of samples at most.
    if (n > kMaxCount)
        return {};
    ChunkHeader header{n, 0};
    for (const IntSample &s : samples)
        header.mask |= s.mask;
    header.mask &= kQuantityBits;

    ByteWriter w(16 + n * 6);
    writeHeader(w, ChunkKind::Samples, header);
    std::vector<std::int64_t> column(n);
    for (std::size_t i = 0; i < n; ++i)
        column[i] = samples[i].tMs;
    writeStream(w, column.data(), n, chooseOrder(column.data(), n, DeltaOfDelta).order);
    writeQualityRuns(w, samples);

    std::vector<std::size_t> runs;
    for (Quantity q : kAllQuantities) {
        if ((header.mask & bit(q)) == 0)
            continue;
        presenceRuns(samples, bit(q), runs);
        w.putVarint(runs.size());
        for (std::size_t length : runs)
            w.putVarint(length);
        std::size_t m = 0;
        for (const IntSample &s : samples) {
            if (s.has(q))
                column[m++] = s.v[qi(q)];
        }
        const int preferred = isCounter(q) ? DeltaOfDelta : Delta;
        writeStream(w, column.data(), m, chooseOrder(column.data(), m, preferred).order);
    }
    const std::vector<std::uint8_t> &bytes = w.bytes();
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

Result<std::vector<IntSample>> decodeSamples(QByteArrayView blob)
{
    ByteReader r(blob);
    ChunkHeader header;
    if (!readHeader(r, ChunkKind::Samples, header))
        return r.error();
    const std::size_t n = header.count;
    std::vector<IntSample> out(n);
    std::vector<std::int64_t> column(n);
    int ref = 0;
    if (!readStream(r, n, column.data(), 0, ref, QT_TRANSLATE_NOOP("ChunkCodec", "timestamps")))
        return r.error();
    for (std::size_t i = 0; i < n; ++i)
        out[i].tMs = column[i];
    if (!readQualityRuns(r, out))
        return r.error();

    std::vector<std::size_t> runs;
    for (Quantity q : kAllQuantities) {
        if ((header.mask & bit(q)) == 0)
            continue;
        std::size_t m = 0;
        if (!readPresenceRuns(r, n, index(q), runs, m))
            return r.error();
        if (!readStream(r, m, column.data(), 0, ref, QT_TRANSLATE_NOOP("ChunkCodec", "values"),
                        index(q)))
            return r.error();
        std::size_t at = 0;
        std::size_t next = 0;
        for (std::size_t k = 0; k < runs.size(); ++k) {
            if (k % 2 == 0) {
                for (std::size_t i = at; i < at + runs[k]; ++i) {
                    out[i].v[qi(q)] = column[next++];
                    out[i].mask |= bit(q);
                }
            }
            at += runs[k];
        }
    }
    if (!expectEnd(r))
        return r.error();
    return out;
}

} // namespace vocsync::storage::chunkcodec
