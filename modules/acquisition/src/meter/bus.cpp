#include "meter/bus.h"

#include "vocsync/acquisition/logging.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace vocsync::acquisition {

Bus::Bus(QString id, Kind kind, std::unique_ptr<Link> link, SerialSettings serial,
         PollPolicy policy, BusListener listener, QObject *parent)
    : QObject(parent), m_id(std::move(id)), m_kind(kind), m_link(std::move(link)), m_serial(serial),
      m_policy(policy), m_listener(std::move(listener))
{
    m_clock.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        const Scope scope(this);
        if (m_state == State::Closed && m_running) {
            m_state = State::Opening;
            m_link->open();
        } else if (m_state == State::Busy && m_sendPending) {
            sendCurrent();
        } else if (m_state == State::Idle) {
            pump();
        }
    });
    connect(&m_timeout, &QTimer::timeout, this, &Bus::onTimeout);
    connect(m_link.get(), &Link::opened, this, &Bus::onOpened);
    connect(m_link.get(), &Link::failed, this, &Bus::onFailed);
    connect(m_link.get(), &Link::received, this, &Bus::onReceived);
}

Bus::~Bus()
{
    // A socket closing in its destructor may still signal: not to a half-destroyed bus.
    m_link->disconnect(this);
    m_link->close();
}

void Bus::addDevice(std::unique_ptr<BusDevice> device)
{
    const Scope scope(this);
    device->health.busId = m_id;
    device->dueMs = now() + device->phaseMs;
    if (m_state == State::Closed && m_running)
        device->health.status = DeviceHealth::Status::LinkDown;
    m_devices.push_back(std::move(device));
    publish(*m_devices.back());
    if (m_state == State::Idle)
        pump();
}

Bus::Scope::~Scope()
{
    if (--m_bus->m_depth > 0)
        return;
    if (m_bus->m_removalsPending) {
        m_bus->m_removalsPending = false;
        auto &list = m_bus->m_devices;
        list.erase(
            std::remove_if(list.begin(), list.end(), [](const auto &d) { return d->removed; }),
            list.end());
    }
    // Frames go out once the bus is done with them, so a frame listener never runs while a
    // request is half handled.
    if (!m_bus->m_frames.empty() && m_bus->m_listener.frame) {
        const std::vector<FrameRecord> frames = std::move(m_bus->m_frames);
        m_bus->m_frames.clear();
        for (const FrameRecord &f : frames)
            m_bus->m_listener.frame(f);
    }
}

bool Bus::isEmpty() const
{
    return std::all_of(m_devices.begin(), m_devices.end(),
                       [](const auto &d) { return d->removed; });
}

bool Bus::removeDevice(const QString &deviceId)
{
    const Scope scope(this);
    auto it = std::find_if(m_devices.begin(), m_devices.end(),
                           [&](const auto &d) { return !d->removed && d->config.id == deviceId; });
    if (it == m_devices.end())
        return false;
    if (m_current == it->get()) {
        m_timeout.stop();
        m_wake.stop();
        m_current = nullptr;
        m_sendPending = false;
        m_state = State::Idle;
        m_lineFreeAt = now() + std::max(silenceMs(), drainMs());
    }
    (*it)->removed = true; // erased when the outermost scope ends
    m_removalsPending = true;
    if (m_state == State::Idle)
        pump();
    return true;
}

BusDevice *Bus::device(const QString &deviceId)
{
    for (auto &d : m_devices) {
        if (!d->removed && d->config.id == deviceId)
            return d.get();
    }
    return nullptr;
}

std::vector<const BusDevice *> Bus::devices() const
{
    std::vector<const BusDevice *> out;
    for (const auto &d : m_devices) {
        if (!d->removed)
            out.push_back(d.get());
    }
    return out;
}

int Bus::silenceMs() const
{
    if (m_kind != Kind::Serial)
        return 0;
    if (m_serial.frameDelayMs > 0)
        return m_serial.frameDelayMs;
    // Modbus over Serial Line V1.02, 2.5.1.1: 3.5 character times, fixed 1.75 ms above
    // 19200 bit/s.
    const double us = m_serial.baud > 19200 ? 1750.0 : 3.5 * m_link->byteTimeUs();
    return static_cast<int>(std::ceil(us / 1000.0));
}

BusDevice *Bus::mostOverdue()
{
    BusDevice *best = nullptr;
    for (auto &d : m_devices) {
        if (d->removed)
            continue;
        if (!best || d->dueMs < best->dueMs)
            best = d.get();
    }
    return best;
}

void Bus::pump()
{
    if (m_state != State::Idle || !m_running)
        return;
    BusDevice *d = mostOverdue();
    if (!d)
        return;
    const std::int64_t t = now();
    const std::int64_t ready = std::max(d->dueMs, m_lineFreeAt);
    if (ready > t) {
        m_wake.start(static_cast<int>(ready - t));
        return;
    }
    startPoll(*d);
}

void Bus::startPoll(BusDevice &d)
{
    m_current = &d;
    m_requests = d.driver->beginPoll(now());
    m_index = 0;
    m_pollStartMs = now();
    m_pollException.clear();
    m_state = State::Busy;
    if (m_requests == 0) {
        finishPoll();
        return;
    }
    sendCurrent();
}

void Bus::sendCurrent()
{
    m_sendPending = false;
    const std::int64_t t = now();
    if (t < m_lineFreeAt) {
        m_sendPending = true;
        m_wake.start(static_cast<int>(m_lineFreeAt - t));
        return;
    }
    m_link->discardInput();
    m_rx.clear();
    const QByteArray bytes = m_current->driver->request(m_index, ++m_tid);
    m_link->write(bytes);
    if (m_state != State::Busy || !m_current)
        return; // the write failed and closed the link (onFailed ran)
    m_bytesTx += static_cast<std::uint64_t>(bytes.size());
    m_sentMs = t;
    logFrame(FrameRecord::Direction::Tx, bytes, QString());
    const double lineMs =
        (bytes.size() + m_current->driver->replyBytes(m_index)) * m_link->byteTimeUs() / 1000.0;
    m_timeout.start(m_current->config.timeoutMs + static_cast<int>(std::ceil(lineMs)));
}

int Bus::drainMs() const
{
    // Late bytes of a failed or abandoned request must not start the next reply. Modbus TCP
    // tells replies apart by transaction id; RTU frames can only be waited out: a serial line
    // is quiet between characters within a frame (<= 1.5 character times); a gateway may pass
    // a frame on in several TCP segments.
    switch (m_kind) {
    case Kind::Tcp:
        return 0;
    case Kind::RtuTcp:
        return 50;
    case Kind::Serial:
        return std::max(silenceMs(), 20);
    }
    return 0;
}

void Bus::onReceived(const QByteArray &bytes)
{
    const Scope scope(this);
    m_bytesRx += static_cast<std::uint64_t>(bytes.size());
    if (m_state != State::Busy || m_sendPending || !m_current) {
        m_lineFreeAt = std::max(m_lineFreeAt, now() + drainMs());
        logFrame(FrameRecord::Direction::Rx, bytes,
                 QCoreApplication::translate("Bus", "unexpected bytes, dropped"));
        return;
    }
    m_rx += bytes;
    for (;;) {
        const ReplyScan scan = m_current->driver->scanReply(m_index, m_rx);
        switch (scan.status) {
        case ReplyScan::Incomplete:
            return;
        case ReplyScan::Skip:
            logFrame(FrameRecord::Direction::Rx, m_rx.left(scan.length), scan.error);
            m_rx.remove(0, std::max<qsizetype>(1, scan.length));
            continue;
        case ReplyScan::Complete:
        case ReplyScan::Exception:
            logFrame(FrameRecord::Direction::Rx, m_rx.left(scan.length), scan.error);
            replyDone(scan.length, scan.status == ReplyScan::Exception ? scan.error : QString());
            return;
        case ReplyScan::Invalid:
            logFrame(FrameRecord::Direction::Rx, m_rx, scan.error);
            m_timeout.stop();
            failPoll(&DeviceHealth::badFrames,
                     QCoreApplication::translate("Bus", "bad reply to %1: %2")
                         .arg(m_current->driver->describe(m_index), scan.error));
            return;
        case ReplyScan::NoAnswer:
            logFrame(FrameRecord::Direction::Rx, m_rx.left(scan.length), scan.error);
            m_timeout.stop();
            failPoll(&DeviceHealth::timeouts,
                     QCoreApplication::translate("Bus", "no answer to %1: %2")
                         .arg(m_current->driver->describe(m_index), scan.error));
            return;
        }
    }
}

void Bus::replyDone(qsizetype length, const QString &exception)
{
    m_timeout.stop();
    m_rx.remove(0, length);
    m_lineFreeAt = now() + silenceMs();
    if (!exception.isEmpty()) {
        m_pollException = QCoreApplication::translate("Bus", "%1: %2")
                              .arg(m_current->driver->describe(m_index), exception);
        ++m_current->health.exceptions;
    }
    if (++m_index < m_requests) {
        sendCurrent();
        return;
    }
    finishPoll();
}

void Bus::finishPoll()
{
    BusDevice &d = *m_current;
    const std::int64_t t = now();
    Reading r = d.driver->finishPoll();
    r.deviceId = d.config.id;
    r.tMs = wallMs(m_pollStartMs);
    r.rttMs = static_cast<int>(t - m_pollStartMs);
    DeviceHealth &h = d.health;
    ++h.polls;
    ++h.good;
    h.status = DeviceHealth::Status::Ok;
    h.consecutiveFailures = 0;
    h.lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    h.lastRttMs = r.rttMs;
    h.avgRttMs = h.good == 1 ? r.rttMs : 0.8 * h.avgRttMs + 0.2 * r.rttMs;
    if (!m_pollException.isEmpty()) {
        h.lastError = m_pollException;
        h.lastErrorMs = h.lastSeenMs;
    }
    // Keep the cadence; when late by a whole interval, skip the missed polls (no burst).
    d.dueMs = std::max(d.dueMs + d.config.pollIntervalMs, t);
    m_current = nullptr;
    m_state = State::Idle;
    if (m_listener.reading)
        m_listener.reading(d, r);
    publish(d);
    publishTraffic();
    pump();
}

void Bus::onTimeout()
{
    const Scope scope(this);
    if (m_state != State::Busy || !m_current)
        return;
    const int waited = static_cast<int>(now() - m_sentMs);
    logFrame(FrameRecord::Direction::Rx, m_rx,
             m_rx.isEmpty() ? QCoreApplication::translate("Bus", "timeout, no reply")
                            : QCoreApplication::translate("Bus", "timeout, reply incomplete"));
    failPoll(&DeviceHealth::timeouts, QCoreApplication::translate("Bus", "timeout after %1 ms (%2)")
                                          .arg(waited)
                                          .arg(m_current->driver->describe(m_index)));
}

void Bus::failPoll(std::uint64_t DeviceHealth::*counter, const QString &error)
{
    BusDevice &d = *m_current;
    DeviceHealth &h = d.health;
    ++h.polls;
    ++(h.*counter);
    ++h.consecutiveFailures;
    h.lastError = error;
    h.lastErrorMs = QDateTime::currentMSecsSinceEpoch();
    h.status = h.consecutiveFailures >= m_policy.commFaultAfter ? DeviceHealth::Status::CommFault
                                                                : DeviceHealth::Status::Retrying;
    // Back off on the device's own schedule; the others go on meanwhile.
    const int interval = d.config.pollIntervalMs;
    std::int64_t delay = std::min(interval, 1000);
    if (h.consecutiveFailures > 1) {
        const std::int64_t cap = std::max(interval, m_policy.maxBackoffMs);
        const int shift = std::min(h.consecutiveFailures - 1, 20);
        delay = std::min<std::int64_t>(cap, static_cast<std::int64_t>(interval) << shift);
    }
    const std::int64_t t = now();
    d.dueMs = t + delay;
    // Late bytes of a failed reply must not be taken for the next one.
    m_lineFreeAt = t + std::max(silenceMs(), drainMs());
    m_current = nullptr;
    m_state = State::Idle;
    publish(d);
    publishTraffic();
    pump();
}

} // namespace vocsync::acquisition
