// The transmitters page against the real thing on 127.0.0.1: the station's Hj212Server with the
// demo plant's registry, the demo transmitters (acquisition::DemoTransmitter) as its TCP
// clients, and the UpstreamForwarder sending what arrives to a platform that answers (another
// Hj212Server) and to one that is down. The page is wired as app/gui/hj212host.cpp wires it:
// the transmitters come online with their values, the packet log shows a real packet raw and
// decoded (factor names from the factor map), "Read clock" and "Read interval" come back from
// the units, a packet with a wrong password is rejected and shown, and the upstream panel shows
// one platform answering and one queue growing.
// VOCSYNC_SCREENSHOT_DIR: where transmitters-page.png goes (default: a temporary folder).
// VOCSYNC_TRANSLATIONS_DIR: its *_zh_CN.qm are installed and the page runs in zh_CN.
#include "vocsync/acquisition/demoplant.h"
#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/upstreamqueue.h"
#include "vocsync/sync/upstreamforwarder.h"
#include "vocsync/ui/appearance.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/models/packetlogmodel.h"
#include "vocsync/ui/models/transmittertablemodel.h"
#include "vocsync/ui/models/upstreamtablemodel.h"
#include "vocsync/ui/packetdetailview.h"
#include "vocsync/ui/packetlogview.h"
#include "vocsync/ui/transmitterspage.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace vocsync;
using acquisition::DemoTransmitter;
using acquisition::Hj212Server;
using acquisition::TransmitterStatus;
using ui::PacketLogModel;
using ui::TransmittersPage;
using ui::TransmitterTableModel;
using ui::UpstreamTableModel;

namespace {

constexpr int kWaitMs = 30'000; ///< the units send every 10 s (the demo points' interval)
const QByteArray kUpstreamMn = "010D3E05C000213000000001";

QString outputDir(const QTemporaryDir &fallback)
{
    const QString dir = qEnvironmentVariable("VOCSYNC_SCREENSHOT_DIR");
    return dir.isEmpty() ? fallback.path() : dir;
}

/// The demo plant with storage keys, as a database would give them.
Plant keyedPlant()
{
    Plant p = acquisition::demoPlant();
    for (qsizetype i = 0; i < p.points.size(); ++i)
        p.points[i].key = static_cast<std::uint32_t>(i + 1);
    return p;
}

QTreeWidgetItem *topItem(QTreeWidget *tree, const QString &label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == label)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestTransmittersPageLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transmittersComeOnline();
    void packetLogShowsRawAndDecoded();
    void commandsComeBack();
    void upstreamPanelShowsBothPlatforms();
    void rejectedPacketIsShown();
    void picture();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    Plant m_plant;
    QList<TransmitterConfig> m_registry;
    hj212::FactorMapSet m_maps;
    std::unique_ptr<Hj212Server> m_server;
    std::unique_ptr<Hj212Server> m_platform;
    std::unique_ptr<DemoTransmitter> m_units;
    std::unique_ptr<sync::UpstreamForwarder> m_forwarder;
    std::unique_ptr<ui::MainWindow> m_window;
    TransmittersPage *m_page = nullptr;
};

void TestTransmittersPageLive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("VocSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_transmitterspage_live"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
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
        auto *qt = new QTranslator(qApp);
        if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    ui::applyAppearance(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    // TOOLCHAIN.md 4: Latin glyphs from DejaVu, Han characters with Simplified Chinese shapes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));

    m_plant = keyedPlant();
    m_registry = acquisition::demoTransmitters(m_plant);
    QVERIFY(m_registry.size() >= 3);
    m_maps = acquisition::FactorMapLibrary::builtin().maps();
    const QString db = m_dir.filePath(QStringLiteral("station.db"));
    QVERIFY(storage::Connection::open(db).ok()); // the schema

    // The platform that answers, and the station's targets: it, and one that is down.
    m_platform = std::make_unique<Hj212Server>(m_maps);
    acquisition::Hj212ServerSettings platform;
    platform.address = QHostAddress::LocalHost;
    platform.backfill = false;
    m_platform->setSettings(platform);
    TransmitterConfig station;
    station.mn = QString::fromLatin1(kUpstreamMn);
    station.password = QStringLiteral("654321");
    m_platform->setTransmitters({station}, Plant{});
    m_platform->start();
    QVERIFY(m_platform->serverPort() != 0);
    {
        auto queue = storage::UpstreamQueue::open(db);
        QVERIFY(queue.ok());
        storage::UpstreamTarget up;
        up.name = QStringLiteral("浙江省污染源自动监控平台");
        up.host = QStringLiteral("127.0.0.1");
        up.port = m_platform->serverPort();
        up.mn = QString::fromLatin1(kUpstreamMn);
        up.password = QStringLiteral("654321");
        up.sourceId = m_plant.enterprises.at(0).id;
        QVERIFY(queue.value()->saveTarget(up).ok());
        storage::UpstreamTarget down = up;
        down.name = QStringLiteral("湖州市生态环境局平台");
        down.port = 1; // refused at once
        down.mn = QStringLiteral("010D3E05C000213000000002");
        down.sourceId = m_plant.enterprises.at(1).id;
        QVERIFY(queue.value()->saveTarget(down).ok());
    }
    m_forwarder = std::make_unique<sync::UpstreamForwarder>(db, m_plant, m_maps);

    m_server = std::make_unique<Hj212Server>(m_maps);
    acquisition::Hj212ServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.backfill = false; // nothing stored before: no gap to fill
    m_server->setSettings(settings);
    m_server->setTransmitters(m_registry, m_plant);
    connect(m_server.get(), &Hj212Server::samplesReady, m_forwarder.get(),
            &sync::UpstreamForwarder::forwardSamples);

    m_window = std::make_unique<ui::MainWindow>(m_plant, db);
    m_window->resize(1400, 860);
    m_window->showPage(ui::MainWindow::Page::Transmitters);
    QCOMPARE(ui::MainWindow::pageFromKey(QStringLiteral("transmitters")),
             ui::MainWindow::Page::Transmitters);
    m_page = m_window->transmittersPage();
    QVERIFY(m_page);
    // As Hj212Host::connectPage does it.
    const hj212::FactorMapSet maps = m_maps;
    m_page->setFactorLookup([maps](const QString &, const QString &code) {
        const auto meaning = maps.resolve(QStringLiteral("vocsync-electric"), code.toUtf8());
        return meaning ? QStringLiteral("%1 · %2").arg(meaning->name, meaning->unit) : QString();
    });
    m_page->connectServer(m_server.get());
    // The shell around it, as AppContext::connectSource does for a source.
    connect(m_server.get(), &Hj212Server::samplesReady, m_window.get(),
            &ui::MainWindow::addSamples);
    connect(m_server.get(), &Hj212Server::linkStateChanged, m_window.get(),
            &ui::MainWindow::setLinkState);
    m_page->connectForwarder(m_forwarder.get());
    m_forwarder->start();
    m_server->start();
    QVERIFY2(m_server->serverPort() != 0, qPrintable(m_server->lastListenError()));

    m_units = std::make_unique<DemoTransmitter>(m_plant, m_registry, m_maps);
    acquisition::DemoTransmitterSettings units;
    units.port = m_server->serverPort();
    m_units->setSettings(units);
    m_units->start();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTransmittersPageLive::transmittersComeOnline()
{
    const TransmitterTableModel *m = m_page->model();
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), m_registry.size(), kWaitMs);
    QVERIFY2(m_page->listenText().contains(QString::number(m_server->serverPort())),
             qPrintable(m_page->listenText()));
    for (int row = 0; row < m->rowCount(); ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(m->transmitters().at(row).connected, kWaitMs);
        // Two real-time instants at least: the one at connection and the next on the grid.
        QTRY_VERIFY_WITH_TIMEOUT(m->transmitters().at(row).packets >= 2, kWaitMs);
    }
    m_page->model()->flush();
    for (int row = 0; row < m->rowCount(); ++row) {
        const TransmitterStatus &t = m->transmitters().at(row);
        QCOMPARE(t.errors, 0ull);
        QVERIFY(t.samples > 0);
        QCOMPARE(m->index(row, TransmitterTableModel::PeerColumn)
                     .data()
                     .toString()
                     .section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(m->index(row, TransmitterTableModel::StatusColumn)
                     .data(TransmitterTableModel::StatusColorRole)
                     .value<QColor>(),
                 QColor(0x2b, 0x8a, 0x3e));
        QCOMPARE(m->index(row, TransmitterTableModel::EnterpriseColumn).data().toString(),
                 m_plant.enterprise(t.enterpriseId)->name);
        QCOMPARE(m->index(row, TransmitterTableModel::PacketsColumn).data().toString(),
                 QLocale().toString(static_cast<qulonglong>(t.packets)));
    }
}

void TestTransmittersPageLive::packetLogShowsRawAndDecoded()
{
    const QString mn = m_registry.first().mn;
    m_page->selectTransmitter(mn);
    ui::PacketLogView *log = m_page->packetLog();
    QVERIFY(log->isLogging());
    QCOMPARE(log->mnFilter(), mn);
    QTRY_VERIFY_WITH_TIMEOUT(log->visibleModel()->rowCount() >= 2, kWaitMs);
    // Every row is this transmitter's; the real-time data came in, the data answers went out.
    int in2011 = -1;
    bool answered = false;
    for (int row = 0; row < log->visibleModel()->rowCount(); ++row) {
        const QModelIndex i = log->visibleModel()->index(row, 0);
        QCOMPARE(i.data(PacketLogModel::MnRole).toString(), mn);
        QVERIFY(i.data(PacketLogModel::OkRole).toBool());
        const int cn = i.data(PacketLogModel::CnRole).toInt();
        if (cn == hj212::cn::RealTimeData && in2011 < 0)
            in2011 = row;
        answered = answered || cn == hj212::cn::DataAnswer;
    }
    QVERIFY(in2011 >= 0);
    QVERIFY(answered);
    log->selectRow(in2011);
    ui::PacketDetailView *detail = log->detail();
    const QString raw = detail->rawText();
    QVERIFY2(raw.startsWith(QStringLiteral("##")), qPrintable(raw));
    QVERIFY2(raw.contains(QStringLiteral(";CN=2011;")), qPrintable(raw));
    QVERIFY2(raw.contains(QStringLiteral("MN=%1;").arg(mn)), qPrintable(raw));
    QVERIFY2(raw.contains(QStringLiteral("x01001-Rtd=")), qPrintable(raw));
    QTreeWidget *tree = detail->tree();
    QCOMPARE(topItem(tree, QStringLiteral("cn"))->text(1), QStringLiteral("2011"));
    QCOMPARE(topItem(tree, QStringLiteral("mn"))->text(1), mn);
    QTreeWidgetItem *factors = topItem(tree, QStringLiteral("factors"));
    QVERIFY(factors && factors->childCount() > 0);
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < factors->childCount(); ++i) {
        if (factors->child(i)->text(0) == QLatin1String("x01001"))
            current = factors->child(i);
    }
    QVERIFY(current);
    // Named by the factor map, with the value the raw frame carries.
    const auto meaning = m_maps.resolve(QStringLiteral("vocsync-electric"), "x01001");
    QVERIFY(meaning);
    QVERIFY2(current->text(1).startsWith(meaning->name), qPrintable(current->text(1)));
    const QString rtd = raw.section(QStringLiteral("x01001-Rtd="), 1)
                            .section(QLatin1Char(','), 0, 0)
                            .section(QLatin1Char(';'), 0, 0);
    QVERIFY2(current->text(1).contains(QStringLiteral("Rtd=%1").arg(rtd)),
             qPrintable(current->text(1) + QStringLiteral(" / ") + rtd));
    QVERIFY2(detail->jsonText().contains(QStringLiteral("\"cn\": 2011")),
             qPrintable(detail->jsonText()));
}

void TestTransmittersPageLive::commandsComeBack()
{
    const QString mn = m_registry.first().mn;
    m_page->selectTransmitter(mn);
    auto *getTime = m_page->findChild<QPushButton *>(QStringLiteral("commandGetTime"));
    auto *getInterval = m_page->findChild<QPushButton *>(QStringLiteral("commandGetInterval"));
    QVERIFY(getTime && getInterval);
    QTRY_VERIFY(getTime->isEnabled());
    // The outcome lines are checked by their numbers and through the catalogue, so the test
    // passes in zh_CN too (VOCSYNC_TRANSLATIONS_DIR).
    const auto newest = [this] { return m_page->commandHistory().value(0); };
    const qsizetype before = m_page->commandHistory().size();
    QTest::mouseClick(getTime, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->commandHistory().size(), before + 1, kWaitMs);
    QVERIFY2(newest().contains(QStringLiteral(" · 1011 ")), qPrintable(newest()));
    QVERIFY2(newest().contains(
                 QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"))),
             qPrintable(newest()));
    // The demo units keep the station's clock until told otherwise.
    const QString inStep = QCoreApplication::translate("vocsync::ui::TransmitterLabels",
                                                       "%1 (in step with the station)")
                               .section(QStringLiteral("%1"), 1);
    QVERIFY2(newest().contains(inStep), qPrintable(newest() + QStringLiteral(" / ") + inStep));
    QCOMPARE(m_page->commandText(), newest().left(m_page->commandText().size()));

    QTest::mouseClick(getInterval, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->commandHistory().size(), before + 2, kWaitMs);
    QVERIFY2(newest().contains(QStringLiteral(" · 1061 ")), qPrintable(newest()));
    const QString interval = ui::Labels::duration(m_units->rtdIntervalS(mn) * 1000LL);
    QVERIFY2(m_page->commandText().endsWith(interval),
             qPrintable(m_page->commandText() + QStringLiteral(" / ") + interval));
    // The requests and the units' answers are in the packet log too.
    const auto logged = [this](int cn, bool incoming) {
        const PacketLogModel *log = m_page->packetLog()->model();
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->cn(row) == cn && log->packet(row).incoming == incoming &&
                log->packet(row).mn == m_registry.first().mn)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(logged(hj212::cn::GetTime, false));
    QTRY_VERIFY(logged(hj212::cn::GetTime, true));
    QTRY_VERIFY(logged(hj212::cn::RequestAnswer, true));
    QTRY_VERIFY(logged(hj212::cn::ExecutionAnswer, true));
}

void TestTransmittersPageLive::upstreamPanelShowsBothPlatforms()
{
    const UpstreamTableModel *m = m_page->upstreamModel();
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m->targets().at(0).connected && m->targets().at(0).acked > 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m->targets().at(1).pending > 0, kWaitMs);
    QVERIFY(!m->targets().at(1).connected);
    QVERIFY(!m->targets().at(1).lastError.isEmpty());
    QVERIFY2(m->index(0, UpstreamTableModel::LastAnswerColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("9014")),
             qPrintable(m->index(0, UpstreamTableModel::LastAnswerColumn).data().toString()));
    QCOMPARE(m->index(1, UpstreamTableModel::PendingColumn).data().toString(),
             QLocale().toString(static_cast<qlonglong>(m->targets().at(1).pending)));
    QVERIFY(m_page->upstreamTable()->isVisible());
}

void TestTransmittersPageLive::rejectedPacketIsShown()
{
    // A unit configured with the wrong password: rejected, counted, its reason shown.
    const TransmitterConfig &victim = m_registry.at(1);
    hj212::Packet p;
    p.qn.assign(hj212::formatQnTime(QDateTime::currentMSecsSinceEpoch()));
    p.st.assign("31");
    p.cn = hj212::cn::RealTimeData;
    p.pw.assign("000000");
    p.mn.assign(victim.mn.toLatin1());
    p.flag = hj212::flagFor(hj212::Version::V2017, true);
    p.dataTimeMs = timeutil::floorTo(QDateTime::currentMSecsSinceEpoch(), 1000);
    p.factorRef("x01001").set(hj212::Part::Rtd, 12.5, 1);
    const Result<QByteArray> frame = hj212::encodeFrame(p);
    QVERIFY(frame.ok());
    QTcpSocket rogue;
    rogue.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(rogue.waitForConnected(5000));
    rogue.write(frame.value());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->rejectionText().contains(victim.mn), kWaitMs);
    const int row = m_page->model()->rowOf(victim.mn);
    QTRY_COMPARE(m_page->model()->transmitters().at(row).errors, 1ull);
    QVERIFY(!m_page->model()->transmitters().at(row).lastError.isEmpty());
    m_page->model()->flush();
    QCOMPARE(m_page->model()->index(row, TransmitterTableModel::ErrorsColumn).data().toString(),
             QStringLiteral("1"));
    // The unit with the right password is still connected and counted as before.
    QVERIFY(m_page->model()->transmitters().at(row).connected);
    rogue.disconnectFromHost();
}

void TestTransmittersPageLive::picture()
{
    // What a user sees: the first transmitter, its newest real-time packet, a command result.
    m_page->selectTransmitter(m_registry.first().mn);
    m_page->model()->flush();
    QTest::qWait(300);
    // Every column of the transmitter table fits what its rows show (the last one stretches).
    QTableView *table = m_page->table();
    for (int c = 0; c < TransmitterTableModel::LastErrorColumn; ++c) {
        if (table->isColumnHidden(c))
            continue;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            const QString text = m_page->model()->index(row, c).data().toString();
            const int needed = table->fontMetrics().horizontalAdvance(text) + 10;
            if (c == TransmitterTableModel::NameColumn ||
                c == TransmitterTableModel::EnterpriseColumn)
                continue; // capped, elided with the whole name in the tooltip
            QVERIFY2(table->horizontalHeader()->sectionSize(c) >= needed,
                     qPrintable(QStringLiteral("column %1: %2 < %3 (%4)")
                                    .arg(c)
                                    .arg(table->horizontalHeader()->sectionSize(c))
                                    .arg(needed)
                                    .arg(text)));
        }
    }
    const QString file = QDir(outputDir(m_dir)).filePath(QStringLiteral("transmitters-page.png"));
    QVERIFY(m_window->grab().save(file));
    QCOMPARE(QImage(file).size(), QSize(1400, 860));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestTransmittersPageLive::cleanupTestCase()
{
    if (m_units)
        m_units->stop();
    if (m_server)
        m_server->stop();
    if (m_forwarder)
        m_forwarder->stop();
    if (m_platform)
        m_platform->stop();
    m_window.reset();
    m_units.reset();
    m_server.reset();
    m_forwarder.reset();
    m_platform.reset();
}

QTEST_MAIN(TestTransmittersPageLive)
#include "tst_transmitterspage_live.moc"
