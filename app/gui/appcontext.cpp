#include "appcontext.h"

#include "demobackfill.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/ui/mainwindow.h"

#include <QDir>
#include <QFileInfo>

namespace vocsync::gui {

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_acquisitionThread.setObjectName(QStringLiteral("acquisition"));
    m_backfillThread.setObjectName(QStringLiteral("demo backfill"));
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

    m_window = std::make_unique<ui::MainWindow>(m_plant, m_options.dbPath);
    connect(m_window.get(), &ui::MainWindow::trendLoaded, this, [this] {
        // In demo mode only history read after the backfill counts.
        if (!m_options.demo || !m_backfill) {
            m_historyReady = true;
            checkReady();
        }
    });
    if (m_options.demo) {
        m_liveReady = false;
        startBackfill();
    } else {
        m_liveReady = true;
    }
    return {};
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
                if (ok)
                    startLive();
            });
    m_backfillThread.start(QThread::LowPriority);
}

void AppContext::startLive()
{
    auto *source = new acquisition::SimulatedSource(acquisition::DemoSimulator(m_plant));
    source->moveToThread(&m_acquisitionThread);
    m_source = source;
    connect(&m_acquisitionThread, &QThread::finished, source, &QObject::deleteLater);
    // enqueue() is thread-safe and never blocks: the acquisition thread hands batches to the
    // writer directly instead of hopping through the GUI thread.
    connect(source, &acquisition::SampleSource::samplesReady, m_writer.get(),
            &storage::SampleWriter::write, Qt::DirectConnection);
    connect(source, &acquisition::SampleSource::samplesReady, m_window.get(),
            &ui::MainWindow::addSamples, Qt::QueuedConnection);
    connect(source, &acquisition::SampleSource::linkStateChanged, m_window.get(),
            &ui::MainWindow::setLinkState, Qt::QueuedConnection);
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
}

void AppContext::checkReady()
{
    if (m_readyEmitted || !m_historyReady || !m_liveReady)
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
    m_acquisitionThread.quit();
    m_acquisitionThread.wait();
    m_window.reset();
    if (m_writer) {
        m_writer->stop();
        m_writer.reset();
    }
}

} // namespace vocsync::gui
