#pragma once

#include "vocsync/alarms/alarmrule.h"
#include "vocsync/core/plant.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace vocsync::alarms {
class AlarmEngine;
}

namespace vocsync::ui {

class RuleForm;

/// The alarm rule editor: the rules on the left, the selected one's form on the right. New,
/// save, revert and delete (after a confirmation) go through AlarmEngine::saveRule and
/// removeRule; AlarmRule::validate()'s message is shown beside the form while editing.
class AlarmRulesPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks the user to confirm; the default shows a question box.
    using Confirm = std::function<bool(const QString &question)>;

    AlarmRulesPage(alarms::AlarmEngine *engine, const Plant &plant, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm);
    RuleForm *form() const { return m_form; }
    QListWidget *list() const { return m_list; }
    /// The validation or save message shown beside the form (empty when valid).
    QString message() const;
    /// Id of the rule in the form (0 for a new one).
    qint64 currentRuleId() const { return m_currentId; }

public slots:
    void newRule();
    /// Saves the form; true on success (the rule is then selected in the list).
    bool saveRule();
    /// Deletes the rule in the form after confirmation; true when deleted.
    bool deleteRule();
    void revert();
    /// Selects the rule in the list and loads it into the form.
    void selectRule(qint64 ruleId);

private:
    void reloadList();
    /// Makes the rule current in the list without loading it into the form.
    bool highlightRule(qint64 ruleId);
    void loadSelected();
    void validate();
    QString ruleSummary(const alarms::AlarmRule &rule) const;

    alarms::AlarmEngine *m_engine;
    Plant m_plant;
    QListWidget *m_list;
    RuleForm *m_form;
    QLabel *m_message;
    QLabel *m_formTitle;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_revert = nullptr;
    Confirm m_confirm;
    qint64 m_currentId = 0;
    bool m_reloading = false;
};

} // namespace vocsync::ui
