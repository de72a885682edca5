#pragma once

#include "vocsync/alarms/alarmengine.h"
#include "vocsync/alarms/alarmstore.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace vocsync::alarms {

/// Transitions of the ISA-18.2 state machine (alarmlifecycle.cpp).
enum class AlarmAction : std::uint8_t {
    Acknowledge, ///< the operator acknowledges
    Clear,       ///< the condition is no longer true
    Reactivate,  ///< the condition returns before a cleared alarm was acknowledged
};
/// The state after `action`, or an Error naming the alarm when the action is not allowed.
Result<AlarmState> nextState(const Alarm &alarm, AlarmAction action);

/// Why a notification is sent; the text says so (alarmmessages.cpp).
enum class NotifyReason : std::uint8_t { Raised, Escalated, Reminder };

/// The alarm's message (what people are told): level, enterprise and facility names, what
/// happened and for how long (alarmmessages.cpp).
QString alarmMessage(const Plant &plant, const Alarm &alarm, std::int64_t durationMs);
QString notificationTitle(const Plant &plant, const Alarm &alarm);
QString notificationText(const Alarm &alarm, NotifyReason reason);
/// The enterprise an alarm belongs to, from its facility, related facility or point.
QString enterpriseOf(const Plant &plant, const QString &facility, const QString &related,
                     const QString &point);

/// A threshold condition of one rule on one point and quantity (alarmthresholds.cpp).
struct ThresholdTracker
{
    std::int64_t beyondSinceMs = -1; ///< first sample of the current excursion; -1: none
    std::int64_t lastMs = -1;        ///< time of the last sample seen
    double peak = 0;                 ///< the most extreme value of the excursion
    qint64 alarmId = 0;              ///< the alarm that is not yet normal, 0 when none
};

struct AlarmEngine::Impl
{
    Impl(AlarmEngine *engine, const Plant &p, AlarmStore *s) : q(engine), plant(p), store(s) {}

    AlarmEngine *q;
    Plant plant;
    AlarmStore *store;
    Clock clock;
    QStringList bureau;
    QList<AlarmRule> rules;
    QHash<qint64, Alarm> alarms;               ///< not normal, by id
    QSet<QString> raised;                      ///< rule id + condition key of every event alarm
    QHash<QString, ThresholdTracker> trackers; ///< rule id + point + quantity
    QList<QPointer<NotificationChannel>> channels;
    QHash<qint64, qint64> notificationAlarm; ///< notification id -> alarm id
    QSet<qint64> heldEscalations;            ///< alarms whose escalation waits for unshelve
    qint64 nextNotificationId = 1;
    qint64 nextLocalId = 1; ///< alarm and rule ids when there is no store

    std::int64_t now() const { return clock(); }
    const AlarmRule *rule(qint64 id) const;
    static QString conditionId(qint64 ruleId, const QString &conditionKey);

    /// Writes the alarm through the store (an insert gives it its id) and keeps it in memory
    /// while it is not normal. When the store refuses, logs it and returns false; the memory
    /// then changes only when `keepOnFailure` (conditions keep being followed and people
    /// told even when the disk fails; an operator's action is refused instead).
    bool persist(Alarm &alarm, bool keepOnFailure);
    /// Writes the message, persists the new alarm, emits alarmRaised and sends the first
    /// notification; returns the id.
    qint64 raise(Alarm alarm, const AlarmRule &rule, std::int64_t durationMs);
    /// Ends a shelf (expired or by hand): persists, emits alarmChanged, sends what was held.
    void endShelf(Alarm alarm);
    // The functions below that take an Alarm work on a copy: a reference into `alarms` is
    // not valid after they return (persist() replaces or removes the entry).

    /// Applies a lifecycle action, persists and emits alarmChanged.
    Status apply(const Alarm &alarm, AlarmAction action, std::int64_t atMs, bool keepOnFailure);
    /// Warning -> Alarm: persists, emits alarmChanged and notifies (or holds while shelved).
    void escalate(Alarm alarm, std::int64_t durationMs);
    /// Counts the notification on the alarm; the caller persists, then calls dispatch().
    Notification compose(Alarm &alarm, NotifyReason reason);
    /// Hands the notification to the channels named in `only` (all when empty). send() is
    /// fire-and-forget: nothing here waits for an answer.
    void dispatch(const Notification &n, const QStringList &only);
    void onDelivered(DeliveryResult result);

    // Rules and scope
    bool eventInScope(const AlarmRule &rule, const analysis::Event &event) const;
    bool pointInScope(const AlarmRule &rule, const MonitoringPoint &point) const;

    void onEvent(const analysis::Event &event);
    void followEvent(Alarm alarm, const analysis::Event &event);
    void onSamples(const SampleBatch &batch);
    void onThresholdSample(const AlarmRule &rule, const MonitoringPoint &point, std::int64_t tMs,
                           double value);
    /// Clears the threshold alarms of a rule that was removed or disabled.
    void releaseThresholds(qint64 ruleId);
    void tick();
};

} // namespace vocsync::alarms
