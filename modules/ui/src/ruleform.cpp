#include "ruleform.h"

#include "vocsync/analysis/event.h"
#include "vocsync/ui/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>

namespace vocsync::ui {

using alarms::AlarmRule;
using alarms::RuleScope;

namespace {
constexpr int kAnyType = -1;

QString scopeName(RuleScope scope)
{
    switch (scope) {
    case RuleScope::Station:
        return RuleForm::tr("Whole station");
    case RuleScope::Enterprise:
        return RuleForm::tr("Enterprise");
    case RuleScope::Facility:
        return RuleForm::tr("Facility");
    case RuleScope::Point:
        return RuleForm::tr("Monitoring point");
    }
    return {};
}

QString channelTitle(const QString &name)
{
    if (name == QLatin1String("desktop"))
        return RuleForm::tr("Desktop notification");
    if (name == QLatin1String("sms_modem"))
        return RuleForm::tr("SMS (GSM modem)");
    if (name == QLatin1String("sms_http"))
        return RuleForm::tr("SMS (HTTP gateway)");
    return name;
}
} // namespace

RuleForm::RuleForm(const Plant &plant, QWidget *parent) : QWidget(parent), m_plant(plant)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    grid->addWidget(createGeneral(), 0, 0);
    grid->addWidget(createCondition(), 0, 1);
    grid->addWidget(createTiming(), 1, 0);
    grid->addWidget(createDelivery(), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    setRule(AlarmRule{});
}

QStringList RuleForm::channelNames()
{
    return {QStringLiteral("desktop"), QStringLiteral("sms_modem"), QStringLiteral("sms_http")};
}

void RuleForm::watch(QWidget *widget)
{
    if (auto *e = qobject_cast<QLineEdit *>(widget))
        connect(e, &QLineEdit::textChanged, this, &RuleForm::changed);
    else if (auto *c = qobject_cast<QComboBox *>(widget))
        connect(c, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    else if (auto *b = qobject_cast<QCheckBox *>(widget))
        connect(b, &QCheckBox::toggled, this, &RuleForm::changed);
    else if (auto *s = qobject_cast<QSpinBox *>(widget))
        connect(s, &QSpinBox::valueChanged, this, &RuleForm::changed);
    else if (auto *d = qobject_cast<QDoubleSpinBox *>(widget))
        connect(d, &QDoubleSpinBox::valueChanged, this, &RuleForm::changed);
    else if (auto *t = qobject_cast<QTimeEdit *>(widget))
        connect(t, &QTimeEdit::timeChanged, this, &RuleForm::changed);
}

QWidget *RuleForm::createGeneral()
{
    auto *box = new QGroupBox(tr("Rule"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("e.g. Treatment not started (报警)"));
    m_enabled = new QCheckBox(tr("Enabled"), box);
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_level = new QComboBox(box);
    m_level->setObjectName(QStringLiteral("ruleLevel"));
    for (alarms::AlarmLevel l : {alarms::AlarmLevel::Warning, alarms::AlarmLevel::Alarm})
        m_level->addItem(alarms::alarmLevelName(l), static_cast<int>(l));
    m_scope = new QComboBox(box);
    m_scope->setObjectName(QStringLiteral("ruleScope"));
    for (RuleScope s :
         {RuleScope::Station, RuleScope::Enterprise, RuleScope::Facility, RuleScope::Point})
        m_scope->addItem(scopeName(s), static_cast<int>(s));
    m_scopeId = new QComboBox(box);
    m_scopeId->setObjectName(QStringLiteral("ruleScopeId"));
    m_scopeId->setMinimumContentsLength(14);
    m_scopeId->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillScopeIds();
        updateEnabled();
    });
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Applies to:"), m_scope);
    form->addRow(QString(), m_scopeId);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_enabled, m_level, m_scope, m_scopeId})
        watch(w);
    return box;
}

QWidget *RuleForm::createCondition()
{
    auto *box = new QGroupBox(tr("Condition"), this);
    auto *form = new QFormLayout(box);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(14);
    m_kind->addItem(tr("Anomaly found by the analysis"), static_cast<int>(AlarmRule::Kind::Event));
    m_kind->addItem(tr("Quantity beyond a limit"), static_cast<int>(AlarmRule::Kind::Threshold));

    auto *eventPage = new QWidget(box);
    auto *eventForm = new QFormLayout(eventPage);
    eventForm->setContentsMargins(0, 0, 0, 0);
    m_eventType = new QComboBox(eventPage);
    m_eventType->setObjectName(QStringLiteral("ruleEventType"));
    m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventType->setMinimumContentsLength(12);
    m_eventType->addItem(tr("Any anomaly"), kAnyType);
    for (int t = 0; t < analysis::kEventTypeCount; ++t)
        m_eventType->addItem(analysis::eventTypeName(static_cast<analysis::EventType>(t)), t);
    eventForm->addRow(tr("Anomaly:"), m_eventType);

    auto *thresholdPage = new QWidget(box);
    auto *thresholdForm = new QFormLayout(thresholdPage);
    thresholdForm->setContentsMargins(0, 0, 0, 0);
    m_quantity = new QComboBox(thresholdPage);
    m_quantity->setObjectName(QStringLiteral("ruleQuantity"));
    m_quantity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_quantity->setMinimumContentsLength(12);
    for (Quantity q : kAllQuantities)
        m_quantity->addItem(Labels::quantity(q), index(q));
    m_direction = new QComboBox(thresholdPage);
    m_direction->setObjectName(QStringLiteral("ruleDirection"));
    m_direction->addItem(tr("above"), true);
    m_direction->addItem(tr("below"), false);
    m_limit = new QDoubleSpinBox(thresholdPage);
    m_limit->setObjectName(QStringLiteral("ruleLimit"));
    m_limit->setRange(-1e6, 1e6);
    m_limit->setDecimals(3);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_direction);
    limitRow->addWidget(m_limit, 1);
    thresholdForm->addRow(tr("Quantity:"), m_quantity);
    thresholdForm->addRow(tr("Alarm when:"), limitRow);

    m_condition = new QStackedWidget(box);
    m_condition->addWidget(eventPage);
    m_condition->addWidget(thresholdPage);
    connect(m_kind, &QComboBox::currentIndexChanged, m_condition, &QStackedWidget::setCurrentIndex);

    m_duration = new QSpinBox(box);
    m_duration->setObjectName(QStringLiteral("ruleDuration"));
    m_duration->setRange(0, 7 * 86400);
    m_duration->setSingleStep(60);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("The condition must last this long before the alarm is raised"));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(m_condition);
    form->addRow(tr("Lasting at least:"), m_duration);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_eventType, m_quantity, m_direction,
                                                       m_limit, m_duration})
        watch(w);
    return box;
}

QWidget *RuleForm::createTiming()
{
    auto *box = new QGroupBox(tr("Escalation and schedule"), this);
    auto *form = new QFormLayout(box);
    m_escalate = new QSpinBox(box);
    m_escalate->setObjectName(QStringLiteral("ruleEscalate"));
    m_escalate->setRange(0, 7 * 24 * 60);
    m_escalate->setSuffix(tr(" min"));
    m_escalate->setSpecialValueText(tr("never"));
    m_escalate->setToolTip(tr("A warning (预警) still active this long becomes an alarm (报警)"));
    m_renotify = new QSpinBox(box);
    m_renotify->setObjectName(QStringLiteral("ruleRenotify"));
    m_renotify->setRange(0, 24 * 60);
    m_renotify->setSuffix(tr(" min"));
    m_renotify->setSpecialValueText(tr("never"));
    m_renotify->setToolTip(tr("Repeat the notification this often until acknowledged"));

    // Two rows of days, so the form fits beside the rule list on a 1280 px screen.
    auto *days = new QGridLayout;
    days->setHorizontalSpacing(8);
    days->setVerticalSpacing(2);
    const QStringList dayNames = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                                  tr("Fri"), tr("Sat"), tr("Sun")};
    for (size_t i = 0; i < m_days.size(); ++i) {
        m_days[i] = new QCheckBox(dayNames[static_cast<int>(i)], box);
        m_days[i]->setObjectName(QStringLiteral("ruleDay%1").arg(i));
        days->addWidget(m_days[i], static_cast<int>(i / 4), static_cast<int>(i % 4));
        watch(m_days[i]);
    }
    days->setColumnStretch(4, 1);
    m_from = new QTimeEdit(box);
    m_to = new QTimeEdit(box);
    m_from->setObjectName(QStringLiteral("ruleFrom"));
    m_to->setObjectName(QStringLiteral("ruleTo"));
    auto *window = new QHBoxLayout;
    for (QTimeEdit *t : {m_from, m_to}) {
        t->setDisplayFormat(QStringLiteral("HH:mm"));
        watch(t);
    }
    window->addWidget(m_from);
    window->addWidget(new QLabel(QStringLiteral("–"), box));
    window->addWidget(m_to);
    window->addStretch(1);
    auto *note = new QLabel(tr("Equal times: the whole day. An end before the start runs across "
                               "midnight."),
                            box);
    note->setObjectName(QStringLiteral("pageSubtitle"));
    note->setWordWrap(true);
    form->addRow(tr("Escalate after:"), m_escalate);
    form->addRow(tr("Notify again every:"), m_renotify);
    form->addRow(tr("Days:"), days);
    form->addRow(tr("Daily window:"), window);
    form->addRow(QString(), note);
    watch(m_escalate);
    watch(m_renotify);
    return box;
}

QWidget *RuleForm::createDelivery()
{
    auto *box = new QGroupBox(tr("Notification"), this);
    auto *form = new QFormLayout(box);
    m_recipients = new QLineEdit(box);
    m_recipients->setObjectName(QStringLiteral("ruleRecipients"));
    m_recipients->setPlaceholderText(tr("Phone numbers, comma separated"));
    auto *recipientsNote = new QLabel(tr("Empty: the enterprise's contacts receive the SMS."), box);
    recipientsNote->setObjectName(QStringLiteral("pageSubtitle"));
    recipientsNote->setWordWrap(true);
    auto *channels = new QVBoxLayout;
    channels->setSpacing(4);
    for (const QString &name : channelNames()) {
        auto *check = new QCheckBox(channelTitle(name), box);
        check->setObjectName(QStringLiteral("ruleChannel_%1").arg(name));
        m_channels.insert(name, check);
        channels->addWidget(check);
        watch(check);
    }
    auto *channelsNote = new QLabel(tr("None ticked: every configured channel."), box);
    channelsNote->setObjectName(QStringLiteral("pageSubtitle"));
    channelsNote->setWordWrap(true);
    form->addRow(tr("Recipients:"), m_recipients);
    form->addRow(QString(), recipientsNote);
    form->addRow(tr("Channels:"), channels);
    form->addRow(QString(), channelsNote);
    watch(m_recipients);
    return box;
}

void RuleForm::fillScopeIds()
{
    const QSignalBlocker block(m_scopeId);
    const QString previous = m_scopeId->currentData().toString();
    m_scopeId->clear();
    const auto scope = static_cast<RuleScope>(m_scope->currentData().toInt());
    switch (scope) {
    case RuleScope::Station:
        break;
    case RuleScope::Enterprise:
        for (const Enterprise &e : m_plant.enterprises)
            m_scopeId->addItem(QStringLiteral("%1  %2").arg(e.id, e.name), e.id);
        break;
    case RuleScope::Facility:
        for (const Facility &f : m_plant.facilities) {
            const Enterprise *e = m_plant.enterprise(f.enterpriseId);
            m_scopeId->addItem(
                QStringLiteral("%1  %2 · %3").arg(f.id, e ? e->name : QString(), f.name), f.id);
        }
        break;
    case RuleScope::Point:
        for (const MonitoringPoint &p : m_plant.points)
            m_scopeId->addItem(QStringLiteral("%1  %2").arg(p.id, p.name), p.id);
        break;
    }
    m_scopeId->setCurrentIndex(std::max(m_scopeId->findData(previous), 0));
}

void RuleForm::updateEnabled()
{
    // The whole station needs no id: the picker is hidden rather than shown empty.
    m_scopeId->setVisible(static_cast<RuleScope>(m_scope->currentData().toInt()) !=
                          RuleScope::Station);
}

void RuleForm::setRule(const AlarmRule &rule)
{
    const QSignalBlocker block(this);
    m_id = rule.id;
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.enabled);
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(rule.level)));
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(rule.scope)));
    fillScopeIds();
    if (!rule.scopeId.isEmpty() && m_scopeId->findData(rule.scopeId) < 0)
        m_scopeId->addItem(rule.scopeId, rule.scopeId); // no longer in the plant: keep it shown
    m_scopeId->setCurrentIndex(std::max(m_scopeId->findData(rule.scopeId), 0));
    updateEnabled();
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(rule.kind)));
    const int type = rule.eventType ? static_cast<int>(*rule.eventType) : kAnyType;
    m_eventType->setCurrentIndex(m_eventType->findData(type));
    m_quantity->setCurrentIndex(m_quantity->findData(index(rule.quantity)));
    m_direction->setCurrentIndex(rule.above ? 0 : 1);
    m_limit->setValue(rule.limit);
    m_duration->setValue(rule.durationS);
    m_escalate->setValue(rule.escalateAfterS / 60);
    m_renotify->setValue(rule.renotifyMinutes);
    for (size_t i = 0; i < m_days.size(); ++i)
        m_days[i]->setChecked((rule.schedule.days >> i) & 1u);
    m_from->setTime(rule.schedule.from);
    m_to->setTime(rule.schedule.to);
    m_recipients->setText(rule.recipients.join(QStringLiteral(", ")));
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        it.value()->setChecked(rule.channels.contains(it.key()));
}

AlarmRule RuleForm::rule() const
{
    AlarmRule r;
    r.id = m_id;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.level = static_cast<alarms::AlarmLevel>(m_level->currentData().toInt());
    r.scope = static_cast<RuleScope>(m_scope->currentData().toInt());
    r.scopeId = r.scope == RuleScope::Station ? QString() : m_scopeId->currentData().toString();
    r.kind = static_cast<AlarmRule::Kind>(m_kind->currentData().toInt());
    const int type = m_eventType->currentData().toInt();
    if (r.kind == AlarmRule::Kind::Event && type != kAnyType)
        r.eventType = static_cast<analysis::EventType>(type);
    r.quantity = kAllQuantities[static_cast<size_t>(m_quantity->currentData().toInt())];
    r.above = m_direction->currentData().toBool();
    r.limit = m_limit->value();
    r.durationS = m_duration->value();
    r.escalateAfterS = m_escalate->value() * 60;
    r.renotifyMinutes = m_renotify->value();
    std::uint8_t days = 0;
    for (size_t i = 0; i < m_days.size(); ++i)
        days |= m_days[i]->isChecked() ? static_cast<std::uint8_t>(1u << i) : 0;
    r.schedule.days = days;
    r.schedule.from = m_from->time();
    r.schedule.to = m_to->time();
    static const QRegularExpression separators(QStringLiteral("[,;，；\\s]+"));
    r.recipients = m_recipients->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &name : channelNames()) {
        if (m_channels.value(name)->isChecked())
            r.channels << name;
    }
    return r;
}

} // namespace vocsync::ui
