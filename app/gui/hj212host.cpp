#include "hj212host.h"

#include "hj212demopeers.h"

#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/factorstore.h"
#include "vocsync/storage/lastsampletimes.h"
#include "vocsync/storage/transmitterrepository.h"
#include "vocsync/sync/upstreamforwarder.h"
#include "vocsync/ui/transmitterspage.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcHj212, "vocsync.app.hj212")
} // namespace

namespace vocsync::gui {

using acquisition::Hj212Server;
using sync::UpstreamForwarder;

Hj212Host::Hj212Host(QThread *acquisitionThread, QString dbPath, Plant plant, bool demo,
                     QObject *parent)
    : QObject(parent), m_acquisitionThread(acquisitionThread), m_dbPath(std::move(dbPath)),
      m_plant(std::move(plant)), m_demo(demo), m_settings(Hj212Settings::load()),
      m_maps(acquisition::FactorMapLibrary::withUserDirectory())
{
    m_factorThread.setObjectName(QStringLiteral("hj212 factors"));
    m_forwarderThread.setObjectName(QStringLiteral("upstream"));
    m_demoThread.setObjectName(QStringLiteral("hj212 demo peers"));
    for (const Error &e : m_maps.errors())
        qCWarning(lcHj212).noquote() << "factor map not used:" << e.toString();

    // Started at once: samples connected to it from now on queue up behind its start().
    m_forwarder = new UpstreamForwarder(m_dbPath, m_plant, m_maps.maps());
    m_forwarder->moveToThread(&m_forwarderThread);
    connect(&m_forwarderThread, &QThread::finished, m_forwarder, &QObject::deleteLater);
    connect(m_forwarder, &UpstreamForwarder::problem, this,
            [](const QString &message) { qCWarning(lcHj212).noquote() << "upstream:" << message; });
    m_forwarderThread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_forwarder, &UpstreamForwarder::start);
}

Hj212Host::~Hj212Host()
{
    stop();
}

Status Hj212Host::start()
{
    if (!m_settings.enabled) {
        qCInfo(lcHj212) << "HJ 212 server disabled (hj212/enabled)";
        return {};
    }
    if (const Status loaded = loadRegistry(); !loaded)
        return loaded;
    m_factorWriter = new storage::FactorWriter(m_dbPath);
    m_factorWriter->moveToThread(&m_factorThread);
    connect(&m_factorThread, &QThread::finished, m_factorWriter, &QObject::deleteLater);
    connect(m_factorWriter, &storage::FactorWriter::problem, this, [](const QString &message) {
        qCWarning(lcHj212).noquote() << "factor values:" << message;
    });
    m_factorThread.start();
    startServer();
    return {};
}

Status Hj212Host::loadRegistry()
{
    Result<QList<TransmitterConfig>> registry = storage::transmitterrepository::loadAt(m_dbPath);
    if (!registry)
        return registry.error();
    if (m_demo && registry->isEmpty()) {
        registry = storage::transmitterrepository::replaceAllAt(
            m_dbPath, acquisition::demoTransmitters(m_plant));
        if (!registry)
            return registry.error();
    }
    m_transmitters = std::move(registry).value();
    m_factorMapOf.clear();
    for (const TransmitterConfig &t : std::as_const(m_transmitters))
        m_factorMapOf.insert(t.mn, t.factorMap);
    return {};
}

QHash<QString, std::int64_t> Hj212Host::lastDataTimes() const
{
    // A gap that spans a restart of the station is backfilled too: from what is stored, the
    // newest sample of a transmitter's points or the newest real-time value of its factors.
    QHash<QString, std::int64_t> last;
    if (Result<storage::Connection> conn = storage::Connection::open(m_dbPath); !conn) {
        qCWarning(lcHj212).noquote() << "stored sample times:" << conn.error().toString();
    } else {
        const Result<QHash<std::uint32_t, std::int64_t>> times =
            storage::lastSampleTimes(conn->db());
        if (!times)
            qCWarning(lcHj212).noquote() << "stored sample times:" << times.error().toString();
        for (const TransmitterConfig &t : m_transmitters) {
            std::int64_t newest = 0;
            for (const QString &id : t.points) {
                const MonitoringPoint *p = m_plant.point(id);
                if (p && times)
                    newest = std::max(newest, times->value(p->key, 0));
            }
            if (newest > 0)
                last.insert(t.mn, newest);
        }
    }
    Result<std::unique_ptr<storage::FactorStore>> store = storage::FactorStore::open(m_dbPath);
    if (!store) {
        qCWarning(lcHj212).noquote() << "stored factor times:" << store.error().toString();
        return last;
    }
    const Result<QHash<QString, std::int64_t>> factors =
        store.value()->lastTimes(FactorPeriod::RealTime);
    if (!factors) {
        qCWarning(lcHj212).noquote() << "stored factor times:" << factors.error().toString();
        return last;
    }
    for (auto it = factors->constBegin(); it != factors->constEnd(); ++it)
        last[it.key()] = std::max(last.value(it.key(), 0), it.value());
    return last;
}

void Hj212Host::startServer()
{
    m_server = new Hj212Server(m_maps.maps());
    m_server->setSettings(m_settings.serverSettings());
    m_server->setTransmitters(m_transmitters, m_plant);
    m_server->setLastDataTimes(lastDataTimes());
    m_server->moveToThread(m_acquisitionThread);
    connect(m_acquisitionThread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &Hj212Server::rejected, this, &Hj212Host::onRejected, Qt::QueuedConnection);
    connect(m_server, &Hj212Server::factorsReady, m_factorWriter, &storage::FactorWriter::write,
            Qt::QueuedConnection);
    connect(m_server, &Hj212Server::factorsReady, m_forwarder, &UpstreamForwarder::forwardFactors,
            Qt::QueuedConnection);
    QPointer<Hj212Host> host(this);
    QMetaObject::invokeMethod(m_server, [server = m_server, host] {
        server->start();
        const quint16 port = server->serverPort();
        const QString error = server->lastListenError();
        if (!host)
            return;
        QMetaObject::invokeMethod(host.data(), [host, port, error] {
            if (host)
                host->listened(port, error);
        });
    });
}

void Hj212Host::listened(quint16 port, const QString &error)
{
    if (port == 0 && m_demo && !m_retriedAnyPort && m_settings.port != 0) {
        // The demo needs a port, not this one: another station may have it.
        qCInfo(lcHj212).noquote() << "demo: port" << m_settings.port << "not available (" << error
                                  << "), listening on any free port";
        m_retriedAnyPort = true;
        acquisition::Hj212ServerSettings settings = m_settings.serverSettings();
        settings.port = 0;
        QPointer<Hj212Host> host(this);
        QMetaObject::invokeMethod(m_server, [server = m_server, settings, host] {
            server->setSettings(settings);
            server->start();
            const quint16 port = server->serverPort();
            const QString error = server->lastListenError();
            if (!host)
                return;
            QMetaObject::invokeMethod(host.data(), [host, port, error] {
                if (host)
                    host->listened(port, error);
            });
        });
        return;
    }
    if (port == 0)
        qCWarning(lcHj212).noquote() << "HJ 212 server not listening:" << error;
    else
        qCInfo(lcHj212).noquote() << "HJ 212 server listening on port" << port << "for"
                                  << m_transmitters.size() << "transmitters";
    emit listening(port, error);
    if (port != 0 && m_demo)
        startDemoPeers(port);
}

void Hj212Host::startDemoPeers(quint16 stationPort)
{
    if (m_peers)
        return;
    m_peers = new Hj212DemoPeers(m_plant, m_transmitters, m_maps.maps(), m_dbPath);
    m_peers->moveToThread(&m_demoThread);
    connect(&m_demoThread, &QThread::finished, m_peers, &QObject::deleteLater);
    connect(m_peers, &Hj212DemoPeers::targetsReady, m_forwarder, &UpstreamForwarder::reloadTargets,
            Qt::QueuedConnection);
    connect(m_peers, &Hj212DemoPeers::problem, this,
            [](const QString &message) { qCWarning(lcHj212).noquote() << message; });
    m_demoThread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_peers,
                              [peers = m_peers, stationPort] { peers->start(stationPort); });
}

void Hj212Host::onRejected(const QString &mn, const QString &peer, const QString &reason,
                           bool alarm)
{
    const QString message =
        mn.isEmpty() ? tr("HJ 212 packet from %1 rejected: %2").arg(peer, reason)
                     : tr("HJ 212 packet of MN %1 from %2 rejected: %3").arg(mn, peer, reason);
    qCWarning(lcHj212).noquote() << message;
    emit rejectedPacket(message, alarm);
}

void Hj212Host::connectPage(ui::TransmittersPage *page)
{
    page->setPlant(m_plant);
    // The lookup keeps copies: it runs on the GUI thread for as long as the page lives.
    page->setFactorLookup(
        [maps = m_maps.maps(), mapOf = m_factorMapOf](const QString &mn, const QString &code) {
            const auto meaning =
                maps.resolve(mapOf.value(mn, QStringLiteral("vocsync-electric")), code.toUtf8());
            if (!meaning)
                return QString();
            return meaning->unit.isEmpty()
                       ? meaning->name
                       : QStringLiteral("%1 · %2").arg(meaning->name, meaning->unit);
        });
    page->connectForwarder(m_forwarder);
    if (!m_server) {
        page->setListening(0, tr("the HJ 212 server is turned off (setting hj212/enabled)"));
        return;
    }
    page->connectServer(m_server);
    connect(this, &Hj212Host::listening, page, &ui::TransmittersPage::setListening);
}

void Hj212Host::forwardSamplesOf(acquisition::SampleSource *source)
{
    connect(source, &acquisition::SampleSource::samplesReady, m_forwarder,
            &UpstreamForwarder::forwardSamples, Qt::QueuedConnection);
}

void Hj212Host::stop()
{
    // Order: the far ends, then the server (no new data), then what stores and sends it.
    if (m_peers) {
        QMetaObject::invokeMethod(m_peers, &Hj212DemoPeers::stop, Qt::BlockingQueuedConnection);
        m_peers = nullptr; // deleted with the thread's finish
    }
    m_demoThread.quit();
    m_demoThread.wait();
    if (m_server) {
        if (m_acquisitionThread->isRunning())
            QMetaObject::invokeMethod(m_server, &Hj212Server::stop, Qt::BlockingQueuedConnection);
        m_server = nullptr; // deleted with the acquisition thread's finish
    }
    if (m_forwarder) {
        QMetaObject::invokeMethod(m_forwarder, &UpstreamForwarder::stop,
                                  Qt::BlockingQueuedConnection);
        m_forwarder = nullptr;
    }
    m_forwarderThread.quit();
    m_forwarderThread.wait();
    if (m_factorWriter) {
        QMetaObject::invokeMethod(m_factorWriter, &storage::FactorWriter::flush,
                                  Qt::BlockingQueuedConnection);
        m_factorWriter = nullptr;
    }
    m_factorThread.quit();
    m_factorThread.wait();
}

} // namespace vocsync::gui
