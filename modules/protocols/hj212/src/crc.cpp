// The HJ 212 CRC16 (HJ 212-2017 Appendix A, HJ/T 212-2005 Appendix A).
#include "vocsync/hj212/crc.h"

#include "crctable.h"

namespace vocsync::hj212 {

std::uint16_t crc16(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    return static_cast<std::uint16_t>(crcUpdate(0xFFFF, p, p + data.size()));
}

std::uint16_t crc16Bitwise(QByteArrayView data)
{
    // HJ 212-2017 Appendix A, with unsigned bytes (a signed char would differ for bytes >= 0x80).
    unsigned int crcReg = 0xFFFF;
    for (qsizetype i = 0; i < data.size(); ++i) {
        crcReg = (crcReg >> 8) ^ static_cast<unsigned char>(data[i]);
        for (int j = 0; j < 8; ++j) {
            const unsigned int check = crcReg & 0x0001;
            crcReg >>= 1;
            if (check == 0x0001)
                crcReg ^= 0xA001;
        }
    }
    return static_cast<std::uint16_t>(crcReg);
}

} // namespace vocsync::hj212
