#include "vocsync/ui/alarmrulespage.h"

#include "pageheader.h"
#include "ruleform.h"
#include "theme.h"
#include "vocsync/alarms/alarmengine.h"
#include "vocsync/analysis/event.h"
#include "vocsync/ui/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vocsync::ui {

using alarms::AlarmRule;

namespace {
constexpr int kRuleIdRole = Qt::UserRole + 1;

QIcon levelIcon(alarms::AlarmLevel level, bool enabled)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(enabled ? Labels::alarmLevelColor(level) : theme::unknown());
    p.drawEllipse(QRectF(2, 2, 10, 10));
    return QIcon(pixmap);
}
} // namespace

AlarmRulesPage::AlarmRulesPage(alarms::AlarmEngine *engine, const Plant &plant, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_plant(plant), m_list(new QListWidget(this)),
      m_form(new RuleForm(plant, this)), m_message(new QLabel(this)), m_formTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("alarmRulesPage"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Alarm rules"), question) == QMessageBox::Yes;
    };

    auto *header = new PageHeader(this);
    header->setTitle(tr("Alarm rules"));
    header->setSubtitle(tr("Which anomalies and limits raise alarms, at which level, for whom "
                           "and when"));

    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setFixedWidth(270);
    m_list->setIconSize(QSize(14, 14));
    m_list->setSpacing(2);
    auto *add = new QPushButton(tr("New rule"), this);
    add->setObjectName(QStringLiteral("ruleNew"));
    connect(add, &QPushButton::clicked, this, &AlarmRulesPage::newRule);
    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_list, 1);
    left->addWidget(add);

    m_formTitle->setObjectName(QStringLiteral("detailTitle"));
    m_message->setObjectName(QStringLiteral("ruleValidation"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("ruleSave"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("ruleRevert"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("ruleDelete"));
    m_save->setProperty("primary", true);
    connect(m_save, &QPushButton::clicked, this, &AlarmRulesPage::saveRule);
    connect(m_revert, &QPushButton::clicked, this, &AlarmRulesPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &AlarmRulesPage::deleteRule);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // On the white card: no window-grey behind the form.
    scroll->viewport()->setAutoFillBackground(false);
    m_form->setAutoFillBackground(false);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *right = new QVBoxLayout(card);
    right->setContentsMargins(16, 12, 16, 12);
    right->setSpacing(10);
    right->addWidget(m_formTitle);
    right->addWidget(scroll, 1);
    right->addLayout(buttons);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(left);
    body->addWidget(card, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &AlarmRulesPage::loadSelected);
    connect(m_form, &RuleForm::changed, this, &AlarmRulesPage::validate);
    connect(m_engine, &alarms::AlarmEngine::rulesChanged, this, &AlarmRulesPage::reloadList);
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newRule();
}

void AlarmRulesPage::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

QString AlarmRulesPage::message() const
{
    return m_message->text();
}

QString AlarmRulesPage::ruleSummary(const AlarmRule &rule) const
{
    QString what;
    if (rule.kind == AlarmRule::Kind::Threshold)
        what = tr("%1 %2 %3")
                   .arg(Labels::quantity(rule.quantity),
                        rule.above ? QStringLiteral(">") : QStringLiteral("<"))
                   .arg(rule.limit);
    else
        what = rule.eventType ? analysis::eventTypeName(*rule.eventType) : tr("any anomaly");
    QString where = tr("whole station");
    if (rule.scope == alarms::RuleScope::Enterprise) {
        const Enterprise *e = m_plant.enterprise(rule.scopeId);
        where = e ? e->name : rule.scopeId;
    } else if (rule.scope == alarms::RuleScope::Facility) {
        const Facility *f = m_plant.facility(rule.scopeId);
        where = f ? f->name : rule.scopeId;
    } else if (rule.scope == alarms::RuleScope::Point) {
        where = rule.scopeId;
    }
    QString text = tr("%1 · %2 · %3").arg(alarms::alarmLevelName(rule.level), what, where);
    if (!rule.enabled)
        text += tr(" · disabled");
    return text;
}

void AlarmRulesPage::reloadList()
{
    m_reloading = true;
    m_list->clear();
    for (const AlarmRule &rule : m_engine->rules()) {
        auto *item =
            new QListWidgetItem(levelIcon(rule.level, rule.enabled),
                                QStringLiteral("%1\n%2").arg(rule.name, ruleSummary(rule)));
        item->setData(kRuleIdRole, rule.id);
        item->setSizeHint(QSize(0, 50));
        if (!rule.enabled)
            item->setForeground(theme::textMuted());
        m_list->addItem(item);
    }
    m_reloading = false;
    highlightRule(m_currentId);
}

bool AlarmRulesPage::highlightRule(qint64 ruleId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kRuleIdRole).toLongLong() == ruleId) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void AlarmRulesPage::selectRule(qint64 ruleId)
{
    if (highlightRule(ruleId))
        loadSelected();
}

void AlarmRulesPage::loadSelected()
{
    if (m_reloading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kRuleIdRole).toLongLong();
    for (const AlarmRule &rule : m_engine->rules()) {
        if (rule.id != id)
            continue;
        m_currentId = id;
        m_form->setRule(rule);
        m_formTitle->setText(tr("Rule %1").arg(rule.name));
        m_delete->setEnabled(true);
        validate();
        return;
    }
}

void AlarmRulesPage::newRule()
{
    AlarmRule rule;
    rule.name = tr("New rule");
    m_currentId = 0;
    m_form->setRule(rule);
    m_formTitle->setText(tr("New rule"));
    m_delete->setEnabled(false);
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    validate();
}

void AlarmRulesPage::validate()
{
    const QString problem = m_form->rule().validate();
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(theme::severityAlarm().name()));
    m_message->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

bool AlarmRulesPage::saveRule()
{
    Result<AlarmRule> saved = m_engine->saveRule(m_form->rule());
    if (!saved) {
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(theme::severityAlarm().name()));
        m_message->setText(tr("Not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_currentId = saved.value().id;
    m_form->setRule(saved.value());
    // rulesChanged() already rebuilt the list; the engine may not emit it in every version.
    reloadList();
    m_formTitle->setText(tr("Rule %1").arg(saved.value().name));
    m_delete->setEnabled(true);
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(theme::running().name()));
    m_message->setText(tr("Saved."));
    return true;
}

bool AlarmRulesPage::deleteRule()
{
    if (m_currentId == 0)
        return false;
    const QString name = m_form->rule().name;
    if (!m_confirm(
            tr("Delete the alarm rule \"%1\"? Alarms it raised stay in the history.").arg(name)))
        return false;
    if (const Status removed = m_engine->removeRule(m_currentId); !removed) {
        m_message->setText(tr("Not deleted: %1").arg(removed.error().toString()));
        return false;
    }
    m_currentId = 0;
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newRule();
    return true;
}

void AlarmRulesPage::revert()
{
    if (m_currentId == 0) {
        newRule();
        return;
    }
    selectRule(m_currentId);
    loadSelected();
}

} // namespace vocsync::ui
