#include "alarmengineimpl.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace vocsync::alarms {

namespace {

/// A threshold alarm clears only when the value is back inside the limit by 2 % of the limit
/// (ANSI/ISA-18.2 and EEMUA 191 recommend dead bands of about 1-5 % of the range): a value
/// hovering at the limit does not raise and clear an alarm every sample.
constexpr double kDeadBand = 0.02;

/// "Continuously" means without a silence longer than the data_gap rule's 3 intervals.
constexpr int kGapIntervals = 3;

QString thresholdKey(const MonitoringPoint &p, Quantity q)
{
    return p.id + QLatin1Char('|') + quantityKey(q);
}

QJsonObject thresholdEvidence(const AlarmRule &r, const ThresholdTracker &t, double value,
                              std::int64_t tMs)
{
    return QJsonObject{{QStringLiteral("quantity"), quantityKey(r.quantity)},
                       {QStringLiteral("limit"), r.limit},
                       {QStringLiteral("above"), r.above},
                       {QStringLiteral("dead_band"), std::abs(r.limit) * kDeadBand},
                       {QStringLiteral("duration_s"), r.durationS},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("peak"), t.peak},
                       {QStringLiteral("since_ms"), static_cast<qint64>(t.beyondSinceMs)},
                       {QStringLiteral("last_ms"), static_cast<qint64>(tMs)}};
}

} // namespace

void AlarmEngine::Impl::onSamples(const SampleBatch &batch)
{
    QList<AlarmRule> watching;
    for (const AlarmRule &r : std::as_const(rules)) {
        if (r.enabled && r.kind == AlarmRule::Kind::Threshold)
            watching.append(r);
    }
    if (watching.isEmpty())
        return;
    for (const Sample &s : batch) {
        const MonitoringPoint *p = plant.pointByKey(s.point);
        if (!p)
            continue;
        for (const AlarmRule &r : std::as_const(watching)) {
            if (!s.has(r.quantity) || !pointInScope(r, *p))
                continue;
            const double v = s.value(r.quantity);
            if (std::isfinite(v))
                onThresholdSample(r, *p, s.tMs, v);
        }
    }
}

void AlarmEngine::Impl::onThresholdSample(const AlarmRule &r, const MonitoringPoint &p,
                                          std::int64_t tMs, double v)
{
    const QString condition = thresholdKey(p, r.quantity);
    const QString key = conditionId(r.id, condition);
    ThresholdTracker t = trackers.value(key);
    if (t.lastMs >= 0 && tMs <= t.lastMs)
        return; // late or repeated sample: live thresholds look forward only
    const std::int64_t maxSilenceMs = kGapIntervals * std::max(1, p.intervalS) * 1000LL;
    if (t.lastMs >= 0 && tMs - t.lastMs > maxSilenceMs)
        t.beyondSinceMs = -1;
    t.lastMs = tMs;
    const bool beyond = r.above ? v > r.limit : v < r.limit;
    const double band = std::abs(r.limit) * kDeadBand;
    const bool back = r.above ? v <= r.limit - band : v >= r.limit + band;
    const auto extreme = [&r](double a, double b) {
        return r.above ? std::max(a, b) : std::min(a, b);
    };

    const auto found = t.alarmId != 0 ? alarms.constFind(t.alarmId) : alarms.cend();
    if (found == alarms.cend())
        t.alarmId = 0; // it went normal (acknowledged after clearing)
    if (t.alarmId != 0 && found->active()) {
        if (beyond)
            t.peak = extreme(t.peak, v);
        if (back) {
            Alarm a = *found;
            a.evidence[QStringLiteral("peak")] = t.peak;
            a.evidence[QStringLiteral("value")] = v;
            a.evidence[QStringLiteral("last_ms")] = static_cast<qint64>(tMs);
            a.message = alarmMessage(plant, a, tMs - a.startMs);
            apply(a, AlarmAction::Clear, tMs, true);
            t.beyondSinceMs = -1;
            if (!alarms.contains(t.alarmId))
                t.alarmId = 0;
        }
        trackers.insert(key, t);
        return;
    }
    if (!beyond) {
        t.beyondSinceMs = -1;
        trackers.insert(key, t);
        return;
    }
    if (t.beyondSinceMs < 0) {
        t.beyondSinceMs = tMs;
        t.peak = v;
    } else {
        t.peak = extreme(t.peak, v);
    }
    trackers.insert(key, t);
    if (tMs - t.beyondSinceMs < r.durationS * 1000LL || !r.schedule.contains(tMs))
        return;

    if (t.alarmId != 0) {
        // Cleared but not yet acknowledged, and the condition is back: the same alarm becomes
        // unacknowledged-active again (ISA-18.2), from the new excursion's start.
        Alarm a = *found;
        a.startMs = t.beyondSinceMs;
        QJsonObject evidence = thresholdEvidence(r, t, v, tMs);
        evidence[QStringLiteral("returns")] =
            a.evidence.value(QLatin1String("returns")).toInt() + 1;
        a.evidence = evidence;
        a.message = alarmMessage(plant, a, tMs - a.startMs);
        if (!apply(a, AlarmAction::Reactivate, tMs, true))
            return;
        Alarm active = alarms.value(t.alarmId);
        Notification n = compose(active, NotifyReason::Raised);
        persist(active, true);
        dispatch(n, r.channels);
        return;
    }
    Alarm a;
    a.ruleId = r.id;
    a.conditionKey = condition;
    a.type = QStringLiteral("threshold");
    a.enterprise = enterpriseOf(plant, p.facilityId, {}, p.id);
    a.facility = p.facilityId;
    a.point = p.id;
    a.level = r.level;
    a.startMs = t.beyondSinceMs;
    a.evidence = thresholdEvidence(r, t, v, tMs);
    t.alarmId = raise(a, r, tMs - t.beyondSinceMs);
    trackers.insert(key, t);
}

void AlarmEngine::Impl::releaseThresholds(qint64 ruleId)
{
    const QString prefix = conditionId(ruleId, {});
    for (auto it = trackers.begin(); it != trackers.end();) {
        if (it.key().startsWith(prefix))
            it = trackers.erase(it);
        else
            ++it;
    }
    // Nothing watches these conditions any more: their alarms clear now, marked as such, so
    // that none stays active for ever.
    QList<Alarm> released;
    for (const Alarm &a : std::as_const(alarms)) {
        if (a.ruleId == ruleId && a.type == QLatin1String("threshold") && a.active())
            released.append(a);
    }
    const std::int64_t t = now();
    for (Alarm a : released) {
        a.evidence[QStringLiteral("released")] = QStringLiteral("rule_changed");
        apply(a, AlarmAction::Clear, t, true);
    }
}

} // namespace vocsync::alarms
