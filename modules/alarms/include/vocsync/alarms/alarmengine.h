#pragma once

#include "vocsync/alarms/alarm.h"
#include "vocsync/alarms/alarmrule.h"
#include "vocsync/alarms/notification.h"
#include "vocsync/analysis/event.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace vocsync::alarms {

class AlarmStore;

/// Turns analysis events and threshold conditions into alarms with the ISA-18.2 lifecycle,
/// escalation by duration, shelving with expiry and re-notification, and hands notifications
/// to the channels. Lives on the GUI thread (or any one thread); all calls are cheap.
/// Every change is written through the store first, so a restart loses nothing.
class AlarmEngine : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<std::int64_t()>;
    /// `store` may be null (tests, CLI); then nothing is persisted.
    AlarmEngine(const Plant &plant, AlarmStore *store, QObject *parent = nullptr);
    ~AlarmEngine() override;

    void setClock(Clock clock); ///< default: wall clock, UTC ms
    /// Phone numbers of the environmental bureau: every notification of level Alarm (报警)
    /// also goes to them (addition).
    void setBureauRecipients(const QStringList &phones);
    QStringList bureauRecipients() const;
    /// A changed plant configuration: names in new messages, scopes, contacts (addition).
    void setPlant(const Plant &plant);
    /// Loads the rules and the alarms that are not normal from the store.
    Status load();

    QList<AlarmRule> rules() const;
    Result<AlarmRule> saveRule(AlarmRule rule); ///< insert (id 0) or update; validates
    Status removeRule(qint64 ruleId);

    /// Alarms not yet normal, newest first.
    QList<Alarm> currentAlarms() const;

    /// Takes ownership; the engine sends each notification to the channels a rule names and
    /// records every DeliveryResult in the store.
    void addChannel(NotificationChannel *channel);

    Status acknowledge(qint64 alarmId, const QString &user, const QString &comment);
    Status shelve(qint64 alarmId, std::int64_t untilMs, const QString &user,
                  const QString &reason);
    Status unshelve(qint64 alarmId, const QString &user);

public slots:
    /// From analysis::Analyzer's event sink: opens, grows and closes conditions.
    void onEvent(const vocsync::analysis::Event &event);
    /// Live samples for threshold rules.
    void onSamples(const vocsync::SampleBatch &batch);
    /// Call about once a second: escalation, re-notification, shelving expiry.
    void tick();

signals:
    void alarmRaised(const vocsync::alarms::Alarm &alarm);
    void alarmChanged(const vocsync::alarms::Alarm &alarm); ///< any state/level/shelf change
    void rulesChanged();
    void deliveryRecorded(const vocsync::alarms::DeliveryResult &result);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::alarms
