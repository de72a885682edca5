#include "vocsync/modbus/frame.h"

#include <array>

namespace vocsync::modbus {

namespace {

// Modbus over Serial Line V1.02, 6.2.2: the reflected polynomial 0xA001, one table entry per
// byte value so the receive path costs one lookup per byte.
constexpr std::array<std::uint16_t, 256> makeTable()
{
    std::array<std::uint16_t, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        std::uint16_t crc = static_cast<std::uint16_t>(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1u) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001u)
                             : static_cast<std::uint16_t>(crc >> 1);
        table[i] = crc;
    }
    return table;
}

constexpr std::array<std::uint16_t, 256> kTable = makeTable();

} // namespace

std::uint16_t crc16(QByteArrayView data)
{
    std::uint16_t crc = 0xFFFF;
    for (const char c : data) {
        const auto byte = static_cast<std::uint8_t>(c);
        crc = static_cast<std::uint16_t>((crc >> 8) ^ kTable[(crc ^ byte) & 0xFFu]);
    }
    return crc;
}

} // namespace vocsync::modbus
