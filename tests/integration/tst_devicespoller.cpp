// The devices page against the real MeterPoller (on its own thread, wired as app/gui/meterhost.cpp
// wires it) and a real Modbus TCP peer (tests/support/modbus_peer.py): a meter shows OK with the
// values the peer encoded; the add dialog's test read shows a second meter's values and stops
// when the dialog closes; a saved device goes through the database and is polled; the frame
// log follows its switch; a dead peer shows as link down and a restarted one as OK again.
// VOCSYNC_SCREENSHOT_DIR: where devices-live.png goes (default: a temporary folder).
// VOCSYNC_TRANSLATIONS_DIR: its *_zh_CN.qm are installed and the page runs in zh_CN.
#include "../acquisition/peerprocess.h"
#include "../acquisition/pollrecorder.h"

#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/ui/appearance.h"
#include "vocsync/ui/deviceeditdialog.h"
#include "vocsync/ui/devicereadingview.h"
#include "vocsync/ui/devicespage.h"
#include "vocsync/ui/framelogview.h"
#include "vocsync/ui/models/devicereadingmodel.h"
#include "vocsync/ui/models/devicetablemodel.h"
#include "vocsync/ui/models/framelogmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace peertest;
using vocsync::ui::DeviceEditDialog;
using vocsync::ui::DeviceReadingModel;
using vocsync::ui::DevicesPage;
using vocsync::ui::DeviceTableModel;
using vocsync::ui::FrameLogModel;
using HealthStatus = DeviceHealth::Status;

namespace {

constexpr int kShowMs = 3000; ///< what the user may wait for the page to follow the line

QString statusText(const char *english)
{
    // The tree's words (DeviceLabels), in whatever language the test runs.
    return QCoreApplication::translate("vocsync::ui::DeviceLabels", english);
}

Plant station(const QString &hostPort)
{
    Plant p;
    Enterprise e;
    e.id = QStringLiteral("E01");
    e.name = QStringLiteral("浙江德清恒达精细化工有限公司");
    p.enterprises = {e};
    Facility f;
    f.id = QStringLiteral("F01");
    f.enterpriseId = e.id;
    f.name = QStringLiteral("1# 喷漆房排风机");
    f.kind = FacilityKind::Treatment;
    f.type = QStringLiteral("exhaust_fan");
    f.ratedPowerKw = 30;
    f.thresholds.off = 2;
    f.thresholds.run = 10;
    p.facilities = {f};
    Device m1 = meter(QStringLiteral("M1"), QStringLiteral("modbus_tcp"), hostPort,
                      QStringLiteral("1"), QStringLiteral("acrel-adl400"));
    m1.enterpriseId = e.id;
    p.devices = {m1};
    MonitoringPoint point = pointOf(0, m1.id);
    point.facilityId = f.id;
    point.name = QStringLiteral("1# 排风机电流");
    p.points = {point};
    return p;
}

/// The database work of a save, on a worker thread (as MeterHost's storeDevice).
Result<Plant> storeDevice(const QString &dbPath, const Device &device)
{
    Result<storage::Connection> conn = storage::Connection::open(dbPath);
    if (!conn)
        return conn.error();
    if (const Status s = storage::plantrepository::saveDevice(conn.value().db(), device); !s)
        return s.error();
    return storage::plantrepository::load(conn.value().db());
}

/// Every row of a reading table against the peer: the value the page holds, exactly, and
/// the text it shows. Empty when all agree.
QString compareTable(const DeviceReadingModel *model, const QString &deviceId,
                     const QJsonObject &expected)
{
    const Reading &r = model->reading();
    if (!model->hasReading() || r.deviceId != deviceId)
        return QStringLiteral("no reading of %1 shown (%2)").arg(deviceId, r.deviceId);
    if (const QString diff = compareValues(r, expected); !diff.isEmpty())
        return diff;
    if (model->rowCount() != expected.size())
        return QStringLiteral("%1 rows, the peer printed %2 values")
            .arg(model->rowCount())
            .arg(expected.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReadingValue &v = r.values[static_cast<size_t>(row)];
        QString want = QLocale().toString(expected.value(v.key).toDouble(), 'f', v.decimals);
        if (!v.unit.isEmpty())
            want += QLatin1Char(' ') + v.unit;
        const QString shown = model->index(row, DeviceReadingModel::ValueColumn).data().toString();
        if (shown != want)
            return QStringLiteral("%1 shows '%2', expected '%3'").arg(v.key, shown, want);
    }
    return {};
}

} // namespace

class TestDevicesPoller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meterShowsOkWithThePeersValues();
    void addDialogTestReadsAndStops();
    void savedDeviceIsPolled();
    void frameLogFollowsItsSwitch();
    void picture();
    void deadPeerIsLinkDownThenOk();
    void cleanupTestCase();

private:
    void connectPage();
    void save(const Device &device, const QString &previousId);
    HealthStatus shownStatus(const QString &deviceId) const;
    QString describe(const QString &deviceId) const;
    template <typename T, typename F> T onPollerThread(F f) const
    {
        T out{};
        QMetaObject::invokeMethod(
            m_poller, [&out, f, this] { out = f(m_poller); }, Qt::BlockingQueuedConnection);
        return out;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    TemplateLibrary m_templates = TemplateLibrary::builtin();
    std::unique_ptr<ModbusPeer> m_peer;
    Plant m_plant;
    QThread m_thread;
    MeterPoller *m_poller = nullptr; ///< lives on m_thread
    std::unique_ptr<DevicesPage> m_page;
    QElapsedTimer m_sinceStart;

    // What the poller sent, counted on the GUI thread.
    QObject m_context;
    QHash<QString, int> m_readings;
    int m_frames = 0;
    QHash<QString, HealthStatus> m_flushed; ///< the status the tree showed at its last flush
};

void TestDevicesPoller::initTestCase()
{
    const QString missing = missingTools(false, true);
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_templates.errors().isEmpty(), qPrintable(m_templates.errors().value(0).toString()));
    QVERIFY(m_templates.modbusTemplate(QStringLiteral("eastron-sdm630")));

    const QString translations = qEnvironmentVariable("VOCSYNC_TRANSLATIONS_DIR");
    if (!translations.isEmpty()) {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        const QStringList qms = QDir(translations).entryList({QStringLiteral("*_zh_CN.qm")});
        QVERIFY2(!qms.isEmpty(), qPrintable(translations));
        for (const QString &qm : qms) {
            auto *t = new QTranslator(qApp);
            QVERIFY2(t->load(qm, translations), qPrintable(qm));
            QCoreApplication::installTranslator(t);
        }
        // As the app does: Qt's own catalog too (socket errors in the last error column).
        auto *qt = new QTranslator(qApp);
        if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        QCOMPARE(statusText("Link down"), QStringLiteral("链路中断"));
    }
    ui::applyAppearance(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    // TOOLCHAIN.md 4: Latin glyphs from DejaVu, Han characters with Simplified Chinese shapes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));

    m_peer = std::make_unique<ModbusPeer>(m_dir.path(), QStringLiteral("peer"));
    const QString error =
        m_peer->start(ModbusPeer::Mode::Tcp, QStringLiteral("0"),
                      {QStringLiteral("1:acrel-adl400"), QStringLiteral("2:eastron-sdm630")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The plant as the app has it: stored, then loaded back (points with their keys).
    m_dbPath = m_dir.filePath(QStringLiteral("station.db"));
    {
        Result<storage::Connection> conn = storage::Connection::open(m_dbPath);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        const Status saved =
            storage::plantrepository::save(conn.value().db(), station(m_peer->hostPort()));
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        Result<Plant> loaded = storage::plantrepository::load(conn.value().db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        m_plant = std::move(loaded).value();
    }
    QCOMPARE(m_plant.devices.size(), 1);
    QCOMPARE(m_plant.points.size(), 1);
    QCOMPARE(m_plant.points.first().deviceId, QStringLiteral("M1"));

    // MeterHost::start: the poller on the acquisition thread, configured and started there.
    m_thread.setObjectName(QStringLiteral("acquisition"));
    m_thread.start();
    m_poller = new MeterPoller(&m_templates);
    m_poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &MeterPoller::readingReady, &m_context,
            [this](const Reading &r) { ++m_readings[r.deviceId]; });
    connect(m_poller, &MeterPoller::frameLogged, &m_context, [this] { ++m_frames; });
    m_sinceStart.start();
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, plant = m_plant] {
        for (const Error &e : poller->configure(plant.devices, plant.points))
            qWarning().noquote() << "not polled:" << e.toString();
        poller->start();
    });

    m_page = std::make_unique<DevicesPage>();
    m_page->setConfirm([](const QString &) { return false; });
    connectPage();
    DeviceTableModel *model = m_page->model();
    connect(model, &DeviceTableModel::healthFlushed, &m_context, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_flushed.insert(id, m_page->model()->status(id).value_or(HealthStatus::Waiting));
    });
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

/// MeterHost::connectPage, with its save path (the store on a worker, then the poller
/// configured again).
void TestDevicesPoller::connectPage()
{
    DevicesPage *page = m_page.get();
    page->setTemplates(m_templates.list());
    page->setPlant(m_plant);
    connect(m_poller, &MeterPoller::healthChanged, page, &DevicesPage::updateHealth,
            Qt::QueuedConnection);
    connect(m_poller, &MeterPoller::busChanged, page, &DevicesPage::updateBus,
            Qt::QueuedConnection);
    connect(m_poller, &MeterPoller::readingReady, page, &DevicesPage::showReading,
            Qt::QueuedConnection);
    connect(m_poller, &MeterPoller::frameLogged, page, &DevicesPage::appendFrame,
            Qt::QueuedConnection);
    connect(page, &DevicesPage::testReadRequested, m_poller, &MeterPoller::startTestRead,
            Qt::QueuedConnection);
    connect(page, &DevicesPage::testReadStopped, m_poller, &MeterPoller::stopTestRead,
            Qt::QueuedConnection);
    connect(page, &DevicesPage::frameLoggingChanged, m_poller, &MeterPoller::setFrameLogging,
            Qt::QueuedConnection);
    connect(page, &DevicesPage::saveRequested, this, &TestDevicesPoller::save);
    QMetaObject::invokeMethod(m_poller, [poller = m_poller] {
        for (const auto &h : poller->health())
            emit poller->healthChanged(h);
        for (const auto &b : poller->buses())
            emit poller->busChanged(b);
    });
}

void TestDevicesPoller::save(const Device &device, const QString &previousId)
{
    QCOMPARE(previousId, QString()); // only adds here
    auto *watcher = new QFutureWatcher<Result<Plant>>(this);
    connect(watcher, &QFutureWatcher<Result<Plant>>::finished, this, [this, watcher] {
        const Result<Plant> r = watcher->result();
        watcher->deleteLater();
        if (r) {
            m_plant = r.value();
            m_page->setPlant(m_plant);
            QMetaObject::invokeMethod(m_poller, [poller = m_poller, plant = m_plant] {
                for (const Error &e : poller->configure(plant.devices, plant.points))
                    qWarning().noquote() << "not polled:" << e.toString();
                poller->start();
            });
        }
        m_page->saveFinished(r.ok(), r ? QString() : r.error().toString());
    });
    watcher->setFuture(QtConcurrent::run(storeDevice, m_dbPath, device));
}

HealthStatus TestDevicesPoller::shownStatus(const QString &deviceId) const
{
    return m_flushed.value(deviceId, HealthStatus::Waiting);
}

QString TestDevicesPoller::describe(const QString &deviceId) const
{
    const QModelIndex row = m_page->model()->deviceIndex(deviceId);
    const auto h = m_page->model()->health(deviceId);
    return QStringLiteral("%1 shows '%2' after %3 ms; last error '%4'; %5 readings")
        .arg(deviceId, row.siblingAtColumn(DeviceTableModel::StatusColumn).data().toString())
        .arg(m_sinceStart.elapsed())
        .arg(h ? h->lastError : QStringLiteral("(no health)"))
        .arg(m_readings.value(deviceId));
}

void TestDevicesPoller::meterShowsOkWithThePeersValues()
{
    DeviceTableModel *model = m_page->model();
    const QString bus = m_peer->hostPort();
    const QModelIndex m1 = model->deviceIndex(QStringLiteral("M1"));
    QVERIFY(m1.isValid());
    QCOMPARE(m1.parent(), model->busIndex(bus));
    QCOMPARE(m1.parent().data(DeviceTableModel::BusIdRole).toString(), bus);
    QVERIFY(m_page->tree()->isExpanded(m1.parent()));

    const auto ok = [&] { return shownStatus(QStringLiteral("M1")) == HealthStatus::Ok; };
    QVERIFY2(waitUntil(ok, kShowMs - static_cast<int>(m_sinceStart.elapsed())),
             qPrintable(describe(QStringLiteral("M1"))));
    QCOMPARE(m1.siblingAtColumn(DeviceTableModel::StatusColumn).data().toString(),
             statusText("OK"));
    QVERIFY(model->bus(bus).has_value());
    QVERIFY(model->bus(bus)->open);

    m_page->selectDevice(QStringLiteral("M1"));
    QCOMPARE(m_page->selectedDeviceId(), QStringLiteral("M1"));
    const ModbusUnit *unit = m_peer->unit(1);
    QVERIFY(unit);
    QCOMPARE(unit->templateId, QStringLiteral("acrel-adl400"));
    DeviceReadingModel *shown = m_page->readingView()->model();
    QString diff;
    const auto same = [&] {
        diff = compareTable(shown, QStringLiteral("M1"), unit->values);
        return diff.isEmpty();
    };
    QVERIFY2(waitUntil(same, kShowMs), qPrintable(diff));
    QCOMPARE(shown->reading().ptRatio, unit->pt);
    QCOMPARE(shown->reading().ctRatio, unit->ct);
}

void TestDevicesPoller::addDialogTestReadsAndStops()
{
    QVERIFY(!m_page->editDialog());
    m_page->findChild<QPushButton *>(QStringLiteral("primaryButton"))->click();
    DeviceEditDialog *dialog = m_page->editDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deviceId")),
                     QStringLiteral("M2"));
    auto *protocol = dialog->findChild<QComboBox *>(QStringLiteral("deviceProtocol"));
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("modbus_tcp")));
    QVERIFY(dialog->offeredTemplates().contains(QStringLiteral("eastron-sdm630")));
    auto *templ = dialog->findChild<QComboBox *>(QStringLiteral("deviceTemplate"));
    templ->setCurrentIndex(templ->findData(QStringLiteral("eastron-sdm630")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deviceHost")),
                     m_peer->hostPort());
    dialog->findChild<QSpinBox *>(QStringLiteral("deviceUnit"))->setValue(2);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("pollInterval"))->setValue(1.0);
    const Device typed = dialog->device();
    QCOMPARE(typed.port, m_peer->hostPort());
    QCOMPARE(typed.address, QStringLiteral("2"));
    QCOMPARE(typed.templateId, QStringLiteral("eastron-sdm630"));
    QCOMPARE(typed.pollIntervalMs, 1000);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testReadButton")),
                      Qt::LeftButton);
    const QString testId = DeviceEditDialog::testIdFor(QStringLiteral("M2"));
    QCOMPARE(dialog->testReadId(), testId);
    const ModbusUnit *unit = m_peer->unit(2);
    QVERIFY(unit);
    QCOMPARE(unit->templateId, QStringLiteral("eastron-sdm630"));
    DeviceReadingModel *shown = dialog->readingView()->model();
    QString diff;
    const auto same = [&] {
        diff = compareTable(shown, testId, unit->values);
        return diff.isEmpty();
    };
    QVERIFY2(waitUntil(same, kShowMs), qPrintable(diff));
    const auto *status = dialog->findChild<QLabel *>(QStringLiteral("testReadStatus"));
    QVERIFY2(waitUntil([&] { return status->text().contains(statusText("OK")); }, kShowMs),
             qPrintable(status->text()));
    // The poller knows the test device while it runs.
    const auto hasTest = [testId](MeterPoller *p) {
        for (const DeviceHealth &h : p->health()) {
            if (h.deviceId == testId)
                return true;
        }
        return false;
    };
    QVERIFY(onPollerThread<bool>(hasTest));

    // Cancel: the test read stops at the poller, no more readings come for it.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!m_page->editDialog());
    QVERIFY(waitUntil([&] { return !onPollerThread<bool>(hasTest); }, 1000));
    QTest::qWait(200); // readings already queued to this thread
    const int after = m_readings.value(testId);
    const int m1 = m_readings.value(QStringLiteral("M1"));
    QTest::qWait(2300); // over two intervals
    QCOMPARE(m_readings.value(testId), after);
    // The plant's meter polls on; nothing was saved.
    QVERIFY2(m_readings.value(QStringLiteral("M1")) >= m1 + 2,
             qPrintable(describe(QStringLiteral("M1"))));
    QVERIFY(!m_page->model()->device(QStringLiteral("M2")));
}

void TestDevicesPoller::savedDeviceIsPolled()
{
    m_page->addDevice();
    QPointer<DeviceEditDialog> dialog = m_page->editDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("deviceId"))->setText(QStringLiteral("M2"));
    auto *protocol = dialog->findChild<QComboBox *>(QStringLiteral("deviceProtocol"));
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("modbus_tcp")));
    auto *templ = dialog->findChild<QComboBox *>(QStringLiteral("deviceTemplate"));
    templ->setCurrentIndex(templ->findData(QStringLiteral("eastron-sdm630")));
    dialog->findChild<QLineEdit *>(QStringLiteral("deviceHost"))->setText(m_peer->hostPort());
    dialog->findChild<QSpinBox *>(QStringLiteral("deviceUnit"))->setValue(2);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("pollInterval"))->setValue(1.0);
    dialog->findChild<QPushButton *>(QStringLiteral("primaryButton"))->click();
    QVERIFY2(waitUntil([&] { return !m_page->editDialog(); }, kShowMs),
             qPrintable(dialog ? dialog->errorText() : QStringLiteral("(closed)")));

    // Stored, listed under the same bus, selected, and polled by the poller.
    QCOMPARE(m_plant.devices.size(), 2);
    const QModelIndex m2 = m_page->model()->deviceIndex(QStringLiteral("M2"));
    QVERIFY(m2.isValid());
    QCOMPARE(m2.parent(), m_page->model()->busIndex(m_peer->hostPort()));
    QCOMPARE(m_page->selectedDeviceId(), QStringLiteral("M2"));
    QVERIFY2(
        waitUntil([&] { return shownStatus(QStringLiteral("M2")) == HealthStatus::Ok; }, kShowMs),
        qPrintable(describe(QStringLiteral("M2"))));
    QString diff;
    const auto same = [&] {
        diff = compareTable(m_page->readingView()->model(), QStringLiteral("M2"),
                            m_peer->unit(2)->values);
        return diff.isEmpty();
    };
    QVERIFY2(waitUntil(same, kShowMs), qPrintable(diff));
    QCOMPARE(shownStatus(QStringLiteral("M1")), HealthStatus::Ok);
}

void TestDevicesPoller::frameLogFollowsItsSwitch()
{
    ui::FrameLogView *log = m_page->frameLog();
    FrameLogModel *model = log->model();
    QVERIFY(!log->isLogging());
    QCOMPARE(m_frames, 0); // the poller sends none until asked
    QCOMPARE(model->rowCount(), 0);

    log->loggingButton()->click();
    QVERIFY(log->isLogging());
    const QString bus = m_peer->hostPort();
    // A request and its reply for each meter: MBAP header, unit, function 3 or 4; the reply
    // carries the request's transaction id.
    QString missing;
    const auto exchanged = [&] {
        for (int unit : {1, 2}) {
            const QString id = QStringLiteral("M%1").arg(unit);
            QSet<QByteArray> sent;
            bool answered = false;
            for (int row = 0; row < model->rowCount(); ++row) {
                const FrameRecord &f = model->frame(row);
                if (f.deviceId != id || f.busId != bus || f.bytes.size() < 8)
                    continue;
                const bool request = static_cast<quint8>(f.bytes.at(6)) == unit &&
                                     (f.bytes.at(7) == 3 || f.bytes.at(7) == 4);
                if (f.direction == FrameRecord::Direction::Tx && request)
                    sent.insert(f.bytes.left(2));
                else if (f.direction == FrameRecord::Direction::Rx && f.note.isEmpty() && request &&
                         sent.contains(f.bytes.left(2)))
                    answered = true;
            }
            if (!answered) {
                missing = QStringLiteral("no TX/RX pair of %1 in %2 frames")
                              .arg(id)
                              .arg(model->rowCount());
                return false;
            }
        }
        return true;
    };
    QVERIFY2(waitUntil(exchanged, kShowMs), qPrintable(missing));
    QCOMPARE(model->buses(), QStringList{bus});
    const QModelIndex last = model->index(model->rowCount() - 1, FrameLogModel::BusColumn);
    QCOMPARE(last.data().toString(), bus);

    log->loggingButton()->click();
    QVERIFY(!log->isLogging());
    QTest::qWait(300); // frames sent before the poller heard it, and the log's append tick
    const int sent = m_frames;
    const int rows = model->rowCount();
    QCOMPARE(rows + log->heldCount(), sent);
    QTest::qWait(2300); // over two polls of each meter
    QCOMPARE(m_frames, sent);
    QCOMPARE(model->rowCount(), rows);
    QVERIFY(m_readings.value(QStringLiteral("M1")) > 0);
}

void TestDevicesPoller::deadPeerIsLinkDownThenOk()
{
    const QString bus = m_peer->hostPort();
    m_peer->stop();
    QElapsedTimer t;
    t.start();
    for (const QString &id : {QStringLiteral("M1"), QStringLiteral("M2")}) {
        QVERIFY2(waitUntil([&] { return shownStatus(id) == HealthStatus::LinkDown; },
                           kShowMs - static_cast<int>(t.elapsed())),
                 qPrintable(describe(id)));
        QCOMPARE(m_page->model()->deviceIndex(id, DeviceTableModel::StatusColumn).data().toString(),
                 statusText("Link down"));
    }
    QVERIFY(m_page->model()->bus(bus).has_value());
    QVERIFY(!m_page->model()->bus(bus)->open);

    const QString error = m_peer->restart();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_peer->hostPort(), bus);
    t.restart();
    for (const QString &id : {QStringLiteral("M1"), QStringLiteral("M2")}) {
        QVERIFY2(waitUntil([&] { return shownStatus(id) == HealthStatus::Ok; },
                           kShowMs - static_cast<int>(t.elapsed())),
                 qPrintable(describe(id)));
        QCOMPARE(m_page->model()->deviceIndex(id, DeviceTableModel::StatusColumn).data().toString(),
                 statusText("OK"));
    }
    QVERIFY(m_page->model()->bus(bus)->open);
}

void TestDevicesPoller::picture()
{
    // Normal operation (before the peer dies): M1 selected with its live values, the log on
    // and showing both meters' latest frames.
    m_page->selectDevice(QStringLiteral("M1"));
    ui::FrameLogView *log = m_page->frameLog();
    log->clear();
    log->loggingButton()->click();
    const auto bothLogged = [log] {
        return log->model()->deviceIds().size() == 2 && log->model()->rowCount() >= 16;
    };
    QVERIFY(waitUntil(bothLogged, kShowMs));
    QString diff;
    const auto same = [&] {
        diff = compareTable(m_page->readingView()->model(), QStringLiteral("M1"),
                            m_peer->unit(1)->values);
        return diff.isEmpty();
    };
    QVERIFY2(waitUntil(same, kShowMs), qPrintable(diff));
    QTest::qWait(DeviceTableModel::kFlushIntervalMs + 50);
    const QString dir = qEnvironmentVariable("VOCSYNC_SCREENSHOT_DIR");
    const QString file =
        QDir(dir.isEmpty() ? m_dir.path() : dir).filePath(QStringLiteral("devices-live.png"));
    QVERIFY(m_page->grab().save(file));
    QCOMPARE(QImage(file).size(), QSize(1400, 900));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestDevicesPoller::cleanupTestCase()
{
    // MeterHost::stop, then the thread ends and takes the poller with it.
    if (m_poller && m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_poller, &MeterPoller::stop, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    m_page.reset();
    if (m_peer)
        m_peer->stop();
}

QTEST_MAIN(TestDevicesPoller)
#include "tst_devicespoller.moc"
