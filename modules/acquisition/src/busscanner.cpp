#include "vocsync/acquisition/busscanner.h"

#include "meter/bus.h"
#include "meter/drivers.h"
#include "vocsync/modbus/devicetemplate.h"

#include <QTimer>

namespace vocsync::acquisition {

BusScanner::BusScanner(QObject *parent) : QObject(parent) {}

BusScanner::~BusScanner() = default;

bool BusScanner::start(const ScanOptions &o, QString *error)
{
    const Device &d = o.link;
    const bool tcp = d.protocol == QLatin1String("modbus_tcp");
    std::unique_ptr<Link> link = makeLink(d, error);
    if (!link)
        return false;
    const Bus::Kind kind = Bus::kindOf(d);
    modbus::DeviceTemplate probe;
    probe.id = QStringLiteral("probe");
    modbus::ValueDef v;
    v.key = QStringLiteral("probe");
    v.function = o.function;
    v.address = o.address;
    probe.values.push_back(v);
    probe.maxRegisters = std::max<int>(1, o.count);
    if (o.count > 1) {
        modbus::ValueDef last = v;
        last.key = QStringLiteral("last");
        last.address = static_cast<std::uint16_t>(o.address + o.count - 1);
        probe.values.push_back(last);
        probe.maxGap = o.count;
    }

    BusListener listener;
    listener.reading = [this](BusDevice &, const Reading &r) { onReading(r); };
    listener.health = [this](const DeviceHealth &h) { onHealth(h); };
    listener.frame = [this](const FrameRecord &f) { emit frameLogged(f); };
    PollPolicy policy;
    policy.reconnectMaxMs = 1000;
    m_bus =
        std::make_unique<Bus>(d.port, kind, std::move(link), d.serial, policy, std::move(listener));
    m_bus->setFrameLogging(true);
    for (int unit = o.firstUnit; unit <= o.lastUnit; ++unit) {
        auto bd = std::make_unique<BusDevice>();
        bd->config = d;
        bd->config.id = QString::number(unit);
        bd->config.pollIntervalMs = 3600000; // once: every unit is removed after its probe
        bd->health.deviceId = bd->config.id;
        bd->driver = makeModbusDriver(probe, static_cast<std::uint8_t>(unit), tcp, 1, 1, 3600000);
        bd->phaseMs = unit - o.firstUnit; // in unit order
        m_bus->addDevice(std::move(bd));
        ++m_pending;
    }
    m_bus->start();
    return true;
}

void BusScanner::onReading(const Reading &r)
{
    ScanHit hit;
    hit.unit = r.deviceId.toInt();
    hit.rttMs = r.rttMs;
    QStringList words;
    for (const ReadingValue &v : r.values) {
        if (v.ok)
            words << QStringLiteral("0x%1").arg(static_cast<int>(v.value), 4, 16, QLatin1Char('0'));
    }
    hit.answer =
        words.isEmpty() ? QString() : tr("registers: %1").arg(words.join(QLatin1Char(' ')));
    m_hits.append(hit);
}

void BusScanner::onHealth(const DeviceHealth &h)
{
    if (h.status == DeviceHealth::Status::LinkDown && !m_failed) {
        m_failed = true;
        QTimer::singleShot(0, this, [this, why = h.lastError] {
            m_bus->stop();
            emit failed(why);
        });
        return;
    }
    if (h.polls == 0 || m_failed)
        return; // Waiting: the probe has not run yet
    const bool found = h.good > 0;
    if (found && h.exceptions > 0 && !m_hits.isEmpty() && m_hits.last().answer.isEmpty())
        m_hits.last().answer = tr("exception: %1").arg(h.lastError);
    emit probed(h.deviceId.toInt(), found, found ? m_hits.last().answer : h.lastError);
    // Removed once the bus is done with it (it is inside its callback now).
    QTimer::singleShot(0, this, [this, id = h.deviceId] {
        m_bus->removeDevice(id);
        if (--m_pending == 0) {
            m_bus->stop();
            emit finished(m_hits);
        }
    });
}

} // namespace vocsync::acquisition
