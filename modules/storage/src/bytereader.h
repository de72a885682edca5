#pragma once

#include "vocsync/core/result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace vocsync::storage::codec {

/// Bounds-checked cursor over a blob for the chunk decoders. Every read either succeeds or
/// records one Error whose `where` is "byte N" (the offset of the field that could not be read)
/// and returns false, so a corrupt blob can never make a decoder read past its end.
/// `what` arguments are QT_TRANSLATE_NOOP("ChunkCodec", ...) strings naming the field.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView blob)
        : m_data(reinterpret_cast<const std::uint8_t *>(blob.data())),
          m_size(static_cast<std::size_t>(blob.size()))
    {
    }

    std::size_t pos() const { return m_pos; }
    std::size_t size() const { return m_size; }
    std::size_t remaining() const { return m_size - m_pos; }
    const std::uint8_t *data() const { return m_data; }
    const std::uint8_t *current() const { return m_data + m_pos; }
    void skip(std::size_t n) { m_pos += n; } ///< only after checking remaining()

    bool readByte(std::uint8_t &out, const char *what)
    {
        if (m_pos < m_size) {
            out = m_data[m_pos++];
            return true;
        }
        return truncated(what);
    }
    bool readVarint(std::uint64_t &out, const char *what)
    {
        if (m_pos < m_size && m_data[m_pos] < 0x80) { // most varints here are one byte
            out = m_data[m_pos++];
            return true;
        }
        return readLongVarint(out, what);
    }
    bool readSigned(std::int64_t &out, const char *what);
    /// Fails unless n more bytes are available.
    bool need(std::size_t n, const char *what);

    /// Records "<what> <value> is invalid: <expected>" at byte `at`; returns false.
    bool invalid(std::size_t at, const char *what, const QString &value, const QString &expected);
    /// Records a free-form message at byte `at`; returns false.
    bool fail(std::size_t at, const QString &message);

    /// Names the column being read, appended to any error as "(in <what> of <quantity>)".
    /// Kept as pointers and formatted only on failure: decoders set it per column.
    void setContext(const char *what, int quantity = -1)
    {
        m_context = what;
        m_quantity = quantity;
    }

    const Error &error() const { return m_error; }

private:
    bool truncated(const char *what);
    bool readLongVarint(std::uint64_t &out, const char *what);

    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    const char *m_context = nullptr;
    int m_quantity = -1;
    Error m_error;
};

} // namespace vocsync::storage::codec
