// Time helpers: ISO 8601 in the station's zone, parsing with offsets, "Z" and plain local
// times, day starts and flooring.
#include "vocsync/core/timeutil.h"

#include <QTest>

using namespace vocsync;

namespace {
constexpr qint64 kT0 = 1795478400000;       // 2026-11-24T00:00:00Z
constexpr qint64 kLocalDay = 1795449600000; // 2026-11-24T00:00:00+08:00
} // namespace

class TestTimeUtil : public QObject
{
    Q_OBJECT

private slots:
    void init() { timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))); }

    void formatsInStationZone()
    {
        QCOMPARE(timeutil::toIso(kT0), QStringLiteral("2026-11-24T08:00:00+08:00"));
        QCOMPARE(timeutil::toIso(kT0 + 10'000), QStringLiteral("2026-11-24T08:00:10+08:00"));
        QCOMPARE(timeutil::toIso(kT0 + 123), QStringLiteral("2026-11-24T08:00:00.123+08:00"));
        QCOMPARE(timeutil::toIso(0), QStringLiteral("1970-01-01T08:00:00+08:00"));
    }

    void formatsInOtherZones()
    {
        QCOMPARE(timeutil::toIso(kT0, QTimeZone::utc()),
                 QStringLiteral("2026-11-24T00:00:00+00:00"));
        QCOMPARE(timeutil::toIso(kT0, QTimeZone(QByteArrayLiteral("America/New_York"))),
                 QStringLiteral("2026-11-23T19:00:00-05:00"));
        timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata")));
        QCOMPARE(timeutil::toIso(kT0), QStringLiteral("2026-11-24T05:30:00+05:30"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("utcMs");
        QTest::newRow("offset") << QStringLiteral("2026-11-24T08:00:00+08:00") << kT0;
        QTest::newRow("Z") << QStringLiteral("2026-11-24T00:00:00Z") << kT0;
        QTest::newRow("negative offset") << QStringLiteral("2026-11-23T19:00:00-05:00") << kT0;
        QTest::newRow("half-hour offset") << QStringLiteral("2026-11-24T05:30:00+05:30") << kT0;
        QTest::newRow("milliseconds") << QStringLiteral("2026-11-24T00:00:00.250Z") << kT0 + 250;
        QTest::newRow("plain local") << QStringLiteral("2026-11-24T08:00:00") << kT0;
        QTest::newRow("no seconds") << QStringLiteral("2026-11-24T08:00") << kT0;
        QTest::newRow("space separator") << QStringLiteral("2026-11-24 08:00:00") << kT0;
        QTest::newRow("date only: local midnight") << QStringLiteral("2026-11-24") << kLocalDay;
        QTest::newRow("surrounding blanks") << QStringLiteral("  2026-11-24T00:00:00Z ") << kT0;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, utcMs);
        const Result<std::int64_t> t = timeutil::parseIso(text);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QCOMPARE(t.value(), utcMs);
    }

    void plainTimesFollowTheStationZone()
    {
        timeutil::setStationZone(QTimeZone::utc());
        QCOMPARE(timeutil::parseIso(QStringLiteral("2026-11-24T00:00:00")).value(), kT0);
        QCOMPARE(timeutil::parseIso(QStringLiteral("2026-11-24T08:00:00+08:00")).value(), kT0);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01");
        QTest::newRow("February 30") << QStringLiteral("2026-02-30T00:00:00Z");
        QTest::newRow("hour 25") << QStringLiteral("2026-11-24T25:00:00+08:00");
        QTest::newRow("day first") << QStringLiteral("24.11.2026 08:00");
    }

    void rejects()
    {
        QFETCH(QString, text);
        const Result<std::int64_t> t = timeutil::parseIso(text);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().message, QStringLiteral("'%1' is not an ISO 8601 date or time (e.g. "
                                                   "2026-11-24T08:00:00+08:00)")
                                        .arg(text));
    }

    void roundTrip()
    {
        for (std::int64_t t = kT0 - 400 * timeutil::kDayMs; t < kT0;
             t += 7 * timeutil::kHourMs + 1234)
            QCOMPARE(timeutil::parseIso(timeutil::toIso(t)).value(), t);
    }

    void localDayStart()
    {
        QCOMPARE(timeutil::localDayStart(kT0), kLocalDay);
        QCOMPARE(timeutil::localDayStart(kLocalDay), kLocalDay);
        QCOMPARE(timeutil::localDayStart(kLocalDay - 1), kLocalDay - timeutil::kDayMs);
        QCOMPARE(timeutil::localDayStart(kLocalDay + timeutil::kDayMs - 1), kLocalDay);
    }

    void floorTo()
    {
        QCOMPARE(timeutil::floorTo(kT0 + 59'999, timeutil::kMinuteMs), kT0 + 0);
        QCOMPARE(timeutil::floorTo(kT0 + 60'000, timeutil::kMinuteMs), kT0 + 60'000);
        QCOMPARE(timeutil::floorTo(-1, timeutil::kHourMs), -timeutil::kHourMs);
        QCOMPARE(timeutil::floorTo(-timeutil::kHourMs, timeutil::kHourMs), -timeutil::kHourMs);
        QCOMPARE(timeutil::floorTo(0, timeutil::kDayMs), std::int64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
