#pragma once

#include "vocsync/alarms/alarmrule.h"
#include "vocsync/core/plant.h"

#include <QHash>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace vocsync::ui {

/// The fields of one alarm rule: name and level, scope (station, or an enterprise, facility or
/// point picked from the plant), condition (an analysis event or a threshold on a quantity),
/// timing (duration, escalation, re-notification), schedule, recipients and channels.
class RuleForm : public QWidget
{
    Q_OBJECT
public:
    explicit RuleForm(const Plant &plant, QWidget *parent = nullptr);

    /// Fills the fields; the id is kept for rule().
    void setRule(const alarms::AlarmRule &rule);
    alarms::AlarmRule rule() const;

    /// The notification channels offered, by machine name ("desktop", "sms_modem", ...).
    static QStringList channelNames();

signals:
    void changed();

private:
    QWidget *createGeneral();
    QWidget *createCondition();
    QWidget *createTiming();
    QWidget *createDelivery();
    void fillScopeIds();
    void updateEnabled();
    void watch(QWidget *widget);

    Plant m_plant;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_scopeId = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_condition = nullptr;
    QComboBox *m_eventType = nullptr;
    QComboBox *m_quantity = nullptr;
    QComboBox *m_direction = nullptr;
    QDoubleSpinBox *m_limit = nullptr;
    QSpinBox *m_duration = nullptr;
    QSpinBox *m_escalate = nullptr;
    QSpinBox *m_renotify = nullptr;
    std::array<QCheckBox *, 7> m_days{};
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLineEdit *m_recipients = nullptr;
    QHash<QString, QCheckBox *> m_channels;
};

} // namespace vocsync::ui
