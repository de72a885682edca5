// DevicesPage and its frame log: what goes out by signals (save, remove, test read, frame
// logging), what comes in by slots (plant, health, readings, frames, save results), the
// frame log's ring, coalescing, pause, filters and text export.
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/deviceeditdialog.h"
#include "vocsync/ui/devicereadingview.h"
#include "vocsync/ui/devicespage.h"
#include "vocsync/ui/framelogview.h"
#include "vocsync/ui/models/devicereadingmodel.h"
#include "vocsync/ui/models/devicetablemodel.h"
#include "vocsync/ui/models/framelogmodel.h"

#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace vocsync;
using acquisition::DeviceHealth;
using acquisition::FrameRecord;
using acquisition::Reading;
using vocsync::ui::DeviceEditDialog;
using vocsync::ui::DevicesPage;
using vocsync::ui::DeviceTableModel;
using vocsync::ui::FrameLogModel;
using vocsync::ui::FrameLogView;

namespace {

Device meter(const QString &id, const QString &protocol, const QString &port, int unit)
{
    Device d;
    d.id = id;
    d.enterpriseId = QStringLiteral("E01");
    d.protocol = protocol;
    d.port = port;
    d.address = QString::number(unit);
    d.templateId = QStringLiteral("acrel-dtsu666");
    return d;
}

Plant plant()
{
    Plant p;
    Enterprise e;
    e.id = QStringLiteral("E01");
    e.name = QStringLiteral("Alpha Furniture");
    p.enterprises = {e};
    const QString rtu = QStringLiteral("modbus_rtu");
    const QString usb0 = QStringLiteral("/dev/ttyUSB0");
    Device sim = meter(QStringLiteral("SIM-1"), QStringLiteral("simulator"), QString(), 1);
    p.devices = {meter(QStringLiteral("PM-01"), rtu, usb0, 1),
                 meter(QStringLiteral("PM-02"), rtu, usb0, 2),
                 meter(QStringLiteral("PM-21"), QStringLiteral("modbus_tcp"),
                       QStringLiteral("10.0.0.9:502"), 1),
                 sim};
    return p;
}

QList<acquisition::TemplateInfo> templates()
{
    acquisition::TemplateInfo t;
    t.id = QStringLiteral("acrel-dtsu666");
    t.protocol = QStringLiteral("modbus");
    t.manufacturer = QStringLiteral("Acrel");
    t.model = QStringLiteral("DTSU666");
    return {t};
}

FrameRecord frame(int n, const QString &bus, const QString &device)
{
    FrameRecord f;
    f.tMs = 1'795'000'000'000 + n;
    f.busId = bus;
    f.deviceId = device;
    f.direction = n % 2 ? FrameRecord::Direction::Rx : FrameRecord::Direction::Tx;
    f.bytes = QByteArray::fromHex("01030000000AC5CD");
    f.bytes.append(static_cast<char>(n & 0xff));
    f.note = n % 10 == 9 ? QStringLiteral("CRC error") : QString();
    return f;
}

} // namespace

class TestDevicesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsThePlantAndSummarises();
    void removeAsksFirst();
    void addGoesThroughTheDialog();
    void editCarriesThePreviousId();
    void pageTestReadShowsLiveValues();
    void healthAndReadingsReachTheDialog();
    void frameLoggingToggle();
    void frameLogIsCoalescedAndCapped();
    void frameLogFiltersAndSaves();
    void frameLogPauseHoldsFrames();

private:
    QTemporaryDir m_dir;
};

void TestDevicesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

void TestDevicesPage::listsThePlantAndSummarises()
{
    DevicesPage page(plant());
    page.setTemplates(templates());
    DeviceTableModel *model = page.model();
    QCOMPARE(model->rowCount(), 3); // ttyUSB0, the TCP gateway, simulated
    QVERIFY(page.tree()->isExpanded(model->busIndex(QStringLiteral("/dev/ttyUSB0"))));
    QVERIFY2(page.summary().startsWith(QStringLiteral("3 polled device(s)")),
             qPrintable(page.summary()));
    QVERIFY(page.summary().contains(QStringLiteral("3 Waiting")));

    DeviceHealth ok;
    ok.deviceId = QStringLiteral("PM-01");
    ok.status = DeviceHealth::Status::Ok;
    DeviceHealth fault = ok;
    fault.deviceId = QStringLiteral("PM-02");
    fault.status = DeviceHealth::Status::CommFault;
    fault.lastError = QStringLiteral("timeout after 1000 ms");
    page.updateHealth(ok);
    page.updateHealth(fault);
    QTRY_VERIFY(page.summary().contains(QStringLiteral("1 Comm fault")));
    QVERIFY(page.summary().contains(QStringLiteral("1 OK")));
    QVERIFY(page.summary().contains(QStringLiteral("1 Waiting")));

    // The simulated device: listed, no health, not editable, not testable.
    page.selectDevice(QStringLiteral("SIM-1"));
    QCOMPARE(page.selectedDeviceId(), QStringLiteral("SIM-1"));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("deviceEdit"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("deviceTestRead"))->isEnabled());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("deviceRemove"))->isEnabled());

    // The selection survives a new plant.
    page.selectDevice(QStringLiteral("PM-02"));
    page.setPlant(plant());
    QCOMPARE(page.selectedDeviceId(), QStringLiteral("PM-02"));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("deviceEdit"))->isEnabled());
}

void TestDevicesPage::removeAsksFirst()
{
    DevicesPage page(plant());
    QSignalSpy removed(&page, &DevicesPage::removeRequested);
    QString asked;
    bool answer = false;
    page.setConfirm([&](const QString &question) {
        asked = question;
        return answer;
    });
    QVERIFY(!page.removeSelected()); // nothing selected
    page.selectDevice(QStringLiteral("PM-21"));
    QVERIFY(!page.removeSelected());
    QVERIFY(asked.contains(QStringLiteral("PM-21")));
    QCOMPARE(removed.count(), 0);
    answer = true;
    QVERIFY(page.removeSelected());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("PM-21"));
    page.saveFinished(false, QStringLiteral("points still refer to it"));
    QVERIFY2(page.message().contains(QStringLiteral("points still refer to it")) &&
                 page.message().contains(QStringLiteral("PM-21")),
             qPrintable(page.message()));
}

void TestDevicesPage::addGoesThroughTheDialog()
{
    DevicesPage page(plant());
    page.setTemplates(templates());
    page.show();
    QSignalSpy save(&page, &DevicesPage::saveRequested);
    page.addDevice();
    DeviceEditDialog *dialog = page.editDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->previousId(), QString());
    dialog->findChild<QLineEdit *>(QStringLiteral("deviceId"))->setText(QStringLiteral("PM-01"));
    dialog->findChild<QComboBox *>(QStringLiteral("devicePort"))
        ->setCurrentText(QStringLiteral("/dev/ttyUSB0"));
    dialog->findChild<QSpinBox *>(QStringLiteral("deviceUnit"))->setValue(3);
    dialog->accept();
    QCOMPARE(save.count(), 0); // PM-01 exists
    QVERIFY(dialog->errorText().startsWith(QStringLiteral("Device id: ")));
    dialog->findChild<QLineEdit *>(QStringLiteral("deviceId"))->setText(QStringLiteral("PM-03"));
    dialog->accept();
    QCOMPARE(save.count(), 1);
    const Device saved = save.first().first().value<Device>();
    QCOMPARE(saved.id, QStringLiteral("PM-03"));
    QCOMPARE(saved.port, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(saved.address, QStringLiteral("3"));
    QCOMPARE(saved.enterpriseId, QStringLiteral("E01"));
    QCOMPARE(save.first().at(1).toString(), QString());

    // The store refuses: the dialog stays with the message.
    page.saveFinished(false, QStringLiteral("disk full"));
    QVERIFY(page.editDialog());
    QVERIFY(dialog->errorText().contains(QStringLiteral("disk full")));
    QCOMPARE(page.message(), QString());
    dialog->accept();
    QCOMPARE(save.count(), 2);
    // Saved: the app sends the new plant, then the answer; the dialog closes.
    Plant next = plant();
    next.devices.append(saved);
    page.setPlant(next);
    page.saveFinished(true, QString());
    QTRY_VERIFY(!page.editDialog());
    QCOMPARE(page.selectedDeviceId(), QStringLiteral("PM-03"));
}

void TestDevicesPage::editCarriesThePreviousId()
{
    DevicesPage page(plant());
    page.setTemplates(templates());
    page.show();
    QSignalSpy save(&page, &DevicesPage::saveRequested);
    page.selectDevice(QStringLiteral("PM-02"));
    page.editSelected();
    DeviceEditDialog *dialog = page.editDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->device().id, QStringLiteral("PM-02"));
    dialog->findChild<QLineEdit *>(QStringLiteral("deviceId"))->setText(QStringLiteral("PM-02b"));
    dialog->accept();
    QCOMPARE(save.count(), 1);
    QCOMPARE(save.first().first().value<Device>().id, QStringLiteral("PM-02b"));
    QCOMPARE(save.first().at(1).toString(), QStringLiteral("PM-02"));
    dialog->reject();
    QTRY_VERIFY(!page.editDialog());
}

void TestDevicesPage::pageTestReadShowsLiveValues()
{
    DevicesPage page(plant());
    QSignalSpy started(&page, &DevicesPage::testReadRequested);
    QSignalSpy stopped(&page, &DevicesPage::testReadStopped);
    page.selectDevice(QStringLiteral("PM-01"));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("deviceTestRead"));
    button->click();
    QCOMPARE(started.count(), 1);
    const Device test = started.first().first().value<Device>();
    QCOMPARE(test.id, QStringLiteral("test:PM-01"));
    QCOMPARE(test.port, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(page.testReadId(), QStringLiteral("test:PM-01"));
    QVERIFY(button->isChecked());

    Reading r;
    r.deviceId = QStringLiteral("test:PM-01");
    r.values.push_back({QStringLiteral("p"),
                        QStringLiteral("Active power"),
                        QStringLiteral("kW"),
                        12.5,
                        3,
                        true,
                        {}});
    page.showReading(r);
    QCOMPARE(page.readingView()->model()->rowCount(), 1);
    QCOMPARE(page.readingView()->model()->index(0, 2).data().toString(),
             QStringLiteral("12.500 kW"));

    // Another device selected: the test stops.
    page.selectDevice(QStringLiteral("PM-02"));
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.first().first().toString(), QStringLiteral("test:PM-01"));
    QVERIFY(!button->isChecked());
    QCOMPARE(page.readingView()->model()->rowCount(), 0);

    // PM-02's own scheduled reading shows in the detail area.
    Reading own;
    own.deviceId = QStringLiteral("PM-02");
    own.values = r.values;
    own.values.push_back(r.values.front());
    page.showReading(own);
    QCOMPARE(page.readingView()->model()->rowCount(), 2);
}

void TestDevicesPage::healthAndReadingsReachTheDialog()
{
    DevicesPage page(plant());
    page.setTemplates(templates());
    page.show();
    QSignalSpy started(&page, &DevicesPage::testReadRequested);
    QSignalSpy stopped(&page, &DevicesPage::testReadStopped);
    page.selectDevice(QStringLiteral("PM-01"));
    page.editSelected();
    DeviceEditDialog *dialog = page.editDialog();
    QVERIFY(dialog);
    dialog->startTestRead();
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<Device>().id, QStringLiteral("test:PM-01"));

    Reading r;
    r.deviceId = QStringLiteral("test:PM-01");
    r.values.push_back(
        {QStringLiteral("ua"), QStringLiteral("Ua"), QStringLiteral("V"), 231, 1, true, {}});
    page.showReading(r);
    QCOMPARE(dialog->readingView()->model()->rowCount(), 1);
    DeviceHealth h;
    h.deviceId = QStringLiteral("test:PM-01");
    h.status = DeviceHealth::Status::Ok;
    h.polls = 1;
    h.good = 1;
    page.updateHealth(h);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("testReadStatus"))
                ->text()
                .contains(QStringLiteral("OK")));
    dialog->reject();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.first().first().toString(), QStringLiteral("test:PM-01"));
}

void TestDevicesPage::frameLoggingToggle()
{
    DevicesPage page(plant());
    QSignalSpy logging(&page, &DevicesPage::frameLoggingChanged);
    page.frameLog()->loggingButton()->click();
    QCOMPARE(logging.count(), 1);
    QCOMPARE(logging.last().first().toBool(), true);
    QVERIFY(page.frameLog()->isLogging());
    page.frameLog()->setLogging(true); // no change, no signal
    QCOMPARE(logging.count(), 1);
    page.frameLog()->loggingButton()->click();
    QCOMPARE(logging.count(), 2);
    QCOMPARE(logging.last().first().toBool(), false);
}

void TestDevicesPage::frameLogIsCoalescedAndCapped()
{
    DevicesPage page(plant());
    FrameLogModel *model = page.frameLog()->model();
    QSignalSpy inserted(model, &FrameLogModel::rowsInserted);
    for (int n = 0; n < 6000; ++n)
        page.appendFrame(frame(n, QStringLiteral("/dev/ttyUSB0"), QStringLiteral("PM-01")));
    QCOMPARE(model->rowCount(), 0); // held until the next append tick
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), FrameLogModel::kCapacity, 1000);
    QCOMPARE(inserted.count(), 1);
    // The ring kept the newest 5000: frames 1000..5999.
    QCOMPARE(model->frame(0).tMs, 1'795'000'000'000 + 1000);
    QCOMPARE(model->frame(FrameLogModel::kCapacity - 1).tMs, 1'795'000'000'000 + 5999);

    for (int n = 6000; n < 6010; ++n)
        page.appendFrame(frame(n, QStringLiteral("/dev/ttyUSB0"), QStringLiteral("PM-01")));
    QTRY_COMPARE(model->frame(FrameLogModel::kCapacity - 1).tMs, 1'795'000'000'000 + 6009);
    QCOMPARE(model->rowCount(), FrameLogModel::kCapacity);
    QCOMPARE(model->frame(0).tMs, 1'795'000'000'000 + 1010);

    const QModelIndex last = model->index(FrameLogModel::kCapacity - 1, 0);
    QCOMPARE(last.siblingAtColumn(FrameLogModel::BytesColumn).data().toString(),
             QStringLiteral("01 03 00 00 00 0A C5 CD 79"));
    QCOMPARE(last.siblingAtColumn(FrameLogModel::DirectionColumn).data().toString(),
             QStringLiteral("← RX"));
    QCOMPARE(last.siblingAtColumn(FrameLogModel::NoteColumn).data().toString(),
             QStringLiteral("CRC error"));
    QCOMPARE(
        last.siblingAtColumn(FrameLogModel::NoteColumn).data(Qt::ForegroundRole).value<QColor>(),
        QColor(0xc4, 0x1d, 0x1d));
    // Time with milliseconds, in the station zone (11:06:46 UTC).
    QCOMPARE(last.siblingAtColumn(FrameLogModel::TimeColumn).data().toString(),
             QStringLiteral("19:06:46.009"));

    page.frameLog()->clear();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->buses().isEmpty());
}

void TestDevicesPage::frameLogFiltersAndSaves()
{
    FrameLogView log;
    for (int n = 0; n < 30; ++n) {
        const QString bus =
            n % 3 == 0 ? QStringLiteral("10.0.0.9:502") : QStringLiteral("/dev/ttyUSB0");
        const QString device =
            n % 3 == 0 ? QStringLiteral("PM-21")
                       : (n % 3 == 1 ? QStringLiteral("PM-01") : QStringLiteral("PM-02"));
        log.appendFrame(frame(n, bus, device));
    }
    log.flush();
    QCOMPARE(log.model()->rowCount(), 30);
    QCOMPARE(log.model()->buses(),
             (QStringList{QStringLiteral("/dev/ttyUSB0"), QStringLiteral("10.0.0.9:502")}));
    QCOMPARE(log.model()->deviceIds().size(), 3);
    auto *busCombo = log.findChild<QComboBox *>(QStringLiteral("frameBusFilter"));
    QCOMPARE(busCombo->count(), 3); // all + 2

    log.setBusFilter(QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(log.visibleModel()->rowCount(), 20);
    QCOMPARE(busCombo->currentData().toString(), QStringLiteral("/dev/ttyUSB0"));
    log.setDeviceFilter(QStringLiteral("PM-02"));
    QCOMPARE(log.visibleModel()->rowCount(), 10);
    log.setDeviceFilter(QStringLiteral("PM-21")); // on another bus: nothing
    QCOMPARE(log.visibleModel()->rowCount(), 0);
    log.setBusFilter(QString());
    QCOMPARE(log.visibleModel()->rowCount(), 10);

    const QString path = m_dir.filePath(QStringLiteral("frames.txt"));
    const Status saved = log.saveText(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines.first(), QStringLiteral("2026-11-18 19:06:40.000\t10.0.0.9:502\tPM-21\tTX\t"
                                           "01 03 00 00 00 0A C5 CD 00\t"));
    QVERIFY(lines.at(3).endsWith(QStringLiteral("\tRX\t01 03 00 00 00 0A C5 CD 09\tCRC error")));

    QVERIFY(!log.saveText(m_dir.filePath(QStringLiteral("no/such/dir/frames.txt"))).ok());
}

void TestDevicesPage::frameLogPauseHoldsFrames()
{
    FrameLogView log;
    log.appendFrame(frame(0, QStringLiteral("/dev/ttyUSB0"), QStringLiteral("PM-01")));
    log.flush();
    log.pauseButton()->click();
    QVERIFY(log.isPaused());
    for (int n = 1; n <= 20; ++n)
        log.appendFrame(frame(n, QStringLiteral("/dev/ttyUSB0"), QStringLiteral("PM-01")));
    QTest::qWait(3 * FrameLogView::kAppendIntervalMs);
    QCOMPARE(log.model()->rowCount(), 1);
    QCOMPARE(log.heldCount(), 20);
    log.pauseButton()->click();
    QVERIFY(!log.isPaused());
    QCOMPARE(log.model()->rowCount(), 21);
    QCOMPARE(log.heldCount(), 0);
}

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
