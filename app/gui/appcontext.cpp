#include "appcontext.h"

#include "channelsettings.h"
#include "demobackfill.h"
#include "hj212host.h"
#include "liveanalysishost.h"
#include "meterhost.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/alarms/alarmengine.h"
#include "vocsync/alarms/alarmstore.h"
#include "vocsync/alarms/gsmmodemchannel.h"
#include "vocsync/alarms/smsgatewaychannel.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/ui/desktopchannel.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/transmitterspage.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStatusBar>

namespace {
Q_LOGGING_CATEGORY(lcApp, "vocsync.app")
constexpr int kAlarmTickMs = 1000;
} // namespace

namespace vocsync::gui {

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_acquisitionThread.setObjectName(QStringLiteral("acquisition"));
    m_backfillThread.setObjectName(QStringLiteral("demo backfill"));
    m_analysisThread.setObjectName(QStringLiteral("analysis"));
}

AppContext::~AppContext()
{
    shutdown();
}

Result<Plant> AppContext::openPlant()
{
    QDir().mkpath(QFileInfo(m_options.dbPath).absolutePath());
    Result<storage::Connection> conn = storage::Connection::open(m_options.dbPath);
    if (!conn)
        return conn.error();
    Result<Plant> plant = storage::plantrepository::load(conn.value().db());
    if (!plant || !m_options.demo || !plant.value().facilities.isEmpty())
        return plant;
    const Status saved =
        storage::plantrepository::save(conn.value().db(), acquisition::demoPlant());
    if (!saved)
        return saved.error();
    // Loaded again for the point keys the database assigned.
    return storage::plantrepository::load(conn.value().db());
}

Status AppContext::start()
{
    Result<Plant> plant = openPlant();
    if (!plant)
        return plant.error();
    m_plant = std::move(plant).value();
    m_writer = std::make_unique<storage::SampleWriter>(m_options.dbPath);
    if (const Status started = m_writer->start(); !started)
        return started;
    if (const Status opened = openAlarms(); !opened)
        return opened;

    m_window = std::make_unique<ui::MainWindow>(m_plant, m_options.dbPath, m_engine.get());
    auto *desktop = new ui::DesktopChannel;
    connect(desktop, &ui::DesktopChannel::activated, m_window.get(), [this] {
        m_window->showPage(ui::MainWindow::Page::Alarms);
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_engine->addChannel(desktop);
    connect(m_window.get(), &ui::MainWindow::trendLoaded, this, [this] {
        // In demo mode only history read after the backfill counts.
        if (!m_options.demo || !m_backfill) {
            m_historyReady = true;
            checkReady();
        }
    });
    m_meters = std::make_unique<MeterHost>(&m_acquisitionThread, m_options.dbPath);
    m_hj212 = std::make_unique<Hj212Host>(&m_acquisitionThread, m_options.dbPath, m_plant,
                                          m_options.demo);
    if (m_options.demo) {
        m_liveReady = false;
        startBackfill();
    } else {
        m_liveReady = true;
        startAnalysis();
        startMeters();
    }
    return {};
}

Status AppContext::openAlarms()
{
    Result<std::unique_ptr<alarms::AlarmStore>> store = alarms::AlarmStore::open(m_options.dbPath);
    if (!store)
        return store.error();
    m_alarmStore = std::move(store).value();
    m_engine = std::make_unique<alarms::AlarmEngine>(m_plant, m_alarmStore.get());
    if (const Status loaded = m_engine->load(); !loaded)
        return loaded;
    const ChannelSettings channels = ChannelSettings::load();
    m_engine->setBureauRecipients(channels.bureauPhones);
    if (channels.modem) {
        if (const QString invalid = channels.modem->validate(); invalid.isEmpty())
            m_engine->addChannel(new alarms::GsmModemChannel(*channels.modem));
        else
            qCWarning(lcApp).noquote() << "SMS modem not used:" << invalid;
    }
    if (channels.gateway) {
        if (const QString invalid = channels.gateway->validate(); invalid.isEmpty())
            m_engine->addChannel(new alarms::SmsGatewayChannel(*channels.gateway));
        else
            qCWarning(lcApp).noquote() << "SMS gateway not used:" << invalid;
    }
    if (m_options.demo && m_engine->rules().isEmpty())
        seedDemoRules();
    connect(&m_alarmTick, &QTimer::timeout, m_engine.get(), &alarms::AlarmEngine::tick);
    m_alarmTick.start(kAlarmTickMs);
    return {};
}

void AppContext::seedDemoRules()
{
    // So the demo shows alarms: every anomaly warns and becomes an alarm after 30 minutes;
    // a treatment facility that never started while production ran is an alarm at once.
    alarms::AlarmRule any;
    any.name = tr("Any anomaly: warning, alarm after 30 min");
    any.level = alarms::AlarmLevel::Warning;
    any.escalateAfterS = 30 * 60;
    alarms::AlarmRule notStarted;
    notStarted.name = tr("Treatment not started: alarm");
    notStarted.eventType = analysis::EventType::TreatmentNotStarted;
    notStarted.level = alarms::AlarmLevel::Alarm;
    notStarted.renotifyMinutes = 60;
    for (const alarms::AlarmRule &rule : {any, notStarted}) {
        if (const Result<alarms::AlarmRule> saved = m_engine->saveRule(rule); !saved)
            qCWarning(lcApp).noquote() << "demo alarm rule:" << saved.error().toString();
    }
}

void AppContext::startAnalysis()
{
    m_analysis =
        new LiveAnalysisHost(m_plant, m_options.dbPath, m_options.learnMs, m_options.replayMs);
    m_analysis->moveToThread(&m_analysisThread);
    connect(&m_analysisThread, &QThread::started, m_analysis, &LiveAnalysisHost::start);
    connect(&m_analysisThread, &QThread::finished, m_analysis, &QObject::deleteLater);
    connect(m_analysis, &LiveAnalysisHost::eventChanged, m_engine.get(),
            &alarms::AlarmEngine::onEvent, Qt::QueuedConnection);
    connect(
        m_analysis, &LiveAnalysisHost::started, this,
        [this](bool ok, const QString &message) {
            if (!ok)
                qCWarning(lcApp).noquote() << "live analysis not started:" << message;
            m_analysisReady = true;
            checkReady();
        },
        Qt::QueuedConnection);
    if (m_source)
        connect(m_source, &acquisition::SampleSource::samplesReady, m_analysis,
                &LiveAnalysisHost::onSamples, Qt::QueuedConnection);
    m_analysisThread.start(QThread::LowPriority);
}

void AppContext::startBackfill()
{
    m_backfill =
        new DemoBackfill(m_plant, m_options.dbPath, m_writer.get(), m_options.demoHistoryMs);
    m_backfill->moveToThread(&m_backfillThread);
    connect(&m_backfillThread, &QThread::started, m_backfill, &DemoBackfill::run);
    connect(&m_backfillThread, &QThread::finished, m_backfill, &QObject::deleteLater);
    connect(m_backfill, &DemoBackfill::progress, m_window.get(),
            &ui::MainWindow::setBackfillProgress);
    connect(m_backfill, &DemoBackfill::finished, this,
            [this](bool ok, const QString &message, qint64) {
                m_backfillThread.quit();
                m_backfillThread.wait();
                m_backfill = nullptr;
                m_window->setBackfillFinished(ok, message);
                if (!ok)
                    return;
                startAnalysis();
                startLive();
            });
    m_backfillThread.start(QThread::LowPriority);
}

void AppContext::connectSource(acquisition::SampleSource *source, bool showsLinkState)
{
    // enqueue() is thread-safe and never blocks: the acquisition thread hands batches to the
    // writer directly instead of hopping through the GUI thread.
    connect(source, &acquisition::SampleSource::samplesReady, m_writer.get(),
            &storage::SampleWriter::write, Qt::DirectConnection);
    connect(source, &acquisition::SampleSource::samplesReady, m_window.get(),
            &ui::MainWindow::addSamples, Qt::QueuedConnection);
    if (showsLinkState) {
        connect(source, &acquisition::SampleSource::linkStateChanged, m_window.get(),
                &ui::MainWindow::setLinkState, Qt::QueuedConnection);
    }
    connect(source, &acquisition::SampleSource::samplesReady, m_engine.get(),
            &alarms::AlarmEngine::onSamples, Qt::QueuedConnection);
    if (m_analysis)
        connect(source, &acquisition::SampleSource::samplesReady, m_analysis,
                &LiveAnalysisHost::onSamples, Qt::QueuedConnection);
    if (m_hj212)
        m_hj212->forwardSamplesOf(source);
}

void AppContext::startMeters()
{
    if (!m_acquisitionThread.isRunning())
        m_acquisitionThread.start();
    m_meters->start(m_plant);
    // The demo plant's own meters are simulated: the simulator reports the link state there.
    connectSource(m_meters->poller(), !m_options.demo);
    m_meters->connectPage(m_window->devicesPage());
    connect(m_meters.get(), &MeterHost::plantChanged, this,
            [this](const Plant &plant) { m_plant.devices = plant.devices; });
    startHj212();
}

void AppContext::startHj212()
{
    if (const Status started = m_hj212->start(); !started) {
        qCWarning(lcApp).noquote() << "HJ 212 server not started:" << started.error().toString();
        m_window->transmittersPage()->setListening(0, started.error().toString());
        return;
    }
    // In demo mode the demo transmitters send the simulator's values of the same points and
    // instants the simulated source already delivers: their samples are shown on the
    // transmitters page, not stored or analysed twice.
    if (m_hj212->server() && !m_options.demo)
        connectSource(m_hj212->server(), false);
    m_hj212->connectPage(m_window->transmittersPage());
    connect(m_hj212.get(), &Hj212Host::rejectedPacket, m_window.get(),
            [this](const QString &message, bool alarm) {
                m_window->statusBar()->showMessage(message, alarm ? 120'000 : 15'000);
            });
}

void AppContext::startLive()
{
    auto *source = new acquisition::SimulatedSource(acquisition::DemoSimulator(m_plant));
    source->moveToThread(&m_acquisitionThread);
    m_source = source;
    connect(&m_acquisitionThread, &QThread::finished, source, &QObject::deleteLater);
    connectSource(source, true);
    connect(
        source, &acquisition::SampleSource::samplesReady, this,
        [this] {
            // A few poll cycles: the status bar's rate has intervals to measure by then.
            m_liveReady = ++m_liveBatches >= 3;
            checkReady();
        },
        Qt::QueuedConnection);
    m_acquisitionThread.start();
    QMetaObject::invokeMethod(source, &acquisition::SampleSource::start, Qt::QueuedConnection);
    startMeters();
}

void AppContext::checkReady()
{
    if (m_readyEmitted || !m_historyReady || !m_liveReady || !m_analysisReady)
        return;
    m_readyEmitted = true;
    emit ready();
}

void AppContext::shutdown()
{
    // Order: no new samples (source, backfill), then the writer commits what it holds.
    if (m_backfill) {
        m_backfill->requestStop();
        m_backfillThread.quit();
        m_backfillThread.wait();
        m_backfill = nullptr;
    }
    if (m_source) {
        QMetaObject::invokeMethod(m_source, &acquisition::SampleSource::stop,
                                  Qt::BlockingQueuedConnection);
        m_source = nullptr;
    }
    if (m_meters)
        m_meters->stop();
    if (m_hj212)
        m_hj212->stop();
    m_acquisitionThread.quit();
    m_acquisitionThread.wait();
    if (m_analysis) {
        m_analysis->requestStop();
        QMetaObject::invokeMethod(m_analysis, &LiveAnalysisHost::stop,
                                  Qt::BlockingQueuedConnection);
        m_analysis = nullptr;
    }
    m_analysisThread.quit();
    m_analysisThread.wait();
    m_alarmTick.stop();
    // The window's pages use the engine: it goes first, then the engine, then its store.
    m_window.reset();
    m_hj212.reset();
    m_engine.reset();
    m_alarmStore.reset();
    if (m_writer) {
        m_writer->stop();
        m_writer.reset();
    }
}

} // namespace vocsync::gui
