#include "bytereader.h"

#include "varint.h"

#include "vocsync/core/quantity.h"

#include <QCoreApplication>

namespace vocsync::storage::codec {

namespace {

QString byteAt(std::size_t at)
{
    return QStringLiteral("byte %1").arg(at);
}

QString fieldName(const char *what)
{
    return QCoreApplication::translate("ChunkCodec", what);
}

} // namespace

bool ByteReader::truncated(const char *what)
{
    return fail(m_pos, QCoreApplication::translate("ChunkCodec",
                                                   "expected %1, but the blob ends after %2 bytes")
                           .arg(fieldName(what))
                           .arg(m_size));
}

bool ByteReader::readLongVarint(std::uint64_t &out, const char *what)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0;; ++i) { // ends by the tenth byte: see the check below
        if (m_pos + i >= m_size)
            return truncated(what);
        const std::uint64_t b = m_data[m_pos + i];
        // The tenth byte holds bit 63 only; anything more would overflow 64 bits.
        if (i == 9 && b > 1)
            return fail(m_pos, QCoreApplication::translate(
                                   "ChunkCodec", "expected %1 as a varint of at most 64 bits")
                                   .arg(fieldName(what)));
        v |= (b & 0x7F) << (7 * i);
        if ((b & 0x80) == 0) {
            m_pos += i + 1;
            out = v;
            return true;
        }
    }
}

bool ByteReader::readSigned(std::int64_t &out, const char *what)
{
    std::uint64_t u = 0;
    if (!readVarint(u, what))
        return false;
    out = unzigzag(u);
    return true;
}

bool ByteReader::need(std::size_t n, const char *what)
{
    if (n <= remaining())
        return true;
    return fail(m_pos, QCoreApplication::translate("ChunkCodec",
                                                   "expected %1 of %2 bytes, but only %3 are left")
                           .arg(fieldName(what))
                           .arg(n)
                           .arg(remaining()));
}

bool ByteReader::invalid(std::size_t at, const char *what, const QString &value,
                         const QString &expected)
{
    return fail(at, QCoreApplication::translate("ChunkCodec", "%1 %2 is invalid: expected %3")
                        .arg(fieldName(what), value, expected));
}

bool ByteReader::fail(std::size_t at, const QString &message)
{
    QString text = message;
    if (m_context && m_quantity >= 0 && m_quantity < kQuantityCount) {
        text += QCoreApplication::translate("ChunkCodec", " (in %1 of %2)")
                    .arg(fieldName(m_context), quantityKey(static_cast<Quantity>(m_quantity)));
    } else if (m_context) {
        text += QCoreApplication::translate("ChunkCodec", " (in %1)").arg(fieldName(m_context));
    }
    m_error = Error{text, byteAt(at)};
    return false;
}

} // namespace vocsync::storage::codec
