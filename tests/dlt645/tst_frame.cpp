// DL/T 645-2007 framing: encoding against published frames, scanning a receive buffer, and
// checking replies. BCD fields are in tst_bcd.cpp, addresses in tst_address.cpp.
//
// Published frames used (checksums re-added by hand below):
//  [R] hootrhino/rhilex (GitHub), Go test TestCodec_DLT645_2007_Frame: meter 100023669245,
//      read A-phase voltage 02010100:  68 45 92 66 23 00 10 68 11 04 33 34 34 35 25 16
//      and its reply, 223.3 V:         68 45 92 66 23 00 10 68 91 06 33 34 34 35 66 55 62 16
//  [I] "DL645通信协议97/07规约(附上下行例子)", https://m.icode9.com/content-4-712469.html:
//      meter 000102030425, read forward active energy 00010000:
//                                      68 25 04 03 02 01 00 68 11 04 33 33 34 33 E1 16
//      reply 1206.42 kWh:              68 25 04 03 02 01 00 68 91 08 33 33 34 33 75 39 45 33 8B 16
//      read address:                   FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16
//  [J] a Java DL/T 645 parser's worked log (GitHub, "原始报文" comments), meter 000000000161:
//      read A-phase current 02020100:  68 61 01 00 00 00 00 68 11 04 33 34 35 35 18 16
//      reply 4.999 A:                  68 61 01 00 00 00 00 68 91 07 33 34 35 35 CC 7C 33 16 16
//      reply total active power 0.2512 kW: ... 68 91 07 33 33 36 35 45 58 33 6B 16
//      reply total power factor 0.501:     ... 68 91 06 33 33 39 35 34 38 09 16
// Checksum of [R] by hand: 68+45+92+66+23+00+10+68+11+04+33+34+34+35 = 0x325 -> 0x25.
#include "vocsync/dlt645/frame.h"

#include <QTest>

using namespace vocsync;
using namespace vocsync::dlt645;

namespace {

QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced));
}

Address addr(const char *digits)
{
    return Address::fromString(QString::fromLatin1(digits)).value();
}

const char *const kVoltageReply = "68 45 92 66 23 00 10 68 91 06 33 34 34 35 66 55 62 16";

} // namespace

class TestFrame : public QObject
{
    Q_OBJECT

private slots:
    void encodeReadData_data();
    void encodeReadData();
    void encodeReadAddress();
    void encodeFrameRoundTrip();
    void scanFrame_data();
    void scanFrame();
    void scanFrameIncompleteAtEveryPrefix_data();
    void scanFrameIncompleteAtEveryPrefix();
    void scanFrameResyncsAfterFalseStart();
    void parseReadReply_data();
    void parseReadReply();
    void parseReadAddressReply_data();
    void parseReadAddressReply();
    void errorText_data();
    void errorText();
};

void TestFrame::encodeReadData_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<uint>("di");
    QTest::addColumn<int>("wakeUp");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("[R] ua 100023669245") << QStringLiteral("100023669245") << 0x02010100u << 0
                                         << hex("68 45 92 66 23 00 10 68 11 04 33 34 34 35 25 16");
    QTest::newRow("[I] ep_imp 000102030425")
        << QStringLiteral("000102030425") << 0x00010000u << 0
        << hex("68 25 04 03 02 01 00 68 11 04 33 33 34 33 E1 16");
    QTest::newRow("[J] ia 000000000161") << QStringLiteral("000000000161") << 0x02020100u << 0
                                         << hex("68 61 01 00 00 00 00 68 11 04 33 34 35 35 18 16");
    QTest::newRow("[J] p 000000000161 with wake-up")
        << QStringLiteral("000000000161") << 0x02030000u << 4
        << hex("FE FE FE FE 68 61 01 00 00 00 00 68 11 04 33 33 36 35 18 16");
}

void TestFrame::encodeReadData()
{
    QFETCH(QString, address);
    QFETCH(uint, di);
    QFETCH(int, wakeUp);
    QFETCH(QByteArray, expected);
    QCOMPARE(dlt645::encodeReadData(addr(address.toLatin1().constData()), di, wakeUp).toHex(' '),
             expected.toHex(' '));
}

void TestFrame::encodeReadAddress()
{
    // [I] sends three wake-up bytes; the station sends four (the default).
    QCOMPARE(dlt645::encodeReadAddress(0).toHex(' '),
             hex("68 AA AA AA AA AA AA 68 13 00 DF 16").toHex(' '));
    QCOMPARE(dlt645::encodeReadAddress().toHex(' '),
             hex("FE FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16").toHex(' '));
}

void TestFrame::encodeFrameRoundTrip()
{
    Frame f;
    f.address = addr("202411110002");
    f.control = 0x91;
    f.data = hex("00 01 01 02 33 22");
    const QByteArray wire = encodeFrame(f);
    const FrameScan s = dlt645::scanFrame(wire);
    QCOMPARE(s.status, FrameScan::Complete);
    QCOMPARE(s.length, wire.size());
    QCOMPARE(s.frame.address.toString(), QStringLiteral("202411110002"));
    QCOMPARE(int(s.frame.control), 0x91);
    QCOMPARE(s.frame.data.toHex(' '), f.data.toHex(' '));
    // Over 255 data bytes cannot be described by the length byte: nothing is built.
    f.data = QByteArray(256, '\0');
    QVERIFY(encodeFrame(f).isEmpty());
}

void TestFrame::scanFrame_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("control");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    const QByteArray frame = hex(kVoltageReply);
    const QByteArray data = hex("00 01 01 02 33 22");
    const QString meter = QStringLiteral("100023669245");
    QTest::newRow("[R] reply, no preamble")
        << frame << int(FrameScan::Complete) << 18 << meter << 0x91 << data << QString();
    QTest::newRow("[R] reply after FE FE FE FE")
        << hex("FE FE FE FE") + frame << int(FrameScan::Complete) << 22 << meter << 0x91 << data
        << QString();
    QTest::newRow("noise then preamble")
        << hex("00 13 FF FE FE") + frame << int(FrameScan::Complete) << 23 << meter << 0x91 << data
        << QString();
    QTest::newRow("start of the next frame stays")
        << frame + hex("FE FE 68") << int(FrameScan::Complete) << 18 << meter << 0x91 << data
        << QString();
    QTest::newRow("[I] read address, no data")
        << hex("FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16") << int(FrameScan::Complete) << 15
        << QStringLiteral("AAAAAAAAAAAA") << 0x13 << QByteArray() << QString();
    QTest::newRow("empty") << QByteArray() << int(FrameScan::Incomplete) << 0 << QString() << 0
                           << QByteArray() << QString();
    QTest::newRow("only wake-up bytes") << hex("FE FE FE") << int(FrameScan::Incomplete) << 3
                                        << QString() << 0 << QByteArray() << QString();
    QTest::newRow("bad checksum") << hex("68 45 92 66 23 00 10 68 91 06 33 34 34 35 66 55 63 16")
                                  << int(FrameScan::Invalid) << 1 << QString() << 0 << QByteArray()
                                  << QStringLiteral("checksum 0x63, expected 0x62");
    QTest::newRow("bad checksum after preamble")
        << hex("FE FE 68 45 92 66 23 00 10 68 91 06 33 34 34 35 66 55 00 16")
        << int(FrameScan::Invalid) << 3 << QString() << 0 << QByteArray()
        << QStringLiteral("checksum 0x00, expected 0x62");
    QTest::newRow("missing 0x16") << hex("68 45 92 66 23 00 10 68 91 06 33 34 34 35 66 55 62 17")
                                  << int(FrameScan::Invalid) << 1 << QString() << 0 << QByteArray()
                                  << QStringLiteral("end byte is 0x17, expected 0x16");
    QTest::newRow("bad second 0x68")
        << hex("68 45 92 66 23 00 10 69 91 06 33 34 34 35 66 55 63 16") << int(FrameScan::Invalid)
        << 1 << QString() << 0 << QByteArray()
        << QStringLiteral("second start byte is 0x69, expected 0x68");
    QTest::newRow("bad second 0x68 seen before the rest arrives")
        << hex("FE 68 45 92 66 23 00 10 00") << int(FrameScan::Invalid) << 2 << QString() << 0
        << QByteArray() << QStringLiteral("second start byte is 0x00");
    QTest::newRow("length overrun 201")
        << hex("68 45 92 66 23 00 10 68 91 C9 33") << int(FrameScan::Invalid) << 1 << QString() << 0
        << QByteArray() << QStringLiteral("data length 201 exceeds 200");
    QTest::newRow("length 200 waits for the data")
        << hex("68 45 92 66 23 00 10 68 91 C8 33") << int(FrameScan::Incomplete) << 0 << QString()
        << 0 << QByteArray() << QString();
}

void TestFrame::scanFrame()
{
    QFETCH(QByteArray, buffer);
    QFETCH(int, status);
    QFETCH(int, length);
    QFETCH(QString, address);
    QFETCH(int, control);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);

    const FrameScan s = dlt645::scanFrame(buffer);
    QCOMPARE(int(s.status), status);
    QCOMPARE(s.length, qsizetype(length));
    if (status == FrameScan::Invalid)
        QVERIFY2(s.error.contains(error), qPrintable(s.error));
    if (status != FrameScan::Complete)
        return;
    QCOMPARE(s.frame.address.toString(), address);
    QCOMPARE(int(s.frame.control), control);
    QCOMPARE(s.frame.data.toHex(' '), data.toHex(' '));
}

void TestFrame::scanFrameIncompleteAtEveryPrefix_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("preamble");
    QTest::newRow("[R] voltage reply with FE x4") << hex("FE FE FE FE") + hex(kVoltageReply) << 4;
    QTest::newRow("[I] energy reply")
        << hex("68 25 04 03 02 01 00 68 91 08 33 33 34 33 75 39 45 33 8B 16") << 0;
    QTest::newRow("[I] read address with FE x3")
        << hex("FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16") << 3;
}

void TestFrame::scanFrameIncompleteAtEveryPrefix()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, preamble);
    for (qsizetype n = 0; n < frame.size(); ++n) {
        const FrameScan s = dlt645::scanFrame(QByteArrayView(frame).first(n));
        QVERIFY2(s.status == FrameScan::Incomplete,
                 qPrintable(QStringLiteral("prefix %1: %2").arg(n).arg(s.error)));
        // Only the wake-up bytes may be dropped while the frame is still arriving.
        QCOMPARE(s.length, std::min(n, qsizetype(preamble)));
    }
    QCOMPARE(dlt645::scanFrame(frame).status, FrameScan::Complete);
}

void TestFrame::scanFrameResyncsAfterFalseStart()
{
    // Line noise holding a 0x68, then a real frame: a receiver drops what Invalid says and
    // scans again, as the station's poller does.
    QByteArray buffer = hex("68 01 02 03 FE FE FE FE") + hex(kVoltageReply);
    int invalid = 0;
    FrameScan s = dlt645::scanFrame(buffer);
    while (s.status == FrameScan::Invalid) {
        ++invalid;
        buffer.remove(0, s.length);
        s = dlt645::scanFrame(buffer);
    }
    QCOMPARE(invalid, 1);
    QCOMPARE(s.status, FrameScan::Complete);
    QCOMPARE(s.length, buffer.size());
    QCOMPARE(s.frame.address.toString(), QStringLiteral("100023669245"));
}

void TestFrame::parseReadReply_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<uint>("di");
    QTest::addColumn<QByteArray>("payload"); // empty with an error or an abnormal reply
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("[R] normal: ua 223.3 V") << hex(kVoltageReply) << QStringLiteral("100023669245")
                                            << 0x02010100u << hex("33 22") << 0 << QString();
    QTest::newRow("[I] normal: ep_imp 1206.42 kWh")
        << hex("68 25 04 03 02 01 00 68 91 08 33 33 34 33 75 39 45 33 8B 16")
        << QStringLiteral("000102030425") << 0x00010000u << hex("42 06 12 00") << 0 << QString();
    QTest::newRow("[J] normal: ia 4.999 A")
        << hex("68 61 01 00 00 00 00 68 91 07 33 34 35 35 CC 7C 33 16 16")
        << QStringLiteral("000000000161") << 0x02020100u << hex("99 49 00") << 0 << QString();
    QTest::newRow("normal with follow-up bit (0xB1)")
        << hex("68 61 01 00 00 00 00 68 B1 06 33 34 34 35 66 55 74 16")
        << QStringLiteral("000000000161") << 0x02010100u << hex("33 22") << 0 << QString();
    QTest::newRow("wildcard request accepts the meter's address")
        << hex(kVoltageReply) << QStringLiteral("AAAAAAAAAAAA") << 0x02010100u << hex("33 22") << 0
        << QString();
    QTest::newRow("abnormal 0xD1: no data requested")
        << hex("68 61 01 00 00 00 00 68 D1 01 35 39 16") << QStringLiteral("000000000161")
        << 0x02040000u << QByteArray() << 0x02 << QString();
    QTest::newRow("abnormal 0xD1 without error bit")
        << hex("68 61 01 00 00 00 00 68 D1 01 33 37 16") << QStringLiteral("000000000161")
        << 0x02040000u << QByteArray() << 0 << QStringLiteral("without an error bit");
    QTest::newRow("abnormal 0xD1 with two bytes")
        << hex("68 61 01 00 00 00 00 68 D1 02 35 33 6D 16") << QStringLiteral("000000000161")
        << 0x02040000u << QByteArray() << 0 << QStringLiteral("2 data bytes");
    QTest::newRow("DI mismatch") << hex(kVoltageReply) << QStringLiteral("100023669245")
                                 << 0x02010200u << QByteArray() << 0
                                 << QStringLiteral("identifier 02010100, requested 02010200");
    QTest::newRow("address mismatch")
        << hex(kVoltageReply) << QStringLiteral("100023669246") << 0x02010100u << QByteArray() << 0
        << QStringLiteral("reply from meter 100023669245, expected 100023669246");
    QTest::newRow("wrong control: own request echoed")
        << hex("68 45 92 66 23 00 10 68 11 04 33 34 34 35 25 16") << QStringLiteral("100023669245")
        << 0x02010100u << QByteArray() << 0 << QStringLiteral("control code 0x11");
    QTest::newRow("wrong control: write reply 0x94")
        << hex("68 61 01 00 00 00 00 68 94 06 33 34 34 35 66 55 57 16")
        << QStringLiteral("000000000161") << 0x02010100u << QByteArray() << 0
        << QStringLiteral("control code 0x94");
    QTest::newRow("reply too short for a DI")
        << hex("68 61 01 00 00 00 00 68 91 02 33 34 2C 16") << QStringLiteral("000000000161")
        << 0x02010100u << QByteArray() << 0 << QStringLiteral("no data identifier");
}

void TestFrame::parseReadReply()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, expected);
    QFETCH(uint, di);
    QFETCH(QByteArray, payload);
    QFETCH(int, errorCode);
    QFETCH(QString, error);

    const FrameScan s = dlt645::scanFrame(wire);
    QCOMPARE(s.status, FrameScan::Complete);
    const auto reply = dlt645::parseReadReply(s.frame, Address::fromString(expected).value(), di);
    if (!error.isEmpty()) {
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error().message.contains(error), qPrintable(reply.error().toString()));
        // The meter's address tells which meter on the bus misbehaved.
        QCOMPARE(reply.error().where, s.frame.address.toString());
        return;
    }
    QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
    QCOMPARE(reply->di, di);
    QCOMPARE(int(reply->errorCode), errorCode);
    QCOMPARE(reply->payload.toHex(' '), payload.toHex(' '));
}

void TestFrame::parseReadAddressReply_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("error");
    QTest::newRow("0x93 with the address")
        << hex("FE FE 68 61 01 00 00 00 00 68 93 06 94 34 33 33 33 33 5F 16")
        << QStringLiteral("000000000161") << QString();
    QTest::newRow("0x93, header left at the wildcard")
        << hex("68 AA AA AA AA AA AA 68 93 06 94 34 33 33 33 33 F9 16")
        << QStringLiteral("000000000161") << QString();
    QTest::newRow("data disagrees with header")
        << hex("68 61 01 00 00 00 00 68 93 06 95 34 33 33 33 33 60 16") << QString()
        << QStringLiteral("names 000000000162 in its data");
    QTest::newRow("not 0x93") << hex(kVoltageReply) << QString()
                              << QStringLiteral("control code 0x91");
    QTest::newRow("0x93 without data")
        << hex("68 61 01 00 00 00 00 68 93 00 C5 16") << QString() << QStringLiteral("0 data");
}

void TestFrame::parseReadAddressReply()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, address);
    QFETCH(QString, error);
    const FrameScan s = dlt645::scanFrame(wire);
    QCOMPARE(s.status, FrameScan::Complete);
    const auto a = dlt645::parseReadAddressReply(s.frame);
    if (!error.isEmpty()) {
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(error), qPrintable(a.error().message));
        return;
    }
    QVERIFY2(a.ok(), qPrintable(a.error().toString()));
    QCOMPARE(a->toString(), address);
}

void TestFrame::errorText_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<int>("parts");
    QTest::newRow("0x02 no data") << 0x02 << QStringList{QStringLiteral("no data requested")} << 1;
    QTest::newRow("0x05 other + password")
        << 0x05 << QStringList{QStringLiteral("other error"), QStringLiteral("password")} << 2;
    QTest::newRow("0x40 tariffs") << 0x40 << QStringList{QStringLiteral("费率数超")} << 1;
    QTest::newRow("0x00") << 0x00 << QStringList{QStringLiteral("no error bit")} << 1;
}

void TestFrame::errorText()
{
    QFETCH(int, code);
    QFETCH(QStringList, contains);
    QFETCH(int, parts);
    const QString text = dlt645::errorText(static_cast<std::uint8_t>(code));
    for (const QString &c : contains)
        QVERIFY2(text.contains(c), qPrintable(text));
    QCOMPARE(text.split(QStringLiteral("; ")).size(), parts);
}

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
