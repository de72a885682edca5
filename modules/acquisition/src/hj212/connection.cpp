#include "hj212/connection.h"

#include "vocsync/acquisition/hj212server.h"

#include <QDateTime>
#include <QTcpSocket>

namespace vocsync::acquisition::hj212server {

namespace {

/// A dual-stack server sees IPv4 peers as ::ffff:a.b.c.d; per-address limits and logs want
/// the IPv4 form.
QHostAddress plainAddress(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}

} // namespace

Connection::Connection(QTcpSocket *socket, std::uint64_t id, const ConnectionLimits &limits,
                       Listener listener)
    : m_socket(socket), m_id(id), m_limits(limits), m_listener(std::move(listener)),
      m_framer(limits.maxSegment)
{
    m_socket->setParent(this);
    m_address = plainAddress(m_socket->peerAddress());
    m_peer = QStringLiteral("%1:%2").arg(m_address.toString()).arg(m_socket->peerPort());
    m_openedMs = QDateTime::currentMSecsSinceEpoch();
    // Bounded reads: a peer sending faster than we parse, or paused by the rate limit, is held
    // back by TCP flow control once this buffer is full.
    m_socket->setReadBufferSize(m_limits.readChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::CoarseTimer);
    m_idle.setInterval(std::max(1, m_limits.idleTimeoutS) * 1000);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { close(Hj212Server::tr("idle for %1 s").arg(m_limits.idleTimeoutS)); });
    m_idle.start();
    // Whatever it sends, a peer that never gets a packet accepted does not keep its slot.
    m_auth.setSingleShot(true);
    m_auth.setTimerType(Qt::CoarseTimer);
    m_auth.setInterval(std::max(1, m_limits.authTimeoutS) * 1000);
    connect(&m_auth, &QTimer::timeout, this, [this] {
        close(Hj212Server::tr("no accepted packet within %1 s of connecting")
                  .arg(m_limits.authTimeoutS));
    });
    m_auth.start();
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        m_paused = false;
        pump();
    });

    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        // What arrived before the FIN is handled now, paused or not: at most one read buffer
        // and one frame, and the peer is gone.
        m_draining = true;
        m_paused = false;
        m_resume.stop();
        pump();
        close(Hj212Server::tr("closed by the peer"));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // `disconnected` follows
        close(m_socket->errorString());
    });
}

Connection::~Connection()
{
    m_closed = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void Connection::setAuthenticated()
{
    m_authenticated = true;
    m_auth.stop();
}

void Connection::setIdleTimeoutS(int seconds)
{
    seconds = std::max(1, seconds);
    if (seconds == m_limits.idleTimeoutS)
        return;
    m_limits.idleTimeoutS = seconds;
    m_idle.setInterval(seconds * 1000);
    if (m_idle.isActive())
        m_idle.start();
}

bool Connection::send(const QByteArray &bytes)
{
    if (m_closed)
        return false;
    if (m_socket->bytesToWrite() + bytes.size() > m_limits.maxUnsent) {
        close(Hj212Server::tr("peer does not read its answers (%1 bytes unsent)")
                  .arg(m_socket->bytesToWrite()));
        return false;
    }
    m_socket->write(bytes);
    return true;
}

void Connection::close(const QString &why)
{
    if (m_closed)
        return;
    m_closed = true;
    m_idle.stop();
    m_auth.stop();
    m_resume.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    if (m_listener.closed)
        m_listener.closed(*this, why);
}

bool Connection::admit(std::int64_t nowMs)
{
    const std::int64_t window = nowMs / 1000;
    if (window != m_window) {
        const bool lastFlooded = m_inWindow > m_limits.maxPacketsPerSecond;
        if (!lastFlooded || window != m_window + 1)
            m_floodSinceMs = 0; // a second within the limit ends the run
        m_window = window;
        m_inWindow = 0;
    }
    ++m_inWindow;
    if (m_inWindow <= m_limits.maxPacketsPerSecond)
        return true;
    if (m_floodSinceMs == 0)
        m_floodSinceMs = nowMs;
    return false;
}

void Connection::onReadyRead()
{
    if (m_paused)
        return; // the bytes wait in the socket; a full buffer stops the peer
    pump();
}

void Connection::deliver(const hj212::StreamFramer::Item &item)
{
    m_idle.start();
    if (item.kind == hj212::StreamFramer::Kind::Frame) {
        if (m_listener.frame)
            m_listener.frame(*this, item.bytes, item.streamOffset);
    } else if (m_listener.junk) {
        m_listener.junk(*this, item);
    }
}

void Connection::pump()
{
    if (m_closed || m_paused)
        return;
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    int dropped = 0;
    while (!m_closed) {
        if (!m_hasItem && !m_framer.next(m_item)) {
            // A buffered socket gives what Qt has read, at most readChunk: the loop ends.
            const QByteArray bytes = m_socket->read(m_limits.readChunk);
            if (bytes.isEmpty())
                break;
            m_idle.start();
            m_framer.append(bytes);
            continue;
        }
        m_hasItem = true;
        if (!admit(nowMs) && !(m_authenticated && m_draining)) {
            if (m_authenticated) {
                // Over this second's budget: the item waits, reading stops until the next
                // second.
                m_paused = true;
                m_resume.start(static_cast<int>(1000 - nowMs % 1000) + 1);
                break;
            }
            m_hasItem = false;
            ++dropped;
            continue;
        }
        m_hasItem = false;
        const hj212::StreamFramer::Item item = std::move(m_item);
        deliver(item);
    }
    if (m_closed)
        return;
    if (dropped > 0 && m_listener.dropped)
        m_listener.dropped(*this, dropped);
    if (m_closed || m_authenticated)
        return;
    if (m_floodSinceMs != 0 && m_inWindow > m_limits.maxPacketsPerSecond &&
        nowMs - m_floodSinceMs >= m_limits.floodCloseSeconds * 1000LL) {
        close(Hj212Server::tr("more than %1 packets a second for %2 s")
                  .arg(m_limits.maxPacketsPerSecond)
                  .arg(m_limits.floodCloseSeconds));
    }
}

} // namespace vocsync::acquisition::hj212server
