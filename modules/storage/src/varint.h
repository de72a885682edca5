#pragma once

#include <cstdint>
#include <vector>

// LEB128 varints and zigzag mapping shared by the chunk codec (docs/chunk-encoding.md).
namespace vocsync::storage::codec {

/// Maps signed to unsigned so that small magnitudes get small codes: 0, -1, 1, -2 -> 0, 1, 2, 3.
constexpr std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

constexpr std::int64_t unzigzag(std::uint64_t u)
{
    return static_cast<std::int64_t>((u >> 1) ^ (0 - (u & 1)));
}

/// Bytes of the LEB128 code of v (1..10).
constexpr int varintSize(std::uint64_t v)
{
    int n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

/// Growing output buffer of the encoders. A std::vector rather than QByteArray because it is
/// appended to byte by byte in the hot loop; the result is copied into a QByteArray once.
class ByteWriter
{
public:
    explicit ByteWriter(std::size_t reserve = 256) { m_buf.reserve(reserve); }

    void putByte(std::uint8_t b) { m_buf.push_back(b); }
    void putVarint(std::uint64_t v)
    {
        while (v >= 0x80) {
            m_buf.push_back(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        m_buf.push_back(static_cast<std::uint8_t>(v));
    }
    void putSigned(std::int64_t v) { putVarint(zigzag(v)); }
    /// Appends n bytes and returns where they start, for the bit packer to fill in.
    std::uint8_t *grow(std::size_t n)
    {
        const std::size_t at = m_buf.size();
        m_buf.resize(at + n);
        return m_buf.data() + at;
    }
    const std::vector<std::uint8_t> &bytes() const { return m_buf; }

private:
    std::vector<std::uint8_t> m_buf;
};

} // namespace vocsync::storage::codec
