#include "vocsync/analysis/event.h"

#include <QCoreApplication>

#include <array>

namespace vocsync::analysis {

namespace {

constexpr std::array<const char *, kEventTypeCount> kTypeKeys = {
    "treatment_not_started", "late_start", "early_stop", "treatment_abnormal_stop",
    "treatment_idle", "treatment_slowdown", "over_limit", "data_gap"};

/// Types whose final name is decided only when the condition ends share a group, so that the
/// condition keeps one identity (and one alarm) while it is open.
QLatin1String conditionGroup(EventType t)
{
    switch (t) {
    case EventType::TreatmentNotStarted:
    case EventType::LateStart:
        return QLatin1String("start");
    case EventType::EarlyStop:
    case EventType::TreatmentAbnormalStop:
        return QLatin1String("stop");
    default:
        return QLatin1String(kTypeKeys[static_cast<size_t>(t)]);
    }
}

} // namespace

QString eventTypeKey(EventType t)
{
    return QLatin1String(kTypeKeys[static_cast<size_t>(t)]);
}

std::optional<EventType> eventTypeFromKey(const QString &key)
{
    for (size_t i = 0; i < kTypeKeys.size(); ++i) {
        if (key == QLatin1String(kTypeKeys[i]))
            return static_cast<EventType>(i);
    }
    return std::nullopt;
}

QString eventTypeName(EventType t)
{
    switch (t) {
    case EventType::TreatmentNotStarted:
        return QCoreApplication::translate("vocsync::analysis", "Treatment not started");
    case EventType::LateStart:
        return QCoreApplication::translate("vocsync::analysis", "Late start");
    case EventType::EarlyStop:
        return QCoreApplication::translate("vocsync::analysis", "Early stop");
    case EventType::TreatmentAbnormalStop:
        return QCoreApplication::translate("vocsync::analysis", "Abnormal stop");
    case EventType::TreatmentIdle:
        return QCoreApplication::translate("vocsync::analysis", "Treatment idling");
    case EventType::TreatmentSlowdown:
        return QCoreApplication::translate("vocsync::analysis", "Treatment slowed down");
    case EventType::OverLimit:
        return QCoreApplication::translate("vocsync::analysis", "Over limit");
    case EventType::DataGap:
        return QCoreApplication::translate("vocsync::analysis", "Data gap");
    }
    return {};
}

QString severityKey(Severity s)
{
    return s == Severity::Alarm ? QStringLiteral("alarm") : QStringLiteral("warning");
}

std::optional<Severity> severityFromKey(const QString &key)
{
    if (key == QLatin1String("alarm"))
        return Severity::Alarm;
    if (key == QLatin1String("warning"))
        return Severity::Warning;
    return std::nullopt;
}

QString severityName(Severity s)
{
    return s == Severity::Alarm ? QCoreApplication::translate("vocsync::analysis", "Alarm")
                                : QCoreApplication::translate("vocsync::analysis", "Warning");
}

QString Event::conditionKey() const
{
    return conditionGroup(type) + QLatin1Char('|') + facility + QLatin1Char('|') + related +
           QLatin1Char('|') + point + QLatin1Char('|') + QString::number(anchorMs);
}

bool Event::operator==(const Event &o) const
{
    return type == o.type && facility == o.facility && related == o.related &&
           point == o.point && startMs == o.startMs && endMs == o.endMs &&
           anchorMs == o.anchorMs && open == o.open && withdrawn == o.withdrawn &&
           severity == o.severity &&
           evidence == o.evidence;
}

} // namespace vocsync::analysis
