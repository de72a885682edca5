// The rule editor round trip against an AlarmEngine on a temporary AlarmStore: a rule typed
// into the form is validated, saved, listed and stored; edited and saved again under the same
// id; a threshold rule keeps its fields; a delete needs the confirmation and removes it from the
// list, the engine and the database.
#include "alarmfixture.h"

#include "vocsync/alarms/alarmengine.h"
#include "vocsync/alarms/alarmstore.h"
#include "vocsync/ui/alarmrulespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace vocsync;
using namespace alarmfixture;
using alarms::AlarmRule;

namespace {
template <typename T> T *field(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no field %s", name);
    return w;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

Result<QList<AlarmRule>> storedRules(const QString &dbPath)
{
    auto store = alarms::AlarmStore::open(dbPath);
    if (!store)
        return store.error();
    return store.value()->rules();
}
} // namespace

class TestAlarmRulesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void validationShownBesideTheForm();
    void thresholdRuleKeepsItsFields();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<alarms::AlarmStore> m_store;
    std::unique_ptr<alarms::AlarmEngine> m_engine;
};

void TestAlarmRulesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("station.db"));
    auto store = alarms::AlarmStore::open(m_dbPath);
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    m_store = std::move(store).value();
    m_engine = std::make_unique<alarms::AlarmEngine>(plant(), m_store.get());
    QVERIFY(m_engine->load().ok());
}

void TestAlarmRulesPage::roundTrip()
{
    ui::AlarmRulesPage page(m_engine.get(), plant());
    page.show();
    QCOMPARE(page.list()->count(), 0);
    int confirmations = 0;
    bool answer = false;
    page.setConfirm([&](const QString &question) {
        ++confirmations;
        return question.contains(QStringLiteral("RTO未开启")) && answer;
    });

    // Fill the form: facility scope, one event type, alarm level, schedule and delivery.
    page.newRule();
    field<QLineEdit>(&page, "ruleName")->setText(QStringLiteral("RTO未开启"));
    choose(field<QComboBox>(&page, "ruleLevel"), int(alarms::AlarmLevel::Alarm));
    choose(field<QComboBox>(&page, "ruleScope"), int(alarms::RuleScope::Facility));
    choose(field<QComboBox>(&page, "ruleScopeId"), QStringLiteral("F04"));
    choose(field<QComboBox>(&page, "ruleEventType"), int(analysis::EventType::TreatmentNotStarted));
    field<QSpinBox>(&page, "ruleDuration")->setValue(300);
    field<QSpinBox>(&page, "ruleEscalate")->setValue(30);
    field<QSpinBox>(&page, "ruleRenotify")->setValue(60);
    field<QCheckBox>(&page, "ruleDay6")->setChecked(false); // not on Sundays
    field<QTimeEdit>(&page, "ruleFrom")->setTime(QTime(7, 30));
    field<QTimeEdit>(&page, "ruleTo")->setTime(QTime(22, 0));
    field<QLineEdit>(&page, "ruleRecipients")->setText(QStringLiteral("13800000001，13900000002"));
    field<QCheckBox>(&page, "ruleChannel_sms_modem")->setChecked(true);
    QVERIFY(page.message().isEmpty());
    QVERIFY(page.saveRule());

    // Listed, in the engine and in the database, with every field.
    QCOMPARE(page.list()->count(), 1);
    QVERIFY(page.list()->item(0)->text().contains(QStringLiteral("RTO未开启")));
    QVERIFY(page.list()->item(0)->text().contains(QStringLiteral("RTO焚烧炉")));
    QCOMPARE(page.list()->currentRow(), 0);
    auto stored = storedRules(m_dbPath);
    QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
    QCOMPARE(stored.value().size(), 1);
    const AlarmRule r = stored.value().first();
    QVERIFY(r.id > 0);
    QCOMPARE(page.currentRuleId(), r.id);
    QCOMPARE(r.name, QStringLiteral("RTO未开启"));
    QCOMPARE(r.level, alarms::AlarmLevel::Alarm);
    QCOMPARE(r.scope, alarms::RuleScope::Facility);
    QCOMPARE(r.scopeId, QStringLiteral("F04"));
    QCOMPARE(r.kind, AlarmRule::Kind::Event);
    QCOMPARE(r.eventType, std::optional(analysis::EventType::TreatmentNotStarted));
    QCOMPARE(r.durationS, 300);
    QCOMPARE(r.escalateAfterS, 1800);
    QCOMPARE(r.renotifyMinutes, 60);
    QCOMPARE(int(r.schedule.days), 0x3F);
    QCOMPARE(r.schedule.from, QTime(7, 30));
    QCOMPARE(r.schedule.to, QTime(22, 0));
    QCOMPARE(r.recipients,
             QStringList({QStringLiteral("13800000001"), QStringLiteral("13900000002")}));
    QCOMPARE(r.channels, QStringList{QStringLiteral("sms_modem")});

    // Edit: a new name and level; the same rule is updated, not a second one added.
    field<QLineEdit>(&page, "ruleName")->setText(QStringLiteral("RTO未开启（预警）"));
    choose(field<QComboBox>(&page, "ruleLevel"), int(alarms::AlarmLevel::Warning));
    QVERIFY(page.saveRule());
    QCOMPARE(page.list()->count(), 1);
    QCOMPARE(m_engine->rules().size(), 1);
    QCOMPARE(m_engine->rules().first().id, r.id);
    QCOMPARE(m_engine->rules().first().level, alarms::AlarmLevel::Warning);
    QVERIFY(page.list()->item(0)->text().contains(QStringLiteral("（预警）")));
    stored = storedRules(m_dbPath);
    QCOMPARE(stored.value().first().name, QStringLiteral("RTO未开启（预警）"));

    // Revert drops unsaved edits.
    field<QLineEdit>(&page, "ruleName")->setText(QStringLiteral("不保存"));
    page.revert();
    QCOMPARE(field<QLineEdit>(&page, "ruleName")->text(), QStringLiteral("RTO未开启（预警）"));

    // Delete: refused confirmation keeps it; accepted removes it everywhere.
    answer = false;
    QVERIFY(!page.deleteRule());
    QCOMPARE(confirmations, 1);
    QCOMPARE(m_engine->rules().size(), 1);
    answer = true;
    QVERIFY(page.deleteRule());
    QCOMPARE(confirmations, 2);
    QCOMPARE(page.list()->count(), 0);
    QVERIFY(m_engine->rules().isEmpty());
    stored = storedRules(m_dbPath);
    QVERIFY(stored.ok());
    QVERIFY(stored.value().isEmpty());
}

void TestAlarmRulesPage::validationShownBesideTheForm()
{
    ui::AlarmRulesPage page(m_engine.get(), plant());
    page.show();
    page.newRule();
    auto *save = field<QPushButton>(&page, "ruleSave");
    field<QLineEdit>(&page, "ruleName")->setText(QString());
    const QString empty = AlarmRule{}.validate(); // the engine's own message for no name
    QVERIFY(!empty.isEmpty());
    QCOMPARE(page.message(), empty);
    QCOMPARE(field<QLabel>(&page, "ruleValidation")->text(), empty);
    QVERIFY(!save->isEnabled());

    field<QLineEdit>(&page, "ruleName")->setText(QStringLiteral("周末规则"));
    QVERIFY(page.message().isEmpty());
    for (int d = 0; d < 7; ++d)
        field<QCheckBox>(&page, qPrintable(QStringLiteral("ruleDay%1").arg(d)))->setChecked(false);
    QVERIFY(!page.message().isEmpty()); // no day of the week
    QVERIFY(!save->isEnabled());
    QVERIFY(!page.saveRule());
    QVERIFY(page.message().contains(QLatin1String("schedule")));
    QCOMPARE(m_engine->rules().size(), 0);
}

void TestAlarmRulesPage::thresholdRuleKeepsItsFields()
{
    ui::AlarmRulesPage page(m_engine.get(), plant());
    page.show();
    page.newRule();
    field<QLineEdit>(&page, "ruleName")->setText(QStringLiteral("风机电流过低"));
    choose(field<QComboBox>(&page, "ruleKind"), int(AlarmRule::Kind::Threshold));
    choose(field<QComboBox>(&page, "ruleScope"), int(alarms::RuleScope::Point));
    choose(field<QComboBox>(&page, "ruleScopeId"), QStringLiteral("P02"));
    choose(field<QComboBox>(&page, "ruleQuantity"), index(Quantity::CurrentA));
    choose(field<QComboBox>(&page, "ruleDirection"), false);
    field<QDoubleSpinBox>(&page, "ruleLimit")->setValue(12.5);
    QVERIFY(page.saveRule());
    QCOMPARE(m_engine->rules().size(), 1);
    const AlarmRule r = m_engine->rules().first();
    QCOMPARE(r.kind, AlarmRule::Kind::Threshold);
    QCOMPARE(r.scopeId, QStringLiteral("P02"));
    QCOMPARE(r.quantity, Quantity::CurrentA);
    QCOMPARE(r.above, false);
    QCOMPARE(r.limit, 12.5);
    QVERIFY(!r.eventType);

    // Loading another rule and back fills the form again from the engine.
    page.newRule();
    QCOMPARE(field<QLineEdit>(&page, "ruleName")->text().isEmpty(), false);
    page.selectRule(r.id);
    page.revert();
    QCOMPARE(field<QDoubleSpinBox>(&page, "ruleLimit")->value(), 12.5);
    QCOMPARE(field<QComboBox>(&page, "ruleScopeId")->currentData().toString(),
             QStringLiteral("P02"));
}

QTEST_MAIN(TestAlarmRulesPage)
#include "tst_alarmrulespage.moc"
