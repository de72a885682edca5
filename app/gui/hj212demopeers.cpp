#include "hj212demopeers.h"

#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcDemoPeers, "vocsync.app.hj212")

// Names are data of the demo plant (Chinese, like its enterprises), not user interface text.
const QString kPlatformName = QStringLiteral("浙江省污染源自动监控平台（演示）");
const QString kDownName = QStringLiteral("湖州市生态环境局平台（演示，离线）");
/// A port nothing listens on: the connection is refused at once, so the target's queue grows
/// and its backoff shows (127.0.0.1:1 is tcpmux, unused on a desktop).
constexpr quint16 kDownPort = 1;
} // namespace

namespace vocsync::gui {

Hj212DemoPeers::Hj212DemoPeers(Plant plant, QList<TransmitterConfig> transmitters,
                               hj212::FactorMapSet maps, QString dbPath, QObject *parent)
    : QObject(parent), m_plant(std::move(plant)), m_transmitters(std::move(transmitters)),
      m_maps(std::move(maps)), m_dbPath(std::move(dbPath))
{
}

Hj212DemoPeers::~Hj212DemoPeers()
{
    stop();
}

QString Hj212DemoPeers::upstreamMn(int index)
{
    // The demo transmitters' EPC-96 layout (demoMn) with object class 000213: "upstream".
    return QStringLiteral("010D3E05C000213%1").arg(index + 1, 9, 16, QLatin1Char('0')).toUpper();
}

void Hj212DemoPeers::start(quint16 stationPort)
{
    m_platform = new acquisition::Hj212Server(m_maps, this);
    acquisition::Hj212ServerSettings platform;
    platform.address = QHostAddress::LocalHost;
    platform.port = 0;
    platform.backfill = false; // a platform that trusts the station's store-and-forward
    m_platform->setSettings(platform);
    TransmitterConfig station;
    station.mn = upstreamMn(0);
    station.name = QStringLiteral("VocSync");
    station.password = QLatin1String(kUpstreamPassword);
    m_platform->setTransmitters({station}, Plant{});
    m_platform->start();
    if (m_platform->serverPort() == 0) {
        emit problem(tr("demo platform not started: %1").arg(m_platform->lastListenError()));
    } else if (const Status saved = saveTargets(m_platform->serverPort()); !saved) {
        emit problem(tr("demo upstream targets not saved: %1").arg(saved.error().toString()));
    } else {
        emit targetsReady();
    }

    m_units = new acquisition::DemoTransmitter(m_plant, m_transmitters, m_maps,
                                               acquisition::DemoSimulator::kDefaultSeed, this);
    acquisition::DemoTransmitterSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = stationPort;
    m_units->setSettings(settings);
    connect(m_units, &acquisition::DemoTransmitter::problem, this,
            [](const QString &mn, const QString &message) {
                qCInfo(lcDemoPeers).noquote() << "demo transmitter" << mn << message;
            });
    m_units->start();
}

void Hj212DemoPeers::stop()
{
    if (m_units) {
        m_units->stop();
        delete m_units;
        m_units = nullptr;
    }
    if (m_platform) {
        m_platform->stop();
        delete m_platform;
        m_platform = nullptr;
    }
}

Status Hj212DemoPeers::saveTargets(quint16 platformPort)
{
    Result<std::unique_ptr<storage::UpstreamQueue>> queue = storage::UpstreamQueue::open(m_dbPath);
    if (!queue)
        return queue.error();
    Result<QList<storage::UpstreamTarget>> targets = queue.value()->targets();
    if (!targets)
        return targets.error();
    const auto find = [&](const QString &name) -> storage::UpstreamTarget {
        for (const storage::UpstreamTarget &t : targets.value()) {
            if (t.name == name)
                return t;
        }
        return {};
    };
    const auto firstEnterprise = [this](int index) {
        return index < m_plant.enterprises.size() ? m_plant.enterprises.at(index).id : QString();
    };
    // The user's own targets are never touched; the demo ones get this run's port.
    storage::UpstreamTarget up = find(kPlatformName);
    const bool fresh = up.id == 0 && targets->isEmpty();
    if (up.id != 0 || fresh) {
        up.name = kPlatformName;
        up.host = QStringLiteral("127.0.0.1");
        up.port = platformPort;
        up.mn = upstreamMn(0);
        up.password = QLatin1String(kUpstreamPassword);
        up.sourceKind = QStringLiteral("enterprise");
        up.sourceId = firstEnterprise(0);
        if (const Result<int> id = queue.value()->saveTarget(up); !id)
            return id.error();
    }
    if (fresh) {
        storage::UpstreamTarget down;
        down.name = kDownName;
        down.host = QStringLiteral("127.0.0.1");
        down.port = kDownPort;
        down.mn = upstreamMn(1);
        down.password = QLatin1String(kUpstreamPassword);
        down.sourceKind = QStringLiteral("enterprise");
        down.sourceId = firstEnterprise(1);
        if (const Result<int> id = queue.value()->saveTarget(down); !id)
            return id.error();
    }
    return {};
}

} // namespace vocsync::gui
