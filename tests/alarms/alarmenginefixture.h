#pragma once

// Shared by the alarm engine tests: a small plant with Chinese names, event and sample
// builders, a notification channel that answers as told, and an engine on a test clock.

#include "vocsync/alarms/alarmengine.h"
#include "vocsync/alarms/alarmstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>
#include <QtDebug>

#include <memory>

namespace enginefixture {

using namespace vocsync;
using namespace vocsync::alarms;
using analysis::Event;
using analysis::EventType;
using analysis::Severity;

constexpr std::int64_t kMin = 60'000;

inline std::int64_t shanghai(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

inline const std::int64_t t0 = shanghai(2026, 11, 24, 10, 0);

inline Plant testPlant()
{
    Plant p;
    Enterprise e1;
    e1.id = QStringLiteral("E01");
    e1.name = QStringLiteral("湖州某某家具有限公司");
    e1.contacts = {Contact{QStringLiteral("王工"), {}, QStringLiteral("13800000001"), {}},
                   Contact{QStringLiteral("李四"), {}, QStringLiteral("13900000002"), {}}};
    Enterprise e2;
    e2.id = QStringLiteral("E02");
    e2.name = QStringLiteral("北京示例涂装有限公司");
    p.enterprises = {e1, e2};
    const auto facility = [](const char *id, const char *ent, const QString &name,
                             FacilityKind kind) {
        Facility f;
        f.id = QString::fromLatin1(id);
        f.enterpriseId = QString::fromLatin1(ent);
        f.name = name;
        f.kind = kind;
        return f;
    };
    p.facilities = {
        facility("F01", "E01", QStringLiteral("喷漆房1"), FacilityKind::Production),
        facility("F02", "E01", QStringLiteral("活性炭吸附装置"), FacilityKind::Treatment),
        facility("F03", "E02", QStringLiteral("涂装线"), FacilityKind::Production),
        facility("F04", "E02", QStringLiteral("RTO"), FacilityKind::Treatment)};
    const auto point = [](std::uint32_t key, const char *id, const char *fac) {
        MonitoringPoint m;
        m.key = key;
        m.id = QString::fromLatin1(id);
        m.facilityId = QString::fromLatin1(fac);
        m.intervalS = 10;
        m.channels = {{Quantity::CurrentA, 3}, {Quantity::PowerKw, 3}};
        return m;
    };
    p.points = {point(1, "P01", "F01"), point(2, "P02", "F02"), point(3, "P03", "F04")};
    return p;
}

/// A sync anomaly of treatment F02 serving production F01 (or the given facilities).
inline Event syncEvent(std::int64_t startMs, std::int64_t endMs, bool open,
                       EventType type = EventType::TreatmentNotStarted,
                       const char *facility = "F02", const char *related = "F01")
{
    Event e;
    e.type = type;
    e.facility = QString::fromLatin1(facility);
    e.related = QString::fromLatin1(related);
    e.startMs = startMs;
    e.anchorMs = startMs;
    e.endMs = endMs;
    e.open = open;
    e.evidence = QJsonObject{{QStringLiteral("production_level_a"), 24.5}};
    return e;
}

inline Sample sample(std::uint32_t point, std::int64_t tMs, double currentA)
{
    Sample s;
    s.point = point;
    s.tMs = tMs;
    s.set(Quantity::CurrentA, currentA);
    return s;
}

inline AlarmRule eventRule(const QString &name = QStringLiteral("所有异常"))
{
    AlarmRule r;
    r.name = name;
    return r;
}

/// A channel for the tests: records what it was given and answers as told.
class FakeChannel : public NotificationChannel
{
public:
    enum class Mode { Ok, Fail, Silent };
    FakeChannel(const QString &name, Mode mode) : m_name(name), m_mode(mode) {}

    QString name() const override { return m_name; }
    void send(const Notification &n) override
    {
        sent.append(n);
        if (m_mode == Mode::Silent)
            return; // never answers, never blocks
        const QStringList to = n.recipients.isEmpty() ? QStringList{QString()} : n.recipients;
        for (const QString &r : to) {
            emit delivered(DeliveryResult{
                n.id, m_name, r, m_mode == Mode::Ok,
                m_mode == Mode::Ok ? QStringLiteral("+CMGS: 17") : QStringLiteral("HTTP 503"), 0});
        }
    }

    QList<Notification> sent;

private:
    QString m_name;
    Mode m_mode;
};

/// Chinese for the strings the message test needs (what vocsync_zh_CN.ts provides).
class ZhTranslator : public QTranslator
{
public:
    QHash<QByteArray, QString> map;
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return map.value(QByteArray(context) + '|' + sourceText);
    }
    bool isEmpty() const override { return false; }
};

inline AlarmState stateOf(const AlarmEngine &engine, qint64 id)
{
    for (const Alarm &a : engine.currentAlarms()) {
        if (a.id == id)
            return a.state;
    }
    return AlarmState::Normal;
}

inline Alarm alarmOf(const AlarmEngine &engine, qint64 id)
{
    for (const Alarm &a : engine.currentAlarms()) {
        if (a.id == id)
            return a;
    }
    return {};
}

/// The engine and store helpers of a test class (mixed into the QObject test classes).
class EngineFixture
{
protected:
    std::int64_t m_now = t0;
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::unique_ptr<AlarmEngine> engine(AlarmStore *store = nullptr)
    {
        auto e = std::make_unique<AlarmEngine>(testPlant(), store);
        e->setClock([this] { return m_now; });
        return e;
    }

    std::unique_ptr<AlarmStore> openStore(const QString &path)
    {
        auto store = AlarmStore::open(path);
        if (!store) {
            qWarning() << store.error().toString();
            return {};
        }
        return std::move(store.value());
    }

    QString newDbPath() { return m_dir.filePath(QStringLiteral("e%1.db").arg(++m_dbCount)); }

    static qint64 saveRule(AlarmEngine &engine, const AlarmRule &rule)
    {
        auto saved = engine.saveRule(rule);
        if (!saved) {
            qWarning() << saved.error().toString();
            return 0;
        }
        return saved->id;
    }
};

} // namespace enginefixture
