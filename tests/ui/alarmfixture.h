#pragma once

// Shared by the alarm page tests: a two-enterprise plant with Chinese names, alarms and
// analysis events built by hand, and a station clock fixed in Asia/Shanghai.

#include "vocsync/alarms/alarm.h"
#include "vocsync/analysis/event.h"
#include "vocsync/core/plant.h"

#include <QDateTime>
#include <QTimeZone>

namespace alarmfixture {

using namespace vocsync;

constexpr std::int64_t kMin = 60'000;

inline std::int64_t shanghai(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

inline const std::int64_t t0 = shanghai(2026, 11, 24, 10, 0);

inline Plant plant()
{
    Plant p;
    Enterprise e1;
    e1.id = QStringLiteral("E01");
    e1.name = QStringLiteral("湖州某某家具有限公司");
    Enterprise e2;
    e2.id = QStringLiteral("E02");
    e2.name = QStringLiteral("嘉兴示例印刷有限公司");
    p.enterprises = {e1, e2};
    const auto facility = [](const char *id, const char *ent, const QString &name,
                             FacilityKind kind) {
        Facility f;
        f.id = QString::fromLatin1(id);
        f.enterpriseId = QString::fromLatin1(ent);
        f.name = name;
        f.kind = kind;
        f.type = kind == FacilityKind::Production ? QStringLiteral("spray_booth")
                                                  : QStringLiteral("activated_carbon");
        return f;
    };
    p.facilities = {
        facility("F01", "E01", QStringLiteral("喷漆房1"), FacilityKind::Production),
        facility("F02", "E01", QStringLiteral("活性炭吸附装置"), FacilityKind::Treatment),
        facility("F03", "E02", QStringLiteral("凹印机"), FacilityKind::Production),
        facility("F04", "E02", QStringLiteral("RTO焚烧炉"), FacilityKind::Treatment)};
    p.links = {{QStringLiteral("F01"), QStringLiteral("F02"), 0, 0},
               {QStringLiteral("F03"), QStringLiteral("F04"), 0, 0}};
    const auto point = [](std::uint32_t key, const char *id, const char *fac) {
        MonitoringPoint m;
        m.key = key;
        m.id = QString::fromLatin1(id);
        m.facilityId = QString::fromLatin1(fac);
        m.name = QString::fromLatin1(id);
        m.intervalS = 10;
        m.channels = {{Quantity::CurrentA, 3}, {Quantity::PowerKw, 3}};
        return m;
    };
    p.points = {point(1, "P01", "F01"), point(2, "P02", "F02"), point(3, "P03", "F03"),
                point(4, "P04", "F04")};
    return p;
}

inline alarms::Alarm alarm(qint64 id, const char *enterprise, const char *facility,
                           alarms::AlarmLevel level, alarms::AlarmState state, std::int64_t startMs,
                           const QString &message)
{
    alarms::Alarm a;
    a.id = id;
    a.ruleId = 1;
    a.conditionKey = QStringLiteral("c%1").arg(id);
    a.type = QStringLiteral("treatment_not_started");
    a.enterprise = QString::fromLatin1(enterprise);
    a.facility = QString::fromLatin1(facility);
    a.level = level;
    a.state = state;
    a.startMs = startMs;
    a.raisedMs = startMs + kMin;
    a.message = message;
    if (state == alarms::AlarmState::ClearedUnacknowledged || state == alarms::AlarmState::Normal)
        a.clearedMs = startMs + 20 * kMin;
    if (state == alarms::AlarmState::ActiveAcknowledged || state == alarms::AlarmState::Normal) {
        a.ackMs = startMs + 5 * kMin;
        a.ackBy = QStringLiteral("张工");
        a.ackComment = QStringLiteral("已电话通知企业");
    }
    return a;
}

/// A sync anomaly of a treatment facility serving a production facility.
inline analysis::Event
syncEvent(std::int64_t startMs, std::int64_t endMs, bool open,
          analysis::EventType type = analysis::EventType::TreatmentNotStarted,
          const char *facility = "F02", const char *related = "F01")
{
    analysis::Event e;
    e.type = type;
    e.facility = QString::fromLatin1(facility);
    e.related = QString::fromLatin1(related);
    e.startMs = startMs;
    e.anchorMs = startMs;
    e.endMs = endMs;
    e.open = open;
    e.severity = analysis::Severity::Warning;
    e.evidence = QJsonObject{{QStringLiteral("production_level_a"), 24.5}};
    return e;
}

} // namespace alarmfixture
