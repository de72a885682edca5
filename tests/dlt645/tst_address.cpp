// Meter addresses (DL/T 645-2007: 12 BCD digits, A0 = the last two digits sent first).
#include "vocsync/dlt645/frame.h"

#include <QTest>

using namespace vocsync;
using namespace vocsync::dlt645;

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data();
    void fromString();
    void invalid_data();
    void invalid();
    void wildcard();
};

void TestAddress::fromString_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("printed");
    QTest::newRow("[R] 100023669245")
        << QStringLiteral("100023669245") << QByteArray::fromHex("459266230010")
        << QStringLiteral("100023669245");
    QTest::newRow("leading zeros 000000000161")
        << QStringLiteral("000000000161") << QByteArray::fromHex("610100000000")
        << QStringLiteral("000000000161");
    QTest::newRow("123456789012") << QStringLiteral("123456789012")
                                  << QByteArray::fromHex("129078563412")
                                  << QStringLiteral("123456789012");
    QTest::newRow("all nines") << QStringLiteral("999999999999")
                               << QByteArray::fromHex("999999999999")
                               << QStringLiteral("999999999999");
    QTest::newRow("wildcard lower case")
        << QStringLiteral("aaaaaaaaaaaa") << QByteArray::fromHex("AAAAAAAAAAAA")
        << QStringLiteral("AAAAAAAAAAAA");
}

void TestAddress::fromString()
{
    QFETCH(QString, digits);
    QFETCH(QByteArray, wire);
    QFETCH(QString, printed);
    const auto a = Address::fromString(digits);
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(a->wire.data()), 6).toHex(), wire.toHex());
    QCOMPARE(a->toString(), printed);
}

void TestAddress::invalid_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("error");
    QTest::newRow("11 digits") << QStringLiteral("12345678901") << QStringLiteral("11 characters");
    QTest::newRow("13 digits") << QStringLiteral("1234567890123")
                               << QStringLiteral("13 characters");
    QTest::newRow("empty") << QString() << QStringLiteral("0 characters");
    QTest::newRow("letter") << QStringLiteral("12345678901A") << QStringLiteral("character 12");
    QTest::newRow("hex digit B") << QStringLiteral("B23456789012") << QStringLiteral("character 1");
    QTest::newRow("space") << QStringLiteral("12345 789012") << QStringLiteral("character 6");
    QTest::newRow("part wildcard")
        << QStringLiteral("AAAAAA123456") << QStringLiteral("character 1");
    // Unicode calls a full-width digit a digit; a nameplate address is ASCII.
    QTest::newRow("full-width digit")
        << QString::fromUtf8("00000000016\xef\xbc\x91") << QStringLiteral("character 12");
}

void TestAddress::invalid()
{
    QFETCH(QString, digits);
    QFETCH(QString, error);
    const auto a = Address::fromString(digits);
    QVERIFY(!a.ok());
    QVERIFY2(a.error().message.contains(error), qPrintable(a.error().message));
}

void TestAddress::wildcard()
{
    const Address w = Address::wildcard();
    for (std::uint8_t b : w.wire)
        QCOMPARE(int(b), 0xAA);
    QCOMPARE(w.toString(), QStringLiteral("AAAAAAAAAAAA"));
    QVERIFY(Address::fromString(QStringLiteral("AAAAAAAAAAAA"))->wire == w.wire);
}

QTEST_APPLESS_MAIN(TestAddress)
#include "tst_address.moc"
