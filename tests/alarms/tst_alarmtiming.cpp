// AlarmEngine over time: escalation by duration and by severity, shelving with expiry,
// re-notification, threshold rules with duration and dead band, schedules across midnight.
#include "alarmenginefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace enginefixture;

class TestAlarmTiming : public QObject, public EngineFixture
{
    Q_OBJECT

private slots:
    void init() { m_now = t0; }

    void escalationByDuration()
    {
        auto e = engine();
        e->setBureauRecipients({QStringLiteral("12369")});
        auto *channel = new FakeChannel(QStringLiteral("sms_modem"), FakeChannel::Mode::Ok);
        e->addChannel(channel);
        AlarmRule r = eventRule();
        r.escalateAfterS = 1800;
        QVERIFY(saveRule(*e, r) > 0);
        m_now = t0 + kMin;
        e->onEvent(syncEvent(t0, m_now, true));
        QCOMPARE(channel->sent.size(), 1);
        const Notification first = channel->sent.at(0);
        QCOMPARE(first.level, 0);
        QCOMPARE(first.recipients,
                 (QStringList{QStringLiteral("13800000001"), QStringLiteral("13900000002")}));
        const qint64 id = first.alarmId;
        QSignalSpy changed(e.get(), &AlarmEngine::alarmChanged);
        for (int m = 2; m < 30; ++m) {
            m_now = t0 + m * kMin;
            e->tick();
        }
        QCOMPARE(alarmOf(*e, id).level, AlarmLevel::Warning);
        QCOMPARE(changed.size(), 0);
        m_now = t0 + 30 * kMin;
        e->tick();
        QCOMPARE(alarmOf(*e, id).level, AlarmLevel::Alarm);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Alarm>().level, AlarmLevel::Alarm);
        QCOMPARE(channel->sent.size(), 2);
        const Notification second = channel->sent.at(1);
        QCOMPARE(second.level, 1);
        QCOMPARE(second.alarmId, id);
        QVERIFY(second.id != first.id);
        QVERIFY(second.recipients.contains(QStringLiteral("12369")));
        QVERIFY(second.recipients.contains(QStringLiteral("13800000001")));
        QVERIFY2(second.text.contains(QStringLiteral("escalated")), qPrintable(second.text));
        for (int m = 31; m <= 40; ++m) {
            m_now = t0 + m * kMin;
            e->tick();
        }
        QCOMPARE(channel->sent.size(), 2);
        QCOMPARE(changed.size(), 1);
    }

    void severityRaisesLevel()
    {
        auto e = engine();
        e->setBureauRecipients({QStringLiteral("12369")});
        auto *channel = new FakeChannel(QStringLiteral("sms_modem"), FakeChannel::Mode::Ok);
        e->addChannel(channel);
        QVERIFY(saveRule(*e, eventRule()) > 0);
        Event grave = syncEvent(t0, t0 + 40 * kMin, true);
        grave.severity = Severity::Alarm;
        e->onEvent(grave);
        QCOMPARE(channel->sent.size(), 1);
        QCOMPARE(channel->sent.at(0).level, 1);
        QVERIFY(channel->sent.at(0).recipients.contains(QStringLiteral("12369")));
        // A warning whose event becomes grave while open is escalated once.
        Event mild = syncEvent(t0, t0 + 10 * kMin, true, EventType::TreatmentIdle);
        e->onEvent(mild);
        QCOMPARE(channel->sent.size(), 2);
        QCOMPARE(channel->sent.at(1).level, 0);
        QSignalSpy changed(e.get(), &AlarmEngine::alarmChanged);
        mild.endMs = t0 + 31 * kMin;
        mild.severity = Severity::Alarm;
        e->onEvent(mild);
        e->onEvent(mild);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Alarm>().level, AlarmLevel::Alarm);
        QCOMPARE(channel->sent.size(), 3);
        QCOMPARE(channel->sent.at(2).level, 1);
    }

    void shelvingHoldsAndExpires()
    {
        auto e = engine();
        auto *channel = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
        e->addChannel(channel);
        AlarmRule r = eventRule();
        r.renotifyMinutes = 10;
        r.escalateAfterS = 15 * 60;
        QVERIFY(saveRule(*e, r) > 0);
        e->onEvent(syncEvent(t0, t0, true));
        QCOMPARE(channel->sent.size(), 1);
        const qint64 id = channel->sent.at(0).alarmId;

        QVERIFY(!e->shelve(id, t0 + 25 * kMin, QString(), QStringLiteral("检修")).ok());
        QVERIFY(!e->shelve(id, t0, QStringLiteral("值班员"), QStringLiteral("检修")).ok());
        QVERIFY(!e->unshelve(id, QStringLiteral("值班员")).ok()); // not shelved
        QSignalSpy changed(e.get(), &AlarmEngine::alarmChanged);
        QVERIFY(
            e->shelve(id, t0 + 25 * kMin, QStringLiteral("值班员"), QStringLiteral("检修")).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(alarmOf(*e, id).shelvedBy, QStringLiteral("值班员"));
        QCOMPARE(alarmOf(*e, id).shelveReason, QStringLiteral("检修"));

        for (int m = 1; m < 25; ++m) {
            m_now = t0 + m * kMin;
            e->tick();
        }
        // Reminders at 10 and 20 and the escalation at 15 were held; the level changed.
        QCOMPARE(channel->sent.size(), 1);
        QCOMPARE(alarmOf(*e, id).level, AlarmLevel::Alarm);
        QCOMPARE(changed.size(), 2);
        m_now = t0 + 25 * kMin;
        e->tick();
        QCOMPARE(changed.size(), 3); // unshelved
        QCOMPARE(alarmOf(*e, id).shelvedUntilMs, 0);
        QCOMPARE(channel->sent.size(), 2); // the held escalation, not a burst of reminders
        QCOMPARE(channel->sent.at(1).level, 1);
        for (int m = 26; m <= 45; ++m) {
            m_now = t0 + m * kMin;
            e->tick();
        }
        QCOMPARE(channel->sent.size(), 4); // reminders at 35 and 45
        QVERIFY(channel->sent.at(3).text.contains(QStringLiteral("reminder 3")));

        // Shelved and unshelved by hand: a change each, nothing sent.
        QVERIFY(e->shelve(id, m_now + 60 * kMin, QStringLiteral("值班员"), {}).ok());
        QVERIFY(e->unshelve(id, QStringLiteral("值班员")).ok());
        QCOMPARE(changed.size(), 5);
        QCOMPARE(channel->sent.size(), 4);
    }

    void renotificationCountOverOneHour()
    {
        auto e = engine();
        auto *channel = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
        e->addChannel(channel);
        AlarmRule r = eventRule();
        r.renotifyMinutes = 10;
        QVERIFY(saveRule(*e, r) > 0);
        e->onEvent(syncEvent(t0, t0, true));
        for (int s = 1; s <= 3600; ++s) {
            m_now = t0 + s * 1000LL;
            e->tick();
        }
        // Raised at 0, reminded at 10, 20, 30, 40, 50 and 60 minutes.
        QCOMPARE(channel->sent.size(), 7);
        QCOMPARE(
            channel->sent.at(1).text.endsWith(QStringLiteral("(reminder 1, not acknowledged)")),
            true);
        QVERIFY(
            channel->sent.at(6).text.endsWith(QStringLiteral("(reminder 6, not acknowledged)")));
        const qint64 id = channel->sent.at(0).alarmId;
        QCOMPARE(alarmOf(*e, id).notifications, 7);
        QCOMPARE(alarmOf(*e, id).lastNotifiedMs, t0 + 60 * kMin);
        // Acknowledged: no more reminders.
        QVERIFY(e->acknowledge(id, QStringLiteral("张三"), {}).ok());
        for (int m = 61; m <= 120; ++m) {
            m_now = t0 + m * kMin;
            e->tick();
        }
        QCOMPARE(channel->sent.size(), 7);
    }

    void thresholdWithDuration()
    {
        auto e = engine();
        auto *channel = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
        e->addChannel(channel);
        AlarmRule r;
        r.name = QStringLiteral("喷漆房电流过高");
        r.kind = AlarmRule::Kind::Threshold;
        r.scope = RuleScope::Point;
        r.scopeId = QStringLiteral("P01");
        r.quantity = Quantity::CurrentA;
        r.limit = 50;
        r.durationS = 60;
        QVERIFY(saveRule(*e, r) > 0);
        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        QSignalSpy changed(e.get(), &AlarmEngine::alarmChanged);
        const auto feed = [&](int s, double value, std::uint32_t point = 1) {
            m_now = t0 + s * 1000LL;
            e->onSamples({sample(point, m_now, value)});
        };
        // Out of scope: another point far beyond the limit.
        feed(0, 200, 2);
        feed(0, 40);
        for (int s = 10; s <= 60; s += 10)
            feed(s, s == 30 ? 60 : 55 + s / 10);
        QCOMPARE(raised.size(), 0); // beyond since 10 s: 50 s so far
        feed(70, 62);
        QCOMPARE(raised.size(), 1);
        const Alarm a = raised.at(0).at(0).value<Alarm>();
        QCOMPARE(a.type, QStringLiteral("threshold"));
        QCOMPARE(a.conditionKey, QStringLiteral("P01|current_a"));
        QCOMPARE(a.point, QStringLiteral("P01"));
        QCOMPARE(a.facility, QStringLiteral("F01"));
        QCOMPARE(a.enterprise, QStringLiteral("E01"));
        QCOMPARE(a.startMs, t0 + 10'000);
        QCOMPARE(a.evidence.value(QLatin1String("peak")).toDouble(), 62.0);
        QCOMPARE(a.message,
                 QStringLiteral("[Warning] 湖州某某家具有限公司 喷漆房1: current reached 62 A, "
                                "above the limit 50 A, for 1 min"));
        feed(80, 63);
        feed(90, 49.5); // inside the limit but not by the 2 % dead band (1 A)
        QCOMPARE(stateOf(*e, a.id), AlarmState::ActiveUnacknowledged);
        feed(100, 48.9);
        QCOMPARE(stateOf(*e, a.id), AlarmState::ClearedUnacknowledged);
        QCOMPARE(alarmOf(*e, a.id).clearedMs, t0 + 100'000);
        QCOMPARE(alarmOf(*e, a.id).evidence.value(QLatin1String("peak")).toDouble(), 63.0);
        QCOMPARE(changed.size(), 1);

        // Back beyond: interrupted at 160 s, so the timer restarts at 170 s.
        for (int s = 110; s <= 150; s += 10)
            feed(s, 55);
        feed(160, 45);
        for (int s = 170; s <= 220; s += 10)
            feed(s, 57);
        QCOMPARE(stateOf(*e, a.id), AlarmState::ClearedUnacknowledged);
        QCOMPARE(channel->sent.size(), 1);
        feed(230, 57);
        // Not yet acknowledged: the same alarm is active again (ISA-18.2), told again.
        QCOMPARE(stateOf(*e, a.id), AlarmState::ActiveUnacknowledged);
        QCOMPARE(alarmOf(*e, a.id).startMs, t0 + 170'000);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(channel->sent.size(), 2);
        QCOMPARE(e->currentAlarms().size(), 1);

        // Acknowledged and cleared: normal; a later excursion is a new alarm. A silence of
        // more than 3 intervals breaks "continuously".
        QVERIFY(e->acknowledge(a.id, QStringLiteral("张三"), {}).ok());
        feed(240, 40);
        QVERIFY(e->currentAlarms().isEmpty());
        feed(300, 70);
        feed(310, 70);
        feed(400, 70); // 90 s after the last sample: the excursion starts again here
        for (int s = 410; s <= 450; s += 10)
            feed(s, 70);
        QCOMPARE(raised.size(), 1);
        feed(460, 70);
        QCOMPARE(raised.size(), 2);
        QCOMPARE(raised.at(1).at(0).value<Alarm>().startMs, t0 + 400'000);
        QVERIFY(raised.at(1).at(0).value<Alarm>().id != a.id);
    }

    void thresholdBelowLimit()
    {
        auto e = engine();
        AlarmRule r;
        r.name = QStringLiteral("风机功率过低");
        r.kind = AlarmRule::Kind::Threshold;
        r.scope = RuleScope::Facility;
        r.scopeId = QStringLiteral("F02");
        r.quantity = Quantity::PowerKw;
        r.above = false;
        r.limit = 5;
        r.level = AlarmLevel::Alarm;
        QVERIFY(saveRule(*e, r) > 0);
        Sample s;
        s.point = 2;
        s.tMs = t0;
        s.set(Quantity::PowerKw, 4.2);
        s.set(Quantity::CurrentA, 1);
        e->onSamples({s});
        QCOMPARE(e->currentAlarms().size(), 1);
        const Alarm a = e->currentAlarms().at(0);
        QCOMPARE(a.level, AlarmLevel::Alarm);
        QVERIFY2(a.message.contains(QStringLiteral("fell to 4.2 kW, below the limit 5 kW")),
                 qPrintable(a.message));
        s.tMs += 10'000;
        s.set(Quantity::PowerKw, 5.05); // within the dead band of 0.1 kW
        e->onSamples({s});
        QCOMPARE(stateOf(*e, a.id), AlarmState::ActiveUnacknowledged);
        s.tMs += 10'000;
        s.set(Quantity::PowerKw, 5.2);
        e->onSamples({s});
        QCOMPARE(stateOf(*e, a.id), AlarmState::ClearedUnacknowledged);

        // Removing the rule releases its active threshold alarms.
        s.tMs += 10'000;
        s.set(Quantity::PowerKw, 1);
        e->onSamples({s});
        QCOMPARE(stateOf(*e, a.id), AlarmState::ActiveUnacknowledged);
        QVERIFY(e->removeRule(a.ruleId).ok());
        QCOMPARE(stateOf(*e, a.id), AlarmState::ClearedUnacknowledged);
        QCOMPARE(alarmOf(*e, a.id).evidence.value(QLatin1String("released")).toString(),
                 QStringLiteral("rule_changed"));
    }

    void scheduleAcrossMidnight()
    {
        auto e = engine();
        AlarmRule night = eventRule(QStringLiteral("夜间"));
        night.schedule.from = QTime(22, 0);
        night.schedule.to = QTime(6, 0);
        QVERIFY(saveRule(*e, night) > 0);
        AlarmRule threshold = night;
        threshold.kind = AlarmRule::Kind::Threshold;
        threshold.limit = 50;
        QVERIFY(saveRule(*e, threshold) > 0);
        const auto at = [](int d, int hh, int mm) { return shanghai(2026, 11, d, hh, mm); };
        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        m_now = at(25, 12, 0);
        e->onEvent(syncEvent(at(24, 12, 0), at(24, 12, 30), false));
        e->onEvent(syncEvent(at(24, 21, 59), at(24, 22, 30), false, EventType::TreatmentIdle));
        QCOMPARE(raised.size(), 0);
        e->onEvent(syncEvent(at(24, 23, 30), at(25, 0, 30), false, EventType::LateStart));
        e->onEvent(syncEvent(at(25, 5, 59), at(25, 6, 30), false, EventType::EarlyStop));
        QCOMPARE(raised.size(), 2);
        m_now = at(25, 12, 0);
        e->onSamples({sample(1, m_now, 80)});
        QCOMPARE(raised.size(), 2);
        m_now = at(26, 2, 0);
        e->onSamples({sample(1, m_now, 80)});
        QCOMPARE(raised.size(), 3);
        QCOMPARE(raised.at(2).at(0).value<Alarm>().type, QStringLiteral("threshold"));
    }
};

QTEST_GUILESS_MAIN(TestAlarmTiming)
#include "tst_alarmtiming.moc"
