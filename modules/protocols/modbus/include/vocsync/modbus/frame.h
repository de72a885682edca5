#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace vocsync::modbus {

/// Read functions the station uses (Modbus Application Protocol V1.1b3, 6.1-6.4).
enum FunctionCode : std::uint8_t {
    ReadCoils = 0x01,
    ReadDiscreteInputs = 0x02,
    ReadHoldingRegisters = 0x03,
    ReadInputRegisters = 0x04,
};

/// Largest register count of one read (V1.1b3 6.3: 1 to 125 registers).
inline constexpr int kMaxReadRegisters = 125;

/// One read request: unit id (slave address), function, first address (0-based, as on the
/// wire), count of registers (or bits for functions 1 and 2).
struct ReadRequest
{
    std::uint8_t unit = 1;
    std::uint8_t function = ReadHoldingRegisters;
    std::uint16_t address = 0;
    std::uint16_t count = 1;
};

/// The decoded answer to a ReadRequest: registers (functions 3, 4), or bits packed one per
/// entry as 0/1 (functions 1, 2); or an exception code (V1.1b3 7) when `exception` != 0.
struct ReadResponse
{
    std::uint8_t unit = 0;
    std::uint8_t function = 0;
    std::uint8_t exception = 0;
    std::vector<std::uint16_t> registers;
};

/// CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF) of `data`; sent low byte first.
std::uint16_t crc16(QByteArrayView data);

/// Text of an exception code, e.g. 2 -> "illegal data address (02)".
QString exceptionText(std::uint8_t code);

/// Result of looking for one reply in a receive buffer.
struct FrameScan
{
    enum Status { Incomplete, Complete, Invalid };
    Status status = Incomplete;
    qsizetype length = 0;   ///< bytes of the buffer the frame took (Complete or Invalid)
    ReadResponse response;  ///< when Complete (possibly an exception reply)
    QString error;          ///< when Invalid: what was wrong, e.g. "CRC 0x1234, expected 0x5678"
};

// --- RTU (Modbus over Serial Line V1.02, 2.5.1): unit, PDU, CRC low byte first.
QByteArray encodeRtuRead(const ReadRequest &request);
/// Looks for the reply to `request` at the start of `buffer`. The expected length is known
/// from the request (5 bytes for an exception, 5 + byte count otherwise), so a frame is
/// Complete as soon as its bytes are in, without waiting for the 3.5-character silence.
/// A reply from another unit, with another function, a wrong byte count or a bad CRC is
/// Invalid, with `length` = what to discard (the whole buffer when the framing is lost).
FrameScan scanRtuReply(const ReadRequest &request, QByteArrayView buffer);

/// Length of an intact RTU read reply (functions 1-4, or their exception) of ANY unit at the
/// start of `buffer`, by its header and CRC: > 0 when complete and the CRC holds, 0 when more
/// bytes are needed, -1 when it is not one. A reply scanRtuReply refuses (another unit, another
/// function or byte count) but that is intact here is a late reply to an earlier request: skip
/// it, rather than failing the request in flight.
qsizetype rtuReadReplyLength(QByteArrayView buffer);

// --- TCP (Modbus Messaging on TCP/IP V1.0b, 3.1.3): MBAP header + PDU.
QByteArray encodeTcpRead(const ReadRequest &request, std::uint16_t transactionId);
/// Looks for the reply with `transactionId` at the start of `buffer`; a complete frame with
/// another transaction id is Invalid with `length` = that frame (a stale reply to skip).
FrameScan scanTcpReply(const ReadRequest &request, std::uint16_t transactionId,
                       QByteArrayView buffer);

/// Bytes a reply to `request` takes in RTU framing (no exception), for the line-time budget.
int rtuReplyLength(const ReadRequest &request);

} // namespace vocsync::modbus
