#include "scenario/plantbuilder.h"

#include "scenario/enterprisepool.h"

#include <QHash>

#include <cmath>
#include <numbers>

namespace vocsync::scenarios {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

/// What a facility type looks like: its name and the range of its running current.
struct TypeInfo
{
    const char *type;
    const char *name;
    double minA;
    double maxA;
};

TypeInfo productionType(const QString &trade, int i)
{
    const bool second = i % 2 == 1;
    if (trade == QLatin1String("printing"))
        return second ? TypeInfo{"press", "干式复合机", 40, 70}
                      : TypeInfo{"press", "凹版印刷机", 60, 110};
    if (trade == QLatin1String("chemical"))
        return second ? TypeInfo{"mixer", "分散机", 25, 50}
                      : TypeInfo{"mixer", "反应釜搅拌", 20, 45};
    if (trade == QLatin1String("furniture"))
        return second ? TypeInfo{"dryer", "烘干房", 50, 90}
                      : TypeInfo{"spray_booth", "喷漆房", 35, 60};
    return second ? TypeInfo{"dryer", "固化炉", 60, 100}
                  : TypeInfo{"spray_booth", "喷涂线", 40, 70};
}

TypeInfo treatmentType(const QString &type)
{
    static const TypeInfo kTypes[] = {
        {"exhaust_fan", "排风机", 25, 60},      {"activated_carbon", "活性炭吸附箱", 8, 18},
        {"rto", "RTO蓄热式焚烧炉", 70, 140},    {"rco", "RCO催化燃烧装置", 40, 80},
        {"uv_photolysis", "UV光解设备", 6, 14}, {"spray_tower", "水喷淋塔", 10, 22},
        {"bag_filter", "布袋除尘器", 15, 35},
    };
    for (const TypeInfo &t : kTypes) {
        if (type == QLatin1String(t.type))
            return t;
    }
    return kTypes[0];
}

/// Lead and lag in minutes the station's configuration gives a treatment type: furnaces need
/// warming up and purging, fans and adsorbers little or none.
std::pair<int, int> leadLagFor(const QString &type, bool longLeadLag, Rng &rng)
{
    if (longLeadLag)
        return {static_cast<int>(rng.range(5, 20)), static_cast<int>(rng.range(10, 30))};
    const auto pick = [&rng](std::initializer_list<int> values) {
        return *(values.begin() + rng.range(0, static_cast<std::int64_t>(values.size()) - 1));
    };
    if (type == QLatin1String("rto"))
        return {pick({10, 15}), pick({20, 30})};
    if (type == QLatin1String("rco"))
        return {pick({5, 10}), pick({10, 15})};
    if (type == QLatin1String("exhaust_fan"))
        return {pick({0, 1, 2}), pick({0, 2, 5})};
    return {pick({0, 2}), pick({0, 3})};
}

struct Builder
{
    const Config &config;
    Rng &rng;
    Model &m;
    int meterCount = 0;

    int addFacility(const QString &enterpriseId, const QString &workshopId, const QString &lineId,
                    const QString &name, FacilityKind kind, const TypeInfo &type);
};

int Builder::addFacility(const QString &enterpriseId, const QString &workshopId,
                         const QString &lineId, const QString &name, FacilityKind kind,
                         const TypeInfo &type)
{
    const int index = static_cast<int>(m.units.size());
    Unit unit;
    unit.kind = kind;
    unit.runCurrentA = std::round(rng.uniform(type.minA, type.maxA) * 2) / 2;
    const double powerFactor = rng.uniform(0.8, 0.9);
    unit.runPowerKw = std::round(std::sqrt(3.0) * 0.38 * unit.runCurrentA * powerFactor * 10) / 10;
    const bool treatment = kind == FacilityKind::Treatment;
    const bool currentOnly =
        treatment && QLatin1String(type.type) == QLatin1String("uv_photolysis");
    const bool powerOnly = treatment && !currentOnly && config.powerOnlyTreatments;
    unit.thresholdQ = powerOnly ? Quantity::PowerKw : Quantity::CurrentA;
    unit.loadQ = currentOnly ? Quantity::CurrentA : Quantity::PowerKw;
    unit.standby =
        treatment && rng.chance(config.standbyIdleShare) ? RunState::Idle : RunState::Off;
    unit.driftAmplitude = config.signal.drift * rng.uniform(0.6, 1.0);
    unit.driftPeriodMs = rng.uniform(2.0, 4.0) * static_cast<double>(kDay);
    unit.driftPhase = rng.uniform(0, 2 * std::numbers::pi);
    if (rng.chance(config.slowPointShare))
        unit.intervalMs = rng.chance(0.6) ? 30 * kSecond : 60 * kSecond;

    Facility f;
    f.enterpriseId = enterpriseId;
    f.id = QStringLiteral("%1-F%2")
               .arg(enterpriseId)
               .arg(static_cast<int>(m.plant.facilitiesOf(enterpriseId).size()) + 1, 2, 10,
                    QLatin1Char('0'));
    f.workshopId = workshopId;
    f.lineId = lineId;
    f.name = name;
    f.kind = kind;
    f.type = QLatin1String(type.type);
    f.ratedPowerKw = std::ceil(unit.runPowerKw * 1.15 * 2) / 2;
    const double level = unit.level();
    f.thresholds.quantity = unit.thresholdQ;
    f.thresholds.off = round2(0.05 * level);
    f.thresholds.run = round2(0.35 * level);
    f.thresholds.overload = round2(1.3 * level);
    f.thresholds.hysteresis = round2(0.04 * level);
    f.thresholds.minDwellS = 60;
    m.plant.facilities.append(f);

    ++meterCount;
    Device d;
    d.id = QStringLiteral("%1-M%2").arg(enterpriseId).arg(meterCount, 2, 10, QLatin1Char('0'));
    d.enterpriseId = enterpriseId;
    d.kind = DeviceKind::PowerMeter;
    static const char *const kModels[] = {"ADL400", "DTSU666", "ADW300"};
    static const char *const kTemplates[] = {"acrel-adl400", "chint-dtsu666", "acrel-adw300"};
    d.model = QLatin1String(kModels[meterCount % 3]);
    d.protocol = QStringLiteral("modbus_rtu");
    d.address = QString::number(meterCount);
    d.port = QStringLiteral("/dev/ttyS1");
    d.templateId = QLatin1String(kTemplates[meterCount % 3]);
    d.firmware = QStringLiteral("V2.1%1").arg(meterCount % 4);
    m.plant.devices.append(d);

    MonitoringPoint p;
    p.key = static_cast<std::uint32_t>(m.plant.points.size() + 1);
    p.id = f.id + QStringLiteral("-M");
    p.facilityId = f.id;
    p.deviceId = d.id;
    p.name = name + u(" 电能表");
    p.intervalS = static_cast<int>(unit.intervalMs / kSecond);
    if (currentOnly) {
        p.channels = {{Quantity::CurrentA, 2}};
    } else {
        if (!powerOnly)
            p.channels.append({Quantity::CurrentA, 3});
        p.channels.append({Quantity::VoltageV, 1});
        p.channels.append({Quantity::PowerKw, 3});
        p.channels.append({Quantity::EnergyKwh, 2});
        if (rng.chance(config.frequencyShare))
            p.channels.append({Quantity::FrequencyHz, 2});
    }
    unit.point = static_cast<int>(m.plant.points.size());
    m.plant.points.append(p);

    const RunState rest = unit.standby;
    unit.track = Track(m.fromMs, m.toMs, rest);
    unit.truth = unit.track;
    m.units.push_back(std::move(unit));
    return index;
}

} // namespace

void buildPlant(const Config &config, Rng &rng, Model &m)
{
    Builder b{config, rng, m};
    for (int e = 0; e < config.enterprises; ++e) {
        const int pool = config.firstEnterprise + e;
        const QString eid = QStringLiteral("E%1").arg(e + 1, 2, 10, QLatin1Char('0'));
        m.plant.enterprises.append(pooledEnterprise(pool, eid));
        const QString trade = pooledTrade(pool);
        const QString production = eid + QStringLiteral("-W1");
        const QString treatment = eid + QStringLiteral("-W2");
        m.plant.workshops.append({production, eid, u("生产车间")});
        m.plant.workshops.append({treatment, eid, u("废气处理区")});
        b.meterCount = 0;

        std::vector<int> productions;
        QHash<QString, int> perName;
        for (int i = 0; i < config.topology.productions; ++i) {
            const TypeInfo type = productionType(trade, i);
            const int n = ++perName[QLatin1String(type.name)];
            const QString name = QStringLiteral("%1#").arg(n) + u(type.name);
            const QString line = QStringLiteral("%1-L%2").arg(production).arg(i + 1);
            m.plant.lines.append({line, production, name + u("生产线")});
            const int p =
                b.addFacility(eid, production, line, name, FacilityKind::Production, type);
            productions.push_back(p);
            for (const QString &t : config.topology.ownTypes) {
                const TypeInfo info = treatmentType(t);
                const int tu = b.addFacility(eid, production, line, name + u(info.name),
                                             FacilityKind::Treatment, info);
                const auto [lead, lag] = leadLagFor(t, config.longLeadLag, rng);
                m.links.push_back({p, tu, lead * kMinute, lag * kMinute});
            }
        }
        for (const QString &t : config.topology.sharedTypes) {
            const TypeInfo info = treatmentType(t);
            const int tu = b.addFacility(eid, treatment, QString(), u(info.name),
                                         FacilityKind::Treatment, info);
            const auto [lead, lag] = leadLagFor(t, config.longLeadLag, rng);
            for (int p : productions)
                m.links.push_back({p, tu, lead * kMinute, lag * kMinute});
        }
    }
    m.linksOf.assign(m.units.size(), {});
    for (int i = 0; i < static_cast<int>(m.links.size()); ++i) {
        const LinkRef &l = m.links[i];
        m.linksOf[l.production].push_back(i);
        m.linksOf[l.treatment].push_back(i);
        m.plant.links.append(FacilityLink{m.facilityId(l.production), m.facilityId(l.treatment),
                                          static_cast<double>(l.leadMs / kMinute),
                                          static_cast<double>(l.lagMs / kMinute)});
    }
}

} // namespace vocsync::scenarios
