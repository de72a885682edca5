// The demo plant's transmitters as HJ 212 TCP clients (docs/hj212-demo.md): one Unit per MN,
// ticked by one timer.
#include "vocsync/acquisition/demotransmitter.h"

#include "demounit.h"

#include "vocsync/acquisition/logging.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace vocsync::acquisition {

namespace {

/// The simulator labels samples with storage keys; a plant not stored yet has none, so the
/// points get stand-in keys (the values depend on the point ids only).
Plant withKeys(Plant plant)
{
    std::uint32_t next = 1;
    for (const MonitoringPoint &p : plant.points)
        next = std::max(next, p.key + 1);
    for (MonitoringPoint &p : plant.points) {
        if (p.key == 0)
            p.key = next++;
    }
    return plant;
}

} // namespace

struct DemoTransmitter::Impl
{
    Impl(const Plant &plant, std::uint64_t seed) : shared(DemoSimulator(withKeys(plant), seed)) {}

    demo::Shared shared;
    QList<TransmitterConfig> configs;
    hj212::FactorMapSet maps;
    std::vector<demo::Unit *> units;
    QTimer *timer = nullptr;

    demo::Unit *unit(const QString &mn) const
    {
        for (demo::Unit *u : units) {
            if (u->mn().compare(mn, Qt::CaseInsensitive) == 0)
                return u;
        }
        return nullptr;
    }
};

DemoTransmitter::DemoTransmitter(const Plant &plant, QList<TransmitterConfig> transmitters,
                                 hj212::FactorMapSet maps, std::uint64_t seed, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(plant, seed))
{
    d->configs = std::move(transmitters);
    d->maps = std::move(maps);
    d->shared.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    d->shared.realClock.start();
}

DemoTransmitter::~DemoTransmitter()
{
    stop();
}

void DemoTransmitter::setSettings(const DemoTransmitterSettings &settings)
{
    d->shared.settings = settings;
}

void DemoTransmitter::setClock(Clock clock)
{
    d->shared.clock = std::move(clock);
}

void DemoTransmitter::setOnline(bool online)
{
    if (online == d->shared.online)
        return;
    d->shared.online = online;
    if (!online) {
        for (demo::Unit *u : d->units)
            u->goOffline();
    } else if (d->timer) {
        tick();
    }
}

bool DemoTransmitter::isOnline() const
{
    return d->shared.online;
}

QStringList DemoTransmitter::mns() const
{
    QStringList out;
    for (const TransmitterConfig &c : d->configs)
        out.append(c.mn);
    return out;
}

int DemoTransmitter::connectedCount() const
{
    return static_cast<int>(std::count_if(d->units.begin(), d->units.end(),
                                          [](const demo::Unit *u) { return u->isConnected(); }));
}

int DemoTransmitter::backlog() const
{
    int n = 0;
    for (const demo::Unit *u : d->units)
        n += u->backlog();
    return n;
}

DemoTransmitterStats DemoTransmitter::stats() const
{
    return d->shared.stats;
}

std::int64_t DemoTransmitter::clockOffsetMs(const QString &mn) const
{
    const demo::Unit *u = d->unit(mn);
    return u ? u->offsetMs() : 0;
}

int DemoTransmitter::rtdIntervalS(const QString &mn) const
{
    const demo::Unit *u = d->unit(mn);
    return u ? u->rtdIntervalS() : 0;
}

void DemoTransmitter::start()
{
    if (d->timer)
        return;
    const QByteArray st = d->shared.settings.st.toLatin1();
    for (const TransmitterConfig &c : d->configs) {
        QStringList problems;
        demo::UnitBinding binding =
            demo::bindUnit(c, d->shared.simulator.plant(), d->maps, st, &problems);
        for (const QString &p : problems) {
            qCWarning(lcAcquisition) << "demo transmitter" << c.mn << p;
            emit problem(c.mn, p);
        }
        auto *u = new demo::Unit(d->shared, c, std::move(binding), this);
        connect(u, &demo::Unit::connectionChanged, this, &DemoTransmitter::connectionChanged);
        connect(u, &demo::Unit::instantSent, this, &DemoTransmitter::instantSent);
        connect(u, &demo::Unit::commandHandled, this, &DemoTransmitter::commandHandled);
        connect(u, &demo::Unit::frameSent, this, &DemoTransmitter::frameSent);
        connect(u, &demo::Unit::frameReceived, this, &DemoTransmitter::frameReceived);
        connect(u, &demo::Unit::problem, this, &DemoTransmitter::problem);
        d->units.push_back(u);
    }
    d->timer = new QTimer(this);
    d->timer->setInterval(std::max(1, d->shared.settings.tickMs));
    connect(d->timer, &QTimer::timeout, this, &DemoTransmitter::tick);
    d->timer->start();
    tick();
}

void DemoTransmitter::stop()
{
    if (!d->timer)
        return;
    d->timer->stop();
    delete d->timer;
    d->timer = nullptr;
    for (demo::Unit *u : d->units) {
        u->stop();
        delete u;
    }
    d->units.clear();
}

void DemoTransmitter::tick()
{
    for (demo::Unit *u : d->units)
        u->tick();
}

} // namespace vocsync::acquisition
