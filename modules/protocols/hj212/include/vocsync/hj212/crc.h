#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace vocsync::hj212 {

/// The HJ 212 CRC16 of a data segment (HJ 212-2017 Appendix A; the same algorithm in
/// HJ/T 212-2005 Appendix A): register 0xFFFF, per byte reg = (reg >> 8) ^ byte, then eight
/// shift/xor-0xA001 steps. It is not CRC-16/MODBUS (which XORs the byte into the whole
/// register). Table driven: since (reg >> 8) ^ byte has only 8 bits, one 256-entry table
/// gives the eight steps at once.
std::uint16_t crc16(QByteArrayView data);

/// The same CRC computed bit by bit exactly as the standard's C code does; the reference the
/// table version is tested against.
std::uint16_t crc16Bitwise(QByteArrayView data);

/// True when `crc` can be an HJ 212 CRC at all: its low byte is always one of 00 01 40 41 80
/// 81 C0 C1 (../shared/hj212.md §2). A received CRC that is not is likely a Modbus CRC.
constexpr bool isPossibleCrc(std::uint16_t crc)
{
    return (crc & 0x3E) == 0;
}

} // namespace vocsync::hj212
