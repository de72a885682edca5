// libFuzzer target for the chunk decoders (docs/chunk-encoding.md). Any input must decode or
// fail with an Error at "byte N" inside the input, never crash or read out of bounds (the
// sanitizers check that); whatever decodes must survive encode + decode unchanged.
#include "vocsync/storage/chunkcodec.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz_chunkcodec: %s\n", what);
    std::abort();
}

template <typename T>
void checkResult(const vocsync::Result<std::vector<T>> &r, std::size_t size,
                 QByteArray (*encode)(std::span<const T>),
                 vocsync::Result<std::vector<T>> (*decode)(QByteArrayView))
{
    if (!r.ok()) {
        const QString &where = r.error().where;
        check(where.startsWith(QLatin1String("byte ")), "error without a byte offset");
        check(where.mid(5).toULongLong() <= size, "error offset beyond the input");
        return;
    }
    const auto again = decode(encode(*r));
    check(again.ok() && *again == *r, "decoded items do not survive a round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vocsync::storage;
    const QByteArrayView blob(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkResult<IntSample>(chunkcodec::decodeSamples(blob), size, &chunkcodec::encodeSamples,
                           &chunkcodec::decodeSamples);
    checkResult<Aggregate>(chunkcodec::decodeAggregates(blob), size, &chunkcodec::encodeAggregates,
                           &chunkcodec::decodeAggregates);
    return 0;
}
