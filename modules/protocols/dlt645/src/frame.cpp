// Framing of DL/T 645-2007 (数据链路层, 帧格式): wake-up bytes, 0x68, address, 0x68, control code,
// length, data (each byte plus 0x33), modulo-256 checksum, 0x16.
#include "vocsync/dlt645/frame.h"

#include <QCoreApplication>

namespace vocsync::dlt645 {

namespace {

constexpr std::uint8_t kStart = 0x68;
constexpr std::uint8_t kEnd = 0x16;
constexpr std::uint8_t kWakeUp = 0xFE;
constexpr std::uint8_t kDataOffset = 0x33;
// 数据域长度 L: at most 200 for reading (and <= 50 for writing); a larger length byte is line
// noise.
constexpr int kMaxDataLength = 200;
// 0x68, six address bytes, 0x68, control, length, checksum, 0x16.
constexpr int kOverhead = 12;

std::uint8_t byteAt(QByteArrayView b, qsizetype i)
{
    return static_cast<std::uint8_t>(b[i]);
}

QString hex2(int v)
{
    return QStringLiteral("0x") +
           QString::number(v, 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

FrameScan invalid(qsizetype start, QString error)
{
    FrameScan s;
    s.status = FrameScan::Invalid;
    // Drop the false start byte too, so the next scan looks for the next 0x68.
    s.length = start + 1;
    s.error = std::move(error);
    return s;
}

} // namespace

QByteArray encodeFrame(const Frame &frame, int wakeUp)
{
    // The length byte cannot describe more; an empty result tells the caller nothing was built.
    if (frame.data.size() > 255)
        return {};
    QByteArray out;
    out.reserve(wakeUp + kOverhead + frame.data.size());
    for (int i = 0; i < wakeUp; ++i)
        out.append(static_cast<char>(kWakeUp));
    const qsizetype first = out.size();
    out.append(static_cast<char>(kStart));
    for (std::uint8_t b : frame.address.wire)
        out.append(static_cast<char>(b));
    out.append(static_cast<char>(kStart));
    out.append(static_cast<char>(frame.control));
    out.append(static_cast<char>(frame.data.size()));
    for (char c : frame.data)
        out.append(static_cast<char>(static_cast<std::uint8_t>(c) + kDataOffset));
    // 校验码 CS: the checksum covers everything from the first 0x68 to the last data byte.
    std::uint8_t sum = 0;
    for (qsizetype i = first; i < out.size(); ++i)
        sum = static_cast<std::uint8_t>(sum + static_cast<std::uint8_t>(out[i]));
    out.append(static_cast<char>(sum));
    out.append(static_cast<char>(kEnd));
    return out;
}

QByteArray encodeReadData(const Address &address, std::uint32_t di, int wakeUp)
{
    Frame f;
    f.address = address;
    f.control = ReadData;
    // 传输次序: multi-byte fields, the data identifier included, go lowest byte (DI0) first.
    for (int i = 0; i < 4; ++i)
        f.data.append(static_cast<char>((di >> (8 * i)) & 0xFF));
    return encodeFrame(f, wakeUp);
}

QByteArray encodeReadAddress(int wakeUp)
{
    Frame f;
    f.address = Address::wildcard();
    f.control = ReadAddress;
    return encodeFrame(f, wakeUp);
}

FrameScan scanFrame(QByteArrayView buffer)
{
    FrameScan scan;
    // Wake-up bytes (0xFE) and any other noise before the first 0x68 are skipped (前导字节: up to
    // four FEH wake the receiver).
    qsizetype s = 0;
    while (s < buffer.size() && byteAt(buffer, s) != kStart)
        ++s;
    scan.length = s; // Incomplete: the noise may be dropped, the rest must be kept
    const qsizetype avail = buffer.size() - s;
    if (avail > 7 && byteAt(buffer, s + 7) != kStart)
        return invalid(s, QCoreApplication::translate("vocsync::dlt645",
                                                      "second start byte is %1, expected 0x68")
                              .arg(hex2(byteAt(buffer, s + 7))));
    if (avail < 10)
        return scan;
    const int dataLength = byteAt(buffer, s + 9);
    if (dataLength > kMaxDataLength)
        return invalid(s,
                       QCoreApplication::translate("vocsync::dlt645", "data length %1 exceeds %2")
                           .arg(dataLength)
                           .arg(kMaxDataLength));
    const qsizetype total = kOverhead + dataLength;
    if (avail < total)
        return scan;
    std::uint8_t sum = 0;
    for (qsizetype i = s; i < s + 10 + dataLength; ++i)
        sum = static_cast<std::uint8_t>(sum + byteAt(buffer, i));
    const std::uint8_t cs = byteAt(buffer, s + 10 + dataLength);
    if (cs != sum)
        return invalid(s, QCoreApplication::translate("vocsync::dlt645", "checksum %1, expected %2")
                              .arg(hex2(cs), hex2(sum)));
    const std::uint8_t end = byteAt(buffer, s + total - 1);
    if (end != kEnd)
        return invalid(
            s, QCoreApplication::translate("vocsync::dlt645", "end byte is %1, expected 0x16")
                   .arg(hex2(end)));
    scan.status = FrameScan::Complete;
    scan.length = s + total;
    for (int i = 0; i < 6; ++i)
        scan.frame.address.wire[static_cast<std::size_t>(i)] = byteAt(buffer, s + 1 + i);
    scan.frame.control = byteAt(buffer, s + 8);
    scan.frame.data.reserve(dataLength);
    for (int i = 0; i < dataLength; ++i)
        scan.frame.data.append(static_cast<char>(byteAt(buffer, s + 10 + i) - kDataOffset));
    return scan;
}

} // namespace vocsync::dlt645
