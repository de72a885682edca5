#include "meterhost.h"

#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/ui/devicespage.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {
Q_LOGGING_CATEGORY(lcMeters, "vocsync.app.meters")
} // namespace

namespace vocsync::gui {

MeterHost::MeterHost(QThread *acquisitionThread, QString dbPath, QObject *parent)
    : QObject(parent), m_thread(acquisitionThread), m_dbPath(std::move(dbPath)),
      m_templates(acquisition::TemplateLibrary::withUserDirectory())
{
    for (const Error &e : m_templates.errors())
        qCWarning(lcMeters).noquote() << "device template not used:" << e.toString();
}

MeterHost::~MeterHost()
{
    stop();
}

void MeterHost::start(const Plant &plant)
{
    m_plant = plant;
    m_poller = new acquisition::MeterPoller(&m_templates);
    m_poller->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, plant] {
        for (const Error &e : poller->configure(plant.devices, plant.points))
            qCWarning(lcMeters).noquote() << "not polled:" << e.toString();
        poller->start();
    });
}

void MeterHost::stop()
{
    if (!m_poller)
        return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_poller, &acquisition::MeterPoller::stop,
                                  Qt::BlockingQueuedConnection);
    }
    m_poller = nullptr; // deleted with the thread's finish
}

void MeterHost::connectPage(ui::DevicesPage *page)
{
    m_page = page;
    page->setTemplates(m_templates.list());
    page->setPlant(m_plant);
    using acquisition::MeterPoller;
    connect(m_poller, &MeterPoller::healthChanged, page, &ui::DevicesPage::updateHealth,
            Qt::QueuedConnection);
    connect(m_poller, &MeterPoller::busChanged, page, &ui::DevicesPage::updateBus,
            Qt::QueuedConnection);
    connect(m_poller, &MeterPoller::readingReady, page, &ui::DevicesPage::showReading,
            Qt::QueuedConnection);
    connect(m_poller, &MeterPoller::frameLogged, page, &ui::DevicesPage::appendFrame,
            Qt::QueuedConnection);
    connect(page, &ui::DevicesPage::testReadRequested, m_poller, &MeterPoller::startTestRead,
            Qt::QueuedConnection);
    connect(page, &ui::DevicesPage::testReadStopped, m_poller, &MeterPoller::stopTestRead,
            Qt::QueuedConnection);
    connect(page, &ui::DevicesPage::frameLoggingChanged, m_poller, &MeterPoller::setFrameLogging,
            Qt::QueuedConnection);
    connect(page, &ui::DevicesPage::saveRequested, this, &MeterHost::save);
    connect(page, &ui::DevicesPage::removeRequested, this, &MeterHost::remove);
    // Health the poller already has (devices not polled, say) before the page connected.
    QMetaObject::invokeMethod(m_poller, [poller = m_poller] {
        for (const auto &h : poller->health())
            emit poller->healthChanged(h);
        for (const auto &b : poller->buses())
            emit poller->busChanged(b);
    });
}

void MeterHost::save(const Device &device, const QString &previousId)
{
    QString removeId;
    if (!previousId.isEmpty() && previousId != device.id) {
        // A renamed device: points bound to the old id would lose their meter.
        for (const MonitoringPoint &p : m_plant.points) {
            if (p.deviceId == previousId) {
                if (m_page) {
                    m_page->saveFinished(false, tr("device %1 cannot be renamed while monitoring "
                                                   "point %2 is bound to it")
                                                    .arg(previousId, p.id));
                }
                return;
            }
        }
        removeId = previousId;
    }
    store(device, removeId);
}

void MeterHost::remove(const QString &id)
{
    store(Device{}, id);
}

void MeterHost::store(const Device &device, const QString &removeId)
{
    auto *watcher = new QFutureWatcher<Result<Plant>>(this);
    connect(watcher, &QFutureWatcher<Result<Plant>>::finished, this, [this, watcher] {
        const Result<Plant> r = watcher->result();
        watcher->deleteLater();
        if (r)
            applied(r.value());
        if (m_page)
            m_page->saveFinished(r.ok(), r ? QString() : r.error().toString());
    });
    watcher->setFuture(
        QtConcurrent::run(storage::plantrepository::changeDevice, m_dbPath, device, removeId));
}

void MeterHost::applied(const Plant &plant)
{
    m_plant = plant;
    if (m_page)
        m_page->setPlant(plant);
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, plant] {
        for (const Error &e : poller->configure(plant.devices, plant.points))
            qCWarning(lcMeters).noquote() << "not polled:" << e.toString();
        poller->start();
    });
    emit plantChanged(plant);
}

} // namespace vocsync::gui
