// AlarmStore: rules, alarms and deliveries survive a round trip through the station database
// (schema version 3); history filters; the CSV export's exact bytes.
#include "vocsync/alarms/alarmstore.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/migrations.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace vocsync::alarms;

namespace {

std::int64_t shanghai(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

Alarm sampleAlarm(qint64 ruleId, const QString &key, std::int64_t raisedMs)
{
    Alarm a;
    a.ruleId = ruleId;
    a.conditionKey = key;
    a.type = QStringLiteral("treatment_not_started");
    a.enterprise = QStringLiteral("E01");
    a.facility = QStringLiteral("F02");
    a.related = QStringLiteral("F01");
    a.level = AlarmLevel::Warning;
    a.state = AlarmState::ActiveUnacknowledged;
    a.startMs = raisedMs - 600'000;
    a.raisedMs = raisedMs;
    a.message = QStringLiteral(
        "【预警】湖州某某家具有限公司 喷漆房1：活性炭吸附装置未同时开启，持续10分钟");
    a.evidence = QJsonObject{{QStringLiteral("production_level_a"), 24.5},
                             {QStringLiteral("note"), QStringLiteral("电流 \"0\", 未启动")}};
    return a;
}

} // namespace

class TestAlarmStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<AlarmStore> m_store;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = AlarmStore::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_count)));
        QVERIFY2(store.ok(), qPrintable(store.error().toString()));
        m_store = std::move(store.value());
    }

    void cleanup() { m_store.reset(); }

    void openMigratesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.db").arg(m_count));
        auto conn = storage::Connection::open(path);
        QVERIFY(conn.ok());
        QCOMPARE(storage::schemaVersion(conn->db()), storage::latestSchemaVersion());
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alarm_rule")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A path in a missing directory cannot be opened: the error names the file.
        auto bad = AlarmStore::open(m_dir.filePath(QStringLiteral("no/such/dir/x.db")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().toString().contains(QStringLiteral("x.db")),
                 qPrintable(bad.error().toString()));
    }

    void ruleRoundTrip()
    {
        AlarmRule event;
        event.name = QStringLiteral("治污设施未同时开启（夜间）");
        event.scope = RuleScope::Enterprise;
        event.scopeId = QStringLiteral("E01");
        event.eventType = analysis::EventType::TreatmentNotStarted;
        event.durationS = 600;
        event.level = AlarmLevel::Warning;
        event.escalateAfterS = 1800;
        event.renotifyMinutes = 15;
        event.schedule.days = 0x1F;
        event.schedule.from = QTime(22, 0);
        event.schedule.to = QTime(6, 30);
        event.recipients = {QStringLiteral("13800000001"), QStringLiteral("+8613900000002")};
        event.channels = {QStringLiteral("desktop"), QStringLiteral("sms_modem")};
        AlarmRule threshold;
        threshold.name = QStringLiteral("风机电流过低");
        threshold.enabled = false;
        threshold.scope = RuleScope::Point;
        threshold.scopeId = QStringLiteral("P02");
        threshold.kind = AlarmRule::Kind::Threshold;
        threshold.quantity = Quantity::PowerKw;
        threshold.above = false;
        threshold.limit = 3.25;
        threshold.durationS = 90;
        threshold.level = AlarmLevel::Alarm;

        auto id1 = m_store->saveRule(event);
        auto id2 = m_store->saveRule(threshold);
        QVERIFY2(id1.ok() && id2.ok(),
                 qPrintable(id1.ok() ? id2.error().toString() : id1.error().toString()));
        QVERIFY(id1.value() > 0 && id2.value() > id1.value());
        event.id = id1.value();
        threshold.id = id2.value();

        auto rules = m_store->rules();
        QVERIFY(rules.ok());
        QCOMPARE(rules->size(), 2);
        const AlarmRule &a = rules->at(0);
        QCOMPARE(a.id, event.id);
        QCOMPARE(a.name, event.name);
        QCOMPARE(a.enabled, true);
        QCOMPARE(a.scope, RuleScope::Enterprise);
        QCOMPARE(a.scopeId, QStringLiteral("E01"));
        QCOMPARE(a.kind, AlarmRule::Kind::Event);
        QCOMPARE(a.eventType, std::optional(analysis::EventType::TreatmentNotStarted));
        QCOMPARE(a.durationS, 600);
        QCOMPARE(a.escalateAfterS, 1800);
        QCOMPARE(a.renotifyMinutes, 15);
        QCOMPARE(int(a.schedule.days), 0x1F);
        QCOMPARE(a.schedule.from, QTime(22, 0));
        QCOMPARE(a.schedule.to, QTime(6, 30));
        QCOMPARE(a.recipients, event.recipients);
        QCOMPARE(a.channels, event.channels);
        const AlarmRule &b = rules->at(1);
        QCOMPARE(b.enabled, false);
        QCOMPARE(b.scope, RuleScope::Point);
        QCOMPARE(b.kind, AlarmRule::Kind::Threshold);
        QVERIFY(!b.eventType);
        QCOMPARE(b.quantity, Quantity::PowerKw);
        QCOMPARE(b.above, false);
        QCOMPARE(b.limit, 3.25);
        QCOMPARE(b.durationS, 90);
        QCOMPARE(b.level, AlarmLevel::Alarm);
        QVERIFY(b.recipients.isEmpty());
        QVERIFY(b.channels.isEmpty());

        // Update in place, then remove.
        threshold.limit = 4.5;
        auto same = m_store->saveRule(threshold);
        QVERIFY(same.ok());
        QCOMPARE(same.value(), threshold.id);
        QCOMPARE(m_store->rules()->at(1).limit, 4.5);
        QVERIFY(m_store->removeRule(event.id).ok());
        QCOMPARE(m_store->rules()->size(), 1);
        const Status again = m_store->removeRule(event.id);
        QVERIFY(!again.ok());
        QVERIFY(again.error().where.contains(QString::number(event.id)));

        AlarmRule invalid;
        auto refused = m_store->saveRule(invalid); // no name
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("name")),
                 qPrintable(refused.error().toString()));
    }

    void alarmAndDeliveryRoundTrip()
    {
        Alarm a = sampleAlarm(7, QStringLiteral("start|F02|F01||1700000000000"),
                              shanghai(2026, 11, 24, 10, 0));
        a.level = AlarmLevel::Alarm;
        a.point = QStringLiteral("P02");
        a.state = AlarmState::ClearedUnacknowledged;
        a.clearedMs = a.raisedMs + 120'000;
        a.shelvedUntilMs = a.raisedMs + 3'600'000;
        a.shelvedBy = QStringLiteral("值班员");
        a.shelveReason = QStringLiteral("检修");
        a.lastNotifiedMs = a.raisedMs + 60'000;
        a.notifications = 3;
        auto id = m_store->saveAlarm(a);
        QVERIFY2(id.ok(), qPrintable(id.error().toString()));
        a.id = id.value();

        auto back = m_store->alarm(a.id);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        const Alarm &b = back.value();
        QCOMPARE(b.ruleId, 7);
        QCOMPARE(b.conditionKey, a.conditionKey);
        QCOMPARE(b.type, a.type);
        QCOMPARE(b.enterprise, a.enterprise);
        QCOMPARE(b.facility, a.facility);
        QCOMPARE(b.related, a.related);
        QCOMPARE(b.point, a.point);
        QCOMPARE(b.level, AlarmLevel::Alarm);
        QCOMPARE(b.state, AlarmState::ClearedUnacknowledged);
        QCOMPARE(b.startMs, a.startMs);
        QCOMPARE(b.raisedMs, a.raisedMs);
        QCOMPARE(b.clearedMs, a.clearedMs);
        QCOMPARE(b.shelvedUntilMs, a.shelvedUntilMs);
        QCOMPARE(b.shelvedBy, a.shelvedBy);
        QCOMPARE(b.shelveReason, a.shelveReason);
        QCOMPARE(b.lastNotifiedMs, a.lastNotifiedMs);
        QCOMPARE(b.notifications, 3);
        QCOMPARE(b.message, a.message);
        QCOMPARE(b.evidence, a.evidence);

        // Update: acknowledged -> normal; openAlarms() no longer lists it.
        QCOMPARE(m_store->openAlarms()->size(), 1);
        a.state = AlarmState::Normal;
        a.ackMs = a.raisedMs + 200'000;
        a.ackBy = QStringLiteral("张三");
        a.ackComment = QStringLiteral("已电话通知企业");
        QCOMPARE(m_store->saveAlarm(a).value(), a.id);
        QCOMPARE(m_store->openAlarms()->size(), 0);
        QCOMPARE(m_store->alarm(a.id)->ackComment, a.ackComment);
        QCOMPARE(m_store->alarm(a.id)->ackMs, a.ackMs);

        // findAlarm: by rule and condition, 0 id when none.
        QCOMPARE(m_store->findAlarm(7, a.conditionKey)->id, a.id);
        QCOMPARE(m_store->findAlarm(8, a.conditionKey)->id, 0);
        QVERIFY(!m_store->alarm(a.id + 100).ok());

        Alarm ghost = a;
        ghost.id = a.id + 100;
        QVERIFY(!m_store->saveAlarm(ghost).ok());

        QCOMPARE(m_store->lastNotificationId().value(), 0);
        const DeliveryResult ok{41,   QStringLiteral("sms_modem"), QStringLiteral("13800000001"),
                                true, QStringLiteral("+CMGS: 17"), a.raisedMs + 5000};
        const DeliveryResult failed{42,
                                    QStringLiteral("sms_http"),
                                    QStringLiteral("13800000001"),
                                    false,
                                    QStringLiteral("HTTP 503 服务不可用"),
                                    a.raisedMs + 9000};
        QVERIFY(m_store->recordDelivery(a.id, ok).ok());
        QVERIFY(m_store->recordDelivery(a.id, failed).ok());
        auto deliveries = m_store->deliveries(a.id);
        QVERIFY(deliveries.ok());
        QCOMPARE(deliveries->size(), 2);
        for (int i = 0; i < 2; ++i) {
            const DeliveryResult &want = i == 0 ? ok : failed;
            const DeliveryResult &got = deliveries->at(i);
            QCOMPARE(got.notificationId, want.notificationId);
            QCOMPARE(got.channel, want.channel);
            QCOMPARE(got.recipient, want.recipient);
            QCOMPARE(got.ok, want.ok);
            QCOMPARE(got.detail, want.detail);
            QCOMPARE(got.atMs, want.atMs);
        }
        QCOMPARE(m_store->lastNotificationId().value(), 42);
        QVERIFY(m_store->deliveries(a.id + 1)->isEmpty());
        // alarm_delivery.alarm_id is a foreign key.
        QVERIFY(!m_store->recordDelivery(a.id + 100, ok).ok());
    }

    void historyFilters()
    {
        const std::int64_t day = shanghai(2026, 11, 24, 0, 0);
        const std::int64_t h = timeutil::kHourMs;
        struct Row
        {
            int hour;
            const char *enterprise;
            const char *type;
            const char *ackBy;
            const char *comment;
        };
        const Row rows[] = {
            {1, "E01", "treatment_not_started", "", ""},
            {3, "E01", "late_start", "张三", "已整改"},
            {5, "E02", "late_start", "李四", ""},
            {7, "E02", "threshold", "张三", "风机检修"},
            {9, "E01", "data_gap", "", ""},
        };
        QList<qint64> ids;
        for (const Row &r : rows) {
            Alarm a = sampleAlarm(1, QStringLiteral("k%1").arg(r.hour), day + r.hour * h);
            a.enterprise = QString::fromUtf8(r.enterprise);
            a.type = QString::fromUtf8(r.type);
            a.ackBy = QString::fromUtf8(r.ackBy);
            a.ackComment = QString::fromUtf8(r.comment);
            a.facility = QStringLiteral("F%1").arg(r.hour);
            a.state = a.ackBy.isEmpty() ? AlarmState::ActiveUnacknowledged : AlarmState::Normal;
            auto id = m_store->saveAlarm(a);
            QVERIFY(id.ok());
            ids.append(id.value());
        }
        const auto hours = [&](const AlarmQuery &q) {
            QList<int> out;
            auto result = m_store->history(q);
            if (!result.ok()) {
                qWarning() << result.error().toString();
                return QList<int>{-1};
            }
            for (const Alarm &a : result.value())
                out.append(static_cast<int>((a.raisedMs - day) / h));
            return out;
        };
        QCOMPARE(hours(AlarmQuery{}), (QList<int>{9, 7, 5, 3, 1})); // newest first
        AlarmQuery q;
        q.fromMs = day + 3 * h; // inclusive
        q.toMs = day + 7 * h;   // exclusive
        QCOMPARE(hours(q), (QList<int>{5, 3}));
        q = {};
        q.enterprise = QStringLiteral("E02");
        QCOMPARE(hours(q), (QList<int>{7, 5}));
        q = {};
        q.type = QStringLiteral("late_start");
        QCOMPARE(hours(q), (QList<int>{5, 3}));
        q = {};
        q.ackBy = QStringLiteral("张三");
        QCOMPARE(hours(q), (QList<int>{7, 3}));
        q.enterprise = QStringLiteral("E01");
        QCOMPARE(hours(q), (QList<int>{3}));
        q = {};
        q.text = QStringLiteral("检修"); // in a comment
        QCOMPARE(hours(q), (QList<int>{7}));
        q.text = QStringLiteral("F5"); // a facility
        QCOMPARE(hours(q), (QList<int>{5}));
        q.text = QStringLiteral("%"); // no wildcard: nothing contains a percent sign
        QCOMPARE(hours(q), QList<int>{});
        q = {};
        q.limit = 2;
        QCOMPARE(hours(q), (QList<int>{9, 7}));
    }

    void csvBytes()
    {
        Alarm a;
        a.raisedMs = shanghai(2026, 11, 24, 10, 5, 30);
        a.enterprise = QStringLiteral("E01");
        a.facility = QStringLiteral("F02");
        a.type = QStringLiteral("late_start");
        a.level = AlarmLevel::Alarm;
        a.state = AlarmState::ActiveAcknowledged;
        a.message = QStringLiteral("喷漆房1, \"活性炭\" 滞后");
        a.ackBy = QStringLiteral("张三");
        a.ackComment = QStringLiteral("line1\nline2");
        Alarm b;
        b.raisedMs = shanghai(2026, 11, 24, 23, 59, 59) + 250;
        b.enterprise = QStringLiteral("E02");
        b.facility = QStringLiteral("F06");
        b.type = QStringLiteral("threshold");
        b.message = QStringLiteral("plain");

        const QByteArray csv = alarmsToCsv({a, b});
        const QString lines =
            QStringLiteral("Time,Enterprise,Facility,Type,Level,State,Message,Acknowledged by,"
                           "Comment\r\n"
                           "2026-11-24T10:05:30+08:00,E01,F02,%1,Alarm,\"Active, acknowledged\","
                           "\"喷漆房1, \"\"活性炭\"\" 滞后\",张三,\"line1\nline2\"\r\n"
                           "2026-11-24T23:59:59.250+08:00,E02,F06,Threshold,Warning,"
                           "\"Active, unacknowledged\",plain,,\r\n")
                .arg(analysis::eventTypeName(analysis::EventType::LateStart));
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBF") + lines.toUtf8());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(alarmsToCsv({}),
                 QByteArray("\xEF\xBB\xBFTime,Enterprise,Facility,Type,Level,State,Message,"
                            "Acknowledged by,Comment\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAlarmStore)
#include "tst_alarmstore.moc"
