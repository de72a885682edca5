// The devices page in the main window with a realistic station (two RS-485 buses of three
// meters, a Modbus TCP gateway with two, a DL/T 645 meter, simulated devices; health OK,
// retrying, comm fault and link down; a frame log), at 1400x900: checks that the tree's
// columns fit without clipping, and saves docs-style pictures of the page and the dialog.
// VOCSYNC_SCREENSHOT_DIR: where the PNGs go (default: a temporary folder).
// VOCSYNC_TRANSLATIONS_DIR: every *.qm there is installed, and the UI runs in zh_CN.
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/appearance.h"
#include "vocsync/ui/deviceeditdialog.h"
#include "vocsync/ui/devicespage.h"
#include "vocsync/ui/framelogview.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/models/devicetablemodel.h"
#include "vocsync/ui/models/framelogmodel.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace vocsync;
using acquisition::BusStatus;
using acquisition::DeviceHealth;
using acquisition::FrameRecord;
using acquisition::Reading;
using acquisition::TemplateInfo;
using vocsync::ui::DevicesPage;
using vocsync::ui::DeviceTableModel;
using HealthStatus = DeviceHealth::Status;

namespace {

constexpr std::int64_t kNowMs = 1'795'000'000'000; // 2026-11-18 19:06:40 in Shanghai

quint16 modbusCrc(const QByteArray &bytes)
{
    quint16 crc = 0xffff;
    for (char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? static_cast<quint16>((crc >> 1) ^ 0xa001)
                            : static_cast<quint16>(crc >> 1);
    }
    return crc;
}

QByteArray withCrc(QByteArray pdu)
{
    const quint16 crc = modbusCrc(pdu);
    pdu.append(static_cast<char>(crc & 0xff));
    pdu.append(static_cast<char>(crc >> 8));
    return pdu;
}

Device meter(const QString &id, const QString &enterprise, const QString &protocol,
             const QString &templateId, const QString &port, const QString &address)
{
    Device d;
    d.id = id;
    d.enterpriseId = enterprise;
    d.protocol = protocol;
    d.templateId = templateId;
    d.port = port;
    d.address = address;
    d.pollIntervalMs = 10000;
    return d;
}

Plant station()
{
    Plant p;
    Enterprise a;
    a.id = QStringLiteral("E01");
    a.name = QStringLiteral("浙江德清恒达精细化工有限公司");
    Enterprise b;
    b.id = QStringLiteral("E02");
    b.name = QStringLiteral("湖州南浔森雅家居有限公司");
    p.enterprises = {a, b};
    const QString rtu = QStringLiteral("modbus_rtu");
    const QString acrel = QStringLiteral("acrel-dtsu666");
    const QString chint = QStringLiteral("chint-dtsu666");
    const QString usb0 = QStringLiteral("/dev/ttyUSB0");
    const QString usb1 = QStringLiteral("/dev/ttyUSB1");
    const QString gw = QStringLiteral("192.168.10.20:502");
    for (int i = 1; i <= 3; ++i)
        p.devices.append(
            meter(QStringLiteral("PM-10%1").arg(i), a.id, rtu, acrel, usb0, QString::number(i)));
    for (int i = 1; i <= 3; ++i) {
        Device d =
            meter(QStringLiteral("PM-20%1").arg(i), b.id, rtu, chint, usb1, QString::number(i));
        d.serial = {19200, 'E', 8, 1, 0};
        d.pollIntervalMs = 5000;
        p.devices.append(d);
    }
    for (int i = 1; i <= 2; ++i) {
        Device d = meter(QStringLiteral("PM-30%1").arg(i), b.id, QStringLiteral("modbus_tcp"),
                         QStringLiteral("acrel-adw300"), gw, QString::number(i));
        d.pollIntervalMs = 60000;
        p.devices.append(d);
    }
    Device em = meter(QStringLiteral("EM-401"), a.id, QStringLiteral("dlt645"),
                      QStringLiteral("chint-dtzy666"), QStringLiteral("/dev/ttyUSB2"),
                      QStringLiteral("000012345678"));
    em.serial = {2400, 'E', 8, 1, 0};
    em.pollIntervalMs = 30000;
    p.devices.append(em);
    Device sim = meter(QStringLiteral("SIM-01"), a.id, QStringLiteral("simulator"), {}, {}, {});
    sim.model = QStringLiteral("Demo meter");
    Device dtu = meter(QStringLiteral("DTU-01"), b.id, QStringLiteral("hj212"), {}, {},
                       QStringLiteral("33050120260001"));
    dtu.model = QStringLiteral("HJ 212 DTU");
    p.devices << sim << dtu;
    return p;
}

QList<TemplateInfo> templates()
{
    const auto info = [](const char *id, const char *protocol, const QString &maker,
                         const char *model, const QString &description) {
        TemplateInfo t;
        t.id = QLatin1String(id);
        t.protocol = QLatin1String(protocol);
        t.manufacturer = maker;
        t.model = QLatin1String(model);
        t.description = description;
        t.manual = QStringLiteral("%1 使用说明书，通讯地址表").arg(QLatin1String(model));
        return t;
    };
    return {info("acrel-dtsu666", "modbus", QStringLiteral("安科瑞"), "DTSU666",
                 QStringLiteral("三相四线电子式电能表，RS-485 Modbus RTU")),
            info("chint-dtsu666", "modbus", QStringLiteral("正泰"), "DTSU666",
                 QStringLiteral("三相电子式电能表")),
            info("acrel-adw300", "modbus", QStringLiteral("安科瑞"), "ADW300",
                 QStringLiteral("无线计量仪表，经网关 Modbus TCP")),
            info("chint-dtzy666", "dlt645", QStringLiteral("正泰"), "DTZY666",
                 QStringLiteral("三相费控智能电能表，DL/T 645-2007"))};
}

DeviceHealth health(const QString &id, const QString &bus, HealthStatus status, std::uint64_t polls,
                    int rtt)
{
    DeviceHealth h;
    h.deviceId = id;
    h.busId = bus;
    h.status = status;
    h.polls = polls;
    h.good = polls;
    h.lastRttMs = rtt;
    h.avgRttMs = rtt + 3.4;
    h.lastSeenMs = kNowMs - 4000;
    h.nextPollMs = kNowMs + 6000;
    return h;
}

Reading reading(const QString &deviceId)
{
    Reading r;
    r.deviceId = deviceId;
    r.tMs = kNowMs - 4000;
    r.rttMs = 86;
    r.ptRatio = 1;
    r.ctRatio = 40;
    const auto v = [&r](const char *key, const QString &name, const char *unit, double value,
                        int decimals) {
        r.values.push_back(
            {QLatin1String(key), name, QLatin1String(unit), value, decimals, true, {}});
    };
    v("ua", QStringLiteral("A相电压"), "V", 228.6, 1);
    v("ub", QStringLiteral("B相电压"), "V", 229.1, 1);
    v("uc", QStringLiteral("C相电压"), "V", 227.9, 1);
    v("ia", QStringLiteral("A相电流"), "A", 24.132, 3);
    v("ib", QStringLiteral("B相电流"), "A", 23.870, 3);
    v("ic", QStringLiteral("C相电流"), "A", 24.415, 3);
    v("p", QStringLiteral("总有功功率"), "kW", 15.824, 3);
    v("pf", QStringLiteral("总功率因数"), "", 0.912, 3);
    v("f", QStringLiteral("频率"), "Hz", 50.01, 2);
    v("ep", QStringLiteral("正向有功电能"), "kWh", 182436.27, 2);
    r.values.push_back({QStringLiteral("q"), QStringLiteral("总无功功率"), QStringLiteral("kvar"),
                        0, 3, false, QStringLiteral("exception 0x02 (illegal data address)")});
    return r;
}

QList<FrameRecord> frames()
{
    QList<FrameRecord> out;
    std::int64_t t = kNowMs - 9000;
    const auto add = [&](const QString &bus, const QString &device, FrameRecord::Direction d,
                         const QByteArray &bytes, const QString &note = {}) {
        t += d == FrameRecord::Direction::Tx ? 180 : 41;
        out.append({t, bus, device, d, bytes, note});
    };
    const QString usb0 = QStringLiteral("/dev/ttyUSB0");
    const QString usb1 = QStringLiteral("/dev/ttyUSB1");
    for (int round = 0; round < 2; ++round) {
        for (int unit = 1; unit <= 3; ++unit) {
            const QString id = QStringLiteral("PM-10%1").arg(unit);
            add(usb0, id, FrameRecord::Direction::Tx,
                withCrc(QByteArray::fromHex("0300000014").prepend(static_cast<char>(unit))));
            QByteArray reply = QByteArray::fromHex("0328");
            reply.prepend(static_cast<char>(unit));
            for (int i = 0; i < 20; ++i) {
                reply.append(static_cast<char>(0x08 + i % 3));
                reply.append(static_cast<char>((unit * 37 + i * 11) & 0xff));
            }
            add(usb0, id, FrameRecord::Direction::Rx, withCrc(reply));
        }
        add(usb1, QStringLiteral("PM-201"), FrameRecord::Direction::Tx,
            withCrc(QByteArray::fromHex("0104000000000A")));
        add(usb1, QStringLiteral("PM-201"), FrameRecord::Direction::Rx,
            withCrc(QByteArray::fromHex("010414435F99A0")));
        add(usb1, QStringLiteral("PM-202"), FrameRecord::Direction::Tx,
            withCrc(QByteArray::fromHex("020300000014")));
        QByteArray bad = withCrc(QByteArray::fromHex("02030443661E5F"));
        bad[bad.size() - 1] = static_cast<char>(bad.at(bad.size() - 1) ^ 0x5a);
        add(usb1, QStringLiteral("PM-202"), FrameRecord::Direction::Rx, bad,
            QStringLiteral("CRC error"));
        add(usb1, QStringLiteral("PM-203"), FrameRecord::Direction::Tx,
            withCrc(QByteArray::fromHex("030300000028")));
        add(usb1, QStringLiteral("PM-203"), FrameRecord::Direction::Rx, QByteArray(),
            QStringLiteral("timeout after 1000 ms"));
    }
    add(QStringLiteral("/dev/ttyUSB2"), QStringLiteral("EM-401"), FrameRecord::Direction::Tx,
        QByteArray::fromHex("FEFEFEFE68785634120000681104333333336716"));
    add(QStringLiteral("/dev/ttyUSB2"), QStringLiteral("EM-401"), FrameRecord::Direction::Rx,
        QByteArray::fromHex("FEFEFEFE6878563412000068910833333333A5694B39CE16"));
    return out;
}

QString outputDir(const QTemporaryDir &fallback)
{
    const QString dir = qEnvironmentVariable("VOCSYNC_SCREENSHOT_DIR");
    return dir.isEmpty() ? fallback.path() : dir;
}

} // namespace

class TestDevicesScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsFitAt1400();
    void pagePicture();
    void dialogPicture();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    DevicesPage *m_page = nullptr;
};

void TestDevicesScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("VocSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_devicesscreenshot"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    const QString translations = qEnvironmentVariable("VOCSYNC_TRANSLATIONS_DIR");
    if (!translations.isEmpty()) {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        for (const QString &qm : QDir(translations).entryList({QStringLiteral("*.qm")})) {
            auto *t = new QTranslator(qApp);
            QVERIFY2(t->load(qm, translations), qPrintable(qm));
            QCoreApplication::installTranslator(t);
        }
    }
    ui::applyAppearance(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    // TOOLCHAIN.md 4: Latin glyphs from DejaVu, Han characters with Simplified Chinese shapes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));

    const Plant plant = station();
    m_window = std::make_unique<ui::MainWindow>(plant, m_dir.filePath(QStringLiteral("s.db")));
    m_window->resize(1400, 900);
    m_window->showPage(ui::MainWindow::Page::Devices);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Devices);
    QCOMPARE(ui::MainWindow::pageFromKey(QStringLiteral("devices")), ui::MainWindow::Page::Devices);
    m_page = m_window->devicesPage();
    QVERIFY(m_page);
    m_page->setTemplates(templates());

    const QString usb0 = QStringLiteral("/dev/ttyUSB0");
    const QString usb1 = QStringLiteral("/dev/ttyUSB1");
    const QString gw = QStringLiteral("192.168.10.20:502");
    m_page->updateBus({usb0, QStringLiteral("serial"), true, {}, 48'620, 203'114});
    m_page->updateBus({usb1, QStringLiteral("serial"), true, {}, 21'340, 61'800});
    m_page->updateBus(
        {QStringLiteral("/dev/ttyUSB2"), QStringLiteral("serial"), true, {}, 4'180, 6'020});
    m_page->updateBus({gw, QStringLiteral("tcp"), false,
                       QStringLiteral("connection refused; retry in 8 s"), 1'210, 3'480});
    for (int i = 1; i <= 3; ++i)
        m_page->updateHealth(
            health(QStringLiteral("PM-10%1").arg(i), usb0, HealthStatus::Ok, 8640 + i, 80 + 3 * i));
    m_page->updateHealth(health(QStringLiteral("PM-201"), usb1, HealthStatus::Ok, 17280, 52));
    DeviceHealth retry = health(QStringLiteral("PM-202"), usb1, HealthStatus::Retrying, 17275, 55);
    retry.good = 17211;
    retry.badFrames = 64;
    retry.consecutiveFailures = 1;
    retry.lastError = QStringLiteral("CRC error in reply (unit 2)");
    retry.lastErrorMs = kNowMs - 2000;
    m_page->updateHealth(retry);
    DeviceHealth fault = health(QStringLiteral("PM-203"), usb1, HealthStatus::CommFault, 17102, 58);
    fault.good = 16890;
    fault.timeouts = 212;
    fault.consecutiveFailures = 5;
    fault.lastSeenMs = kNowMs - 1'320'000;
    fault.lastRttMs = 58;
    fault.lastError = QStringLiteral("timeout after 1000 ms (unit 3, 0x0000 x 40)");
    fault.lastErrorMs = kNowMs - 3000;
    m_page->updateHealth(fault);
    for (int i = 1; i <= 2; ++i) {
        DeviceHealth down =
            health(QStringLiteral("PM-30%1").arg(i), gw, HealthStatus::LinkDown, 1430 + i, 31);
        down.good = 1418;
        down.timeouts = 12 + i;
        down.lastSeenMs = kNowMs - 540'000;
        down.lastError = QStringLiteral("connection refused (192.168.10.20:502)");
        down.lastErrorMs = kNowMs - 8000;
        m_page->updateHealth(down);
    }
    DeviceHealth em = health(QStringLiteral("EM-401"), QStringLiteral("/dev/ttyUSB2"),
                             HealthStatus::Ok, 2880, 412);
    em.exceptions = 3;
    m_page->updateHealth(em);
    m_page->showReading(reading(QStringLiteral("PM-101")));
    m_page->frameLog()->setLogging(true);
    for (const FrameRecord &f : frames())
        m_page->appendFrame(f);
    m_page->model()->flush();
    m_page->frameLog()->flush();
    m_page->selectDevice(QStringLiteral("PM-101"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(100);
}

void TestDevicesScreenshot::columnsFitAt1400()
{
    QTreeView *tree = m_page->tree();
    QHeaderView *h = tree->header();
    // Every column but the last (which stretches) is wide enough for what the device rows
    // show: the text with the view's margins, the tree's indentation in the first column, the
    // badge's padding in the status column. Bus rows span the whole row.
    const QAbstractItemModel *model = tree->model();
    QList<QModelIndex> rows;
    for (int bus = 0; bus < model->rowCount(); ++bus) {
        QVERIFY(tree->isFirstColumnSpanned(bus, {}));
        for (int d = 0; d < model->rowCount(model->index(bus, 0)); ++d)
            rows.append(model->index(d, 0, model->index(bus, 0)));
    }
    for (int c = 0; c < DeviceTableModel::LastErrorColumn; ++c) {
        int needed = 0;
        for (const QModelIndex &row : std::as_const(rows)) {
            const QModelIndex index = row.siblingAtColumn(c);
            QFont font = tree->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            int w = QFontMetrics(font).horizontalAdvance(index.data().toString()) + 10;
            if (c == DeviceTableModel::IdColumn)
                w += tree->indentation() * 2;
            if (c == DeviceTableModel::StatusColumn) {
                font.setPointSizeF(font.pointSizeF() * 0.9);
                w = QFontMetrics(font).horizontalAdvance(index.data().toString()) + 26;
            }
            needed = std::max(needed, w);
        }
        QVERIFY2(h->sectionSize(c) >= needed,
                 qPrintable(QStringLiteral("column %1 (%2): %3 < %4")
                                .arg(c)
                                .arg(model->headerData(c, Qt::Horizontal).toString())
                                .arg(h->sectionSize(c))
                                .arg(needed)));
    }
    // ... and all of them fit beside one another, with the start of the last error in view
    // (zh_CN leaves it about 130 px, English about 35).
    const int lastStart = h->sectionPosition(DeviceTableModel::LastErrorColumn);
    QVERIFY2(
        lastStart + 30 <= tree->viewport()->width(),
        qPrintable(QStringLiteral("%1 + 30 > %2").arg(lastStart).arg(tree->viewport()->width())));
    QCOMPARE(m_page->frameLog()->model()->rowCount(), frames().size());
}

void TestDevicesScreenshot::pagePicture()
{
    const QString file = QDir(outputDir(m_dir)).filePath(QStringLiteral("devices-page.png"));
    QVERIFY(m_window->grab().save(file));
    QCOMPARE(QImage(file).size(), QSize(1400, 900));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestDevicesScreenshot::dialogPicture()
{
    m_page->selectDevice(QStringLiteral("PM-203"));
    m_page->editSelected();
    ui::DeviceEditDialog *dialog = m_page->editDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->startTestRead();
    QCOMPARE(dialog->testReadId(), QStringLiteral("test:PM-203"));
    Reading r = reading(QStringLiteral("test:PM-203"));
    r.ctRatio = 60;
    m_page->showReading(r);
    DeviceHealth h = health(QStringLiteral("test:PM-203"), QStringLiteral("/dev/ttyUSB1"),
                            HealthStatus::Ok, 3, 61);
    m_page->updateHealth(h);
    QTest::qWait(50);
    const QString file = QDir(outputDir(m_dir)).filePath(QStringLiteral("device-dialog.png"));
    QVERIFY(dialog->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));
    dialog->reject();
}

void TestDevicesScreenshot::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestDevicesScreenshot)
#include "tst_devicesscreenshot.moc"
