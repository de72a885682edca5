#include "scenario/scenario.h"

#include "vocsync/core/timeutil.h"

#include <QJsonArray>

#include <cmath>

namespace vocsync::scenarios {

namespace {

/// The severity the analysis gives with default options (docs/analysis.md): 报警 (alarm) for a
/// treatment never started and for anything lasting 30 min or more, else 预警 (warning).
QString severityFor(const TrueEvent &e)
{
    const bool alarm =
        e.type == QLatin1String("treatment_not_started") || e.endMs - e.startMs >= 30 * 60 * 1000;
    return alarm ? QStringLiteral("alarm") : QStringLiteral("warning");
}

QJsonValue rate(std::optional<double> percent)
{
    if (!percent)
        return QJsonValue::Null;
    return std::round(*percent * 1000) / 1000;
}

double seconds(std::int64_t ms)
{
    return static_cast<double>(ms) / 1000.0;
}

} // namespace

QJsonObject truthToJson(const Scenario &s, const QTimeZone &zone)
{
    const auto iso = [&zone](std::int64_t ms) { return timeutil::toIso(ms, zone); };
    QJsonArray facilities;
    for (const TrueStates &f : s.truth.facilities) {
        QJsonArray states;
        for (const TrueInterval &i : f.states)
            states.append(QJsonObject{{QStringLiteral("state"), runStateKey(i.state)},
                                      {QStringLiteral("start"), iso(i.startMs)},
                                      {QStringLiteral("end"), iso(i.endMs)}});
        facilities.append(
            QJsonObject{{QStringLiteral("id"), f.facility}, {QStringLiteral("states"), states}});
    }
    QJsonArray sync;
    for (const TrueSync &x : s.truth.sync)
        sync.append(QJsonObject{{QStringLiteral("production"), x.production},
                                {QStringLiteral("rate"), rate(x.ratePercent())},
                                {QStringLiteral("production_s"), seconds(x.productionMs)},
                                {QStringLiteral("sync_s"), seconds(x.syncMs)},
                                {QStringLiteral("unknown_s"), seconds(x.unknownMs)},
                                {QStringLiteral("treatments"), x.treatments}});
    QJsonArray enterprises;
    for (const TrueEnterprise &e : s.truth.enterprises)
        enterprises.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("sync_rate"), rate(e.syncRatePercent())},
                                       {QStringLiteral("risk"), QJsonValue::Null},
                                       {QStringLiteral("production_s"), seconds(e.productionMs)},
                                       {QStringLiteral("sync_s"), seconds(e.syncMs)},
                                       {QStringLiteral("unknown_s"), seconds(e.unknownMs)}});
    QJsonArray events;
    for (const TrueEvent &e : s.truth.events) {
        QJsonObject o{{QStringLiteral("type"), e.type},
                      {QStringLiteral("facility"), e.facility},
                      {QStringLiteral("related"),
                       e.related.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.related)},
                      {QStringLiteral("start"), iso(e.startMs)},
                      {QStringLiteral("end"), iso(e.endMs)},
                      {QStringLiteral("duration_s"), seconds(e.endMs - e.startMs)},
                      {QStringLiteral("severity"), severityFor(e)},
                      {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("cause"), e.note}}}};
        if (!e.point.isEmpty())
            o.insert(QStringLiteral("point"), e.point);
        events.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("vocsync-scenario-truth")},
                       {QStringLiteral("scenario"), s.name},
                       {QStringLiteral("description"), s.description},
                       {QStringLiteral("seed"), QString::number(s.seed)},
                       {QStringLiteral("from"), iso(s.fromMs)},
                       {QStringLiteral("to"), iso(s.toMs)},
                       {QStringLiteral("facilities"), facilities},
                       {QStringLiteral("sync"), sync},
                       {QStringLiteral("enterprises"), enterprises},
                       {QStringLiteral("events"), events}};
}

} // namespace vocsync::scenarios
