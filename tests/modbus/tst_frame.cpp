// Modbus RTU and TCP framing against reference frames.
//
// The reference frames below were produced once with Debian's pymodbus 3.0.0rc1
// (/usr/bin/python3, package python3-pymodbus), not by this code:
//   from pymodbus.register_read_message import (ReadHoldingRegistersRequest,
//       ReadInputRegistersRequest, ReadHoldingRegistersResponse, ReadInputRegistersResponse)
//   from pymodbus.bit_read_message import ReadCoilsRequest, ReadCoilsResponse
//   from pymodbus.pdu import ExceptionResponse
//   from pymodbus.framer.rtu_framer import ModbusRtuFramer
//   from pymodbus.framer.socket_framer import ModbusSocketFramer
//   from pymodbus.factory import ClientDecoder
//   ModbusRtuFramer(ClientDecoder()).buildPacket(ReadHoldingRegistersRequest(0x0061, 2, unit=1))
//   m = ReadHoldingRegistersResponse([0x0898, 0x08A2], unit=1); m.transaction_id = 0x1234
//   ModbusSocketFramer(ClientDecoder()).buildPacket(m)          # and so on for each row
//   pymodbus.utilities.computeCRC(b"123456789") -> 0x374b (bytes in wire order: 4B 37)
// "01 03 00 00 00 0A C5 CD" is the textbook example (read 10 holding registers from unit 1).

#include "vocsync/modbus/frame.h"

#include <QTest>

using namespace vocsync::modbus;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text)); // fromHex skips the spaces
}

ReadRequest req(int unit, int function, int address, int count)
{
    ReadRequest r;
    r.unit = static_cast<std::uint8_t>(unit);
    r.function = static_cast<std::uint8_t>(function);
    r.address = static_cast<std::uint16_t>(address);
    r.count = static_cast<std::uint16_t>(count);
    return r;
}

QList<int> toList(const std::vector<std::uint16_t> &v)
{
    return QList<int>(v.begin(), v.end());
}

// pymodbus frames (see the header comment).
const char kRspHolding[] = "01 03 04 08 98 08 a2 ff c5"; // unit 1, fn 3, 0x0898 0x08A2
const char kRspInput[] = "11 04 04 42 f6 e9 79 90 7d";   // unit 17, fn 4, 0x42F6 0xE979
const char kRspCoils[] = "02 01 03 cd 6b 05 42 b1";      // unit 2, 19 coils
const char kExcHolding[] = "01 83 02 c0 f1";             // unit 1, fn 3, exception 2
const char kExcInput[] = "11 84 04 43 06";               // unit 17, fn 4, exception 4
const char kTcpRsp[] = "12 34 00 00 00 07 01 03 04 08 98 08 a2";
const char kTcpExc[] = "12 34 00 00 00 03 01 83 02";

} // namespace

class tst_Frame : public QObject
{
    Q_OBJECT

private slots:
    void crc_data();
    void crc();
    void encodeRtu_data();
    void encodeRtu();
    void scanRtuComplete_data();
    void scanRtuComplete();
    void scanRtuIncomplete_data();
    void scanRtuIncomplete();
    void scanRtuInvalid_data();
    void scanRtuInvalid();
    void scanRtuTrailingBytes();
    void rtuReplyLength_data();
    void rtuReplyLength();
    void exceptionText_data();
    void exceptionText();
    void encodeTcp_data();
    void encodeTcp();
    void scanTcpComplete_data();
    void scanTcpComplete();
    void scanTcpIncomplete();
    void scanTcpInvalid_data();
    void scanTcpInvalid();
    void scanTcpStaleThenCurrent();
};

void tst_Frame::crc_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("expected");
    // CRC-16/MODBUS catalogue check value: "123456789" -> 0x4B37.
    QTest::newRow("check string 123456789") << QByteArray("123456789") << 0x4B37;
    QTest::newRow("empty is the initial value") << QByteArray() << 0xFFFF;
    QTest::newRow("single byte 01 (pymodbus)") << hex("01") << 0x807E;
    QTest::newRow("textbook 01 03 00 00 00 0A") << hex("01 03 00 00 00 0A") << 0xCDC5;
    QTest::newRow("reply 01 03 04 08 98 08 a2 (pymodbus)") << hex("01 03 04 08 98 08 a2") << 0xC5FF;
    QTest::newRow("exception 01 83 02 (pymodbus)") << hex("01 83 02") << 0xF1C0;
}

void tst_Frame::crc()
{
    QFETCH(QByteArray, data);
    QFETCH(int, expected);
    QCOMPARE(int(crc16(data)), expected);
}

void tst_Frame::encodeRtu_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("function");
    QTest::addColumn<int>("address");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("textbook unit 1 fn 3 0x0000 x10")
        << 1 << 3 << 0 << 10 << hex("01 03 00 00 00 0a c5 cd");
    QTest::newRow("unit 1 fn 3 0x0061 x2") << 1 << 3 << 0x61 << 2 << hex("01 03 00 61 00 02 95 d5");
    QTest::newRow("unit 17 fn 4 0x1000 x125")
        << 17 << 4 << 0x1000 << 125 << hex("11 04 10 00 00 7d 36 7b");
    QTest::newRow("unit 247 fn 3 0xFFFF x1")
        << 247 << 3 << 0xFFFF << 1 << hex("f7 03 ff ff 00 01 90 b8");
    QTest::newRow("unit 2 fn 1 0x0013 x19 coils")
        << 2 << 1 << 0x13 << 19 << hex("02 01 00 13 00 13 8c 31");
}

void tst_Frame::encodeRtu()
{
    QFETCH(int, unit);
    QFETCH(int, function);
    QFETCH(int, address);
    QFETCH(int, count);
    QFETCH(QByteArray, frame);
    QCOMPARE(encodeRtuRead(req(unit, function, address, count)).toHex(' '), frame.toHex(' '));
}

void tst_Frame::scanRtuComplete_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("function");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("exception");
    QTest::addColumn<QList<int>>("registers");
    QTest::newRow("holding registers")
        << 1 << 3 << 2 << hex(kRspHolding) << 0 << QList<int>{0x0898, 0x08A2};
    QTest::newRow("input registers")
        << 17 << 4 << 2 << hex(kRspInput) << 0 << QList<int>{0x42F6, 0xE979};
    // CD 6B 05: bits LSB first, V1.1b3 6.1 example.
    QTest::newRow("19 coils") << 2 << 1 << 19 << hex(kRspCoils) << 0
                              << QList<int>{1, 0, 1, 1, 0, 0, 1, 1, 1, 1,
                                            0, 1, 0, 1, 1, 0, 1, 0, 1};
    QTest::newRow("exception illegal data address")
        << 1 << 3 << 2 << hex(kExcHolding) << 2 << QList<int>{};
    QTest::newRow("exception server device failure")
        << 17 << 4 << 10 << hex(kExcInput) << 4 << QList<int>{};
}

void tst_Frame::scanRtuComplete()
{
    QFETCH(int, unit);
    QFETCH(int, function);
    QFETCH(int, count);
    QFETCH(QByteArray, frame);
    QFETCH(int, exception);
    QFETCH(QList<int>, registers);
    const FrameScan scan = scanRtuReply(req(unit, function, 0, count), frame);
    QCOMPARE(scan.status, FrameScan::Complete);
    QCOMPARE(scan.length, frame.size());
    QVERIFY(scan.error.isEmpty());
    QCOMPARE(int(scan.response.unit), unit);
    QCOMPARE(int(scan.response.function), function);
    QCOMPARE(int(scan.response.exception), exception);
    QCOMPARE(toList(scan.response.registers), registers);
}

void tst_Frame::scanRtuIncomplete_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("holding registers") << 3 << 2 << hex(kRspHolding);
    QTest::newRow("exception") << 3 << 2 << hex(kExcHolding);
    QTest::newRow("coils") << 1 << 19 << hex(kRspCoils);
}

void tst_Frame::scanRtuIncomplete()
{
    QFETCH(int, function);
    QFETCH(int, count);
    QFETCH(QByteArray, frame);
    const ReadRequest r = req(static_cast<std::uint8_t>(frame.at(0)), function, 0, count);
    for (qsizetype n = 0; n < frame.size(); ++n) {
        const FrameScan scan = scanRtuReply(r, frame.first(n));
        QVERIFY2(scan.status == FrameScan::Incomplete, qPrintable(QString::number(n)));
    }
    QCOMPARE(scanRtuReply(r, frame).status, FrameScan::Complete);
}

void tst_Frame::scanRtuInvalid_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("function");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong CRC") << 1 << 3 << 2 << hex("01 03 04 08 98 08 a2 ff c6")
                               << QStringLiteral("CRC 0xC6FF, expected 0xC5FF");
    QTest::newRow("wrong CRC on exception")
        << 1 << 3 << 2 << hex("01 83 02 c0 f2") << QStringLiteral("CRC 0xF2C0, expected 0xF1C0");
    QTest::newRow("corrupted data byte") << 1 << 3 << 2 << hex("01 03 04 08 99 08 a2 ff c5")
                                         << QStringLiteral("CRC 0xC5FF, expected 0x05AE");
    QTest::newRow("wrong unit") << 2 << 3 << 2 << hex(kRspHolding)
                                << QStringLiteral("reply from unit 1, expected unit 2");
    QTest::newRow("wrong unit, one byte only")
        << 2 << 3 << 2 << hex("01") << QStringLiteral("reply from unit 1, expected unit 2");
    QTest::newRow("wrong function") << 1 << 4 << 2 << hex(kRspHolding)
                                    << QStringLiteral("reply with function 0x03, expected 0x04");
    QTest::newRow("exception of another function") << 1 << 4 << 2 << hex(kExcHolding)
                                                   << QStringLiteral("reply with function 0x83, "
                                                                     "expected 0x04");
    QTest::newRow("byte count mismatch")
        << 1 << 3 << 3 << hex(kRspHolding) << QStringLiteral("byte count 4, expected 6");
    QTest::newRow("byte count mismatch before the data is in") << 1 << 3 << 1 << hex("01 03 04")
                                                               << QStringLiteral("byte count 4, "
                                                                                 "expected 2");
    QTest::newRow("exception code 0")
        << 1 << 3 << 2 << hex("01 83 00 41 30")
        << QStringLiteral("exception reply without an exception code");
}

void tst_Frame::scanRtuInvalid()
{
    QFETCH(int, unit);
    QFETCH(int, function);
    QFETCH(int, count);
    QFETCH(QByteArray, buffer);
    QFETCH(QString, error);
    const FrameScan scan = scanRtuReply(req(unit, function, 0, count), buffer);
    QCOMPARE(scan.status, FrameScan::Invalid);
    QCOMPARE(scan.error, error);
    QCOMPARE(scan.length, buffer.size()); // RTU cannot resynchronise: discard everything
}

void tst_Frame::scanRtuTrailingBytes()
{
    // Bytes after a complete reply (line noise, a late echo) are not part of it.
    const QByteArray buffer = hex(kRspHolding) + hex("00 ff 01");
    const FrameScan scan = scanRtuReply(req(1, 3, 0x61, 2), buffer);
    QCOMPARE(scan.status, FrameScan::Complete);
    QCOMPARE(scan.length, qsizetype(9));
    QCOMPARE(toList(scan.response.registers), (QList<int>{0x0898, 0x08A2}));

    const FrameScan exception =
        scanRtuReply(req(1, 3, 0x61, 2), QByteArray(hex(kExcHolding) + hex("01")));
    QCOMPARE(exception.status, FrameScan::Complete);
    QCOMPARE(exception.length, qsizetype(5));
    QCOMPARE(int(exception.response.exception), 2);
}

void tst_Frame::rtuReplyLength_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("length");
    QTest::newRow("2 registers") << 3 << 2 << 9;
    QTest::newRow("125 registers") << 4 << 125 << 255;
    QTest::newRow("19 coils") << 1 << 19 << 8;
    QTest::newRow("8 inputs") << 2 << 8 << 6;
}

void tst_Frame::rtuReplyLength()
{
    QFETCH(int, function);
    QFETCH(int, count);
    QFETCH(int, length);
    QCOMPARE(vocsync::modbus::rtuReplyLength(req(1, function, 0, count)), length);
}

void tst_Frame::exceptionText_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("01") << 1 << QStringLiteral("illegal function (01)");
    QTest::newRow("02") << 2 << QStringLiteral("illegal data address (02)");
    QTest::newRow("03") << 3 << QStringLiteral("illegal data value (03)");
    QTest::newRow("04") << 4 << QStringLiteral("server device failure (04)");
    QTest::newRow("0B") << 0x0B << QStringLiteral("gateway target device failed to respond (0B)");
    QTest::newRow("unknown 7F") << 0x7F << QStringLiteral("unknown exception (7F)");
}

void tst_Frame::exceptionText()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QCOMPARE(vocsync::modbus::exceptionText(static_cast<std::uint8_t>(code)), text);
}

void tst_Frame::encodeTcp_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("function");
    QTest::addColumn<int>("address");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("transaction");
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("tid 0x1234 unit 1 fn 3 0x0061 x2")
        << 1 << 3 << 0x61 << 2 << 0x1234 << hex("12 34 00 00 00 06 01 03 00 61 00 02");
    QTest::newRow("tid 0xABCD unit 255 fn 4 0x1000 x125")
        << 255 << 4 << 0x1000 << 125 << 0xABCD << hex("ab cd 00 00 00 06 ff 04 10 00 00 7d");
}

void tst_Frame::encodeTcp()
{
    QFETCH(int, unit);
    QFETCH(int, function);
    QFETCH(int, address);
    QFETCH(int, count);
    QFETCH(int, transaction);
    QFETCH(QByteArray, frame);
    QCOMPARE(
        encodeTcpRead(req(unit, function, address, count), static_cast<std::uint16_t>(transaction))
            .toHex(' '),
        frame.toHex(' '));
}

void tst_Frame::scanTcpComplete_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("exception");
    QTest::addColumn<QList<int>>("registers");
    QTest::newRow("registers") << hex(kTcpRsp) << 13 << 0 << QList<int>{0x0898, 0x08A2};
    QTest::newRow("registers, next frame already in")
        << QByteArray(hex(kTcpRsp) + hex("12 35 00 00")) << 13 << 0 << QList<int>{0x0898, 0x08A2};
    QTest::newRow("exception") << hex(kTcpExc) << 9 << 2 << QList<int>{};
}

void tst_Frame::scanTcpComplete()
{
    QFETCH(QByteArray, buffer);
    QFETCH(int, length);
    QFETCH(int, exception);
    QFETCH(QList<int>, registers);
    const FrameScan scan = scanTcpReply(req(1, 3, 0x61, 2), 0x1234, buffer);
    QCOMPARE(scan.status, FrameScan::Complete);
    QCOMPARE(scan.length, qsizetype(length));
    QCOMPARE(int(scan.response.unit), 1);
    QCOMPARE(int(scan.response.function), 3);
    QCOMPARE(int(scan.response.exception), exception);
    QCOMPARE(toList(scan.response.registers), registers);
}

void tst_Frame::scanTcpIncomplete()
{
    for (const char *text : {kTcpRsp, kTcpExc}) {
        const QByteArray frame = hex(text);
        for (qsizetype n = 0; n < frame.size(); ++n) {
            const FrameScan scan = scanTcpReply(req(1, 3, 0x61, 2), 0x1234, frame.first(n));
            QVERIFY2(scan.status == FrameScan::Incomplete, qPrintable(QString::number(n)));
        }
    }
}

void tst_Frame::scanTcpInvalid_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("error");
    QTest::newRow("stale transaction id")
        << hex("12 33 00 00 00 07 01 03 04 08 98 08 a2") << 13
        << QStringLiteral("stale reply: transaction id 4659, expected 4660");
    QTest::newRow("protocol id 1, header only")
        << hex("12 34 00 01") << 4 << QStringLiteral("protocol id 1, expected 0");
    QTest::newRow("protocol id 1, whole buffer dropped")
        << hex("12 34 00 01 00 07 01 03 04 08 98 08 a2 00") << 14
        << QStringLiteral("protocol id 1, expected 0");
    QTest::newRow("length field 2 too short")
        << hex("12 34 00 00 00 02 01 03") << 8 << QStringLiteral("length field 2 outside 3..254");
    QTest::newRow("length field 255 too long")
        << hex("12 34 00 00 00 ff 01") << 7 << QStringLiteral("length field 255 outside 3..254");
    QTest::newRow("length field 6 vs byte count 4")
        << hex("12 34 00 00 00 06 01 03 04 08 98 08") << 12
        << QStringLiteral("length field 6 does not match byte count 4");
    QTest::newRow("length field 9 vs byte count 4")
        << hex("12 34 00 00 00 09 01 03 04 08 98 08 a2 00 00") << 15
        << QStringLiteral("length field 9 does not match byte count 4");
    QTest::newRow("exception with length 4")
        << hex("12 34 00 00 00 04 01 83 02 00") << 10
        << QStringLiteral("length field 4, expected 3 for an exception reply");
    QTest::newRow("wrong unit") << hex("12 34 00 00 00 07 02 03 04 08 98 08 a2") << 13
                                << QStringLiteral("reply from unit 2, expected unit 1");
    QTest::newRow("wrong function") << hex("12 34 00 00 00 07 01 04 04 08 98 08 a2") << 13
                                    << QStringLiteral("reply with function 0x04, expected 0x03");
    QTest::newRow("byte count mismatch") << hex("12 34 00 00 00 05 01 03 02 08 98") << 11
                                         << QStringLiteral("byte count 2, expected 4");
}

void tst_Frame::scanTcpInvalid()
{
    QFETCH(QByteArray, buffer);
    QFETCH(int, length);
    QFETCH(QString, error);
    const FrameScan scan = scanTcpReply(req(1, 3, 0x61, 2), 0x1234, buffer);
    QCOMPARE(scan.status, FrameScan::Invalid);
    QCOMPARE(scan.error, error);
    QCOMPARE(scan.length, qsizetype(length));
}

void tst_Frame::scanTcpStaleThenCurrent()
{
    // A reply to a timed-out earlier request arrives first: skip it, then find ours.
    QByteArray buffer = hex("12 33 00 00 00 07 01 03 04 00 01 00 02") + hex(kTcpRsp);
    const ReadRequest r = req(1, 3, 0x61, 2);
    const FrameScan stale = scanTcpReply(r, 0x1234, buffer);
    QCOMPARE(stale.status, FrameScan::Invalid);
    buffer.remove(0, stale.length);
    const FrameScan current = scanTcpReply(r, 0x1234, buffer);
    QCOMPARE(current.status, FrameScan::Complete);
    QCOMPARE(current.length, buffer.size());
    QCOMPARE(toList(current.response.registers), (QList<int>{0x0898, 0x08A2}));
}

QTEST_APPLESS_MAIN(tst_Frame)
#include "tst_frame.moc"
