// One simulated transmitter: the TCP client side, the send queue with pacing and resends, and
// the live real-time data. Commands are in demounitcommands.cpp.
#include "demounit.h"

#include "vocsync/acquisition/logging.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/codec.h"

#include <QTcpSocket>

#include <algorithm>

namespace vocsync::acquisition::demo {

Unit::Unit(Shared &shared, const TransmitterConfig &config, UnitBinding binding, QObject *parent)
    : QObject(parent), m_shared(shared), m_unit(std::move(binding)), m_mn(config.mn),
      m_rtdIntervalS(std::max(1, config.rtdIntervalS)), m_baseIntervalS(m_rtdIntervalS),
      m_qn(shared.settings.utcOffsetS)
{
}

Unit::~Unit()
{
    stop();
}

void Unit::tick()
{
    if (!m_shared.online)
        return;
    if (!m_socket && m_shared.realMs() >= m_nextAttemptRealMs)
        connectNow();
    // The system's own connect timeout can be minutes (a station behind a dead route).
    if (m_connecting &&
        m_shared.realMs() - m_connectStartedRealMs > m_shared.settings.answerTimeoutMs) {
        emit problem(m_mn, tr("no connection to %1:%2 within %3 s")
                               .arg(m_shared.settings.host)
                               .arg(m_shared.settings.port)
                               .arg(m_shared.settings.answerTimeoutMs / 1000));
        onDisconnected();
    }
    if (!m_connected)
        return;
    sendDueInstants();
    resendTimedOut();
    pump();
}

void Unit::goOffline()
{
    if (dropConnection())
        emit connectionChanged(m_mn, false);
    m_failures = 0;
    m_nextAttemptRealMs = 0; // back online: connect at once
}

void Unit::stop()
{
    // A clean stop closes gracefully, so that the frames already written reach the station (a
    // power cut, going offline, may not). Frames still queued are dropped: instantSent was
    // not emitted for them, so what the unit reported as sent is what the station can get.
    if (m_socket && m_connected) {
        m_socket->disconnect(this);
        m_socket->readAll(); // unread input would make the close a reset
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(1000);
    }
    dropConnection();
}

void Unit::connectNow()
{
    m_socket = new QTcpSocket(this);
    m_connecting = true;
    m_connectStartedRealMs = m_shared.realMs();
    connect(m_socket, &QTcpSocket::connected, this, &Unit::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &Unit::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        qCDebug(lcAcquisition) << "demo transmitter" << m_mn << m_socket->errorString();
        onDisconnected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Unit::onReadyRead);
    m_socket->connectToHost(m_shared.settings.host, m_shared.settings.port);
}

void Unit::onConnected()
{
    m_connecting = false;
    m_connected = true;
    m_failures = 0;
    ++m_shared.stats.connects;
    m_lastInstantMs = kNone; // the first packet is the current instant
    emit connectionChanged(m_mn, true);
    sendDueInstants();
    pump();
}

void Unit::onDisconnected()
{
    if (!m_socket)
        return;
    const bool was = dropConnection();
    // Backoff: 1 s, 2 s, 4 s ... up to the maximum, so a station that is down is not hammered.
    const int shift = std::min(m_failures, 16);
    const std::int64_t delay =
        std::min<std::int64_t>(static_cast<std::int64_t>(m_shared.settings.reconnectMinMs) << shift,
                               m_shared.settings.reconnectMaxMs);
    ++m_failures;
    m_nextAttemptRealMs = m_shared.realMs() + delay;
    if (was)
        emit connectionChanged(m_mn, false);
}

bool Unit::dropConnection()
{
    // A unit that loses its link (or its power) loses its send buffer too: the station asks
    // for the gap's history when the unit is back.
    m_urgent.clear();
    m_bulk.clear();
    m_inFlight.clear();
    m_framer = hj212::StreamFramer();
    const bool was = m_connected;
    m_connected = false;
    m_connecting = false;
    if (QTcpSocket *s = m_socket) {
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    return was;
}

void Unit::onReadyRead()
{
    if (!m_socket)
        return;
    m_framer.append(m_socket->readAll());
    hj212::StreamFramer::Item item;
    hj212::Packet packet;
    hj212::ParseOptions options;
    options.utcOffsetS = m_shared.settings.utcOffsetS;
    while (m_socket && m_framer.next(item)) {
        if (item.kind == hj212::StreamFramer::Kind::Junk) {
            ++m_shared.stats.rejectedFrames;
            emit problem(m_mn, tr("skipped %1 bytes from the station: %2")
                                   .arg(item.bytes.size())
                                   .arg(item.why.message));
            continue;
        }
        emit frameReceived(m_mn, item.bytes);
        hj212::Rejection why;
        if (!hj212::parseFrame(item.bytes, packet, why, options)) {
            // HJ 212-2017 6.3.1 Table 2: a packet that fails its checks is dropped.
            ++m_shared.stats.rejectedFrames;
            emit problem(m_mn, tr("rejected a packet from the station: %1 at %2: %3")
                                   .arg(hj212::reasonKey(why.reason))
                                   .arg(why.offset)
                                   .arg(why.message));
            continue;
        }
        handle(packet);
    }
    pump();
}

void Unit::sendDueInstants()
{
    if (!m_connected || !m_realtimeOn)
        return;
    const std::int64_t step = stepMs();
    const std::int64_t last = timeutil::floorTo(now(), step);
    std::int64_t first = m_lastInstantMs == kNone ? last : m_lastInstantMs + step;
    // After a clock jump only the newest instants go out; the station backfills the rest.
    const std::int64_t maxInstants = std::max(1, m_shared.settings.maxInstantsPerTick);
    first = std::max(first, last - (maxInstants - 1) * step);
    for (std::int64_t t = first; t <= last; t += step)
        sendInstant(t, true);
    if (first <= last)
        m_lastInstantMs = last;
}

bool Unit::sendInstant(std::int64_t tMs, bool live)
{
    const SampleBatch batch = m_shared.simulator.samplesAt(tMs);
    hj212::Packet p = dataPacket(m_unit, nextQn(), hj212::cn::RealTimeData, tMs);
    const int samples = addRealtime(p, m_unit, batch);
    if (samples == 0) // every meter of this unit silent: nothing to report
        return false;
    if (live) {
        // Counted and reported when written (pump), not now: going offline or stopping
        // drops the queue, and an instant dropped there was never sent (review finding #14).
        queuePacket(p, Lane::Bulk, LiveInstant{tMs, samples});
    } else {
        queuePacket(p, Lane::Bulk);
        ++m_shared.stats.historyPackets;
    }
    return true;
}

void Unit::queuePacket(const hj212::Packet &p, Lane lane, std::optional<LiveInstant> live)
{
    hj212::EncodeOptions options;
    options.utcOffsetS = m_shared.settings.utcOffsetS;
    const QList<hj212::Packet> parts = hj212::split(
        p, [this] { return nextQn(); }, options);
    for (const hj212::Packet &part : parts) {
        Result<QByteArray> frame = hj212::encodeFrame(part, options);
        if (!frame) {
            emit problem(m_mn, tr("cannot encode CN %1: %2").arg(p.cn).arg(frame.error().message));
            continue;
        }
        Outgoing o{std::move(frame).value(), part.qn.toByteArray(), part.answerRequested(), {}};
        if (&part == &parts.back())
            o.live = live;
        (lane == Lane::Urgent ? m_urgent : m_bulk).push_back(std::move(o));
    }
}

void Unit::queueAnswer(const hj212::Packet &answer)
{
    queuePacket(answer, Lane::Urgent);
}

bool Unit::takeToken()
{
    const std::int64_t t = m_shared.realMs();
    while (!m_sendTimes.empty() && t - m_sendTimes.front() >= 1000)
        m_sendTimes.pop_front();
    if (static_cast<int>(m_sendTimes.size()) >= std::max(1, m_shared.settings.maxFramesPerSecond))
        return false;
    m_sendTimes.push_back(t);
    return true;
}

void Unit::write(const QByteArray &frame)
{
    m_socket->write(frame);
    // Out of Qt's buffer at once: abort() (going offline) discards that buffer, and a frame
    // reported as sent must not be among what it discards.
    m_socket->flush();
    ++m_shared.stats.framesSent;
    emit frameSent(m_mn, frame.chopped(2)); // without CRLF, as logs show frames
}

void Unit::pump()
{
    while (m_connected && !m_urgent.empty() && takeToken()) {
        write(m_urgent.front().frame);
        m_urgent.pop_front();
    }
    while (m_connected && m_urgent.empty() && !m_bulk.empty()) {
        Outgoing &o = m_bulk.front();
        if (o.awaitAnswer && m_inFlight.size() >= std::max(1, m_shared.settings.window))
            return;
        if (!takeToken())
            return;
        write(o.frame);
        if (o.awaitAnswer)
            m_inFlight.insert(o.qn, InFlight{o.frame, m_shared.realMs(), 0});
        const std::optional<LiveInstant> live = o.live;
        m_bulk.pop_front();
        if (live) { // after pop_front: a slot may take the unit offline, clearing the queue
            ++m_shared.stats.realtimeInstants;
            emit instantSent(m_mn, live->tMs, live->samples);
        }
    }
}

void Unit::resendTimedOut()
{
    const std::int64_t t = m_shared.realMs();
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (t - it->sentRealMs < m_shared.settings.answerTimeoutMs) {
            ++it;
            continue;
        }
        if (it->resends >= m_shared.settings.resends) {
            ++m_shared.stats.givenUp;
            emit problem(m_mn, tr("no answer to packet QN %1 after %2 resends; given up")
                                   .arg(QString::fromLatin1(it.key()))
                                   .arg(it->resends));
            it = m_inFlight.erase(it);
            continue;
        }
        if (!takeToken())
            return;
        // HJ 212-2017 6.2: resent unchanged, with the same QN, so the station can drop a copy.
        write(it->frame);
        ++it->resends;
        it->sentRealMs = t;
        ++m_shared.stats.resent;
        ++it;
    }
}

} // namespace vocsync::acquisition::demo
