// UiSettings: language choice → catalog, and the typed keys round-trip through QSettings.
#include "vocsync/ui/uisettings.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync::ui;

class TestUiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languageKeys();
    void translationLocale_data();
    void translationLocale();
    void defaults();
    void roundTrip();
    void alarmSettings();

private:
    QTemporaryDir m_dir;
};

void TestUiSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("VocSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_uisettings"));
    // Keep the user's real settings out of reach.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestUiSettings::languageKeys()
{
    for (UiLanguage l : {UiLanguage::System, UiLanguage::Chinese, UiLanguage::English})
        QCOMPARE(uiLanguageFromKey(uiLanguageKey(l)), l);
    QCOMPARE(uiLanguageKey(UiLanguage::Chinese), QStringLiteral("zh_CN"));
    QVERIFY(!uiLanguageFromKey(QStringLiteral("fr")).has_value());
}

void TestUiSettings::translationLocale_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system zh_CN") << int(UiLanguage::System) << "zh_CN"
                                  << "zh_CN";
    QTest::newRow("system zh_TW is still Chinese") << int(UiLanguage::System) << "zh_TW"
                                                   << "zh_CN";
    QTest::newRow("system en_US") << int(UiLanguage::System) << "en_US"
                                  << "en";
    QTest::newRow("system de_DE") << int(UiLanguage::System) << "de_DE"
                                  << "en";
    QTest::newRow("forced Chinese") << int(UiLanguage::Chinese) << "en_US"
                                    << "zh_CN";
    QTest::newRow("forced English") << int(UiLanguage::English) << "zh_CN"
                                    << "en";
}

void TestUiSettings::translationLocale()
{
    QFETCH(int, language);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(translationLocaleName(static_cast<UiLanguage>(language), QLocale(system)), expected);
}

void TestUiSettings::defaults()
{
    UiSettings s;
    QCOMPARE(s.language(), UiLanguage::System);
    QCOMPARE(s.stationTimeZone(), QByteArray("Asia/Shanghai"));
    QCOMPARE(s.lastPage(), 0);
    QCOMPARE(s.trendSpanMs(), vocsync::timeutil::kDayMs);
    QVERIFY(s.trendFacilityId().isEmpty());
}

void TestUiSettings::roundTrip()
{
    {
        UiSettings s;
        s.setLanguage(UiLanguage::English);
        s.setLastPage(1);
        s.setTrendFacilityId(QStringLiteral("E02-F03"));
        s.setTrendSpanMs(7 * vocsync::timeutil::kDayMs);
        s.setMainWindowGeometry(QByteArray("geometry"));
        s.setStationTimeZone(QByteArray("Asia/Urumqi"));
        s.sync();
    }
    UiSettings s;
    QCOMPARE(s.language(), UiLanguage::English);
    QCOMPARE(s.lastPage(), 1);
    QCOMPARE(s.trendFacilityId(), QStringLiteral("E02-F03"));
    QCOMPARE(s.trendSpanMs(), 7 * vocsync::timeutil::kDayMs);
    QCOMPARE(s.mainWindowGeometry(), QByteArray("geometry"));
    QCOMPARE(s.stationTimeZone(), QByteArray("Asia/Urumqi"));
    // An unreadable stored value falls back to the default instead of a bogus span.
    QSettings raw;
    const QString key = raw.allKeys().filter(QStringLiteral("span")).value(0);
    QVERIFY(!key.isEmpty());
    raw.setValue(key, QStringLiteral("garbage"));
    raw.sync();
    QCOMPARE(UiSettings().trendSpanMs(), vocsync::timeutil::kDayMs);
}

void TestUiSettings::alarmSettings()
{
    UiSettings s;
    // Defaults: sound on every 10 s, two shifts at 08:00 and 20:00, the OS user.
    QVERIFY(s.alarmSoundEnabled());
    QCOMPARE(s.alarmSoundIntervalS(), 10);
    QCOMPARE(s.shiftStarts(), QList<QTime>({QTime(8, 0), QTime(20, 0)}));
    qputenv("USER", "inspector");
    QCOMPARE(s.configuredOperatorName(), QString());
    QCOMPARE(s.operatorName(), QStringLiteral("inspector"));

    s.setOperatorName(QStringLiteral("  值班员乙 "));
    s.setAlarmSoundEnabled(false);
    s.setAlarmSoundIntervalS(0); // at least one second
    s.setShiftStarts({QTime(16, 0), QTime(0, 0), QTime(8, 0)});
    s.sync();
    const UiSettings again;
    QCOMPARE(again.operatorName(), QStringLiteral("值班员乙"));
    QVERIFY(!again.alarmSoundEnabled());
    QCOMPARE(again.alarmSoundIntervalS(), 1);
    // Sorted, whatever order they were given in.
    QCOMPARE(again.shiftStarts(), QList<QTime>({QTime(0, 0), QTime(8, 0), QTime(16, 0)}));
}

QTEST_GUILESS_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
