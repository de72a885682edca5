#include "vocsync/acquisition/meterpoller.h"

#include "meter/bus.h"
#include "meter/devicedriver.h"
#include "vocsync/acquisition/logging.h"
#include "vocsync/acquisition/templatelibrary.h"

#include <QDateTime>

#include <map>
#include <set>

namespace vocsync::acquisition {

namespace {

QString serialKey(const SerialSettings &s)
{
    return QStringLiteral("%1 %2%3%4")
        .arg(s.baud)
        .arg(s.dataBits)
        .arg(QLatin1Char(s.parity))
        .arg(s.stopBits);
}

} // namespace

class MeterPoller::Impl
{
public:
    Impl(MeterPoller *q, const TemplateLibrary *templates, PollPolicy policy)
        : q(q), templates(templates), policy(policy)
    {
    }

    /// The bus for `d`'s port, created when needed; nullptr with `error` set when the port is
    /// in use with other settings.
    Bus *busFor(const Device &d, QString *error);
    /// Adds a polled device and returns its bus; nullptr with `error` when it cannot be polled.
    Bus *add(const Device &d, std::int64_t phaseMs, QString *error);
    void removeDevice(const QString &id);
    void onReading(BusDevice &d, const Reading &r);
    void updateLinkState();
    /// Tells the device's error as its health; `remember`: listed by health() until the next
    /// configure (configured devices, not test reads).
    void reportUnpolled(const Device &d, const QString &error, bool remember = true);

    MeterPoller *q;
    const TemplateLibrary *templates;
    PollPolicy policy;
    std::map<QString, std::unique_ptr<Bus>> buses; // by port
    std::map<QString, std::vector<MonitoringPoint>> pointsByDevice;
    std::map<QString, DeviceHealth> unpolled;
    std::set<QString> testDevices;
    bool running = false;
    bool logging = false;
    LinkState state = LinkState::Disconnected;
};

Bus *MeterPoller::Impl::busFor(const Device &d, QString *error)
{
    const QString key = d.port.trimmed();
    const Bus::Kind kind = Bus::kindOf(d);
    auto it = buses.find(key);
    if (it != buses.end()) {
        Bus *b = it->second.get();
        if (b->kind() != kind) {
            *error = MeterPoller::tr("port %1 is already used with another protocol").arg(key);
            return nullptr;
        }
        if (kind == Bus::Kind::Serial && serialKey(b->serial()) != serialKey(d.serial)) {
            *error = MeterPoller::tr("port %1 is already used at %2, not %3")
                         .arg(key, serialKey(b->serial()), serialKey(d.serial));
            return nullptr;
        }
        return b;
    }
    std::unique_ptr<Link> link = makeLink(d, error);
    if (!link)
        return nullptr;
    BusListener listener;
    listener.reading = [this](BusDevice &bd, const Reading &r) { onReading(bd, r); };
    listener.health = [this](const DeviceHealth &h) { emit q->healthChanged(h); };
    listener.status = [this](const BusStatus &s) {
        emit q->busChanged(s);
        updateLinkState();
    };
    listener.frame = [this](const FrameRecord &f) { emit q->frameLogged(f); };
    auto bus =
        std::make_unique<Bus>(key, kind, std::move(link), d.serial, policy, std::move(listener));
    bus->setFrameLogging(logging);
    Bus *raw = bus.get();
    buses.emplace(key, std::move(bus));
    if (running)
        raw->start();
    return raw;
}

Bus *MeterPoller::Impl::add(const Device &d, std::int64_t phaseMs, QString *error)
{
    auto driver = makeDriver(d, *templates, policy.ratioRefreshMs, error);
    if (!driver)
        return nullptr;
    Bus *bus = busFor(d, error);
    if (!bus)
        return nullptr;
    auto bd = std::make_unique<BusDevice>();
    bd->config = d;
    bd->config.pollIntervalMs = std::clamp(d.pollIntervalMs, 1000, 3600000);
    bd->driver = std::move(driver);
    bd->health.deviceId = d.id;
    bd->phaseMs = phaseMs;
    bus->addDevice(std::move(bd));
    return bus;
}

void MeterPoller::Impl::removeDevice(const QString &id)
{
    for (auto it = buses.begin(); it != buses.end(); ++it) {
        if (!it->second->removeDevice(id))
            continue;
        if (it->second->isEmpty()) {
            it->second->stop();
            it->second.release()->deleteLater();
            buses.erase(it);
            updateLinkState();
        }
        return;
    }
}

void MeterPoller::Impl::reportUnpolled(const Device &d, const QString &error, bool remember)
{
    DeviceHealth h;
    h.deviceId = d.id;
    h.busId = d.port;
    h.status = DeviceHealth::Status::CommFault;
    h.lastError = error;
    h.lastErrorMs = QDateTime::currentMSecsSinceEpoch();
    if (remember)
        unpolled[d.id] = h;
    emit q->healthChanged(h);
}

void MeterPoller::Impl::onReading(BusDevice &d, const Reading &r)
{
    emit q->readingReady(r);
    auto it = pointsByDevice.find(d.config.id);
    if (it == pointsByDevice.end())
        return;
    const auto values = d.driver->quantities();
    SampleBatch batch;
    for (const MonitoringPoint &p : it->second) {
        Sample s;
        s.point = p.key;
        s.tMs = r.tMs;
        for (const auto &[quantity, value] : values) {
            if (p.measures(quantity))
                s.set(quantity, value);
        }
        if (s.mask != 0)
            batch.push_back(s);
    }
    if (!batch.empty())
        emit q->samplesReady(batch);
}

void MeterPoller::Impl::updateLinkState()
{
    int open = 0;
    for (const auto &[key, bus] : buses)
        open += bus->status().open ? 1 : 0;
    const LinkState s = open == 0                                ? LinkState::Disconnected
                        : open == static_cast<int>(buses.size()) ? LinkState::Connected
                                                                 : LinkState::Degraded;
    if (s == state)
        return;
    state = s;
    emit q->linkStateChanged(s, MeterPoller::tr("%1 of %2 ports open").arg(open).arg(buses.size()));
}

MeterPoller::MeterPoller(const TemplateLibrary *templates, PollPolicy policy, QObject *parent)
    : SampleSource(parent), d(std::make_unique<Impl>(this, templates, policy))
{
    qRegisterMetaType<vocsync::acquisition::DeviceHealth>();
    qRegisterMetaType<vocsync::acquisition::Reading>();
    qRegisterMetaType<vocsync::acquisition::FrameRecord>();
    qRegisterMetaType<vocsync::acquisition::BusStatus>();
    qRegisterMetaType<vocsync::SampleBatch>();
}

MeterPoller::~MeterPoller()
{
    stop();
}

QString MeterPoller::name() const
{
    return tr("meters");
}

LinkState MeterPoller::linkState() const
{
    return d->state;
}

QList<Error> MeterPoller::configure(const QList<Device> &devices,
                                    const QList<MonitoringPoint> &points)
{
    d->unpolled.clear();
    d->pointsByDevice.clear();
    for (const MonitoringPoint &p : points)
        d->pointsByDevice[p.deviceId].push_back(p);

    std::map<QString, const Device *> wanted;
    QList<const Device *> polled;
    for (const Device &dev : devices) {
        if (dev.isPolled() && dev.enabled) {
            polled.append(&dev);
            wanted[dev.id] = &dev;
        }
    }
    // Devices whose polling settings are unchanged keep their bus, schedule and health: saving
    // one device in the GUI does not disturb the others. Test reads are left alone.
    std::set<QString> kept;
    QStringList stale;
    for (const auto &[key, bus] : d->buses) {
        for (const BusDevice *bd : bus->devices()) {
            const QString &id = bd->config.id;
            if (d->testDevices.count(id))
                continue;
            auto it = wanted.find(id);
            if (it != wanted.end() && samePolling(bd->config, *it->second))
                kept.insert(id);
            else
                stale.append(id);
        }
    }
    for (const QString &id : stale)
        d->removeDevice(id);

    // Stagger the first polls over the interval: device i of n starts at i/n of it.
    QList<Error> errors;
    const auto n = std::max<qsizetype>(1, polled.size());
    for (qsizetype i = 0; i < polled.size(); ++i) {
        const Device &dev = *polled[i];
        if (kept.count(dev.id))
            continue;
        const std::int64_t phase = static_cast<std::int64_t>(dev.pollIntervalMs) * i / n;
        QString error;
        if (!d->add(dev, phase, &error)) {
            errors.append(Error{error, tr("device %1").arg(dev.id)});
            d->reportUnpolled(dev, error);
        }
    }
    d->updateLinkState();
    return errors;
}

bool MeterPoller::samePolling(const Device &a, const Device &b)
{
    const SerialSettings &x = a.serial;
    const SerialSettings &y = b.serial;
    return a.protocol == b.protocol && a.port.trimmed() == b.port.trimmed() &&
           a.address == b.address && a.templateId == b.templateId &&
           a.pollIntervalMs == b.pollIntervalMs && a.timeoutMs == b.timeoutMs &&
           a.ptRatio == b.ptRatio && a.ctRatio == b.ctRatio && a.enabled == b.enabled &&
           x.baud == y.baud && x.parity == y.parity && x.dataBits == y.dataBits &&
           x.stopBits == y.stopBits && x.frameDelayMs == y.frameDelayMs;
}

QList<DeviceHealth> MeterPoller::health() const
{
    QList<DeviceHealth> out;
    for (const auto &[key, bus] : d->buses) {
        for (const BusDevice *bd : bus->devices())
            out.append(bd->health);
    }
    for (const auto &[id, h] : d->unpolled)
        out.append(h);
    return out;
}

QList<BusStatus> MeterPoller::buses() const
{
    QList<BusStatus> out;
    for (const auto &[key, bus] : d->buses)
        out.append(bus->status());
    return out;
}

void MeterPoller::start()
{
    if (d->running)
        return;
    d->running = true;
    for (auto &[key, bus] : d->buses)
        bus->start();
}

void MeterPoller::stop()
{
    d->running = false;
    for (auto &[key, bus] : d->buses)
        bus->stop();
    d->updateLinkState();
}

void MeterPoller::startTestRead(const Device &device)
{
    QString error;
    const bool configured = !d->testDevices.count(device.id) && [&] {
        for (const auto &[key, bus] : d->buses) {
            if (bus->device(device.id))
                return true;
        }
        return false;
    }();
    if (configured) {
        error = tr("the id %1 belongs to a configured device; a test read needs its own id")
                    .arg(device.id);
        d->reportUnpolled(device, error, false);
        return;
    }
    d->removeDevice(device.id);
    d->testDevices.erase(device.id);
    Bus *bus = d->add(device, 0, &error);
    if (!bus) {
        d->reportUnpolled(device, error, false); // nothing to list once the dialog closes
        return;
    }
    d->testDevices.insert(device.id);
    bus->start(); // a test read polls even when the station does not
}

void MeterPoller::stopTestRead(const QString &deviceId)
{
    if (d->testDevices.erase(deviceId) == 0)
        return;
    d->removeDevice(deviceId);
}

void MeterPoller::setFrameLogging(bool on)
{
    d->logging = on;
    for (auto &[key, bus] : d->buses)
        bus->setFrameLogging(on);
}

} // namespace vocsync::acquisition
