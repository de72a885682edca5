// DeviceTableModel: the bus -> device tree (checked by QAbstractItemModelTester), status
// texts and colours, bus rows, times in the station zone, and the coalescing of health updates.
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/models/devicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace vocsync;
using acquisition::BusStatus;
using acquisition::DeviceHealth;
using vocsync::ui::DeviceTableModel;
using HealthStatus = DeviceHealth::Status;

namespace {

Device meter(const QString &id, const QString &protocol, const QString &port,
             const QString &address)
{
    Device d;
    d.id = id;
    d.enterpriseId = QStringLiteral("E1");
    d.protocol = protocol;
    d.port = port;
    d.address = address;
    d.templateId = protocol == QLatin1String("dlt645") ? QStringLiteral("dlt645-generic")
                                                       : QStringLiteral("acrel-dtsu666");
    d.pollIntervalMs = 10000;
    return d;
}

/// Two serial buses (listed out of order), a TCP gateway, a DL/T 645 meter on the second
/// serial bus, a disabled meter and a simulated one.
QList<Device> devices()
{
    const QString usb0 = QStringLiteral("/dev/ttyUSB0");
    const QString usb1 = QStringLiteral("/dev/ttyUSB1");
    const QString gw = QStringLiteral("192.168.1.20:502");
    const QString rtu = QStringLiteral("modbus_rtu");
    Device sim = meter(QStringLiteral("SIM-1"), QStringLiteral("simulator"), QString(), {});
    Device off = meter(QStringLiteral("PM-12"), rtu, usb1, QStringLiteral("2"));
    off.enabled = false;
    Device tcp =
        meter(QStringLiteral("PM-21"), QStringLiteral("modbus_tcp"), gw, QStringLiteral("1"));
    tcp.model = QStringLiteral("PD194Z");
    return {sim,
            meter(QStringLiteral("PM-11"), rtu, usb1, QStringLiteral("1")),
            meter(QStringLiteral("PM-02"), rtu, usb0, QStringLiteral("2")),
            tcp,
            meter(QStringLiteral("PM-01"), rtu, usb0, QStringLiteral("1")),
            off,
            meter(QStringLiteral("EM-1"), QStringLiteral("dlt645"), usb1,
                  QStringLiteral("000012345678"))};
}

DeviceHealth health(const QString &id, HealthStatus status, std::uint64_t polls)
{
    DeviceHealth h;
    h.deviceId = id;
    h.status = status;
    h.polls = polls;
    h.good = polls - polls / 10;
    h.timeouts = polls / 10;
    h.lastRttMs = 42;
    h.avgRttMs = 45.4;
    h.lastSeenMs = 1'795'000'000'000;
    return h;
}

QString text(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeGroupsDevicesByBus();
    void statusBeforeAndAfterHealth();
    void healthIsCoalesced();
    void busRowsShowStateTrafficAndTotals();
    void lastSeenInStationZone();
    void unknownHealthIsIgnored();
    void resetKeepsHealthOfRemainingDevices();
    void templatesNameTheModel();
};

void TestDeviceTableModel::initTestCase()
{
    timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

void TestDeviceTableModel::treeGroupsDevicesByBus()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(devices());

    // Serial ports by name, then TCP endpoints, then the devices nobody polls.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model.index(0, DeviceTableModel::IdColumn)), QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(text(model.index(1, DeviceTableModel::IdColumn)), QStringLiteral("/dev/ttyUSB1"));
    QCOMPARE(text(model.index(2, DeviceTableModel::IdColumn)), QStringLiteral("192.168.1.20:502"));
    QCOMPARE(text(model.index(3, DeviceTableModel::IdColumn)),
             QStringLiteral("Simulated / incoming"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 3);
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);
    QCOMPARE(model.rowCount(model.index(3, 0)), 1);
    // Inside a bus by id.
    QCOMPARE(text(model.index(0, 0, model.index(0, 0))), QStringLiteral("PM-01"));
    QCOMPARE(text(model.index(1, 0, model.index(0, 0))), QStringLiteral("PM-02"));
    QCOMPARE(text(model.index(0, 0, model.index(1, 0))), QStringLiteral("EM-1"));

    const QModelIndex em = model.deviceIndex(QStringLiteral("EM-1"));
    QCOMPARE(em.parent(), model.busIndex(QStringLiteral("/dev/ttyUSB1")));
    QCOMPARE(text(em.siblingAtColumn(DeviceTableModel::ProtocolColumn)),
             QStringLiteral("DL/T 645"));
    QCOMPARE(text(em.siblingAtColumn(DeviceTableModel::AddressColumn)),
             QStringLiteral("000012345678"));
    QCOMPARE(text(em.siblingAtColumn(DeviceTableModel::IntervalColumn)), QStringLiteral("10 s"));
    QCOMPARE(em.data(DeviceTableModel::BusIdRole).toString(), QStringLiteral("/dev/ttyUSB1"));
    QVERIFY(!em.data(DeviceTableModel::IsBusRole).toBool());
    QVERIFY(model.index(1, 0).data(DeviceTableModel::IsBusRole).toBool());
    QCOMPARE(text(model.index(1, DeviceTableModel::AddressColumn)), QStringLiteral("3 device(s)"));
    QCOMPARE(text(model.index(0, DeviceTableModel::ProtocolColumn)), QStringLiteral("9600 8N1"));
    QCOMPARE(text(model.index(2, DeviceTableModel::ModelColumn)), QStringLiteral("Modbus TCP"));

    model.updateHealth(health(QStringLiteral("PM-01"), HealthStatus::Ok, 10));
    model.flush();
    model.setDevices(devices().mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
}

void TestDeviceTableModel::statusBeforeAndAfterHealth()
{
    DeviceTableModel model;
    model.setDevices(devices());
    const auto status = [&model](const QString &id) {
        return text(model.deviceIndex(id, DeviceTableModel::StatusColumn));
    };
    const auto color = [&model](const QString &id) {
        return model.deviceIndex(id, DeviceTableModel::StatusColumn)
            .data(DeviceTableModel::StatusColorRole)
            .value<QColor>();
    };
    QCOMPARE(status(QStringLiteral("PM-01")), QStringLiteral("Waiting"));
    QCOMPARE(status(QStringLiteral("PM-12")), QStringLiteral("Disabled"));
    QCOMPARE(status(QStringLiteral("SIM-1")), QStringLiteral("—"));
    QVERIFY(!color(QStringLiteral("SIM-1")).isValid());
    QCOMPARE(model.deviceIndex(QStringLiteral("SIM-1")).data(DeviceTableModel::StatusRole).toInt(),
             -1);
    QCOMPARE(text(model.deviceIndex(QStringLiteral("SIM-1"), DeviceTableModel::PollsColumn)),
             QStringLiteral("—"));

    DeviceHealth fault = health(QStringLiteral("PM-02"), HealthStatus::CommFault, 30);
    fault.lastError = QStringLiteral("timeout after 1000 ms (unit 2, 0x0000 x 40)");
    model.updateHealth(health(QStringLiteral("PM-01"), HealthStatus::Ok, 100));
    model.updateHealth(fault);
    model.updateHealth(health(QStringLiteral("PM-21"), HealthStatus::LinkDown, 5));
    model.updateHealth(health(QStringLiteral("EM-1"), HealthStatus::Retrying, 7));
    model.flush();
    QCOMPARE(status(QStringLiteral("PM-01")), QStringLiteral("OK"));
    QCOMPARE(color(QStringLiteral("PM-01")), QColor(0x2b, 0x8a, 0x3e)); // green
    QCOMPARE(status(QStringLiteral("PM-02")), QStringLiteral("Comm fault"));
    QCOMPARE(color(QStringLiteral("PM-02")), QColor(0xc9, 0x2a, 0x2a)); // red
    QCOMPARE(status(QStringLiteral("EM-1")), QStringLiteral("Retrying"));
    QCOMPARE(color(QStringLiteral("EM-1")), QColor(0xd9, 0x8e, 0x04)); // amber
    QCOMPARE(status(QStringLiteral("PM-21")), QStringLiteral("Link down"));
    QCOMPARE(model.status(QStringLiteral("PM-21")), HealthStatus::LinkDown);

    const QModelIndex pm02 = model.deviceIndex(QStringLiteral("PM-02"));
    QCOMPARE(text(pm02.siblingAtColumn(DeviceTableModel::LastErrorColumn)), fault.lastError);
    QCOMPARE(pm02.siblingAtColumn(DeviceTableModel::LastErrorColumn)
                 .data(Qt::ForegroundRole)
                 .value<QColor>(),
             QColor(0xc4, 0x1d, 0x1d));
    QCOMPARE(text(pm02.siblingAtColumn(DeviceTableModel::PollsColumn)), QStringLiteral("30"));
    QCOMPARE(text(pm02.siblingAtColumn(DeviceTableModel::GoodColumn)), QStringLiteral("90.0 %"));
    QCOMPARE(text(pm02.siblingAtColumn(DeviceTableModel::TimeoutsColumn)), QStringLiteral("3"));
    QCOMPARE(text(pm02.siblingAtColumn(DeviceTableModel::RttColumn)), QStringLiteral("42 / 45"));
    QCOMPARE(pm02.siblingAtColumn(DeviceTableModel::PollsColumn)
                 .data(DeviceTableModel::SortRole)
                 .toULongLong(),
             30ULL);
}

void TestDeviceTableModel::healthIsCoalesced()
{
    DeviceTableModel model;
    model.setDevices(devices());
    QSignalSpy changed(&model, &DeviceTableModel::dataChanged);
    QSignalSpy flushed(&model, &DeviceTableModel::healthFlushed);
    // 200 updates a second for three devices on two buses.
    for (std::uint64_t i = 1; i <= 200; ++i) {
        model.updateHealth(health(QStringLiteral("PM-01"), HealthStatus::Ok, i));
        model.updateHealth(health(QStringLiteral("PM-02"), HealthStatus::Ok, i));
        model.updateHealth(health(QStringLiteral("EM-1"), HealthStatus::Retrying, i));
    }
    QCOMPARE(changed.count(), 0);
    // The stored health is current at once, only the views wait.
    QCOMPARE(model.health(QStringLiteral("PM-01"))->polls, 200ULL);

    QVERIFY(flushed.wait(DeviceTableModel::kFlushIntervalMs * 4));
    // One change per device row and one per bus row, not 600.
    QCOMPARE(changed.count(), 5);
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(
        flushed.first().first().toStringList(),
        (QStringList{QStringLiteral("EM-1"), QStringLiteral("PM-01"), QStringLiteral("PM-02")}));
    QCOMPARE(text(model.deviceIndex(QStringLiteral("PM-02"), DeviceTableModel::PollsColumn)),
             QStringLiteral("200"));
    // Bus totals: PM-01 + PM-02.
    QCOMPARE(text(model.busIndex(QStringLiteral("/dev/ttyUSB0"), DeviceTableModel::PollsColumn)),
             QStringLiteral("400"));

    // Nothing new: the timer stays quiet.
    QTest::qWait(DeviceTableModel::kFlushIntervalMs * 2);
    QCOMPARE(flushed.count(), 1);

    // A steady stream is flushed every interval, not postponed until it stops.
    QElapsedTimer clock;
    clock.start();
    std::uint64_t n = 300;
    while (clock.elapsed() < DeviceTableModel::kFlushIntervalMs * 3) {
        model.updateHealth(health(QStringLiteral("PM-01"), HealthStatus::Ok, ++n));
        QTest::qWait(5);
    }
    QVERIFY2(flushed.count() >= 3, qPrintable(QString::number(flushed.count())));
    QVERIFY(flushed.count() <= 5);
}

void TestDeviceTableModel::busRowsShowStateTrafficAndTotals()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(devices());
    const QModelIndex gw = model.busIndex(QStringLiteral("192.168.1.20:502"));
    QCOMPARE(text(gw.siblingAtColumn(DeviceTableModel::StatusColumn)), QStringLiteral("—"));
    QCOMPARE(gw.data(DeviceTableModel::StatusRole).toInt(), -1);

    BusStatus bus;
    bus.busId = QStringLiteral("192.168.1.20:502");
    bus.kind = QStringLiteral("tcp");
    bus.open = false;
    bus.detail = QStringLiteral("connection refused; retry in 2 s");
    bus.bytesTx = 2048;
    bus.bytesRx = 512;
    QSignalSpy changed(&model, &DeviceTableModel::dataChanged);
    model.updateBus(bus);
    QCOMPARE(changed.count(), 0);
    model.flush();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), gw.row());
    QCOMPARE(text(gw.siblingAtColumn(DeviceTableModel::StatusColumn)), QStringLiteral("Closed"));
    QCOMPARE(gw.data(DeviceTableModel::StatusRole).toInt(), 0);
    const QString detail = text(gw.siblingAtColumn(DeviceTableModel::LastErrorColumn));
    QVERIFY2(detail.startsWith(bus.detail), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("TX 2.0 kB")) &&
                 detail.contains(QStringLiteral("RX 512 bytes")),
             qPrintable(detail));
    QVERIFY(gw.siblingAtColumn(DeviceTableModel::StatusColumn)
                .data(DeviceTableModel::StatusColorRole)
                .value<QColor>()
                .isValid());

    bus.open = true;
    bus.detail.clear();
    model.updateBus(bus);
    model.flush();
    QCOMPARE(text(gw.siblingAtColumn(DeviceTableModel::StatusColumn)), QStringLiteral("Open"));
    QCOMPARE(model.bus(bus.busId)->bytesTx, 2048ULL);
}

void TestDeviceTableModel::lastSeenInStationZone()
{
    DeviceTableModel model;
    model.setDevices(devices());
    DeviceHealth h = health(QStringLiteral("PM-01"), HealthStatus::Ok, 1);
    // 2026-11-18 11:06:40 UTC is 19:06:40 in Shanghai.
    h.lastSeenMs = 1'795'000'000'000;
    model.updateHealth(h);
    model.flush();
    QCOMPARE(text(model.deviceIndex(QStringLiteral("PM-01"), DeviceTableModel::LastSeenColumn)),
             QStringLiteral("11-18 19:06:40"));
    h.lastSeenMs = 0;
    model.updateHealth(h);
    model.flush();
    QCOMPARE(text(model.deviceIndex(QStringLiteral("PM-01"), DeviceTableModel::LastSeenColumn)),
             QStringLiteral("never"));
}

void TestDeviceTableModel::unknownHealthIsIgnored()
{
    DeviceTableModel model;
    model.setDevices(devices());
    QSignalSpy flushed(&model, &DeviceTableModel::healthFlushed);
    model.updateHealth(health(QStringLiteral("test:PM-01"), HealthStatus::Ok, 1));
    model.updateHealth(health(QStringLiteral("nobody"), HealthStatus::Ok, 1));
    model.flush();
    QCOMPARE(flushed.count(), 0);
    QVERIFY(!model.health(QStringLiteral("test:PM-01")));
    QCOMPARE(model.status(QStringLiteral("PM-01")), HealthStatus::Waiting);
}

void TestDeviceTableModel::resetKeepsHealthOfRemainingDevices()
{
    DeviceTableModel model;
    model.setDevices(devices());
    model.updateHealth(health(QStringLiteral("PM-01"), HealthStatus::Ok, 5));
    model.updateHealth(health(QStringLiteral("PM-02"), HealthStatus::CommFault, 5));
    model.flush();
    QList<Device> fewer = devices();
    fewer.removeIf([](const Device &d) { return d.id == QLatin1String("PM-02"); });
    model.setDevices(fewer);
    QCOMPARE(model.status(QStringLiteral("PM-01")), HealthStatus::Ok);
    QVERIFY(!model.device(QStringLiteral("PM-02")));
    // Added back: its old health does not come back with it.
    model.setDevices(devices());
    QCOMPARE(model.status(QStringLiteral("PM-02")), HealthStatus::Waiting);
}

void TestDeviceTableModel::templatesNameTheModel()
{
    DeviceTableModel model;
    model.setDevices(devices());
    const QModelIndex pm01 =
        model.deviceIndex(QStringLiteral("PM-01"), DeviceTableModel::ModelColumn);
    QCOMPARE(text(pm01), QStringLiteral("acrel-dtsu666"));
    acquisition::TemplateInfo info;
    info.id = QStringLiteral("acrel-dtsu666");
    info.protocol = QStringLiteral("modbus");
    info.manufacturer = QStringLiteral("Acrel");
    info.model = QStringLiteral("DTSU666");
    QSignalSpy changed(&model, &DeviceTableModel::dataChanged);
    model.setTemplates({info});
    QVERIFY(changed.count() > 0);
    QCOMPARE(text(pm01), QStringLiteral("Acrel DTSU666"));
    // A device's own model wins.
    QCOMPARE(text(model.deviceIndex(QStringLiteral("PM-21"), DeviceTableModel::ModelColumn)),
             QStringLiteral("PD194Z"));
}

QTEST_MAIN(TestDeviceTableModel)
#include "tst_devicetablemodel.moc"
