#pragma once

#include <array>
#include <cstdint>

namespace vocsync::hj212 {

// Eight shift/xor-0xA001 steps on a register that holds at most 8 bits: after
// reg = (reg >> 8) ^ byte the register is below 0x100, so 256 entries cover every case.
constexpr std::array<std::uint16_t, 256> makeCrcTable()
{
    std::array<std::uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
        unsigned reg = i;
        for (int j = 0; j < 8; ++j)
            reg = (reg & 1u) ? (reg >> 1) ^ 0xA001u : reg >> 1;
        t[i] = static_cast<std::uint16_t>(reg);
    }
    return t;
}

inline constexpr std::array<std::uint16_t, 256> kCrcTable = makeCrcTable();

/// Continues an HJ 212 CRC (start with 0xFFFF) over [p, end).
inline unsigned crcUpdate(unsigned reg, const unsigned char *p, const unsigned char *end)
{
    for (; p != end; ++p)
        reg = kCrcTable[(reg >> 8) ^ *p];
    return reg;
}

} // namespace vocsync::hj212
