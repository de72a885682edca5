#include "alarmengineimpl.h"

#include "alarmlogging.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace vocsync::alarms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

QString alarmWhere(qint64 id)
{
    return tr("alarm %1").arg(id);
}

/// A threshold rule stops watching its conditions when it is disabled or watches others.
bool thresholdWatchChanged(const AlarmRule &before, const AlarmRule &after)
{
    if (before.kind != AlarmRule::Kind::Threshold)
        return false;
    return !after.enabled || after.kind != before.kind || after.scope != before.scope ||
           after.scopeId != before.scopeId || after.quantity != before.quantity;
}

} // namespace

AlarmEngine::AlarmEngine(const Plant &plant, AlarmStore *store, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(this, plant, store))
{
    d->clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

AlarmEngine::~AlarmEngine() = default;

void AlarmEngine::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

void AlarmEngine::setBureauRecipients(const QStringList &phones)
{
    d->bureau = phones;
}

QStringList AlarmEngine::bureauRecipients() const
{
    return d->bureau;
}

void AlarmEngine::setPlant(const Plant &plant)
{
    d->plant = plant;
}

Status AlarmEngine::load()
{
    if (!d->store)
        return {};
    auto rules = d->store->rules();
    if (!rules)
        return rules.error();
    auto open = d->store->openAlarms();
    if (!open)
        return open.error();
    auto lastNotification = d->store->lastNotificationId();
    if (!lastNotification)
        return lastNotification.error();
    d->rules = rules.value();
    d->alarms.clear();
    d->raised.clear();
    d->trackers.clear();
    d->heldEscalations.clear();
    for (const Alarm &a : open.value()) {
        d->alarms.insert(a.id, a);
        const QString id = Impl::conditionId(a.ruleId, a.conditionKey);
        if (a.type == QLatin1String("threshold")) {
            // The excursion timer starts again with the next sample; the alarm itself is back.
            ThresholdTracker t;
            t.alarmId = a.id;
            t.peak = a.evidence.value(QLatin1String("peak")).toDouble();
            d->trackers.insert(id, t);
        } else {
            d->raised.insert(id);
        }
    }
    d->nextNotificationId = std::max(d->nextNotificationId, lastNotification.value() + 1);
    emit rulesChanged();
    return {};
}

QList<AlarmRule> AlarmEngine::rules() const
{
    return d->rules;
}

Result<AlarmRule> AlarmEngine::saveRule(AlarmRule rule)
{
    if (const QString invalid = rule.validate(); !invalid.isEmpty())
        return Error{invalid, tr("alarm rule '%1'").arg(rule.name)};
    const AlarmRule *before = rule.id != 0 ? d->rule(rule.id) : nullptr;
    if (rule.id != 0 && !before)
        return Error{tr("there is no alarm rule with this id"), tr("alarm rule %1").arg(rule.id)};
    const AlarmRule previous = before ? *before : AlarmRule{};
    if (d->store) {
        auto id = d->store->saveRule(rule);
        if (!id)
            return id.error();
        rule.id = id.value();
    } else if (rule.id == 0) {
        rule.id = d->nextLocalId++;
    }
    const auto it = std::find_if(d->rules.begin(), d->rules.end(),
                                 [&rule](const AlarmRule &r) { return r.id == rule.id; });
    if (it == d->rules.end())
        d->rules.append(rule);
    else
        *it = rule;
    if (before && thresholdWatchChanged(previous, rule))
        d->releaseThresholds(rule.id);
    emit rulesChanged();
    return rule;
}

Status AlarmEngine::removeRule(qint64 ruleId)
{
    if (!d->rule(ruleId))
        return Error{tr("there is no alarm rule with this id"), tr("alarm rule %1").arg(ruleId)};
    if (d->store) {
        if (Status s = d->store->removeRule(ruleId); !s)
            return s;
    }
    const bool threshold = d->rule(ruleId)->kind == AlarmRule::Kind::Threshold;
    d->rules.removeIf([ruleId](const AlarmRule &r) { return r.id == ruleId; });
    if (threshold)
        d->releaseThresholds(ruleId);
    emit rulesChanged();
    return {};
}

QList<Alarm> AlarmEngine::currentAlarms() const
{
    QList<Alarm> out = d->alarms.values();
    std::sort(out.begin(), out.end(), [](const Alarm &a, const Alarm &b) {
        return a.raisedMs != b.raisedMs ? a.raisedMs > b.raisedMs : a.id > b.id;
    });
    return out;
}

void AlarmEngine::addChannel(NotificationChannel *channel)
{
    if (!channel)
        return;
    channel->setParent(this);
    d->channels.append(channel);
    connect(channel, &NotificationChannel::delivered, this,
            [this](const DeliveryResult &result) { d->onDelivered(result); });
}

Status AlarmEngine::acknowledge(qint64 alarmId, const QString &user, const QString &comment)
{
    if (user.trimmed().isEmpty())
        return Error{tr("acknowledging an alarm needs the user who does it"), alarmWhere(alarmId)};
    const auto it = d->alarms.constFind(alarmId);
    if (it == d->alarms.cend()) {
        // Not open: normal (refused by the state machine) or unknown.
        if (d->store) {
            auto stored = d->store->alarm(alarmId);
            if (!stored)
                return stored.error();
            return nextState(stored.value(), AlarmAction::Acknowledge).error();
        }
        return Error{tr("the alarm is normal or does not exist: nothing to acknowledge"),
                     alarmWhere(alarmId)};
    }
    Alarm a = *it;
    a.ackMs = d->now();
    a.ackBy = user;
    a.ackComment = comment;
    return d->apply(a, AlarmAction::Acknowledge, a.ackMs, false);
}

Status AlarmEngine::shelve(qint64 alarmId, std::int64_t untilMs, const QString &user,
                           const QString &reason)
{
    if (user.trimmed().isEmpty())
        return Error{tr("shelving an alarm needs the user who does it"), alarmWhere(alarmId)};
    const auto it = d->alarms.constFind(alarmId);
    if (it == d->alarms.cend())
        return Error{tr("the alarm is normal or does not exist: nothing to shelve"),
                     alarmWhere(alarmId)};
    const std::int64_t now = d->now();
    if (untilMs <= now)
        return Error{tr("the shelf must end in the future"), alarmWhere(alarmId)};
    Alarm a = *it;
    a.shelvedUntilMs = untilMs;
    a.shelvedBy = user;
    a.shelveReason = reason;
    if (!d->persist(a, false))
        return Error{tr("the alarm store refused the change; see the log"), alarmWhere(alarmId)};
    emit alarmChanged(a);
    return {};
}

Status AlarmEngine::unshelve(qint64 alarmId, const QString &user)
{
    if (user.trimmed().isEmpty())
        return Error{tr("unshelving an alarm needs the user who does it"), alarmWhere(alarmId)};
    const auto it = d->alarms.constFind(alarmId);
    if (it == d->alarms.cend() || !it->shelved(d->now()))
        return Error{tr("the alarm is not shelved"), alarmWhere(alarmId)};
    d->endShelf(*it);
    return {};
}

void AlarmEngine::onEvent(const analysis::Event &event)
{
    d->onEvent(event);
}

void AlarmEngine::onSamples(const SampleBatch &batch)
{
    d->onSamples(batch);
}

void AlarmEngine::tick()
{
    d->tick();
}

const AlarmRule *AlarmEngine::Impl::rule(qint64 id) const
{
    for (const AlarmRule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString AlarmEngine::Impl::conditionId(qint64 ruleId, const QString &conditionKey)
{
    return QString::number(ruleId) + QLatin1Char('#') + conditionKey;
}

bool AlarmEngine::Impl::persist(Alarm &alarm, bool keepOnFailure)
{
    bool stored = true;
    if (store) {
        auto id = store->saveAlarm(alarm);
        if (id) {
            alarm.id = id.value();
        } else {
            stored = false;
            qCWarning(lcAlarms).noquote() << "alarm store:" << id.error().toString() << "- alarm"
                                          << alarm.id << alarm.conditionKey;
            if (!keepOnFailure)
                return false;
            // Negative ids never collide with the store's: the alarm still shows and notifies.
            if (alarm.id == 0)
                alarm.id = -(nextLocalId++);
        }
    } else if (alarm.id == 0) {
        alarm.id = nextLocalId++;
    }
    if (alarm.state == AlarmState::Normal)
        alarms.remove(alarm.id);
    else
        alarms.insert(alarm.id, alarm);
    return stored;
}

void AlarmEngine::Impl::endShelf(Alarm alarm)
{
    alarm.shelvedUntilMs = 0;
    alarm.shelvedBy.clear();
    alarm.shelveReason.clear();
    persist(alarm, true);
    emit q->alarmChanged(alarm);
    if (heldEscalations.remove(alarm.id) && alarm.active()) {
        Notification n = compose(alarm, NotifyReason::Escalated);
        persist(alarm, true);
        const AlarmRule *r = rule(alarm.ruleId);
        dispatch(n, r ? r->channels : QStringList());
    }
}

void AlarmEngine::Impl::tick()
{
    const std::int64_t t = now();
    const QList<qint64> ids = alarms.keys();
    for (qint64 id : ids) {
        auto it = alarms.constFind(id);
        if (it == alarms.cend())
            continue;
        if (it->shelvedUntilMs != 0 && t >= it->shelvedUntilMs)
            endShelf(*it);
        it = alarms.constFind(id);
        const AlarmRule *r = it == alarms.cend() ? nullptr : rule(it->ruleId);
        if (!r)
            continue; // removed rules neither escalate nor remind
        if (it->active() && it->level == AlarmLevel::Warning && r->escalateAfterS > 0 &&
            t - it->startMs >= r->escalateAfterS * 1000LL)
            escalate(*it, t - it->startMs);
        it = alarms.constFind(id);
        if (it == alarms.cend() || it->state != AlarmState::ActiveUnacknowledged ||
            it->shelved(t) || r->renotifyMinutes <= 0 ||
            t - it->lastNotifiedMs < r->renotifyMinutes * 60'000LL)
            continue;
        Alarm a = *it;
        Notification n = compose(a, NotifyReason::Reminder);
        persist(a, true);
        dispatch(n, r->channels);
    }
}

} // namespace vocsync::alarms
