// The scenario catalogue (docs/scenarios.md describes each one).
#include "scenario/generate.h"

#include <cmath>

namespace vocsync::scenarios {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Topology simple(int productions)
{
    return {productions, {QStringLiteral("exhaust_fan")}, {QStringLiteral("activated_carbon")}};
}

/// Moderate anomaly rates: a plant that mostly runs its treatment as it should.
AnomalyRates moderate()
{
    AnomalyRates r;
    r.lateStart = 0.06;
    r.earlyStop = 0.06;
    r.notStarted = 0.02;
    r.abnormalStop = 0.06;
    r.shortStop = 0.05;
    r.idle = 0.04;
    r.shortIdle = 0.03;
    r.slowdown = 0.04;
    r.shortSlowdown = 0.03;
    r.overloadsPerFacilityDay = 0.3;
    r.shortRunsPerProductionDay = 0.5;
    return r;
}

Config base(const char *name, const char *description, int dayOfYear, int hours)
{
    Config c;
    c.name = QLatin1String(name);
    c.description = u(description);
    c.startDate = QDate(2026, 1, 1).addDays(dayOfYear);
    c.hours = hours;
    return c;
}

QList<Config> catalogue()
{
    QList<Config> list;
    {
        Config c =
            base("clean_day", "两家企业正常生产一天：治污设施按时开停，无异常、无缺测。", 60, 24);
        c.enterprises = 2;
        c.topology = simple(3);
        c.signal.noise = 0.01;
        list << c;
    }
    {
        Config c = base("noisy_currents",
                        "两班制，电流噪声 ±3%，运行中偶发单点尖峰（跌零或翻倍），停留时间须吸收。",
                        63, 48);
        c.enterprises = 2;
        c.firstEnterprise = 2;
        c.topology = simple(3);
        c.shifts = Shifts::TwoShift;
        c.rates = moderate();
        c.signal.noise = 0.03;
        c.signal.spikesPerHour = 6;
        list << c;
    }
    {
        Config c =
            base("meter_dropouts",
                 "电表偶发单点缺测（不构成断线）与 5–40 分钟中断（data_gap，状态未知）。", 66, 48);
        c.enterprises = 2;
        c.firstEnterprise = 4;
        c.topology = simple(3);
        c.rates = moderate();
        c.signal.missingShare = 0.02;
        c.signal.outagesPerFacilityDay = 1.5;
        list << c;
    }
    {
        Config c = base("slow_drift",
                        "连续生产三天，运行电流与功率在数日内漂移 ±10%；降频检测须以自身常态为准。",
                        70, 72);
        c.firstEnterprise = 3;
        c.topology = {3, {QStringLiteral("exhaust_fan")}, {QStringLiteral("rco")}};
        c.shifts = Shifts::Continuous;
        c.rates.slowdown = 0.3;
        c.rates.shortSlowdown = 0.15;
        c.rates.abnormalStop = 0.1;
        c.rates.idle = 0.05;
        c.signal.drift = 0.1;
        list << c;
    }
    {
        Config c = base("many_anomalies",
                        "异常密集：各类异常同时出现，含过载、短时生产、中断与尖峰。", 74, 48);
        c.enterprises = 2;
        c.firstEnterprise = 5;
        c.topology = {3,
                      {QStringLiteral("exhaust_fan")},
                      {QStringLiteral("activated_carbon"), QStringLiteral("uv_photolysis")}};
        c.shifts = Shifts::TwoShift;
        c.rates = {0.1, 0.1, 0.03, 0.1, 0.06, 0.08, 0.04, 0.02, 0.08, 0.04, 0.6, 1};
        c.signal.spikesPerHour = 2;
        c.signal.missingShare = 0.005;
        c.signal.outagesPerFacilityDay = 0.3;
        list << c;
    }
    {
        Config c = base(
            "shared_fan",
            "一台主排风机与活性炭箱服务四个喷漆房：共用风机停机时每个在产设施各报一条。", 77, 48);
        c.firstEnterprise = 0;
        c.topology = {4, {}, {QStringLiteral("exhaust_fan"), QStringLiteral("activated_carbon")}};
        c.rates.abnormalStop = 0.2;
        c.rates.lateStart = 0.08;
        c.rates.earlyStop = 0.08;
        c.rates.idle = 0.08;
        c.rates.slowdown = 0.05;
        list << c;
    }
    {
        Config c =
            base("multi_treatment", "一台印刷机需水喷淋、UV 光解、排风机与 RTO 同时运行。", 80, 48);
        c.firstEnterprise = 1;
        c.topology = {2,
                      {QStringLiteral("spray_tower"), QStringLiteral("uv_photolysis"),
                       QStringLiteral("exhaust_fan")},
                      {QStringLiteral("rto")}};
        c.shifts = Shifts::TwoShift;
        c.rates = moderate();
        list << c;
    }
    {
        Config c = base("night_shift",
                        "夜班生产跨越本地午夜（Asia/Shanghai），从中午到两天后的中午。", 84, 48);
        c.startHour = 12;
        c.enterprises = 2;
        c.firstEnterprise = 6;
        c.topology = simple(3);
        c.shifts = Shifts::Night;
        c.rates = moderate();
        c.rates.lateStart = 0.15;
        c.rates.earlyStop = 0.15;
        c.rates.abnormalStop = 0.1;
        list << c;
    }
    {
        Config c =
            base("lead_lag",
                 "提前开启 5–20 分钟、延后关闭 10–30 分钟的关联；滞后开启与提前停止多发。", 87, 48);
        c.enterprises = 2;
        c.firstEnterprise = 8;
        c.topology = {2, {QStringLiteral("exhaust_fan")}, {QStringLiteral("rto")}};
        c.longLeadLag = true;
        c.rates.lateStart = 0.3;
        c.rates.earlyStop = 0.3;
        c.rates.notStarted = 0.05;
        list << c;
    }
    {
        Config c =
            base("short_runs", "大量 2–3 分钟的试机生产（不足 5 分钟，不报同步异常）。", 90, 24);
        c.firstEnterprise = 9;
        c.topology = simple(3);
        c.rates = moderate();
        c.rates.shortRunsPerProductionDay = 6;
        list << c;
    }
    {
        Config c = base("overloads", "生产与治污设施多次过载 3–20 分钟（over_limit）。", 93, 24);
        c.enterprises = 2;
        c.firstEnterprise = 2;
        c.topology = simple(2);
        c.shifts = Shifts::TwoShift;
        c.rates.overloadsPerFacilityDay = 2.5;
        list << c;
    }
    {
        Config c =
            base("slowdowns", "变频风机降频运行（40 Hz 约为额定功率一半）；短时降频不报。", 96, 48);
        c.firstEnterprise = 4;
        c.topology = {3, {QStringLiteral("exhaust_fan")}, {QStringLiteral("rco")}};
        c.shifts = Shifts::TwoShift;
        c.frequencyShare = 1;
        c.rates.slowdown = 0.4;
        c.rates.shortSlowdown = 0.2;
        list << c;
    }
    {
        Config c =
            base("idles", "治污设施空转：运行中空转、整段空转、待机为空转的设施滞后开启。", 99, 48);
        c.firstEnterprise = 7;
        c.topology = simple(3);
        c.standbyIdleShare = 0.5;
        c.rates.idle = 0.3;
        c.rates.shortIdle = 0.15;
        c.rates.idleWholeRun = 0.06;
        c.rates.lateStart = 0.12;
        c.rates.earlyStop = 0.12;
        list << c;
    }
    {
        Config c = base("mixed_intervals", "部分电表 30 秒或 60 秒采样，含中断。", 102, 48);
        c.enterprises = 2;
        c.firstEnterprise = 3;
        c.topology = simple(3);
        c.slowPointShare = 0.6;
        c.rates = moderate();
        c.signal.outagesPerFacilityDay = 0.5;
        list << c;
    }
    {
        Config c = base("power_only", "治污设施仅测有功功率，阈值按 kW 设定。", 105, 24);
        c.enterprises = 2;
        c.firstEnterprise = 5;
        c.topology = {3, {QStringLiteral("exhaust_fan")}, {QStringLiteral("rto")}};
        c.shifts = Shifts::TwoShift;
        c.powerOnlyTreatments = true;
        c.rates = moderate();
        c.rates.lateStart = 0.1;
        c.rates.earlyStop = 0.1;
        c.rates.slowdown = 0.1;
        list << c;
    }
    {
        Config c = base("big_plant", "四家企业、36 台设施的一天：常见异常、过载与中断。", 108, 24);
        c.enterprises = 4;
        c.firstEnterprise = 0;
        c.topology = simple(4);
        c.shifts = Shifts::TwoShift;
        c.rates = moderate();
        c.signal.outagesPerFacilityDay = 0.3;
        c.signal.spikesPerHour = 1;
        list << c;
    }
    {
        Config c = base("not_started", "整段生产期间治污设施未开启。", 111, 24);
        c.enterprises = 2;
        c.firstEnterprise = 6;
        c.topology = simple(3);
        c.rates.notStarted = 0.3;
        c.rates.lateStart = 0.05;
        list << c;
    }
    {
        Config c = base("abnormal_stops",
                        "生产中治污设施中途停机：5 分钟以上报警，2–3 分钟的短停不报。", 114, 48);
        c.firstEnterprise = 8;
        c.topology = {3, {QStringLiteral("exhaust_fan")}, {QStringLiteral("activated_carbon")}};
        c.shifts = Shifts::TwoShift;
        c.rates.abnormalStop = 0.35;
        c.rates.shortStop = 0.25;
        list << c;
    }
    {
        Config c =
            base("spot_checks", "人工安排的一天，事件与同步时间逐秒核对（见 docs/scenarios.md）。",
                 117, 24);
        c.firstEnterprise = 7;
        c.topology = simple(1);
        c.signal.spikesPerHour = 4;
        c.script = &spotCheckScript;
        list << c;
    }
    return list;
}

} // namespace

QStringList scenarioNames()
{
    QStringList names;
    for (const Config &c : catalogue())
        names << c.name;
    return names;
}

std::optional<Scenario> makeScenario(const QString &name, std::uint64_t seed)
{
    for (const Config &c : catalogue()) {
        if (c.name == name)
            return generate(c, seed);
    }
    return std::nullopt;
}

Scenario makeLoadScenario(int facilities, int days, std::uint64_t seed, bool checked)
{
    Config c = base("load", "基准负载：十台设施一组的企业，一个月 10 秒数据。", 120, days * 24);
    // Four productions with a fan each, an adsorber and an RCO shared: 10 facilities.
    c.enterprises = std::max(1, static_cast<int>(std::lround(facilities / 10.0)));
    c.topology = {4,
                  {QStringLiteral("exhaust_fan")},
                  {QStringLiteral("activated_carbon"), QStringLiteral("rco")}};
    c.shifts = Shifts::TwoShift;
    c.rates = moderate();
    c.signal.noise = 0.03;
    c.signal.spikesPerHour = 1;
    c.signal.missingShare = 0.002;
    c.signal.outagesPerFacilityDay = 0.1;
    c.checkSamples = checked;
    return generate(c, seed);
}

} // namespace vocsync::scenarios
