#pragma once

#include "vocsync/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>

namespace vocsync::dlt645 {

/// A meter address: 6 bytes, 12 BCD digits, sent least significant byte first (DL/T 645-2007
/// 4.1.3). "AAAAAAAAAAAA" is the wildcard address that any single meter on the bus answers
/// (used to read an unknown address with control code 0x13).
struct Address
{
    std::array<std::uint8_t, 6> wire{}; ///< as sent: A0 (lowest two digits) first

    /// From 12 decimal digits as printed on the nameplate ("000012345678") or 12 'A's.
    static Result<Address> fromString(const QString &digits);
    static Address wildcard();
    QString toString() const; ///< 12 digits, most significant first
};

/// Control codes the station sends (DL/T 645-2007 4.1.4, table 1).
enum ControlCode : std::uint8_t {
    ReadData = 0x11,      ///< read data by data identifier
    ReadAddress = 0x13,   ///< read the address (point-to-point, wildcard address)
};

/// Reply bits of the control code: D7 set = reply from slave, D6 set = abnormal reply.
inline constexpr std::uint8_t kReplyBit = 0x80;
inline constexpr std::uint8_t kAbnormalBit = 0x40;

/// Preamble of wake-up bytes before a frame (4.1.1: up to four 0xFE).
inline constexpr int kWakeUpBytes = 4;

/// A frame without its preamble: address, control code and data with the 0x33 offset removed.
struct Frame
{
    Address address;
    std::uint8_t control = 0;
    QByteArray data;
};

/// 0xFE x wakeUp, 0x68, address, 0x68, control, length, data + 0x33 each, checksum, 0x16.
QByteArray encodeFrame(const Frame &frame, int wakeUp = kWakeUpBytes);
/// Read request for data identifier `di` (e.g. 0x02010100, A-phase voltage): the DI is sent
/// lowest byte first (DI0 first), each byte plus 0x33.
QByteArray encodeReadData(const Address &address, std::uint32_t di, int wakeUp = kWakeUpBytes);
QByteArray encodeReadAddress(int wakeUp = kWakeUpBytes);

/// Result of looking for one frame in a receive buffer.
struct FrameScan
{
    enum Status { Incomplete, Complete, Invalid };
    Status status = Incomplete;
    qsizetype length = 0;  ///< bytes consumed: leading 0xFE and noise, then the frame
    Frame frame;           ///< when Complete (data already minus 0x33)
    QString error;         ///< when Invalid, e.g. "checksum 0x12, expected 0x34"
};
/// Skips wake-up bytes (and noise before the first 0x68), then checks both 0x68, the length,
/// the modulo-256 checksum from the first 0x68 to the last data byte, and the final 0x16.
FrameScan scanFrame(QByteArrayView buffer);

/// The answer to a ReadData request.
struct ReadReply
{
    std::uint32_t di = 0;
    QByteArray payload;        ///< the data bytes after the DI, lowest byte first (minus 0x33)
    std::uint8_t errorCode = 0; ///< abnormal reply: the error status byte (4.1.4 table); else 0
};
/// Checks a reply frame against the request (address, control 0x91/0xB1 or 0xD1, DI echoed).
Result<ReadReply> parseReadReply(const Frame &frame, const Address &expected, std::uint32_t di);
/// Text of an abnormal reply's error byte, e.g. bit 1 "no data requested (无请求数据)".
QString errorText(std::uint8_t code);
/// Checks the answer to ReadAddress (control 0x93, data: the six address bytes, A0 first) and
/// returns the meter's address.
Result<Address> parseReadAddressReply(const Frame &frame);

/// A BCD field of `bytes` bytes, lowest byte first, with `decimals` digits after the point.
/// When `signedMsb`, the top bit of the highest byte is the sign (current, power, power
/// factor in 4.1.7 / appendix A). Returns an Error for a nibble above 9.
Result<double> decodeBcd(QByteArrayView payload, int decimals, bool signedMsb);
/// The inverse, for peers and tests.
QByteArray encodeBcd(double value, int bytes, int decimals, bool signedMsb);

} // namespace vocsync::dlt645
