#include "vocsync/ui/mainwindow.h"

#include "alarmbanner.h"
#include "alarmcenter.h"
#include "historyloader.h"
#include "overviewpage.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "statuspanel.h"
#include "trendpage.h"
#include "vocsync/alarms/alarmengine.h"
#include "vocsync/ui/alarmhistorypage.h"
#include "vocsync/ui/alarmpanelpage.h"
#include "vocsync/ui/alarmrulespage.h"
#include "vocsync/ui/devicespage.h"
#include "vocsync/ui/models/plantstatusmodel.h"
#include "vocsync/ui/statetimelinepage.h"
#include "vocsync/ui/transmitterspage.h"
#include "vocsync/ui/uisettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <array>

namespace vocsync::ui {

namespace {
constexpr int kClockIntervalMs = 1000;

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr std::array<const char *, 8> kPageKeys = {"overview", "trend",         "timeline",
                                                   "alarms",   "alarm-history", "alarm-rules",
                                                   "devices",  "transmitters"};
} // namespace

std::optional<MainWindow::Page> MainWindow::pageFromKey(const QString &key)
{
    for (size_t i = 0; i < kPageKeys.size(); ++i) {
        if (key == QLatin1String(kPageKeys[i]))
            return static_cast<Page>(i);
    }
    return std::nullopt;
}

MainWindow::MainWindow(const Plant &plant, const QString &dbPath, alarms::AlarmEngine *alarms,
                       QWidget *parent)
    : QMainWindow(parent), m_dbPath(dbPath), m_model(new PlantStatusModel(this)),
      m_latest(new HistoryLoader(dbPath, this)), m_sideBar(new SideBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VocSync — VOC treatment facility supervision"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vocsync.svg")));
    m_model->setPlant(plant);
    m_model->refresh(nowMs());

    if (!alarms) {
        m_ownEngine = std::make_unique<alarms::AlarmEngine>(plant, nullptr);
        alarms = m_ownEngine.get();
    }
    m_stack = new QStackedWidget(this);
    createMenus();
    m_overview = new OverviewPage(m_model, this);
    m_trend = new TrendPage(m_model, dbPath, this);
    m_timeline = new StateTimelinePage(dbPath, plant, this);
    m_alarms = new AlarmCenter(alarms, plant, dbPath, this);
    m_devices = new DevicesPage(plant, this);
    m_transmitters = new TransmittersPage(plant, this);
    addPage(m_overview, QStringLiteral("nav-overview"), tr("Overview"));
    addPage(m_trend, QStringLiteral("nav-trend"), tr("Trends"));
    addPage(m_timeline, QStringLiteral("nav-timeline"), tr("State timeline"));
    addPage(m_alarms->panel(), QStringLiteral("nav-alarms"), tr("Current alarms"));
    addPage(m_alarms->history(), QStringLiteral("nav-alarm-history"), tr("Alarm history"));
    addPage(m_alarms->rules(), QStringLiteral("nav-alarm-rules"), tr("Alarm rules"));
    addPage(m_devices, QStringLiteral("nav-devices"), tr("Devices"));
    addPage(m_transmitters, QStringLiteral("nav-transmitters"), tr("Transmitters / HJ 212"));
    connect(m_sideBar, &SideBar::currentPageChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_alarms->banner());
    right->addWidget(m_stack, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_status = new StatusPanel(statusBar(), dbPath);

    connect(m_overview, &OverviewPage::facilityActivated, this, &MainWindow::showFacilityTrend);
    connect(m_trend, &TrendPage::historyLoaded, this, &MainWindow::trendLoaded);
    connect(m_alarms, &AlarmCenter::alarmActivated, this, &MainWindow::showAlarm);
    connect(m_alarms, &AlarmCenter::chartAlarmsChanged, m_trend, &TrendPage::setAlarms);
    connect(m_alarms->panel(), &AlarmPanelPage::trendRequested, this,
            &MainWindow::showFacilityTrend);
    connect(m_latest, &HistoryLoader::latestLoaded, m_model, &PlantStatusModel::applySamples);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::tick);
    m_clock.start(kClockIntervalMs);

    restoreSettings();
    tick();
    loadLatest();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &icon, const QString &title)
{
    const int index = m_stack->addWidget(page);
    const QIcon navIcon(QStringLiteral(":/icons/%1.svg").arg(icon));
    m_sideBar->addPage(navIcon, title);
    QAction *action =
        m_view->addAction(title, this, [this, index] { m_sideBar->setCurrentPage(index); });
    action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + index)));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_view = menuBar()->addMenu(tr("&View")); // addPage() fills it

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(QIcon(QStringLiteral(":/icons/settings.svg")),
                                         tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VocSync"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    m_sideBar->setCurrentPage(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int page = m_sideBar->currentPage();
    return page >= 0 && page < static_cast<int>(kPageKeys.size()) ? static_cast<Page>(page)
                                                                  : Page::Overview;
}

void MainWindow::showAlarm(qint64 alarmId)
{
    showPage(Page::Alarms);
    m_alarms->panel()->selectAlarm(alarmId);
}

void MainWindow::refreshCurrentPage()
{
    switch (currentPage()) {
    case Page::Timeline:
        connect(m_timeline, &StateTimelinePage::analysisFinished, this, &MainWindow::pageRefreshed,
                Qt::SingleShotConnection);
        m_timeline->refresh();
        return;
    case Page::AlarmHistory:
        connect(m_alarms->history(), &AlarmHistoryPage::searchFinished, this,
                &MainWindow::pageRefreshed, Qt::SingleShotConnection);
        m_alarms->history()->search();
        return;
    case Page::Alarms:
        m_alarms->panel()->selectFirstIfNone();
        emit pageRefreshed();
        return;
    default:
        emit pageRefreshed();
    }
}

void MainWindow::showFacilityTrend(const QString &facilityId)
{
    m_trend->showFacility(facilityId);
    showPage(Page::Trend);
}

QString MainWindow::trendFacilityId() const
{
    return m_trend->facilityId();
}

bool MainWindow::trendHasData() const
{
    return m_trend->hasData();
}

void MainWindow::addSamples(const SampleBatch &batch)
{
    m_model->applySamples(batch);
    m_trend->addSamples(batch);
    m_status->countSamples(static_cast<std::int64_t>(batch.size()), nowMs());
}

void MainWindow::setLinkState(acquisition::LinkState state, const QString &detail)
{
    m_status->setLinkState(state, detail);
}

void MainWindow::setBackfillProgress(int percent)
{
    m_status->setBackfillProgress(percent);
}

void MainWindow::setBackfillFinished(bool ok, const QString &message)
{
    m_status->setBackfillFinished(ok, message);
    // What the chart and the badges showed was read while history was still being written.
    m_trend->reload();
    loadLatest();
}

void MainWindow::loadLatest()
{
    QList<std::uint32_t> keys;
    for (const MonitoringPoint &p : m_model->plant().points)
        keys.append(p.key);
    m_latest->requestLatest(keys);
}

void MainWindow::tick()
{
    const std::int64_t now = nowMs();
    m_model->refresh(now);
    m_overview->setNow(now);
    m_trend->setNow(now);
    m_status->tick(now);
    m_alarms->tick(now);
}

void MainWindow::restoreSettings()
{
    UiSettings settings;
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1280, 800);
    restoreState(settings.mainWindowState());
    m_trend->setSpanMs(settings.trendSpanMs());
    QString facility = settings.trendFacilityId();
    const Plant &plant = m_model->plant();
    if (!plant.facility(facility) && !plant.facilities.isEmpty())
        facility = plant.facilities.first().id;
    if (!facility.isEmpty())
        m_trend->showFacility(facility);
    const int page = settings.lastPage();
    showPage(page >= 0 && page < static_cast<int>(kPageKeys.size()) ? static_cast<Page>(page)
                                                                    : Page::Overview);
}

void MainWindow::saveSettings()
{
    UiSettings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.setLastPage(static_cast<int>(currentPage()));
    settings.setTrendFacilityId(m_trend->facilityId());
    settings.setTrendSpanMs(m_trend->spanMs());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_dbPath, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool restart = dialog.apply();
    m_alarms->reloadSettings();
    if (restart)
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language is used from the next start of VocSync."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About VocSync"),
        tr("<h3>VocSync %1</h3><p>Supervision of VOC pollution-control facilities: "
           "synchronous operation of production and treatment, from power meter data.</p>"
           "<p>Times are shown in the station time zone.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace vocsync::ui
