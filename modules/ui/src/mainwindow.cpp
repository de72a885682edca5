#include "vocsync/ui/mainwindow.h"

#include "historyloader.h"
#include "overviewpage.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "statuspanel.h"
#include "trendpage.h"
#include "vocsync/ui/models/plantstatusmodel.h"
#include "vocsync/ui/uisettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace vocsync::ui {

namespace {
constexpr int kClockIntervalMs = 1000;

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

MainWindow::MainWindow(const Plant &plant, const QString &dbPath, QWidget *parent)
    : QMainWindow(parent), m_dbPath(dbPath), m_model(new PlantStatusModel(this)),
      m_latest(new HistoryLoader(dbPath, this)), m_sideBar(new SideBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VocSync — VOC treatment facility supervision"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vocsync.svg")));
    m_model->setPlant(plant);
    m_model->refresh(nowMs());

    m_overview = new OverviewPage(m_model, this);
    m_trend = new TrendPage(m_model, dbPath, this);
    auto *stack = new QStackedWidget(this);
    stack->addWidget(m_overview);
    stack->addWidget(m_trend);
    m_sideBar->addPage(QIcon(QStringLiteral(":/icons/nav-overview.svg")), tr("Overview"));
    m_sideBar->addPage(QIcon(QStringLiteral(":/icons/nav-trend.svg")), tr("Trends"));
    connect(m_sideBar, &SideBar::currentPageChanged, stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addWidget(stack, 1);
    setCentralWidget(central);

    m_status = new StatusPanel(statusBar(), dbPath);
    createMenus();

    connect(m_overview, &OverviewPage::facilityActivated, this, &MainWindow::showFacilityTrend);
    connect(m_trend, &TrendPage::historyLoaded, this, &MainWindow::trendLoaded);
    connect(m_latest, &HistoryLoader::latestLoaded, m_model, &PlantStatusModel::applySamples);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::tick);
    m_clock.start(kClockIntervalMs);

    restoreSettings();
    tick();
    loadLatest();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *overview =
        view->addAction(QIcon(QStringLiteral(":/icons/nav-overview.svg")), tr("&Overview"), this,
                        [this] { showPage(Page::Overview); });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *trend = view->addAction(tr("&Trends"), this, [this] { showPage(Page::Trend); });
    trend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

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
    return m_sideBar->currentPage() == static_cast<int>(Page::Trend) ? Page::Trend : Page::Overview;
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
    showPage(page == static_cast<int>(Page::Trend) ? Page::Trend : Page::Overview);
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
    if (dialog.apply())
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
