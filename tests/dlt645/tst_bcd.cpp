// BCD data fields (DL/T 645-2007 appendix A formats such as XXX.X, XXX.XXX, XX.XXXX, X.XXX,
// XXXXXX.XX; lowest byte first; current, power and power factor carry the sign in the top
// bit of the highest byte).
#include "vocsync/dlt645/frame.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace vocsync;
using namespace vocsync::dlt645;

namespace {

QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced));
}

} // namespace

class TestBcd : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodeInvalid_data();
    void decodeInvalid();
    void encode_data();
    void encode();
    void roundTrip_data();
    void roundTrip();
};

void TestBcd::decode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("signedMsb");
    QTest::addColumn<double>("value");
    QTest::newRow("2 bytes XXX.X [R] 223.3 V") << hex("33 22") << 1 << false << 223.3;
    QTest::newRow("2 bytes XX.XX 50.02 Hz") << hex("02 50") << 2 << false << 50.02;
    QTest::newRow("2 bytes X.XXX [J] pf 0.501") << hex("01 05") << 3 << true << 0.501;
    QTest::newRow("2 bytes X.XXX pf -0.866 sign") << hex("66 88") << 3 << true << -0.866;
    QTest::newRow("3 bytes XXX.XXX [J] 4.999 A") << hex("99 49 00") << 3 << true << 4.999;
    QTest::newRow("3 bytes XXX.XXX -12.345 A sign") << hex("45 23 81") << 3 << true << -12.345;
    QTest::newRow("3 bytes XX.XXXX [J] 0.2512 kW") << hex("12 25 00") << 4 << true << 0.2512;
    QTest::newRow("3 bytes XX.XXXX -79.9999 kW") << hex("99 99 F9") << 4 << true << -79.9999;
    QTest::newRow("4 bytes XXXXXX.XX [I] 1206.42 kWh")
        << hex("42 06 12 00") << 2 << false << 1206.42;
    QTest::newRow("4 bytes XXXXXX.XX 999999.99 kWh")
        << hex("99 99 99 99") << 2 << false << 999999.99;
    QTest::newRow("top bit is a digit when unsigned") << hex("00 80") << 1 << false << 800.0;
    QTest::newRow("no decimals") << hex("56 34 12") << 0 << false << 123456.0;
    QTest::newRow("8 bytes") << hex("10 32 54 76 98 10 32 54") << 4 << false << 543210987654.321;
}

void TestBcd::decode()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, decimals);
    QFETCH(bool, signedMsb);
    QFETCH(double, value);
    const auto v = decodeBcd(payload, decimals, signedMsb);
    QVERIFY2(v.ok(), qPrintable(v.error().message));
    QCOMPARE(*v, value);
}

void TestBcd::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("signedMsb");
    QTest::addColumn<QString>("error");
    QTest::newRow("low nibble A") << hex("3A 22") << false << QStringLiteral("byte 0 (0x3A)");
    QTest::newRow("high nibble C") << hex("33 C2") << false << QStringLiteral("byte 1 (0xC2)");
    QTest::newRow("FF FF FF FF (no value)")
        << hex("FF FF FF FF") << false << QStringLiteral("byte 3 (0xFF)");
    QTest::newRow("bad nibble under the sign bit")
        << hex("00 FA") << true << QStringLiteral("byte 1 (0x7A)");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("0 bytes");
    QTest::newRow("9 bytes") << QByteArray(9, '\0') << false << QStringLiteral("9 bytes");
}

void TestBcd::decodeInvalid()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, signedMsb);
    QFETCH(QString, error);
    const auto v = decodeBcd(payload, 1, signedMsb);
    QVERIFY(!v.ok());
    QVERIFY2(v.error().message.contains(error), qPrintable(v.error().message));
}

void TestBcd::encode_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("signedMsb");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("223.3 V") << 223.3 << 2 << 1 << false << hex("33 22");
    QTest::newRow("rounds 229.26 to 229.3") << 229.26 << 2 << 1 << false << hex("93 22");
    QTest::newRow("-12.345 A") << -12.345 << 3 << 3 << true << hex("45 23 81");
    QTest::newRow("-0.2512 kW") << -0.2512 << 3 << 4 << true << hex("12 25 80");
    QTest::newRow("1206.42 kWh") << 1206.42 << 4 << 2 << false << hex("42 06 12 00");
    QTest::newRow("zero signed") << 0.0 << 2 << 3 << true << hex("00 00");
    QTest::newRow("saturates unsigned") << 1000.0 << 2 << 1 << false << hex("99 99");
    QTest::newRow("saturates signed") << -900.0 << 3 << 3 << true << hex("99 99 F9");
    QTest::newRow("negative in unsigned field") << -5.0 << 2 << 1 << false << hex("00 00");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 2 << 1 << true
                         << hex("00 00");
    QTest::newRow("bad size") << 1.0 << 0 << 0 << false << QByteArray();
}

void TestBcd::encode()
{
    QFETCH(double, value);
    QFETCH(int, bytes);
    QFETCH(int, decimals);
    QFETCH(bool, signedMsb);
    QFETCH(QByteArray, expected);
    QCOMPARE(encodeBcd(value, bytes, decimals, signedMsb).toHex(' '), expected.toHex(' '));
}

void TestBcd::roundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("signedMsb");
    QTest::newRow("voltage") << 236.0 << 2 << 1 << false;
    QTest::newRow("current") << -59.999 << 3 << 3 << true;
    QTest::newRow("power") << 41.9876 << 3 << 4 << true;
    QTest::newRow("pf") << 0.999 << 2 << 3 << true;
    QTest::newRow("frequency") << 49.9 << 2 << 2 << false;
    QTest::newRow("energy") << 790000.01 << 4 << 2 << true;
}

void TestBcd::roundTrip()
{
    QFETCH(double, value);
    QFETCH(int, bytes);
    QFETCH(int, decimals);
    QFETCH(bool, signedMsb);
    const QByteArray field = encodeBcd(value, bytes, decimals, signedMsb);
    QCOMPARE(field.size(), bytes);
    const auto back = decodeBcd(field, decimals, signedMsb);
    QVERIFY(back.ok());
    QCOMPARE(*back, value);
}

QTEST_APPLESS_MAIN(TestBcd)
#include "tst_bcd.moc"
