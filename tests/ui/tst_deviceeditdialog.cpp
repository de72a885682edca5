// DeviceEditDialog: templates filtered by protocol, validation messages that name the field
// and keep what was typed, the save round trip, and the test read with the unsaved settings.
#include "vocsync/ui/deviceeditdialog.h"
#include "vocsync/ui/devicereadingview.h"
#include "vocsync/ui/models/devicereadingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace vocsync;
using acquisition::DeviceHealth;
using acquisition::Reading;
using acquisition::TemplateInfo;
using vocsync::ui::DeviceEditDialog;

namespace {

TemplateInfo info(const QString &id, const QString &protocol, const QString &manufacturer,
                  const QString &model, bool user = false)
{
    TemplateInfo t;
    t.id = id;
    t.protocol = protocol;
    t.manufacturer = manufacturer;
    t.model = model;
    t.description = QStringLiteral("Three-phase energy meter");
    t.manual = QStringLiteral("%1 user manual, register table").arg(model);
    t.user = user;
    return t;
}

QList<TemplateInfo> templates()
{
    return {info(QStringLiteral("acrel-dtsu666"), QStringLiteral("modbus"), QStringLiteral("Acrel"),
                 QStringLiteral("DTSU666")),
            info(QStringLiteral("chint-dtsu666"), QStringLiteral("modbus"), QStringLiteral("CHINT"),
                 QStringLiteral("DTSU666"), true),
            info(QStringLiteral("dlt645-2007-generic"), QStringLiteral("dlt645"),
                 QStringLiteral("Generic"), QStringLiteral("DL/T 645-2007 meter"))};
}

QList<Enterprise> enterprises()
{
    Enterprise a;
    a.id = QStringLiteral("E01");
    a.name = QStringLiteral("Alpha Furniture");
    Enterprise b;
    b.id = QStringLiteral("E02");
    b.name = QStringLiteral("Beta Printing");
    return {a, b};
}

Device rtuMeter()
{
    Device d;
    d.id = QStringLiteral("PM-07");
    d.enterpriseId = QStringLiteral("E02");
    d.kind = DeviceKind::PowerMeter;
    d.model = QStringLiteral("DTSU666");
    d.firmware = QStringLiteral("V1.02");
    d.protocol = QStringLiteral("modbus_rtu");
    d.templateId = QStringLiteral("chint-dtsu666");
    d.port = QStringLiteral("/dev/ttyUSB1");
    d.address = QStringLiteral("7");
    d.serial = {19200, 'E', 8, 1, 5};
    d.pollIntervalMs = 2500;
    d.timeoutMs = 800;
    d.ptRatio = 1;
    d.ctRatio = 40;
    d.enabled = false;
    return d;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class TestDeviceEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void templatesFollowTheProtocol();
    void networkProtocolsTakeHostAndPort();
    void loadedDeviceComesBackUnchanged();
    void errorsNameTheFieldAndKeepInput_data();
    void errorsNameTheFieldAndKeepInput();
    void duplicateIdIsRefused();
    void saveWaitsForTheAnswer();
    void testReadUsesUnsavedSettings();
    void dltDefaultsForNewDevice();
};

void TestDeviceEditDialog::templatesFollowTheProtocol()
{
    DeviceEditDialog dialog(enterprises(), templates(), {});
    auto *protocol = child<QComboBox>(&dialog, "deviceProtocol");
    QCOMPARE(protocol->currentData().toString(), QStringLiteral("modbus_rtu"));
    QCOMPARE(dialog.offeredTemplates(),
             (QStringList{QStringLiteral("acrel-dtsu666"), QStringLiteral("chint-dtsu666")}));
    auto *picker = child<QComboBox>(&dialog, "deviceTemplate");
    QCOMPARE(picker->itemText(1), QStringLiteral("CHINT DTSU666 (user template)"));
    picker->setCurrentIndex(1);
    const QString shown = child<QLabel>(&dialog, "templateInfo")->text();
    QVERIFY2(shown.contains(QStringLiteral("DTSU666 user manual")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Three-phase energy meter")));

    protocol->setCurrentIndex(protocol->findData(QStringLiteral("dlt645")));
    QCOMPARE(dialog.offeredTemplates(), QStringList{QStringLiteral("dlt645-2007-generic")});
    QCOMPARE(dialog.device().templateId, QStringLiteral("dlt645-2007-generic"));
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("modbus_tcp")));
    QCOMPARE(dialog.offeredTemplates().size(), 2);

    // No template of the protocol: nothing to pick, and Save says so.
    DeviceEditDialog bare(enterprises(), templates().mid(0, 2), {});
    auto *p = child<QComboBox>(&bare, "deviceProtocol");
    p->setCurrentIndex(p->findData(QStringLiteral("dlt645")));
    QVERIFY(bare.offeredTemplates().isEmpty());
    child<QLineEdit>(&bare, "deviceId")->setText(QStringLiteral("EM-1"));
    child<QLineEdit>(&bare, "deviceDltAddress")->setText(QStringLiteral("000012345678"));
    child<QComboBox>(&bare, "devicePort")->setEditText(QStringLiteral("/dev/ttyUSB0"));
    QVERIFY2(bare.validate().startsWith(QStringLiteral("Template: ")),
             qPrintable(bare.errorText()));
}

void TestDeviceEditDialog::networkProtocolsTakeHostAndPort()
{
    DeviceEditDialog dialog(enterprises(), templates(), {});
    auto *protocol = child<QComboBox>(&dialog, "deviceProtocol");
    auto *host = child<QLineEdit>(&dialog, "deviceHost");
    auto *port = child<QComboBox>(&dialog, "devicePort");
    port->setEditText(QStringLiteral("/dev/ttyUSB3"));
    QVERIFY(!host->isVisibleTo(&dialog));
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("modbus_rtu_tcp")));
    QVERIFY(host->isVisibleTo(&dialog));
    QVERIFY(!child<QComboBox>(&dialog, "serialBaud")->isEnabledTo(&dialog));
    host->setText(QStringLiteral("10.0.0.9:4001"));
    QCOMPARE(dialog.device().port, QStringLiteral("10.0.0.9:4001"));
    // Switching back keeps what was typed in each field.
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("modbus_rtu")));
    QCOMPARE(dialog.device().port, QStringLiteral("/dev/ttyUSB3"));
    QCOMPARE(host->text(), QStringLiteral("10.0.0.9:4001"));
}

void TestDeviceEditDialog::loadedDeviceComesBackUnchanged()
{
    DeviceEditDialog dialog(enterprises(), templates(), {QStringLiteral("PM-07")});
    const Device in = rtuMeter();
    dialog.setDevice(in);
    QCOMPARE(dialog.previousId(), QStringLiteral("PM-07"));
    const Device out = dialog.device();
    QCOMPARE(out.id, in.id);
    QCOMPARE(out.enterpriseId, in.enterpriseId);
    QCOMPARE(out.protocol, in.protocol);
    QCOMPARE(out.templateId, in.templateId);
    QCOMPARE(out.model, in.model);
    QCOMPARE(out.firmware, in.firmware); // not shown, kept
    QCOMPARE(out.port, in.port);
    QCOMPARE(out.address, in.address);
    QCOMPARE(out.serial.baud, 19200);
    QCOMPARE(out.serial.parity, 'E');
    QCOMPARE(out.serial.dataBits, 8);
    QCOMPARE(out.serial.stopBits, 1);
    QCOMPARE(out.serial.frameDelayMs, 5);
    QCOMPARE(out.pollIntervalMs, 2500);
    QCOMPARE(out.timeoutMs, 800);
    QCOMPARE(out.ptRatio, 1.0);
    QCOMPARE(out.ctRatio, 40.0);
    QCOMPARE(out.enabled, false);
    // Its own id is not a duplicate of itself.
    QCOMPARE(dialog.validate(), QString());

    Device dlt = rtuMeter();
    dlt.protocol = QStringLiteral("dlt645");
    dlt.templateId = QStringLiteral("dlt645-2007-generic");
    dlt.address = QStringLiteral("000012345678");
    dlt.serial = {2400, 'E', 8, 1, 0};
    dialog.setDevice(dlt);
    QCOMPARE(dialog.device().address, QStringLiteral("000012345678"));
    QCOMPARE(dialog.device().serial.baud, 2400);
}

void TestDeviceEditDialog::errorsNameTheFieldAndKeepInput_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty id") << "modbus_rtu"
                              << "deviceId"
                              << ""
                              << "Device id: ";
    QTest::newRow("id with a space") << "modbus_rtu"
                                     << "deviceId"
                                     << "PM 1"
                                     << "Device id: ";
    QTest::newRow("no serial port") << "modbus_rtu"
                                    << "devicePort"
                                    << ""
                                    << "Port: ";
    QTest::newRow("short DL/T 645 address") << "dlt645"
                                            << "deviceDltAddress"
                                            << "12345"
                                            << "Address: ";
    QTest::newRow("host without port") << "modbus_tcp"
                                       << "deviceHost"
                                       << "10.0.0.9"
                                       << "Port: ";
    QTest::newRow("TCP port out of range") << "modbus_tcp"
                                           << "deviceHost"
                                           << "10.0.0.9:70000"
                                           << "Port: ";
}

void TestDeviceEditDialog::errorsNameTheFieldAndKeepInput()
{
    QFETCH(QString, protocol);
    QFETCH(QString, widget);
    QFETCH(QString, typed);
    QFETCH(QString, field);

    DeviceEditDialog dialog(enterprises(), templates(), {});
    auto *p = child<QComboBox>(&dialog, "deviceProtocol");
    p->setCurrentIndex(p->findData(protocol));
    // Everything valid first ...
    child<QLineEdit>(&dialog, "deviceId")->setText(QStringLiteral("PM-1"));
    child<QComboBox>(&dialog, "devicePort")->setEditText(QStringLiteral("/dev/ttyUSB0"));
    child<QLineEdit>(&dialog, "deviceHost")->setText(QStringLiteral("10.0.0.9:502"));
    child<QLineEdit>(&dialog, "deviceDltAddress")->setText(QStringLiteral("000012345678"));
    child<QDoubleSpinBox>(&dialog, "pollInterval")->setValue(30);
    QCOMPARE(dialog.validate(), QString());
    // ... then the one bad field.
    QObject *w = dialog.findChild<QObject *>(widget);
    QVERIFY(w);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->setText(typed);
    else
        qobject_cast<QComboBox *>(w)->setEditText(typed);

    QSignalSpy save(&dialog, &DeviceEditDialog::saveRequested);
    dialog.show();
    dialog.accept();
    QCOMPARE(save.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().startsWith(field), qPrintable(dialog.errorText()));
    QVERIFY(child<QLabel>(&dialog, "dialogError")->isVisible());
    // What the user typed is still there, and so is everything else.
    const Device d = dialog.device();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        QCOMPARE(edit->text(), typed);
    else
        QCOMPARE(qobject_cast<QComboBox *>(w)->currentText(), typed);
    QCOMPARE(d.pollIntervalMs, 30000);
    QCOMPARE(d.protocol, protocol);
}

void TestDeviceEditDialog::duplicateIdIsRefused()
{
    DeviceEditDialog dialog(enterprises(), templates(),
                            {QStringLiteral("PM-07"), QStringLiteral("PM-08")});
    dialog.setDevice(rtuMeter());
    child<QLineEdit>(&dialog, "deviceId")->setText(QStringLiteral("PM-08"));
    const QString error = dialog.validate();
    QVERIFY2(error.startsWith(QStringLiteral("Device id: ")) &&
                 error.contains(QStringLiteral("PM-08")),
             qPrintable(error));
    child<QLineEdit>(&dialog, "deviceId")->setText(QStringLiteral("test:PM-9"));
    QVERIFY(dialog.validate().startsWith(QStringLiteral("Device id: ")));
    child<QLineEdit>(&dialog, "deviceId")->setText(QStringLiteral("PM-09"));
    QCOMPARE(dialog.validate(), QString());
    QVERIFY(!child<QLabel>(&dialog, "dialogError")->isVisibleTo(&dialog));
}

void TestDeviceEditDialog::saveWaitsForTheAnswer()
{
    DeviceEditDialog dialog(enterprises(), templates(), {QStringLiteral("PM-07")});
    dialog.setDevice(rtuMeter());
    child<QSpinBox>(&dialog, "pollTimeout")->setValue(1500);
    QSignalSpy save(&dialog, &DeviceEditDialog::saveRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.show();
    dialog.accept();
    QCOMPARE(save.count(), 1);
    QCOMPARE(save.first().at(1).toString(), QStringLiteral("PM-07"));
    QCOMPARE(save.first().at(0).value<Device>().timeoutMs, 1500);
    QVERIFY(dialog.isVisible());
    // A second click while the save runs asks nothing more.
    dialog.accept();
    QCOMPARE(save.count(), 1);

    dialog.saveFinished(false, QStringLiteral("database is locked"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("database is locked")),
             qPrintable(dialog.errorText()));
    QCOMPARE(child<QSpinBox>(&dialog, "pollTimeout")->value(), 1500);

    dialog.accept();
    QCOMPARE(save.count(), 2);
    dialog.saveFinished(true, QString());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestDeviceEditDialog::testReadUsesUnsavedSettings()
{
    DeviceEditDialog dialog(enterprises(), templates(), {});
    child<QLineEdit>(&dialog, "deviceId")->setText(QStringLiteral("PM-9"));
    child<QComboBox>(&dialog, "devicePort")->setEditText(QStringLiteral("/dev/ttyUSB2"));
    auto *baud = child<QComboBox>(&dialog, "serialBaud");
    baud->setCurrentIndex(baud->findData(19200));
    auto *parity = child<QComboBox>(&dialog, "serialParity");
    parity->setCurrentIndex(parity->findData(QStringLiteral("E")));
    child<QSpinBox>(&dialog, "deviceUnit")->setValue(7);
    child<QDoubleSpinBox>(&dialog, "pollInterval")->setValue(2);
    child<QSpinBox>(&dialog, "pollTimeout")->setValue(500);
    child<QCheckBox>(&dialog, "deviceEnabled")->setChecked(false);

    QSignalSpy started(&dialog, &DeviceEditDialog::testReadRequested);
    QSignalSpy stopped(&dialog, &DeviceEditDialog::testReadStopped);
    QSignalSpy save(&dialog, &DeviceEditDialog::saveRequested);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "testReadButton"), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QCOMPARE(save.count(), 0);
    const Device test = started.first().first().value<Device>();
    QCOMPARE(test.id, QStringLiteral("test:PM-9"));
    QCOMPARE(test.port, QStringLiteral("/dev/ttyUSB2"));
    QCOMPARE(test.serial.baud, 19200);
    QCOMPARE(test.serial.parity, 'E');
    QCOMPARE(test.address, QStringLiteral("7"));
    QCOMPARE(test.pollIntervalMs, 2000);
    QCOMPARE(test.timeoutMs, 500);
    QCOMPARE(test.templateId, QStringLiteral("acrel-dtsu666"));
    QVERIFY(test.enabled); // a disabled device can still be tried
    QCOMPARE(dialog.testReadId(), QStringLiteral("test:PM-9"));

    Reading other;
    other.deviceId = QStringLiteral("PM-9"); // the scheduled poll, not the test
    other.values.push_back(
        {QStringLiteral("ua"), QStringLiteral("Ua"), QStringLiteral("V"), 1, 1, true, {}});
    dialog.showReading(other);
    QCOMPARE(dialog.readingView()->model()->rowCount(), 0);

    Reading r;
    r.deviceId = QStringLiteral("test:PM-9");
    r.tMs = 1'795'000'000'000;
    r.rttMs = 85;
    r.ptRatio = 1;
    r.ctRatio = 40;
    r.values.push_back({QStringLiteral("ua"),
                        QStringLiteral("Phase A voltage"),
                        QStringLiteral("V"),
                        230.4512,
                        2,
                        true,
                        {}});
    r.values.push_back({QStringLiteral("ia"),
                        QStringLiteral("Phase A current"),
                        QStringLiteral("A"),
                        24.1,
                        3,
                        true,
                        {}});
    r.values.push_back({QStringLiteral("pf"), QStringLiteral("Power factor"), QString(), 0, 3,
                        false, QStringLiteral("exception 0x02 (illegal data address)")});
    dialog.showReading(r);
    const auto *model = dialog.readingView()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ui::DeviceReadingModel::ValueColumn).data().toString(),
             QStringLiteral("230.45 V"));
    QCOMPARE(model->index(1, ui::DeviceReadingModel::ValueColumn).data().toString(),
             QStringLiteral("24.100 A"));
    QCOMPARE(model->index(2, ui::DeviceReadingModel::StatusColumn).data().toString(),
             QStringLiteral("exception 0x02 (illegal data address)"));
    QCOMPARE(model->index(0, ui::DeviceReadingModel::StatusColumn).data().toString(),
             QStringLiteral("OK"));
    QVERIFY2(dialog.readingView()->caption().contains(QStringLiteral("85 ms")),
             qPrintable(dialog.readingView()->caption()));

    DeviceHealth h;
    h.deviceId = QStringLiteral("test:PM-9");
    h.status = DeviceHealth::Status::Retrying;
    h.polls = 3;
    h.good = 2;
    h.lastRttMs = 85;
    h.lastError = QStringLiteral("CRC error");
    dialog.showHealth(h);
    const QString status = child<QLabel>(&dialog, "testReadStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Retrying")) &&
                 status.contains(QStringLiteral("CRC error")),
             qPrintable(status));

    // A changed id restarts under the new id: the old test is stopped first.
    child<QLineEdit>(&dialog, "deviceId")->setText(QStringLiteral("PM-10"));
    dialog.startTestRead();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.first().first().toString(), QStringLiteral("test:PM-9"));
    QCOMPARE(started.count(), 2);

    // Closing the dialog stops the test.
    dialog.reject();
    QCOMPARE(stopped.count(), 2);
    QCOMPARE(stopped.last().first().toString(), QStringLiteral("test:PM-10"));
    QCOMPARE(dialog.testReadId(), QString());
}

void TestDeviceEditDialog::dltDefaultsForNewDevice()
{
    DeviceEditDialog dialog(enterprises(), templates(), {});
    auto *protocol = child<QComboBox>(&dialog, "deviceProtocol");
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("dlt645")));
    QCOMPARE(dialog.device().serial.baud, 2400);
    QCOMPARE(dialog.device().serial.parity, 'E');
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("modbus_rtu")));
    QCOMPARE(dialog.device().serial.baud, 9600);
    QCOMPARE(dialog.device().serial.parity, 'N');
    // Once the user picked a line setting, it stays.
    auto *baud = child<QComboBox>(&dialog, "serialBaud");
    baud->setCurrentIndex(baud->findData(4800));
    emit baud->activated(baud->currentIndex());
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("dlt645")));
    QCOMPARE(dialog.device().serial.baud, 4800);
    QCOMPARE(dialog.device().enterpriseId, QStringLiteral("E01"));
}

QTEST_MAIN(TestDeviceEditDialog)
#include "tst_deviceeditdialog.moc"
