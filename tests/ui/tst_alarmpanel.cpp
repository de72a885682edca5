// The alarm panel against a real AlarmEngine on a temporary station database: an analysis
// event raises an alarm that appears in the table, the acknowledge dialog (comment required)
// changes its state in the table and in the store, shelving and unshelving, the banner and the
// trend markers in the main window, the sound that stops at acknowledgement, and the desktop
// channel without a system tray.
#include "alarmfixture.h"

#include "vocsync/alarms/alarmengine.h"
#include "vocsync/alarms/alarmstore.h"
#include "vocsync/ui/alarmpanelpage.h"
#include "vocsync/ui/alarmsound.h"
#include "vocsync/ui/desktopchannel.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/models/alarmtablemodel.h"
#include "vocsync/ui/uisettings.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vocsync;
using namespace alarmfixture;
using alarms::AlarmLevel;
using alarms::AlarmState;
using ui::AlarmTableModel;

namespace {
/// Runs `fill` on the next modal dialog once it is open, then presses its OK button.
void answerNextDialog(const std::function<void(QDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
}
} // namespace

class TestAlarmPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventRaisesAlarmInTable();
    void acknowledgeDialogChangesState();
    void acknowledgeNeedsAComment();
    void shelveUntilEndOfShiftAndUnshelve();
    void soundRepeatsUntilAcknowledged();
    void bannerAndTrendMarkersInMainWindow();
    void desktopChannelWithoutTray();

private:
    qint64 raise(const char *facility, const char *related, std::int64_t startMs);

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<alarms::AlarmStore> m_store;
    std::unique_ptr<alarms::AlarmEngine> m_engine;
    std::int64_t m_now = t0;
};

void TestAlarmPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("VocSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_alarmpanel"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    ui::UiSettings().setOperatorName(QStringLiteral("值班员甲"));
    ui::UiSettings().setShiftStarts({QTime(8, 0), QTime(20, 0)});

    m_dbPath = m_dir.filePath(QStringLiteral("station.db"));
    auto store = alarms::AlarmStore::open(m_dbPath);
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    m_store = std::move(store).value();
    m_engine = std::make_unique<alarms::AlarmEngine>(plant(), m_store.get());
    m_engine->setClock([this] { return m_now; });
    QVERIFY(m_engine->load().ok());
    alarms::AlarmRule rule;
    rule.name = QStringLiteral("未同时开启报警");
    rule.level = AlarmLevel::Alarm;
    QVERIFY(m_engine->saveRule(rule).ok());
}

qint64 TestAlarmPanel::raise(const char *facility, const char *related, std::int64_t startMs)
{
    QSignalSpy raised(m_engine.get(), &alarms::AlarmEngine::alarmRaised);
    m_engine->onEvent(syncEvent(startMs, m_now, true, analysis::EventType::TreatmentNotStarted,
                                facility, related));
    if (raised.count() != 1)
        return 0;
    return raised.first().first().value<alarms::Alarm>().id;
}

void TestAlarmPanel::eventRaisesAlarmInTable()
{
    ui::AlarmPanelPage panel(m_engine.get(), plant());
    const int before = panel.model()->rowCount();
    const qint64 id = raise("F02", "F01", m_now - 10 * kMin);
    QVERIFY(id > 0);
    QCOMPARE(panel.model()->rowCount(), before + 1);
    const int row = panel.model()->rowOf(id);
    QCOMPARE(row, 0);
    const QModelIndex index = panel.model()->index(row, AlarmTableModel::FacilityColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("活性炭吸附装置"));
    QCOMPARE(index.data(AlarmTableModel::StateRole).toInt(), int(AlarmState::ActiveUnacknowledged));
    QCOMPARE(index.data(AlarmTableModel::LevelRole).toInt(), int(AlarmLevel::Alarm));
}

void TestAlarmPanel::acknowledgeDialogChangesState()
{
    ui::AlarmPanelPage panel(m_engine.get(), plant());
    panel.resize(1200, 700);
    panel.show();
    const qint64 id = raise("F04", "F03", m_now - 5 * kMin);
    QVERIFY(id > 0);
    panel.selectAlarm(id);
    QCOMPARE(panel.selectedAlarmIds(), QList<qint64>{id});

    answerNextDialog([](QDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ackUser"))->text(),
                 QStringLiteral("值班员甲"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("ackComment"))
            ->setPlainText(QStringLiteral("已电话通知企业开启RTO"));
    });
    panel.acknowledgeSelected();

    const int row = panel.model()->rowOf(id);
    QVERIFY(row >= 0);
    const alarms::Alarm &a = panel.model()->alarmAt(row);
    QCOMPARE(a.state, AlarmState::ActiveAcknowledged);
    QCOMPARE(a.ackBy, QStringLiteral("值班员甲"));
    QCOMPARE(a.ackComment, QStringLiteral("已电话通知企业开启RTO"));
    QCOMPARE(panel.model()->index(row, 0).data(AlarmTableModel::AcknowledgedRole).toBool(), true);
    // Written through: a second connection to the database sees it.
    auto other = alarms::AlarmStore::open(m_dbPath);
    QVERIFY(other.ok());
    auto open = other.value()->openAlarms();
    QVERIFY(open.ok());
    const auto it = std::find_if(open.value().cbegin(), open.value().cend(),
                                 [id](const alarms::Alarm &x) { return x.id == id; });
    QVERIFY(it != open.value().cend());
    QCOMPARE(it->ackBy, QStringLiteral("值班员甲"));
    QCOMPARE(it->state, AlarmState::ActiveAcknowledged);
}

void TestAlarmPanel::acknowledgeNeedsAComment()
{
    ui::AlarmPanelPage panel(m_engine.get(), plant());
    panel.show();
    const qint64 id = raise("F02", "F01", m_now - 3 * kMin - 7);
    QVERIFY(id > 0);
    panel.selectAlarm(id);
    bool okEnabled = true;
    QTimer::singleShot(0, [&okEnabled] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        okEnabled =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    panel.acknowledgeSelected();
    QVERIFY(!okEnabled);
    QCOMPARE(panel.model()->alarmAt(panel.model()->rowOf(id)).state,
             AlarmState::ActiveUnacknowledged);
}

void TestAlarmPanel::shelveUntilEndOfShiftAndUnshelve()
{
    ui::AlarmPanelPage panel(m_engine.get(), plant());
    panel.show();
    const qint64 id = raise("F04", "F03", m_now - 7 * kMin - 3);
    QVERIFY(id > 0);
    panel.setNow(m_now);
    panel.selectAlarm(id);
    answerNextDialog([](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("shelveReason"))
            ->setText(QStringLiteral("RTO计划检修"));
    });
    panel.shelveSelected(2); // ShelveDialog::EndOfShift
    const alarms::Alarm shelved = panel.model()->alarmAt(panel.model()->rowOf(id));
    // t0 is 10:00 in Shanghai; shifts start at 08:00 and 20:00: shelved until 20:00.
    QCOMPARE(shelved.shelvedUntilMs, shanghai(2026, 11, 24, 20, 0));
    QCOMPARE(shelved.shelvedBy, QStringLiteral("值班员甲"));
    QVERIFY(panel.model()
                ->index(panel.model()->rowOf(id), 0)
                .data(AlarmTableModel::ShelvedRole)
                .toBool());

    QVERIFY(panel.unshelveAlarms({id}, QStringLiteral("值班员甲")).ok());
    QVERIFY(!panel.model()
                 ->index(panel.model()->rowOf(id), 0)
                 .data(AlarmTableModel::ShelvedRole)
                 .toBool());
}

void TestAlarmPanel::soundRepeatsUntilAcknowledged()
{
    AlarmTableModel model(AlarmTableModel::Mode::Current);
    ui::AlarmSound sound(&model);
    int beeps = 0;
    sound.setBeeper([&beeps] { ++beeps; });
    sound.setIntervalMs(40);
    model.setNow(t0);
    // A warning alone is silent.
    model.setAlarms({alarm(1, "E01", "F02", AlarmLevel::Warning, AlarmState::ActiveUnacknowledged,
                           t0, QStringLiteral("w"))});
    QCOMPARE(beeps, 0);
    QVERIFY(!sound.isRinging());

    alarms::Alarm a = alarm(2, "E01", "F02", AlarmLevel::Alarm, AlarmState::ActiveUnacknowledged,
                            t0, QStringLiteral("a"));
    model.updateAlarm(a);
    QCOMPARE(beeps, 1); // at once
    QTRY_VERIFY_WITH_TIMEOUT(beeps >= 3, 2000);
    a.state = AlarmState::ActiveAcknowledged;
    model.updateAlarm(a);
    QVERIFY(!sound.isRinging());
    const int after = beeps;
    QTest::qWait(150);
    QCOMPARE(beeps, after);

    // Cleared but unacknowledged still rings; shelved does not; switched off does not.
    alarms::Alarm b = alarm(3, "E02", "F04", AlarmLevel::Alarm, AlarmState::ClearedUnacknowledged,
                            t0, QStringLiteral("b"));
    model.updateAlarm(b);
    QVERIFY(sound.isRinging());
    b.shelvedUntilMs = t0 + 60 * kMin;
    model.updateAlarm(b);
    QVERIFY(!sound.isRinging());
    b.shelvedUntilMs = 0;
    model.updateAlarm(b);
    QVERIFY(sound.isRinging());
    sound.setEnabled(false);
    QVERIFY(!sound.isRinging());
}

void TestAlarmPanel::bannerAndTrendMarkersInMainWindow()
{
    ui::MainWindow window(plant(), m_dbPath, m_engine.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("alarmBanner"));
    QVERIFY(banner);
    const qint64 id = raise("F02", "F01", m_now - 2 * kMin - 11);
    QVERIFY(id > 0);
    QVERIFY(banner->isVisible());

    // Clicking the banner opens the panel on that alarm.
    QTest::mouseClick(banner, Qt::LeftButton, {}, QPoint(40, banner->height() / 2));
    QCOMPARE(window.currentPage(), ui::MainWindow::Page::Alarms);
    auto *panel = window.findChild<ui::AlarmPanelPage *>();
    QVERIFY(panel);
    QCOMPARE(panel->selectedAlarmIds(), QList<qint64>{id});

    // The production facility's trend marks the alarm of the treatment serving it.
    window.showFacilityTrend(QStringLiteral("F01"));
    auto *plot = window.findChild<QCustomPlot *>(QStringLiteral("trendPlot"));
    QVERIFY(plot);
    QCPLayer *layer = plot->layer(QStringLiteral("alarms"));
    QVERIFY(layer);
    QVERIFY(layer->children().size() >= 3); // span, start line, label per alarm
    window.showFacilityTrend(QStringLiteral("F03"));
    const int forF03 = static_cast<int>(layer->children().size());
    window.showFacilityTrend(QStringLiteral("F01"));
    QVERIFY(static_cast<int>(layer->children().size()) > forF03);

    // Acknowledged and cleared: the banner goes.
    QVERIFY(m_engine->acknowledge(id, QStringLiteral("值班员甲"), QStringLiteral("ok")).ok());
    for (const alarms::Alarm &a : m_engine->currentAlarms()) {
        if (a.active() && a.level == AlarmLevel::Alarm)
            m_engine->onEvent(syncEvent(a.startMs, m_now, false,
                                        analysis::EventType::TreatmentNotStarted,
                                        qPrintable(a.facility), qPrintable(a.related)));
    }
    QVERIFY(!banner->isVisible());
}

void TestAlarmPanel::desktopChannelWithoutTray()
{
    ui::DesktopChannel channel;
    QCOMPARE(channel.name(), QStringLiteral("desktop"));
    QVERIFY(!channel.trayIcon()); // offscreen: no system tray
    QSignalSpy delivered(&channel, &alarms::NotificationChannel::delivered);
    alarms::Notification n;
    n.id = 42;
    n.alarmId = 7;
    n.title = QStringLiteral("报警 E01 活性炭吸附装置");
    n.text = QStringLiteral("未同时开启，持续43分钟");
    n.level = 1;
    channel.send(n);
    QCOMPARE(delivered.count(), 0); // reported from the event loop, not inside send()
    QVERIFY(delivered.wait(1000));
    const auto result = delivered.first().first().value<alarms::DeliveryResult>();
    QCOMPARE(result.notificationId, 42);
    QCOMPARE(result.channel, QStringLiteral("desktop"));
    QVERIFY(!result.ok);
    QCOMPARE(result.detail, QStringLiteral("no system tray"));
    QVERIFY(result.atMs > 0);
}

QTEST_MAIN(TestAlarmPanel)
#include "tst_alarmpanel.moc"
