#include "vocsync/analysis/resultjson.h"

#include "vocsync/core/timeutil.h"

#include <QJsonArray>

#include <cmath>

namespace vocsync::analysis {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v, int decimals)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

double seconds(std::int64_t ms)
{
    return static_cast<double>(ms) / 1000.0;
}

} // namespace

QJsonObject toJson(const Event &e, const QTimeZone &zone)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), eventTypeKey(e.type));
    o.insert(QStringLiteral("facility"), e.facility);
    o.insert(QStringLiteral("related"), e.related.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.related));
    if (!e.point.isEmpty())
        o.insert(QStringLiteral("point"), e.point);
    o.insert(QStringLiteral("start"), timeutil::toIso(e.startMs, zone));
    o.insert(QStringLiteral("end"), timeutil::toIso(e.endMs, zone));
    o.insert(QStringLiteral("duration_s"), seconds(e.durationMs()));
    if (e.open)
        o.insert(QStringLiteral("ongoing"), true);
    o.insert(QStringLiteral("severity"), severityKey(e.severity));
    o.insert(QStringLiteral("evidence"), e.evidence);
    return o;
}

QJsonObject toJson(const AnalysisResult &r, const QTimeZone &zone)
{
    QJsonObject root;
    root.insert(QStringLiteral("from"), timeutil::toIso(r.fromMs, zone));
    root.insert(QStringLiteral("to"), timeutil::toIso(r.toMs, zone));

    QJsonArray facilities;
    for (const FacilityStates &f : r.facilities) {
        QJsonArray states;
        for (const StateInterval &i : f.states) {
            states.append(QJsonObject{{QStringLiteral("state"), runStateKey(i.state)},
                                      {QStringLiteral("start"), timeutil::toIso(i.startMs, zone)},
                                      {QStringLiteral("end"), timeutil::toIso(i.endMs, zone)}});
        }
        facilities.append(QJsonObject{{QStringLiteral("id"), f.facility},
                                      {QStringLiteral("states"), states}});
    }
    root.insert(QStringLiteral("facilities"), facilities);

    QJsonArray sync;
    for (const SyncFigures &s : r.sync) {
        sync.append(QJsonObject{{QStringLiteral("production"), s.production},
                                {QStringLiteral("rate"), optionalNumber(s.ratePercent(), 3)},
                                {QStringLiteral("production_s"), seconds(s.productionMs)},
                                {QStringLiteral("sync_s"), seconds(s.syncMs)},
                                {QStringLiteral("unknown_s"), seconds(s.unknownMs)},
                                {QStringLiteral("treatments"), s.treatments}});
    }
    root.insert(QStringLiteral("sync"), sync);

    QJsonArray enterprises;
    for (const EnterpriseFigures &e : r.enterprises) {
        QJsonObject o{{QStringLiteral("id"), e.id},
                      {QStringLiteral("sync_rate"), optionalNumber(e.syncRatePercent, 3)},
                      {QStringLiteral("risk"), e.risk},
                      {QStringLiteral("production_s"), seconds(e.productionMs)},
                      {QStringLiteral("sync_s"), seconds(e.syncMs)},
                      {QStringLiteral("unknown_s"), seconds(e.unknownMs)},
                      {QStringLiteral("completeness"), optionalNumber(e.completenessPercent, 2)},
                      {QStringLiteral("correlation"), optionalNumber(e.correlation, 3)},
                      {QStringLiteral("energy_ratio"), optionalNumber(e.energyRatio, 4)},
                      {QStringLiteral("peer_energy_ratio"), optionalNumber(e.peerEnergyRatio, 4)},
                      {QStringLiteral("risk_factors"), e.riskFactors}};
        enterprises.append(o);
    }
    root.insert(QStringLiteral("enterprises"), enterprises);

    QJsonArray events;
    for (const Event &e : r.events)
        events.append(toJson(e, zone));
    root.insert(QStringLiteral("events"), events);

    QJsonArray quality;
    for (const QualityFlag &q : r.quality) {
        quality.append(QJsonObject{{QStringLiteral("check"), q.check},
                                   {QStringLiteral("point"), q.point},
                                   {QStringLiteral("facility"), q.facility},
                                   {QStringLiteral("start"), timeutil::toIso(q.startMs, zone)},
                                   {QStringLiteral("end"), timeutil::toIso(q.endMs, zone)},
                                   {QStringLiteral("evidence"), q.evidence}});
    }
    root.insert(QStringLiteral("quality"), quality);
    return root;
}

} // namespace vocsync::analysis
