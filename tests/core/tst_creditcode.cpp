// Unified social credit codes (GB 32100-2015): check character and validation messages.
#include "vocsync/core/creditcode.h"

#include <QTest>

using namespace vocsync;

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void validCodes_data()
    {
        QTest::addColumn<QString>("code");
        // Check characters verified independently with the clause 5 algorithm.
        QTest::newRow("Fuzhou, letters in organisation code")
            << QStringLiteral("91350100M000100Y43");
        QTest::newRow("Beijing, letter check character") << QStringLiteral("91110000600037341L");
        QTest::newRow("Shenzhen, digits only") << QStringLiteral("914403001922038216");
        QTest::newRow("Shenzhen, T check character") << QStringLiteral("91440300708461136T");
    }

    void validCodes()
    {
        QFETCH(QString, code);
        const Status s = creditcode::validate(code);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(creditcode::checkCharacter(QStringView(code).first(17)), code.at(17));
    }

    void checkCharacterValues()
    {
        QCOMPARE(creditcode::checkCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
        QCOMPARE(creditcode::checkCharacter(u"91110000600037341"), QLatin1Char('L'));
        // Sum mod 31 == 0 is written as '0', not as the 31st character.
        QCOMPARE(creditcode::checkCharacter(u"00000000000000000"), QLatin1Char('0'));
        QVERIFY(creditcode::checkCharacter(u"9135010").isNull());           // too short
        QVERIFY(creditcode::checkCharacter(u"91350100I000100Y4").isNull()); // I not allowed
    }

    void wrongCheckCharacter()
    {
        const Status s = creditcode::validate(u"91350100M000100Y44");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("position 18"));
        QCOMPARE(s.error().message, QStringLiteral("check character is '4' but should be '3'"));
        const Status t = creditcode::validate(u"91110000600037341M");
        QVERIFY(!t.ok());
        QCOMPARE(t.error().message, QStringLiteral("check character is 'M' but should be 'L'"));
    }

    void badCharacters_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("character");
        QTest::newRow("letter I") << QStringLiteral("91350100I000100Y43")
                                  << QStringLiteral("position 9") << QStringLiteral("I");
        QTest::newRow("letter O") << QStringLiteral("O1350100M000100Y43")
                                  << QStringLiteral("position 1") << QStringLiteral("O");
        QTest::newRow("lower case") << QStringLiteral("91350100m000100Y43")
                                    << QStringLiteral("position 9") << QStringLiteral("m");
        QTest::newRow("letter Z at the end")
            << QStringLiteral("91350100M000100Y4Z") << QStringLiteral("position 18")
            << QStringLiteral("Z");
        QTest::newRow("full-width digit") << QStringLiteral("９1350100M000100Y43")
                                          << QStringLiteral("position 1") << QStringLiteral("９");
    }

    void badCharacters()
    {
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QString, character);
        const Status s = creditcode::validate(code);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, where);
        QVERIFY2(s.error().message.startsWith(
                     QStringLiteral("character '%1' is not allowed").arg(character)),
                 qPrintable(s.error().message));
    }

    void letterInDivisionCode()
    {
        const Status s = creditcode::validate(u"9135A100M000100Y43");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("position 5"));
    }

    void wrongLength_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("length");
        QTest::newRow("17") << QStringLiteral("91350100M000100Y4") << 17;
        QTest::newRow("19") << QStringLiteral("91350100M000100Y433") << 19;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("old 15-digit registration number")
            << QStringLiteral("350100100012345") << 15;
    }

    void wrongLength()
    {
        QFETCH(QString, code);
        QFETCH(int, length);
        const Status s = creditcode::validate(code);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message,
                 QStringLiteral("a unified social credit code has 18 characters, this one has %1")
                     .arg(length));
    }
};

QTEST_APPLESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
