#include "alarmengineimpl.h"

#include "alarmlogging.h"

namespace vocsync::alarms {

bool AlarmEngine::Impl::eventInScope(const AlarmRule &r, const analysis::Event &e) const
{
    if (!r.enabled || r.kind != AlarmRule::Kind::Event)
        return false;
    if (r.eventType && *r.eventType != e.type)
        return false;
    switch (r.scope) {
    case RuleScope::Station:
        return true;
    case RuleScope::Enterprise:
        return r.scopeId.isEmpty() ||
               enterpriseOf(plant, e.facility, e.related, e.point) == r.scopeId;
    case RuleScope::Facility:
        // The facility that misbehaved or the production facility it should have served.
        if (r.scopeId.isEmpty())
            return !e.facility.isEmpty() || !e.related.isEmpty();
        return e.facility == r.scopeId || e.related == r.scopeId;
    case RuleScope::Point:
        return r.scopeId.isEmpty() ? !e.point.isEmpty() : e.point == r.scopeId;
    }
    return false;
}

bool AlarmEngine::Impl::pointInScope(const AlarmRule &r, const MonitoringPoint &p) const
{
    switch (r.scope) {
    case RuleScope::Station:
        return true;
    case RuleScope::Enterprise:
        return r.scopeId.isEmpty() || enterpriseOf(plant, p.facilityId, {}, p.id) == r.scopeId;
    case RuleScope::Facility:
        return r.scopeId.isEmpty() || p.facilityId == r.scopeId;
    case RuleScope::Point:
        return r.scopeId.isEmpty() || p.id == r.scopeId;
    }
    return false;
}

void AlarmEngine::Impl::onEvent(const analysis::Event &e)
{
    const QString condition = e.conditionKey();
    // Alarms already raised for this condition follow it whatever their rule became: a
    // condition that ends always clears its alarm.
    QList<qint64> following;
    for (const Alarm &a : std::as_const(alarms)) {
        if (a.conditionKey == condition && a.type != QLatin1String("threshold"))
            following.append(a.id);
    }
    for (qint64 id : following) {
        const auto it = alarms.constFind(id);
        if (it != alarms.cend())
            followEvent(*it, e);
    }

    const QList<AlarmRule> armed = rules;
    for (const AlarmRule &r : armed) {
        if (!eventInScope(r, e))
            continue;
        const QString id = conditionId(r.id, condition);
        if (raised.contains(id))
            continue;
        if (store) {
            // One alarm per condition also across restarts: analysis may replay history.
            auto earlier = store->findAlarm(r.id, condition);
            if (!earlier)
                qCWarning(lcAlarms).noquote() << "alarm store:" << earlier.error().toString();
            else if (earlier->id != 0) {
                raised.insert(id);
                continue;
            }
        }
        if (e.durationMs() < r.durationS * 1000LL || !r.schedule.contains(e.startMs))
            continue;
        Alarm a;
        a.ruleId = r.id;
        a.conditionKey = condition;
        a.type = analysis::eventTypeKey(e.type);
        a.enterprise = enterpriseOf(plant, e.facility, e.related, e.point);
        a.facility = e.facility;
        a.related = e.related;
        a.point = e.point;
        a.startMs = e.startMs;
        a.evidence = e.evidence;
        a.level = r.level == AlarmLevel::Alarm || e.severity == analysis::Severity::Alarm
                      ? AlarmLevel::Alarm
                      : AlarmLevel::Warning;
        if (!e.open) {
            // Seen only once it was over (history replay): raised and cleared at once.
            a.state = AlarmState::ClearedUnacknowledged;
            a.clearedMs = e.endMs;
        }
        raised.insert(id);
        raise(a, r, e.durationMs());
    }
}

void AlarmEngine::Impl::followEvent(Alarm a, const analysis::Event &e)
{
    if (!a.active())
        return; // cleared: waits for its acknowledgement only
    const AlarmState before = a.state;
    // The final type of a start or stop anomaly is known only when it ends (event.h).
    a.type = analysis::eventTypeKey(e.type);
    a.evidence = e.evidence;
    const bool levelUp = a.level == AlarmLevel::Warning && e.severity == analysis::Severity::Alarm;
    if (levelUp)
        a.level = AlarmLevel::Alarm;
    a.message = alarmMessage(plant, a, e.durationMs());
    if (!e.open) {
        a.state = nextState(a, AlarmAction::Clear).value();
        a.clearedMs = e.endMs;
    }
    // Only an alarm that is still active is escalated to the bureau (as in tick()).
    const bool tell = levelUp && a.active() && !a.shelved(now());
    Notification n;
    if (tell)
        n = compose(a, NotifyReason::Escalated);
    persist(a, true);
    if (levelUp && a.active() && !tell)
        heldEscalations.insert(a.id);
    if (a.state == AlarmState::Normal)
        heldEscalations.remove(a.id);
    if (levelUp || a.state != before)
        emit q->alarmChanged(a);
    if (tell) {
        const AlarmRule *r = rule(a.ruleId);
        dispatch(n, r ? r->channels : QStringList());
    }
}

} // namespace vocsync::alarms
