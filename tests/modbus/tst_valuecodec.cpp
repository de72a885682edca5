// Register words <-> numbers for every data type and byte order.
//
// The literal words were computed independently with Python's struct module
// (struct.pack(">f", 123.456) etc., then split into 16-bit words and reordered: CDAB reverses
// the word order, BADC swaps the bytes of each word, DCBA does both), not by this code.

#include "vocsync/modbus/valuecodec.h"

#include <QTest>

#include <array>
#include <cmath>
#include <limits>

using namespace vocsync::modbus;

namespace {

DataType type(const QString &key)
{
    return dataTypeFromKey(key).value();
}

ByteOrder order(const QString &key)
{
    return byteOrderFromKey(key).value();
}

} // namespace

class tst_ValueCodec : public QObject
{
    Q_OBJECT

private:
    void codecRows();

private slots:
    void decode_data() { codecRows(); }
    void decode();
    void encode_data() { codecRows(); }
    void encode();
    void roundTrip_data();
    void roundTrip();
    void integerClampAndRound_data();
    void integerClampAndRound();
    void nonFiniteFloats();
    void keys();
    void registerCounts();
};

void tst_ValueCodec::codecRows()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QList<int>>("words");
    QTest::addColumn<double>("value");

    struct Row
    {
        const char *type;
        double value;
        std::array<QList<int>, 4> words; // ABCD, CDAB, BADC, DCBA
    };
    const Row rows[] = {
        {"int16", -12345, {{{0xCFC7}, {0xCFC7}, {0xC7CF}, {0xC7CF}}}},
        {"uint16", 0x1234, {{{0x1234}, {0x1234}, {0x3412}, {0x3412}}}},
        {"int32",
         -123456789,
         {{{0xF8A4, 0x32EB}, {0x32EB, 0xF8A4}, {0xA4F8, 0xEB32}, {0xEB32, 0xA4F8}}}},
        {"uint32",
         4000000000.0,
         {{{0xEE6B, 0x2800}, {0x2800, 0xEE6B}, {0x6BEE, 0x0028}, {0x0028, 0x6BEE}}}},
        {"float32",
         double(123.456f),
         {{{0x42F6, 0xE979}, {0xE979, 0x42F6}, {0xF642, 0x79E9}, {0x79E9, 0xF642}}}},
        {"float64",
         -98765.4321,
         {{{0xC0F8, 0x1CD6, 0xE9E1, 0xB08A},
           {0xB08A, 0xE9E1, 0x1CD6, 0xC0F8},
           {0xF8C0, 0xD61C, 0xE1E9, 0x8AB0},
           {0x8AB0, 0xE1E9, 0xD61C, 0xF8C0}}}},
    };
    const char *orders[] = {"ABCD", "CDAB", "BADC", "DCBA"};
    for (const Row &row : rows) {
        for (int o = 0; o < 4; ++o) {
            QTest::addRow("%s %s", row.type, orders[o])
                << QString::fromLatin1(row.type) << QString::fromLatin1(orders[o]) << row.words[o]
                << row.value;
        }
    }
    QTest::newRow("int16 -1") << QStringLiteral("int16") << QStringLiteral("ABCD")
                              << QList<int>{0xFFFF} << -1.0;
    QTest::newRow("uint16 max") << QStringLiteral("uint16") << QStringLiteral("ABCD")
                                << QList<int>{0xFFFF} << 65535.0;
    QTest::newRow("int32 min") << QStringLiteral("int32") << QStringLiteral("ABCD")
                               << QList<int>{0x8000, 0x0000} << -2147483648.0;
    QTest::newRow("uint32 max") << QStringLiteral("uint32") << QStringLiteral("CDAB")
                                << QList<int>{0xFFFF, 0xFFFF} << 4294967295.0;
    QTest::newRow("float32 230.5 V") << QStringLiteral("float32") << QStringLiteral("ABCD")
                                     << QList<int>{0x4366, 0x8000} << 230.5;
}

void tst_ValueCodec::decode()
{
    QFETCH(QString, type);
    QFETCH(QString, order);
    QFETCH(QList<int>, words);
    QFETCH(double, value);
    std::array<std::uint16_t, 4> w{};
    QCOMPARE(words.size(), qsizetype(registerCount(::type(type))));
    for (qsizetype i = 0; i < words.size(); ++i)
        w[i] = static_cast<std::uint16_t>(words[i]);
    QCOMPARE(decodeRaw(::type(type), ::order(order), w.data()), value);
}

void tst_ValueCodec::encode()
{
    QFETCH(QString, type);
    QFETCH(QString, order);
    QFETCH(QList<int>, words);
    QFETCH(double, value);
    std::array<std::uint16_t, 4> w{0xAAAA, 0xAAAA, 0xAAAA, 0xAAAA};
    encodeRaw(::type(type), ::order(order), value, w.data());
    const int n = registerCount(::type(type));
    QCOMPARE(QList<int>(w.begin(), w.begin() + n), words);
    for (int i = n; i < 4; ++i)
        QCOMPARE(int(w[i]), 0xAAAA); // nothing written past the value's registers
}

void tst_ValueCodec::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("value");
    QTest::newRow("int16 -300") << QStringLiteral("int16") << -300.0;
    QTest::newRow("uint16 60000") << QStringLiteral("uint16") << 60000.0;
    QTest::newRow("int32 -2000000000") << QStringLiteral("int32") << -2000000000.0;
    QTest::newRow("uint32 3999999999") << QStringLiteral("uint32") << 3999999999.0;
    QTest::newRow("float32 -0.015625") << QStringLiteral("float32") << -0.015625;
    QTest::newRow("float64 1e300") << QStringLiteral("float64") << 1e300;
    QTest::newRow("float64 pi") << QStringLiteral("float64") << 3.141592653589793;
}

void tst_ValueCodec::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(double, value);
    for (const char *o : {"ABCD", "CDAB", "BADC", "DCBA"}) {
        std::array<std::uint16_t, 4> w{};
        encodeRaw(::type(type), order(QString::fromLatin1(o)), value, w.data());
        QCOMPARE(decodeRaw(::type(type), order(QString::fromLatin1(o)), w.data()), value);
    }
}

void tst_ValueCodec::integerClampAndRound_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("stored");
    QTest::newRow("int16 above max") << QStringLiteral("int16") << 40000.0 << 32767.0;
    QTest::newRow("int16 below min") << QStringLiteral("int16") << -40000.0 << -32768.0;
    QTest::newRow("uint16 negative") << QStringLiteral("uint16") << -5.0 << 0.0;
    QTest::newRow("uint16 2.5 rounds away from zero") << QStringLiteral("uint16") << 2.5 << 3.0;
    QTest::newRow("int16 -2.5 rounds away from zero") << QStringLiteral("int16") << -2.5 << -3.0;
    QTest::newRow("int32 1.4 rounds down") << QStringLiteral("int32") << 1.4 << 1.0;
    QTest::newRow("uint32 above max") << QStringLiteral("uint32") << 1e12 << 4294967295.0;
    QTest::newRow("int32 NaN") << QStringLiteral("int32") << std::nan("") << 0.0;
}

void tst_ValueCodec::integerClampAndRound()
{
    QFETCH(QString, type);
    QFETCH(double, value);
    QFETCH(double, stored);
    std::array<std::uint16_t, 4> w{};
    encodeRaw(::type(type), ByteOrder::CDAB, value, w.data());
    QCOMPARE(decodeRaw(::type(type), ByteOrder::CDAB, w.data()), stored);
}

void tst_ValueCodec::nonFiniteFloats()
{
    // A meter that has no reading yet often answers 0x7FC0 0x0000 (quiet NaN).
    const std::uint16_t nan[] = {0x7FC0, 0x0000};
    QVERIFY(std::isnan(decodeRaw(DataType::Float32, ByteOrder::ABCD, nan)));
    const std::uint16_t inf[] = {0x0000, 0x80FF}; // -inf (FF 80 00 00), DCBA
    QCOMPARE(decodeRaw(DataType::Float32, ByteOrder::DCBA, inf),
             -std::numeric_limits<double>::infinity());
}

void tst_ValueCodec::keys()
{
    for (const char *k : {"int16", "uint16", "int32", "uint32", "float32", "float64"}) {
        const auto t = dataTypeFromKey(QString::fromLatin1(k));
        QVERIFY2(t.has_value(), k);
        QCOMPARE(dataTypeKey(*t), QString::fromLatin1(k));
    }
    for (const char *k : {"ABCD", "CDAB", "BADC", "DCBA"}) {
        const auto o = byteOrderFromKey(QString::fromLatin1(k));
        QVERIFY2(o.has_value(), k);
        QCOMPARE(byteOrderKey(*o), QString::fromLatin1(k));
    }
    QVERIFY(!dataTypeFromKey(QStringLiteral("int24")));
    QVERIFY(!dataTypeFromKey(QStringLiteral("Float32")));
    QVERIFY(!dataTypeFromKey(QString()));
    QVERIFY(!byteOrderFromKey(QStringLiteral("abcd")));
    QVERIFY(!byteOrderFromKey(QStringLiteral("ABDC")));
}

void tst_ValueCodec::registerCounts()
{
    QCOMPARE(registerCount(DataType::Int16), 1);
    QCOMPARE(registerCount(DataType::UInt16), 1);
    QCOMPARE(registerCount(DataType::Int32), 2);
    QCOMPARE(registerCount(DataType::UInt32), 2);
    QCOMPARE(registerCount(DataType::Float32), 2);
    QCOMPARE(registerCount(DataType::Float64), 4);
}

QTEST_APPLESS_MAIN(tst_ValueCodec)
#include "tst_valuecodec.moc"
