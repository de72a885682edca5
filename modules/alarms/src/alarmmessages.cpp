#include "alarmengineimpl.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace vocsync::alarms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

QString facilityName(const Plant &plant, const QString &id)
{
    const Facility *f = plant.facility(id);
    return f && !f->name.isEmpty() ? f->name : id;
}

QString enterpriseName(const Plant &plant, const QString &id)
{
    const Enterprise *e = plant.enterprise(id);
    return e && !e->name.isEmpty() ? e->name : id;
}

QString quantityName(Quantity q)
{
    switch (q) {
    case Quantity::CurrentA:
        return tr("current");
    case Quantity::VoltageV:
        return tr("voltage");
    case Quantity::PowerKw:
        return tr("power");
    case Quantity::EnergyKwh:
        return tr("energy");
    case Quantity::FrequencyHz:
        return tr("frequency");
    }
    return {};
}

/// Whole minutes, rounded to the nearest; a condition that lasted at all is at least 1 minute.
QString minutes(std::int64_t durationMs)
{
    if (durationMs <= 0)
        return QStringLiteral("0");
    const auto m = static_cast<qint64>(std::llround(static_cast<double>(durationMs) / 60000.0));
    return QString::number(std::max<qint64>(1, m));
}

QString withUnit(double value, Quantity q)
{
    return QStringLiteral("%1 %2").arg(QString::number(value, 'g', 7), quantityUnit(q));
}

QString thresholdMessage(const Alarm &a, const QString &level, const QString &enterprise,
                         const QString &facility, std::int64_t durationMs)
{
    const Quantity q = quantityFromKey(a.evidence.value(QLatin1String("quantity")).toString())
                           .value_or(Quantity::CurrentA);
    const double value = a.evidence.value(QLatin1String("peak")).toDouble();
    const double limit = a.evidence.value(QLatin1String("limit")).toDouble();
    const bool above = a.evidence.value(QLatin1String("above")).toBool(true);
    const QString text = above ? tr("[%1] %2 %3: %4 reached %5, above the limit %6, for %7 min")
                               : tr("[%1] %2 %3: %4 fell to %5, below the limit %6, for %7 min");
    return text.arg(level, enterprise, facility, quantityName(q), withUnit(value, q),
                    withUnit(limit, q), minutes(durationMs));
}

} // namespace

QString enterpriseOf(const Plant &plant, const QString &facility, const QString &related,
                     const QString &point)
{
    for (const QString &id : {facility, related}) {
        if (const Facility *f = plant.facility(id))
            return f->enterpriseId;
    }
    if (const MonitoringPoint *p = plant.point(point)) {
        if (const Facility *f = plant.facility(p->facilityId))
            return f->enterpriseId;
    }
    return {};
}

QString alarmMessage(const Plant &plant, const Alarm &a, std::int64_t durationMs)
{
    const QString level = alarmLevelName(a.level);
    const QString enterprise = enterpriseName(plant, a.enterprise);
    if (a.type == QLatin1String("threshold"))
        return thresholdMessage(a, level, enterprise, facilityName(plant, a.facility), durationMs);
    const auto type = analysis::eventTypeFromKey(a.type);
    const QString what = type ? analysis::eventTypeName(*type) : a.type;
    // The production facility comes first when there is one: the treatment failed to serve
    // it ("喷漆房1：活性炭吸附装置未同时开启").
    if (!a.related.isEmpty())
        return tr("[%1] %2 %3: %4 %5, for %6 min")
            .arg(level, enterprise, facilityName(plant, a.related), facilityName(plant, a.facility),
                 what, minutes(durationMs));
    return tr("[%1] %2 %3: %4, for %5 min")
        .arg(level, enterprise, facilityName(plant, a.facility), what, minutes(durationMs));
}

QString notificationTitle(const Plant &plant, const Alarm &a)
{
    const QString facility = facilityName(plant, a.related.isEmpty() ? a.facility : a.related);
    return tr("%1 %2 %3")
        .arg(alarmLevelName(a.level), enterpriseName(plant, a.enterprise), facility);
}

QString notificationText(const Alarm &a, NotifyReason reason)
{
    switch (reason) {
    case NotifyReason::Raised:
        return a.message;
    case NotifyReason::Escalated:
        return tr("%1 (escalated to alarm)").arg(a.message);
    case NotifyReason::Reminder:
        return tr("%1 (reminder %2, not acknowledged)").arg(a.message).arg(a.notifications - 1);
    }
    return a.message;
}

} // namespace vocsync::alarms
