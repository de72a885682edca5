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
    // Bounded reads: a peer sending faster than we parse is held back by TCP flow control
    // instead of making one event-loop turn as long as its flood.
    m_socket->setReadBufferSize(m_limits.readChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::CoarseTimer);
    m_idle.setInterval(std::max(1, m_limits.idleTimeoutS) * 1000);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { close(Hj212Server::tr("idle for %1 s").arg(m_limits.idleTimeoutS)); });
    m_idle.start();

    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        onReadyRead(); // what arrived just before the FIN
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
    if (m_closed)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_idle.start();
    m_framer.append(bytes);
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    int dropped = 0;
    hj212::StreamFramer::Item item;
    while (!m_closed && m_framer.next(item)) {
        if (!admit(nowMs)) {
            ++dropped;
            continue;
        }
        if (item.kind == hj212::StreamFramer::Kind::Frame) {
            if (m_listener.frame)
                m_listener.frame(*this, item.bytes, item.streamOffset);
        } else if (m_listener.junk) {
            m_listener.junk(*this, item);
        }
    }
    if (m_closed)
        return;
    if (dropped > 0 && m_listener.dropped)
        m_listener.dropped(*this, dropped);
    if (m_closed)
        return;
    if (m_floodSinceMs != 0 && m_inWindow > m_limits.maxPacketsPerSecond &&
        nowMs - m_floodSinceMs >= m_limits.floodCloseSeconds * 1000LL) {
        close(Hj212Server::tr("more than %1 packets a second for %2 s")
                  .arg(m_limits.maxPacketsPerSecond)
                  .arg(m_limits.floodCloseSeconds));
    }
}

} // namespace vocsync::acquisition::hj212server
