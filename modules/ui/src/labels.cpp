#include "vocsync/ui/labels.h"

#include "theme.h"
#include "vocsync/analysis/event.h"
#include "vocsync/core/timeutil.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace vocsync::ui {

namespace {
struct TypeName
{
    const char *key;
    const char *name;
};

// Facility types of DOMAIN.md and of the device templates; lupdate sees the QT_TRANSLATE_NOOP
// literals, tr() looks them up at run time.
constexpr std::array<TypeName, 28> kTypes = {{
    {"spray_booth", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Spray booth")},
    {"dryer", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Dryer")},
    {"drying_oven", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Drying oven")},
    {"curing_oven", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Curing oven")},
    {"mixer", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Mixer")},
    {"press", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Press")},
    {"printing_press", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Printing press")},
    {"gravure_press", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Gravure printing press")},
    {"distillation", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Distillation column")},
    {"laminator", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Laminator")},
    {"coater", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Coating machine")},
    {"injection_molding", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Injection moulding machine")},
    {"reactor", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Reactor")},
    {"storage_tank", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Storage tank")},
    {"sander", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Sanding machine")},
    {"glue_spreader", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Glue spreader")},
    {"exhaust_fan", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Exhaust fan")},
    {"activated_carbon", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Activated-carbon adsorber")},
    {"rto", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "RTO")},
    {"rco", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "RCO")},
    {"catalytic_burner", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Catalytic burner")},
    {"uv_photolysis", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "UV photolysis")},
    {"spray_tower", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Spray tower")},
    {"bag_filter", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Bag filter")},
    {"water_curtain", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Water curtain")},
    {"plasma", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Low-temperature plasma")},
    {"zeolite_rotor", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Zeolite rotor concentrator")},
    {"condenser", QT_TRANSLATE_NOOP("vocsync::ui::Labels", "Condenser")},
}};
} // namespace

QString Labels::runState(RunState state)
{
    switch (state) {
    case RunState::Unknown:
        return tr("No data");
    case RunState::Off:
        return tr("Stopped");
    case RunState::Idle:
        return tr("Idle");
    case RunState::Running:
        return tr("Running");
    case RunState::Overload:
        return tr("Overload");
    }
    return tr("No data");
}

QColor Labels::runStateColor(RunState state)
{
    switch (state) {
    case RunState::Unknown:
        return theme::unknown();
    case RunState::Off:
        return theme::off();
    case RunState::Idle:
        return theme::idle();
    case RunState::Running:
        return theme::running();
    case RunState::Overload:
        return theme::overload();
    }
    return theme::unknown();
}

QString Labels::facilityKind(FacilityKind kind)
{
    return kind == FacilityKind::Production ? tr("Production") : tr("Treatment");
}

QString Labels::facilityType(const QString &typeKey)
{
    for (const TypeName &t : kTypes) {
        if (typeKey == QLatin1String(t.key))
            return tr(t.name);
    }
    return typeKey;
}

QString Labels::linkState(acquisition::LinkState state)
{
    switch (state) {
    case acquisition::LinkState::Disconnected:
        return tr("Disconnected");
    case acquisition::LinkState::Connecting:
        return tr("Connecting");
    case acquisition::LinkState::Connected:
        return tr("Connected");
    case acquisition::LinkState::Degraded:
        return tr("Degraded");
    }
    return tr("Disconnected");
}

QColor Labels::linkStateColor(acquisition::LinkState state)
{
    switch (state) {
    case acquisition::LinkState::Disconnected:
        return theme::off();
    case acquisition::LinkState::Connecting:
        return theme::idle();
    case acquisition::LinkState::Connected:
        return theme::running();
    case acquisition::LinkState::Degraded:
        return theme::overload();
    }
    return theme::off();
}

QString Labels::resolution(storage::Resolution resolution)
{
    switch (resolution) {
    case storage::Resolution::Raw:
        return tr("Raw samples");
    case storage::Resolution::Minute:
        return tr("1-minute min/mean/max");
    case storage::Resolution::Hour:
        return tr("1-hour min/mean/max");
    case storage::Resolution::Day:
        return tr("1-day min/mean/max");
    }
    return {};
}

QString Labels::alarmType(const QString &typeKey)
{
    if (typeKey == QLatin1String("threshold"))
        return tr("Threshold");
    if (const std::optional<analysis::EventType> t = analysis::eventTypeFromKey(typeKey))
        return analysis::eventTypeName(*t);
    return typeKey;
}

QColor Labels::alarmLevelColor(alarms::AlarmLevel level)
{
    return level == alarms::AlarmLevel::Alarm ? theme::severityAlarm() : theme::severityWarning();
}

QColor Labels::alarmLevelSoftColor(alarms::AlarmLevel level)
{
    return level == alarms::AlarmLevel::Alarm ? theme::severityAlarmSoft()
                                              : theme::severityWarningSoft();
}

QString Labels::quantity(Quantity quantity)
{
    switch (quantity) {
    case Quantity::CurrentA:
        return tr("Current (A)");
    case Quantity::VoltageV:
        return tr("Voltage (V)");
    case Quantity::PowerKw:
        return tr("Active power (kW)");
    case Quantity::EnergyKwh:
        return tr("Energy (kWh)");
    case Quantity::FrequencyHz:
        return tr("Frequency (Hz)");
    }
    return quantityKey(quantity);
}

QString Labels::duration(std::int64_t ms)
{
    const std::int64_t s = std::max<std::int64_t>(ms, 0) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    const std::int64_t minutes = s / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const std::int64_t hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString Labels::dateTime(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace vocsync::ui
