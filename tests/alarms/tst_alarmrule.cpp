// Alarm rules: keys of the enums, validation naming the field, and the schedule (days, daily
// windows, windows across midnight) in the station's zone.
#include "vocsync/alarms/alarm.h"
#include "vocsync/alarms/alarmrule.h"
#include "vocsync/core/timeutil.h"

#include <QDateTime>
#include <QTest>

using namespace vocsync;
using namespace vocsync::alarms;

namespace {

/// UTC ms of a wall-clock time in Asia/Shanghai (the station zone by default).
std::int64_t shanghai(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

AlarmRule validRule()
{
    AlarmRule r;
    r.name = QStringLiteral("未同时开启");
    return r;
}

} // namespace

class TestAlarmRule : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        for (AlarmLevel l : {AlarmLevel::Warning, AlarmLevel::Alarm})
            QCOMPARE(alarmLevelFromKey(alarmLevelKey(l)), l);
        QCOMPARE(alarmLevelKey(AlarmLevel::Alarm), QStringLiteral("alarm"));
        QVERIFY(!alarmLevelFromKey(QStringLiteral("critical")));
        for (RuleScope s :
             {RuleScope::Station, RuleScope::Enterprise, RuleScope::Facility, RuleScope::Point})
            QCOMPARE(ruleScopeFromKey(ruleScopeKey(s)), s);
        QCOMPARE(ruleScopeKey(RuleScope::Facility), QStringLiteral("facility"));
        QVERIFY(!ruleScopeFromKey(QStringLiteral("workshop")));
        QCOMPARE(alarmStateKey(AlarmState::ClearedUnacknowledged), QStringLiteral("cleared_unack"));
        for (AlarmState s : {AlarmState::ActiveUnacknowledged, AlarmState::ActiveAcknowledged,
                             AlarmState::ClearedUnacknowledged, AlarmState::Normal})
            QCOMPARE(alarmStateFromKey(alarmStateKey(s)), s);
        QVERIFY(!alarmStateFromKey(QStringLiteral("shelved")));
    }

    void validation_data()
    {
        QTest::addColumn<AlarmRule>("rule");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("valid") << validRule() << QString();
        AlarmRule r = validRule();
        r.name = QStringLiteral("  ");
        QTest::newRow("blank name") << r << QStringLiteral("name");
        r = validRule();
        r.durationS = -1;
        QTest::newRow("negative duration") << r << QStringLiteral("duration_s");
        r = validRule();
        r.escalateAfterS = -5;
        QTest::newRow("negative escalation") << r << QStringLiteral("escalate_after_s");
        r = validRule();
        r.renotifyMinutes = -1;
        QTest::newRow("negative renotify") << r << QStringLiteral("renotify_minutes");
        r = validRule();
        r.schedule.days = 0;
        QTest::newRow("no day") << r << QStringLiteral("schedule.days");
        r = validRule();
        r.kind = AlarmRule::Kind::Threshold;
        r.limit = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("NaN limit") << r << QStringLiteral("limit");
        r = validRule();
        r.recipients = {QStringLiteral("13800000001,13800000002")};
        QTest::newRow("comma in recipient") << r << QStringLiteral("recipients");
        r = validRule();
        r.channels = {QStringLiteral("sms_modem"), QString()};
        QTest::newRow("empty channel") << r << QStringLiteral("channels");
    }

    void validation()
    {
        QFETCH(AlarmRule, rule);
        QFETCH(QString, field);
        const QString message = rule.validate();
        if (field.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            return;
        }
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.startsWith(field + QLatin1Char(':')), qPrintable(message));
    }

    void defaultScheduleIsAlways()
    {
        const Schedule always;
        for (int h = 0; h < 24; h += 5)
            QVERIFY(always.contains(shanghai(2026, 11, 24, h, 7)));
    }

    void dailyWindowAndDays()
    {
        Schedule s;
        s.days = 0x1F; // Monday .. Friday
        s.from = QTime(8, 0);
        s.to = QTime(18, 0);
        // 2026-11-24 is a Tuesday; 2026-11-28 a Saturday.
        QVERIFY(!s.contains(shanghai(2026, 11, 24, 7, 59)));
        QVERIFY(s.contains(shanghai(2026, 11, 24, 8, 0)));
        QVERIFY(s.contains(shanghai(2026, 11, 24, 17, 59)));
        QVERIFY(!s.contains(shanghai(2026, 11, 24, 18, 0))); // the end is exclusive
        QVERIFY(!s.contains(shanghai(2026, 11, 28, 12, 0)));
        // The zone matters: 01:00 UTC is 09:00 in Shanghai (inside), 16:00 UTC is 00:00 (out).
        QVERIFY(s.contains(
            QDateTime(QDate(2026, 11, 24), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch()));
        QVERIFY(!s.contains(
            QDateTime(QDate(2026, 11, 24), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch()));
    }

    void windowAcrossMidnight()
    {
        Schedule s;
        s.days = 1u << 4; // Friday only: the night from Friday 22:00 to Saturday 06:00
        s.from = QTime(22, 0);
        s.to = QTime(6, 0);
        // 2026-11-27 is a Friday.
        QVERIFY(!s.contains(shanghai(2026, 11, 27, 21, 59)));
        QVERIFY(s.contains(shanghai(2026, 11, 27, 22, 0)));
        QVERIFY(s.contains(shanghai(2026, 11, 27, 23, 59)));
        QVERIFY(s.contains(shanghai(2026, 11, 28, 0, 0))); // Saturday, Friday's night
        QVERIFY(s.contains(shanghai(2026, 11, 28, 5, 59)));
        QVERIFY(!s.contains(shanghai(2026, 11, 28, 6, 0)));
        QVERIFY(!s.contains(shanghai(2026, 11, 27, 3, 0)));  // Thursday's night: not armed
        QVERIFY(!s.contains(shanghai(2026, 11, 28, 23, 0))); // Saturday evening
        QVERIFY(!s.contains(shanghai(2026, 11, 27, 12, 0)));
    }

    void alarmHelpers()
    {
        Alarm a;
        a.state = AlarmState::ActiveAcknowledged;
        QVERIFY(a.active() && a.acknowledged());
        a.state = AlarmState::ClearedUnacknowledged;
        QVERIFY(!a.active() && !a.acknowledged());
        a.shelvedUntilMs = 1000;
        QVERIFY(a.shelved(999));
        QVERIFY(!a.shelved(1000));
    }
};

QTEST_APPLESS_MAIN(TestAlarmRule)
#include "tst_alarmrule.moc"
