// The Bus's side facing its port: opening, failing and reopening the link, and what it
// reports (status, health, frames). The scheduling and the requests are in bus.cpp.
#include "meter/bus.h"

#include "vocsync/acquisition/logging.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace vocsync::acquisition {

BusStatus Bus::status() const
{
    BusStatus s;
    s.busId = m_id;
    s.kind = m_kind == Kind::Serial ? QStringLiteral("serial")
             : m_kind == Kind::Tcp  ? QStringLiteral("tcp")
                                    : QStringLiteral("rtu_tcp");
    s.open = m_state == State::Idle || m_state == State::Busy;
    s.detail = m_detail;
    s.bytesTx = m_bytesTx;
    s.bytesRx = m_bytesRx;
    return s;
}

void Bus::start()
{
    const Scope scope(this);
    if (m_running)
        return;
    m_running = true;
    m_state = State::Opening;
    m_detail = QCoreApplication::translate("Bus", "opening");
    m_link->open();
}

void Bus::stop()
{
    m_running = false;
    m_wake.stop();
    m_timeout.stop();
    m_current = nullptr;
    m_sendPending = false;
    m_link->close();
    m_state = State::Closed;
    m_detail = QCoreApplication::translate("Bus", "stopped");
}

std::int64_t Bus::wallMs(std::int64_t steadyMs) const
{
    return QDateTime::currentMSecsSinceEpoch() - now() + steadyMs;
}

void Bus::onOpened()
{
    const Scope scope(this);
    if (!m_running) {
        m_link->close();
        return;
    }
    m_state = State::Idle;
    m_reconnectDelayMs = 0;
    m_detail = QCoreApplication::translate("Bus", "open");
    m_rx.clear();
    m_lineFreeAt = 0;
    const std::int64_t t = now();
    // By index: a listener may add a device (a test read) while this loop publishes.
    for (std::size_t i = 0; i < m_devices.size(); ++i) {
        BusDevice *d = m_devices[i].get();
        if (d->removed)
            continue;
        d->dueMs = t + d->phaseMs;
        if (d->health.status == DeviceHealth::Status::LinkDown) {
            d->health.status =
                d->health.good > 0 ? DeviceHealth::Status::Ok : DeviceHealth::Status::Waiting;
        }
        publish(*d);
    }
    publishStatus();
    qCInfo(lcAcquisition) << "bus" << m_id << "open";
    pump();
}

void Bus::onFailed(const QString &reason)
{
    const Scope scope(this);
    m_timeout.stop();
    m_wake.stop();
    m_current = nullptr;
    m_sendPending = false;
    m_state = State::Closed;
    if (!m_running)
        return;
    const std::int64_t wall = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < m_devices.size(); ++i) {
        BusDevice *d = m_devices[i].get();
        if (d->removed)
            continue;
        d->health.status = DeviceHealth::Status::LinkDown;
        d->health.lastError = reason;
        d->health.lastErrorMs = wall;
        publish(*d);
    }
    scheduleReconnect();
    m_detail = QCoreApplication::translate("Bus", "%1; retry in %2 s")
                   .arg(reason)
                   .arg(m_reconnectDelayMs / 1000.0, 0, 'f', 1);
    publishStatus();
    qCWarning(lcAcquisition) << "bus" << m_id << "down:" << reason;
}

void Bus::scheduleReconnect()
{
    const int cap =
        std::min(m_policy.reconnectMaxMs, std::max(m_policy.reconnectMinMs, shortestIntervalMs()));
    m_reconnectDelayMs =
        m_reconnectDelayMs == 0 ? m_policy.reconnectMinMs : std::min(cap, m_reconnectDelayMs * 2);
    m_wake.start(m_reconnectDelayMs);
}

int Bus::shortestIntervalMs() const
{
    int shortest = 3600000;
    for (const auto &d : m_devices) {
        if (!d->removed)
            shortest = std::min(shortest, d->config.pollIntervalMs);
    }
    return shortest;
}

void Bus::logFrame(FrameRecord::Direction dir, const QByteArray &bytes, const QString &note)
{
    if (!m_logFrames || !m_listener.frame)
        return;
    FrameRecord f;
    f.tMs = QDateTime::currentMSecsSinceEpoch();
    f.busId = m_id;
    f.deviceId = m_current ? m_current->config.id : QString();
    f.direction = dir;
    f.bytes = bytes;
    f.note = note;
    m_frames.push_back(std::move(f));
}

void Bus::publish(BusDevice &d)
{
    d.health.nextPollMs = wallMs(d.dueMs);
    if (m_listener.health)
        m_listener.health(d.health);
}

void Bus::publishTraffic()
{
    // Byte counts change with every frame; the devices page needs them about once a second.
    const std::int64_t t = now();
    if (t - m_statusPublishedMs < 1000)
        return;
    publishStatus();
}

void Bus::publishStatus()
{
    m_statusPublishedMs = now();
    if (m_listener.status)
        m_listener.status(status());
}

} // namespace vocsync::acquisition
