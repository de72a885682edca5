#include "vocsync/modbus/frame.h"

#include <QCoreApplication>

namespace vocsync::modbus {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::modbus", text);
}

constexpr std::uint8_t kExceptionBit = 0x80;
// Modbus Messaging on TCP/IP V1.0b, 4.1: an ADU is at most 260 bytes, so the MBAP length
// (unit id + PDU) is at most 254; the shortest reply (unit, function, one byte) counts 3.
constexpr int kMbapHeaderBytes = 6;
constexpr int kMinMbapLength = 3;
constexpr int kMaxMbapLength = 254;

std::uint8_t byteAt(QByteArrayView b, qsizetype i)
{
    return static_cast<std::uint8_t>(b[i]);
}

std::uint16_t wordAt(QByteArrayView b, qsizetype i)
{
    return static_cast<std::uint16_t>((byteAt(b, i) << 8) | byteAt(b, i + 1));
}

void appendWord(QByteArray *out, std::uint16_t w)
{
    out->append(static_cast<char>(w >> 8));
    out->append(static_cast<char>(w & 0xFF));
}

bool isBitFunction(std::uint8_t function)
{
    return function == ReadCoils || function == ReadDiscreteInputs;
}

/// V1.1b3 6.1-6.4: bits are packed eight to a byte, registers take two bytes each.
int expectedByteCount(const ReadRequest &r)
{
    return isBitFunction(r.function) ? (r.count + 7) / 8 : r.count * 2;
}

/// "0x03", "0xC5CD": hexadecimal with upper-case digits, as manuals print them.
QString hex(unsigned v, int digits)
{
    return QLatin1String("0x") +
           QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0')).toUpper();
}

void appendPdu(QByteArray *out, const ReadRequest &r)
{
    out->append(static_cast<char>(r.function));
    appendWord(out, r.address);
    appendWord(out, r.count);
}

/// The data bytes after the byte count, unpacked: bits LSB first (V1.1b3 6.1), words big-endian.
ReadResponse decodeData(const ReadRequest &r, QByteArrayView data)
{
    ReadResponse response;
    response.unit = r.unit;
    response.function = r.function;
    if (isBitFunction(r.function)) {
        response.registers.reserve(r.count);
        for (int i = 0; i < r.count; ++i)
            response.registers.push_back((byteAt(data, i / 8) >> (i % 8)) & 1u);
        return response;
    }
    response.registers.reserve(r.count);
    for (int i = 0; i < r.count; ++i)
        response.registers.push_back(wordAt(data, 2 * i));
    return response;
}

FrameScan invalid(qsizetype length, const QString &error)
{
    FrameScan scan;
    scan.status = FrameScan::Invalid;
    scan.length = length;
    scan.error = error;
    return scan;
}

FrameScan complete(qsizetype length, ReadResponse response)
{
    FrameScan scan;
    scan.status = FrameScan::Complete;
    scan.length = length;
    scan.response = std::move(response);
    return scan;
}

FrameScan exceptionReply(const ReadRequest &r, std::uint8_t code, qsizetype length)
{
    if (code == 0)
        return invalid(length, tr("exception reply without an exception code"));
    ReadResponse response;
    response.unit = r.unit;
    response.function = r.function;
    response.exception = code;
    return complete(length, std::move(response));
}

QString wrongUnit(unsigned found, unsigned expected)
{
    return tr("reply from unit %1, expected unit %2").arg(found).arg(expected);
}

QString wrongFunction(unsigned found, unsigned expected)
{
    return tr("reply with function %1, expected %2").arg(hex(found, 2), hex(expected, 2));
}

QString wrongByteCount(int found, int expected)
{
    return tr("byte count %1, expected %2").arg(found).arg(expected);
}

} // namespace

QString exceptionText(std::uint8_t code)
{
    // V1.1b3 section 7, "MODBUS Exception Codes".
    QString text;
    switch (code) {
    case 0x01:
        text = tr("illegal function");
        break;
    case 0x02:
        text = tr("illegal data address");
        break;
    case 0x03:
        text = tr("illegal data value");
        break;
    case 0x04:
        text = tr("server device failure");
        break;
    case 0x05:
        text = tr("acknowledge");
        break;
    case 0x06:
        text = tr("server device busy");
        break;
    case 0x08:
        text = tr("memory parity error");
        break;
    case 0x0A:
        text = tr("gateway path unavailable");
        break;
    case 0x0B:
        text = tr("gateway target device failed to respond");
        break;
    default:
        text = tr("unknown exception");
        break;
    }
    return QStringLiteral("%1 (%2)").arg(
        text, QStringLiteral("%1").arg(code, 2, 16, QLatin1Char('0')).toUpper());
}

QByteArray encodeRtuRead(const ReadRequest &request)
{
    QByteArray frame;
    frame.reserve(8);
    frame.append(static_cast<char>(request.unit));
    appendPdu(&frame, request);
    const std::uint16_t crc = crc16(frame);
    frame.append(static_cast<char>(crc & 0xFF)); // Serial Line V1.02 2.5.1.2: low byte first
    frame.append(static_cast<char>(crc >> 8));
    return frame;
}

int rtuReplyLength(const ReadRequest &request)
{
    return 5 + expectedByteCount(request);
}

FrameScan scanRtuReply(const ReadRequest &request, QByteArrayView buffer)
{
    const qsizetype size = buffer.size();
    if (size == 0)
        return {};
    // RTU has no delimiter we could resynchronise on, so a bad header loses the whole buffer.
    if (byteAt(buffer, 0) != request.unit)
        return invalid(size, wrongUnit(byteAt(buffer, 0), request.unit));
    if (size < 2)
        return {};
    const std::uint8_t function = byteAt(buffer, 1);
    const bool isException = function == (request.function | kExceptionBit);
    if (!isException && function != request.function)
        return invalid(size, wrongFunction(function, request.function));
    if (size < 3)
        return {};
    int total = 5;
    if (!isException) {
        const int byteCount = byteAt(buffer, 2);
        if (byteCount != expectedByteCount(request))
            return invalid(size, wrongByteCount(byteCount, expectedByteCount(request)));
        total = 5 + byteCount;
    }
    if (size < total)
        return {};
    const std::uint16_t received =
        static_cast<std::uint16_t>(byteAt(buffer, total - 2) | (byteAt(buffer, total - 1) << 8));
    const std::uint16_t expected = crc16(buffer.first(total - 2));
    if (received != expected)
        return invalid(size, tr("CRC %1, expected %2").arg(hex(received, 4), hex(expected, 4)));
    if (isException)
        return exceptionReply(request, byteAt(buffer, 2), total);
    return complete(total, decodeData(request, buffer.sliced(3, total - 5)));
}

qsizetype rtuReadReplyLength(QByteArrayView buffer)
{
    const qsizetype size = buffer.size();
    if (size < 3)
        return 0;
    const std::uint8_t function = byteAt(buffer, 1);
    const std::uint8_t plain = function & static_cast<std::uint8_t>(~kExceptionBit);
    if (plain < ReadCoils || plain > ReadInputRegisters)
        return -1;
    const qsizetype total = (function & kExceptionBit) ? 5 : 5 + byteAt(buffer, 2);
    if (size < total)
        return 0;
    const std::uint16_t received =
        static_cast<std::uint16_t>(byteAt(buffer, total - 2) | (byteAt(buffer, total - 1) << 8));
    return received == crc16(buffer.first(total - 2)) ? total : -1;
}

QByteArray encodeTcpRead(const ReadRequest &request, std::uint16_t transactionId)
{
    QByteArray frame;
    frame.reserve(12);
    appendWord(&frame, transactionId);
    appendWord(&frame, 0); // protocol identifier: 0 = Modbus
    appendWord(&frame, 6); // unit id + 5-byte PDU
    frame.append(static_cast<char>(request.unit));
    appendPdu(&frame, request);
    return frame;
}

FrameScan scanTcpReply(const ReadRequest &request, std::uint16_t transactionId,
                       QByteArrayView buffer)
{
    const qsizetype size = buffer.size();
    if (size < 4)
        return {};
    // Without a sane MBAP header the stream cannot be re-framed: drop everything received.
    if (const std::uint16_t protocol = wordAt(buffer, 2); protocol != 0)
        return invalid(size, tr("protocol id %1, expected 0").arg(protocol));
    if (size < kMbapHeaderBytes)
        return {};
    const int length = wordAt(buffer, 4);
    if (length < kMinMbapLength || length > kMaxMbapLength)
        return invalid(size, tr("length field %1 outside %2..%3")
                                 .arg(length)
                                 .arg(kMinMbapLength)
                                 .arg(kMaxMbapLength));
    const qsizetype total = kMbapHeaderBytes + length;
    if (size < total)
        return {};

    // From here the frame is delimited: a bad frame is skipped, the rest of the stream kept.
    if (const std::uint16_t id = wordAt(buffer, 0); id != transactionId)
        return invalid(
            total, tr("stale reply: transaction id %1, expected %2").arg(id).arg(transactionId));
    if (byteAt(buffer, 6) != request.unit)
        return invalid(total, wrongUnit(byteAt(buffer, 6), request.unit));
    const std::uint8_t function = byteAt(buffer, 7);
    if (function == (request.function | kExceptionBit)) {
        if (length != kMinMbapLength)
            return invalid(total,
                           tr("length field %1, expected 3 for an exception reply").arg(length));
        return exceptionReply(request, byteAt(buffer, 8), total);
    }
    if (function != request.function)
        return invalid(total, wrongFunction(function, request.function));
    const int byteCount = byteAt(buffer, 8);
    if (byteCount != expectedByteCount(request))
        return invalid(total, wrongByteCount(byteCount, expectedByteCount(request)));
    if (length != 3 + byteCount)
        return invalid(
            total, tr("length field %1 does not match byte count %2").arg(length).arg(byteCount));
    return complete(total, decodeData(request, buffer.sliced(9, byteCount)));
}

} // namespace vocsync::modbus
