#include "chunkheader.h"

#include "intstream.h"

#include "vocsync/storage/chunkcodec.h"

#include <QCoreApplication>

namespace vocsync::storage::codec {

namespace {

QString hexByte(std::uint8_t b)
{
    return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0'));
}

} // namespace

void writeHeader(ByteWriter &w, ChunkKind kind, const ChunkHeader &header)
{
    w.putByte(chunkcodec::kFormatVersion);
    w.putByte(static_cast<std::uint8_t>(kind));
    w.putVarint(header.count);
    w.putByte(header.mask);
}

bool readHeader(ByteReader &r, ChunkKind kind, ChunkHeader &header)
{
    r.setContext(QT_TRANSLATE_NOOP("ChunkCodec", "header"));
    std::uint8_t version = 0;
    if (!r.readByte(version, QT_TRANSLATE_NOOP("ChunkCodec", "format version byte")))
        return false;
    if (version != chunkcodec::kFormatVersion) {
        return r.invalid(0, QT_TRANSLATE_NOOP("ChunkCodec", "format version"),
                         QString::number(version), QString::number(chunkcodec::kFormatVersion));
    }
    std::uint8_t k = 0;
    if (!r.readByte(k, QT_TRANSLATE_NOOP("ChunkCodec", "chunk kind byte")))
        return false;
    if (k != static_cast<std::uint8_t>(kind)) {
        return r.invalid(1, QT_TRANSLATE_NOOP("ChunkCodec", "chunk kind"), hexByte(k),
                         kind == ChunkKind::Samples
                             ? QCoreApplication::translate("ChunkCodec", "0x53 (samples)")
                             : QCoreApplication::translate("ChunkCodec", "0x41 (aggregates)"));
    }
    const std::size_t countAt = r.pos();
    std::uint64_t count = 0;
    if (!r.readVarint(count, QT_TRANSLATE_NOOP("ChunkCodec", "item count")))
        return false;
    if (count > kMaxCount) {
        return r.invalid(countAt, QT_TRANSLATE_NOOP("ChunkCodec", "item count"),
                         QString::number(count),
                         QCoreApplication::translate("ChunkCodec", "at most %1").arg(kMaxCount));
    }
    // The time column alone takes at least one byte per block of kBlockSize values, so a
    // count the rest of the blob cannot hold is corrupt: refuse it before allocating.
    if (count > kBlockSize * r.remaining()) {
        return r.invalid(
            countAt, QT_TRANSLATE_NOOP("ChunkCodec", "item count"), QString::number(count),
            QCoreApplication::translate("ChunkCodec", "at most %1 for the %2 bytes that follow")
                .arg(kBlockSize * r.remaining())
                .arg(r.remaining()));
    }
    const std::size_t maskAt = r.pos();
    std::uint8_t mask = 0;
    if (!r.readByte(mask, QT_TRANSLATE_NOOP("ChunkCodec", "quantity mask")))
        return false;
    if ((mask & ~kQuantityBits) != 0) {
        return r.invalid(maskAt, QT_TRANSLATE_NOOP("ChunkCodec", "quantity mask"), hexByte(mask),
                         QCoreApplication::translate("ChunkCodec", "bits 0-4 only"));
    }
    header.count = static_cast<std::size_t>(count);
    header.mask = mask;
    return true;
}

bool expectEnd(ByteReader &r)
{
    r.setContext(nullptr);
    if (r.remaining() == 0)
        return true;
    return r.fail(r.pos(), QCoreApplication::translate("ChunkCodec",
                                                       "expected the end of the blob, found %1 "
                                                       "more bytes")
                               .arg(r.remaining()));
}

} // namespace vocsync::storage::codec
