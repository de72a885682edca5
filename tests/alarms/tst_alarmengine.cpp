// AlarmEngine: the ISA-18.2 lifecycle, one alarm per condition, event rules with durations
// and scopes, the message text, channels that fail or never answer, and a restart from the
// store. Time-driven behaviour is in tst_alarmtiming.cpp.
#include "alarmenginefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace enginefixture;

class TestAlarmEngine : public QObject, public EngineFixture
{
    Q_OBJECT

private slots:
    void init() { m_now = t0; }

    void lifecycle_data()
    {
        QTest::addColumn<QString>("path");     // steps taken before the action
        QTest::addColumn<QString>("action");   // "ack" or "clear"
        QTest::addColumn<QString>("expected"); // state key, or "error"
        QTest::addColumn<int>("changes");      // alarmChanged signals of the action
        const auto row = [](const char *name, const char *path, const char *action,
                            const char *expected, int changes) {
            QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(action)
                                << QString::fromLatin1(expected) << changes;
        };
        row("active_unack -ack-> active_ack", "", "ack", "active_ack", 1);
        row("active_unack -clear-> cleared_unack", "", "clear", "cleared_unack", 1);
        row("active_ack -clear-> normal", "ack", "clear", "normal", 1);
        row("cleared_unack -ack-> normal", "clear", "ack", "normal", 1);
        row("active_ack -ack-> refused", "ack", "ack", "error", 0);
        row("normal -ack-> refused", "ack,clear", "ack", "error", 0);
        row("cleared_unack -clear-> unchanged", "clear", "clear", "cleared_unack", 0);
        row("normal -clear-> unchanged", "ack,clear", "clear", "normal", 0);
    }

    void lifecycle()
    {
        QFETCH(QString, path);
        QFETCH(QString, action);
        QFETCH(QString, expected);
        QFETCH(int, changes);
        auto e = engine();
        QVERIFY(saveRule(*e, eventRule()) > 0);
        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        m_now = t0 + 10 * kMin;
        e->onEvent(syncEvent(t0, m_now, true));
        QCOMPARE(raised.size(), 1);
        const qint64 id = raised.at(0).at(0).value<Alarm>().id;
        QCOMPARE(stateOf(*e, id), AlarmState::ActiveUnacknowledged);

        const auto step = [&](const QString &s) -> Status {
            m_now += kMin;
            if (s == QLatin1String("ack"))
                return e->acknowledge(id, QStringLiteral("张三"), QStringLiteral("已处理"));
            e->onEvent(syncEvent(t0, m_now, false));
            return {};
        };
        for (const QString &s : path.split(QLatin1Char(','), Qt::SkipEmptyParts))
            QVERIFY(step(s).ok());
        const AlarmState before = stateOf(*e, id);
        QSignalSpy changed(e.get(), &AlarmEngine::alarmChanged);
        const Status status = step(action);
        QCOMPARE(changed.size(), changes);
        QCOMPARE(raised.size(), 1); // never a second alarm for the condition
        if (expected == QLatin1String("error")) {
            QVERIFY(!status.ok());
            QVERIFY2(status.error().where.contains(QString::number(id)),
                     qPrintable(status.error().toString()));
            QCOMPARE(stateOf(*e, id), before);
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        QCOMPARE(alarmStateKey(stateOf(*e, id)), expected);
        if (changes == 1)
            QCOMPARE(changed.at(0).at(0).value<Alarm>().state, stateOf(*e, id));
    }

    void acknowledgeNeedsUserAndKeepsComment()
    {
        auto store = openStore(newDbPath());
        QVERIFY(store);
        auto e = engine(store.get());
        QVERIFY(saveRule(*e, eventRule()) > 0);
        e->onEvent(syncEvent(t0, t0 + 5 * kMin, true));
        QCOMPARE(e->currentAlarms().size(), 1);
        const qint64 id = e->currentAlarms().at(0).id;
        const Status anonymous = e->acknowledge(id, QStringLiteral(" "), QStringLiteral("x"));
        QVERIFY(!anonymous.ok());
        QCOMPARE(stateOf(*e, id), AlarmState::ActiveUnacknowledged);
        m_now = t0 + 7 * kMin;
        QVERIFY(e->acknowledge(id, QStringLiteral("张三"), QStringLiteral("已电话通知企业")).ok());
        const Alarm stored = store->alarm(id).value();
        QCOMPARE(stored.state, AlarmState::ActiveAcknowledged);
        QCOMPARE(stored.ackBy, QStringLiteral("张三"));
        QCOMPARE(stored.ackComment, QStringLiteral("已电话通知企业"));
        QCOMPARE(stored.ackMs, t0 + 7 * kMin);
        const Status unknown = e->acknowledge(id + 99, QStringLiteral("张三"), {});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().where.contains(QString::number(id + 99)));
    }

    void oneAlarmPerConditionAcrossRepeatedUpdates()
    {
        auto store = openStore(newDbPath());
        QVERIFY(store);
        auto e = engine(store.get());
        auto *channel = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
        e->addChannel(channel);
        QVERIFY(saveRule(*e, eventRule()) > 0);
        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        QSignalSpy changed(e.get(), &AlarmEngine::alarmChanged);
        for (int i = 1; i <= 100; ++i) {
            m_now = t0 + i * kMin;
            e->onEvent(syncEvent(t0, m_now, true));
        }
        QCOMPARE(raised.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(channel->sent.size(), 1);
        QCOMPARE(e->currentAlarms().size(), 1);
        const Alarm a = e->currentAlarms().at(0);
        QCOMPARE(a.notifications, 1);
        QCOMPARE(a.startMs, t0);
        QCOMPARE(a.raisedMs, t0 + kMin);
        QVERIFY2(a.message.contains(QStringLiteral("100 min")), qPrintable(a.message));
        QCOMPARE(store->history({})->size(), 1);
        QVERIFY(store->alarm(a.id)->message.contains(QStringLiteral("100 min")));

        m_now += kMin;
        e->onEvent(syncEvent(t0, t0 + 100 * kMin, false));
        QCOMPARE(stateOf(*e, a.id), AlarmState::ClearedUnacknowledged);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(alarmOf(*e, a.id).clearedMs, t0 + 100 * kMin);
        // The closed event again (a replay): nothing new.
        e->onEvent(syncEvent(t0, t0 + 100 * kMin, false));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(channel->sent.size(), 1);
        QCOMPARE(store->history({})->size(), 1);
    }

    void closedEventRaisesAndClearsOnce()
    {
        auto e = engine();
        auto *channel = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Silent);
        e->addChannel(channel);
        QVERIFY(saveRule(*e, eventRule()) > 0);
        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        e->onEvent(syncEvent(t0 - 120 * kMin, t0 - 77 * kMin, false));
        QCOMPARE(raised.size(), 1);
        const Alarm a = raised.at(0).at(0).value<Alarm>();
        QCOMPARE(a.state, AlarmState::ClearedUnacknowledged);
        QCOMPARE(a.clearedMs, t0 - 77 * kMin);
        QCOMPARE(a.raisedMs, t0);
        QCOMPARE(channel->sent.size(), 1);
        QVERIFY2(a.message.contains(QStringLiteral("43 min")), qPrintable(a.message));
        QVERIFY(e->acknowledge(a.id, QStringLiteral("张三"), {}).ok());
        QVERIFY(e->currentAlarms().isEmpty());
    }

    void eventRuleDuration()
    {
        auto e = engine();
        AlarmRule r = eventRule();
        r.durationS = 600;
        QVERIFY(saveRule(*e, r) > 0);
        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        e->onEvent(syncEvent(t0, t0 + 5 * kMin, true));
        e->onEvent(syncEvent(t0, t0 + 9 * kMin, true));
        QCOMPARE(raised.size(), 0);
        e->onEvent(syncEvent(t0, t0 + 10 * kMin, true));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).at(0).value<Alarm>().startMs, t0);
        // A condition that ended before lasting the duration never raises.
        e->onEvent(syncEvent(t0 + 60 * kMin, t0 + 63 * kMin, false, EventType::TreatmentIdle));
        QCOMPARE(raised.size(), 1);
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("scopeId");
        QTest::addColumn<QString>("type"); // the rule's event type, empty: any
        QTest::addColumn<bool>("raises");
        const auto row = [](const char *name, const char *scope, const char *id, const char *type,
                            bool raises) {
            QTest::newRow(name) << QString::fromLatin1(scope) << QString::fromLatin1(id)
                                << QString::fromLatin1(type) << raises;
        };
        row("station", "station", "", "", true);
        row("own enterprise", "enterprise", "E01", "", true);
        row("other enterprise", "enterprise", "E02", "", false);
        row("treatment facility", "facility", "F02", "", true);
        row("related production", "facility", "F01", "", true);
        row("other facility", "facility", "F03", "", false);
        row("point of the event", "point", "P02", "", true);
        row("other point", "point", "P01", "", false);
        row("matching type", "station", "", "late_start", true);
        row("other type", "station", "", "data_gap", false);
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(QString, scopeId);
        QFETCH(QString, type);
        QFETCH(bool, raises);
        auto e = engine();
        AlarmRule r = eventRule();
        r.scope = ruleScopeFromKey(scope).value();
        r.scopeId = scopeId;
        if (!type.isEmpty())
            r.eventType = analysis::eventTypeFromKey(type);
        QVERIFY(saveRule(*e, r) > 0);
        Event ev = syncEvent(t0, t0 + 20 * kMin, false, EventType::LateStart);
        ev.point = QStringLiteral("P02");
        e->onEvent(ev);
        QCOMPARE(e->currentAlarms().size(), raises ? 1 : 0);
        if (raises)
            QCOMPARE(e->currentAlarms().at(0).enterprise, QStringLiteral("E01"));
    }

    void disabledRuleRaisesNothing()
    {
        auto e = engine();
        AlarmRule r = eventRule();
        r.enabled = false;
        QVERIFY(saveRule(*e, r) > 0);
        e->onEvent(syncEvent(t0, t0 + 20 * kMin, false));
        QVERIFY(e->currentAlarms().isEmpty());
    }

    void rulesAreValidatedAndRemovable()
    {
        auto e = engine();
        QSignalSpy rulesChanged(e.get(), &AlarmEngine::rulesChanged);
        AlarmRule bad = eventRule();
        bad.renotifyMinutes = -3;
        auto refused = e->saveRule(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("renotify_minutes")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(rulesChanged.size(), 0);
        const qint64 id = saveRule(*e, eventRule());
        QVERIFY(id > 0);
        QCOMPARE(e->rules().size(), 1);
        AlarmRule changed = e->rules().at(0);
        changed.name = QStringLiteral("改名");
        QCOMPARE(saveRule(*e, changed), id);
        QCOMPARE(e->rules().size(), 1);
        QCOMPARE(e->rules().at(0).name, QStringLiteral("改名"));
        QVERIFY(e->removeRule(id).ok());
        QVERIFY(e->rules().isEmpty());
        QVERIFY(!e->removeRule(id).ok());
        QCOMPARE(rulesChanged.size(), 3);
    }

    void chineseMessage()
    {
        const QString notStarted = analysis::eventTypeName(EventType::TreatmentNotStarted);
        ZhTranslator zh;
        zh.map.insert("vocsync::alarms|[%1] %2 %3: %4 %5, for %6 min",
                      QStringLiteral("【%1】%2 %3：%4%5，持续%6分钟"));
        zh.map.insert("vocsync::alarms|%1 %2 %3", QStringLiteral("%1 %2 %3"));
        zh.map.insert("vocsync::alarms|Alarm", QStringLiteral("报警"));
        zh.map.insert("vocsync::alarms|Warning", QStringLiteral("预警"));
        zh.map.insert("vocsync::analysis|" + notStarted.toUtf8(), QStringLiteral("未同时开启"));
        QVERIFY(!zh.translate("vocsync::alarms", "Alarm", nullptr, -1).isEmpty());
        QCoreApplication::installTranslator(&zh);
        auto e = engine();
        auto *channel = new FakeChannel(QStringLiteral("sms_modem"), FakeChannel::Mode::Silent);
        e->addChannel(channel);
        QVERIFY(saveRule(*e, eventRule()) > 0);
        Event ev = syncEvent(t0, t0 + 43 * kMin, false);
        ev.severity = Severity::Alarm;
        e->onEvent(ev);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(channel->sent.size(), 1);
        QCOMPARE(channel->sent.at(0).text,
                 QStringLiteral(
                     "【报警】湖州某某家具有限公司 喷漆房1：活性炭吸附装置未同时开启，持续43分钟"));
        QCOMPARE(channel->sent.at(0).title, QStringLiteral("报警 湖州某某家具有限公司 喷漆房1"));
    }

    void channelsNeverBlockAndFailuresAreRecorded()
    {
        auto store = openStore(newDbPath());
        QVERIFY(store);
        auto e = engine(store.get());
        auto *silent = new FakeChannel(QStringLiteral("sms_modem"), FakeChannel::Mode::Silent);
        auto *failing = new FakeChannel(QStringLiteral("sms_http"), FakeChannel::Mode::Fail);
        auto *desktop = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
        e->addChannel(silent);
        e->addChannel(failing);
        e->addChannel(desktop);
        QVERIFY(saveRule(*e, eventRule()) > 0);
        QSignalSpy recorded(e.get(), &AlarmEngine::deliveryRecorded);
        for (int i = 0; i < 3; ++i) {
            m_now = t0 + i * kMin;
            e->onEvent(syncEvent(t0 + i * kMin, m_now, true,
                                 i == 1 ? EventType::TreatmentIdle : EventType::DataGap,
                                 i == 2 ? "F04" : "F02", i == 2 ? "F03" : "F01"));
        }
        QCOMPARE(e->currentAlarms().size(), 3);
        QCOMPARE(silent->sent.size(), 3);
        QCOMPARE(failing->sent.size(), 3);
        QCOMPARE(desktop->sent.size(), 3);
        // Two contacts at E01 (alarms 1 and 2), none at E02 (alarm 3): 2 + 2 + 1 failures, and
        // the desktop answers once per recipient too.
        QCOMPARE(recorded.size(), 10);
        const qint64 first = silent->sent.at(0).alarmId;
        const auto rows = store->deliveries(first);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 4);
        int failures = 0;
        for (const DeliveryResult &r : rows.value()) {
            QCOMPARE(r.notificationId, silent->sent.at(0).id);
            QCOMPARE(r.atMs, t0); // the engine's clock when the channel gave no time
            if (!r.ok) {
                ++failures;
                QCOMPARE(r.channel, QStringLiteral("sms_http"));
                QCOMPARE(r.detail, QStringLiteral("HTTP 503"));
            }
        }
        QCOMPARE(failures, 2);
        QVERIFY(store->deliveries(first).value().at(0).recipient.startsWith(QStringLiteral("13")));

        // A rule that names its channel and recipients.
        AlarmRule only = eventRule(QStringLiteral("只发桌面"));
        only.eventType = EventType::EarlyStop;
        only.channels = {QStringLiteral("desktop")};
        only.recipients = {QStringLiteral("13700000007")};
        QVERIFY(saveRule(*e, only) > 0);
        e->onEvent(syncEvent(t0, t0 + 5 * kMin, false, EventType::EarlyStop));
        // Both rules match early_stop: the first (all channels) and the desktop-only one.
        QCOMPARE(silent->sent.size(), 4);
        QCOMPARE(desktop->sent.size(), 5);
        QCOMPARE(desktop->sent.last().recipients, QStringList{QStringLiteral("13700000007")});
    }

    void restartRestoresOpenAlarms()
    {
        const QString path = newDbPath();
        qint64 active = 0, threshold = 0, cleared = 0, normal = 0, lastNotification = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            auto e = engine(store.get());
            auto *desktop = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
            e->addChannel(desktop);
            QVERIFY(saveRule(*e, eventRule()) > 0);
            AlarmRule r;
            r.name = QStringLiteral("电流过高");
            r.kind = AlarmRule::Kind::Threshold;
            r.scope = RuleScope::Point;
            r.scopeId = QStringLiteral("P01");
            r.limit = 50;
            QVERIFY(saveRule(*e, r) > 0);
            e->onEvent(syncEvent(t0, t0 + 5 * kMin, true));
            active = desktop->sent.last().alarmId;
            QVERIFY(e->acknowledge(active, QStringLiteral("张三"), QStringLiteral("处理中")).ok());
            e->onSamples({sample(1, t0, 60)});
            threshold = desktop->sent.last().alarmId;
            e->onEvent(syncEvent(t0 - 90 * kMin, t0 - 60 * kMin, false, EventType::TreatmentIdle));
            cleared = desktop->sent.last().alarmId;
            e->onEvent(syncEvent(t0 - 50 * kMin, t0 - 40 * kMin, false, EventType::EarlyStop));
            normal = desktop->sent.last().alarmId;
            QVERIFY(e->acknowledge(normal, QStringLiteral("李四"), {}).ok());
            QCOMPARE(e->currentAlarms().size(), 3);
            lastNotification = desktop->sent.last().id;
        }
        auto store = openStore(path);
        QVERIFY(store);
        auto e = engine(store.get());
        auto *desktop = new FakeChannel(QStringLiteral("desktop"), FakeChannel::Mode::Ok);
        e->addChannel(desktop);
        QSignalSpy rulesChanged(e.get(), &AlarmEngine::rulesChanged);
        const Status loaded = e->load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(rulesChanged.size(), 1);
        QCOMPARE(e->rules().size(), 2);
        QCOMPARE(e->currentAlarms().size(), 3);
        QCOMPARE(stateOf(*e, active), AlarmState::ActiveAcknowledged);
        QCOMPARE(alarmOf(*e, active).ackComment, QStringLiteral("处理中"));
        QCOMPARE(stateOf(*e, threshold), AlarmState::ActiveUnacknowledged);
        QCOMPARE(stateOf(*e, cleared), AlarmState::ClearedUnacknowledged);

        QSignalSpy raised(e.get(), &AlarmEngine::alarmRaised);
        m_now = t0 + 20 * kMin;
        e->onEvent(syncEvent(t0, t0 + 19 * kMin, true)); // grows
        e->onEvent(syncEvent(t0 - 50 * kMin, t0 - 40 * kMin, false,
                             EventType::EarlyStop)); // replayed
        QCOMPARE(raised.size(), 0);
        QCOMPARE(desktop->sent.size(), 0);
        e->onEvent(syncEvent(t0, t0 + 20 * kMin, false)); // ends
        QCOMPARE(stateOf(*e, active), AlarmState::Normal);
        e->onSamples({sample(1, m_now, 30)});
        QCOMPARE(stateOf(*e, threshold), AlarmState::ClearedUnacknowledged);
        QVERIFY(e->acknowledge(cleared, QStringLiteral("张三"), {}).ok());
        QCOMPARE(e->currentAlarms().size(), 1);
        QCOMPARE(store->openAlarms()->size(), 1);
        // Acknowledging a normal alarm after the restart is refused, naming it.
        const Status again = e->acknowledge(normal, QStringLiteral("张三"), {});
        QVERIFY(!again.ok());
        QVERIFY(again.error().where.contains(QString::number(normal)));
        // Notification ids continue after those recorded before the restart.
        e->onEvent(syncEvent(t0 + 30 * kMin, t0 + 31 * kMin, true, EventType::DataGap));
        QCOMPARE(raised.size(), 1);
        QVERIFY(desktop->sent.last().id > lastNotification);
    }
};

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "tst_alarmengine.moc"
