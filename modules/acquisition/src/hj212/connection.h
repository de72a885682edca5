#pragma once

#include "vocsync/hj212/streamframer.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <functional>

class QTcpSocket;

namespace vocsync::acquisition::hj212server {

/// Per-connection limits (Hj212ServerSettings), so one misbehaving peer cannot starve the
/// others on the single acquisition thread.
struct ConnectionLimits
{
    int maxSegment = 1024;          ///< longer frames are junk
    int maxPacketsPerSecond = 20;   ///< items (frames, junk runs) handled per wall-clock second
    int floodCloseSeconds = 5;      ///< unauthenticated: this many flooded seconds close it
    int idleTimeoutS = 300;         ///< no byte for this long closes the connection
    int authTimeoutS = 60;          ///< no accepted packet this long after accept closes it
    qint64 readChunk = 64 * 1024;   ///< bytes taken from the socket per event-loop turn
    qint64 maxUnsent = 1024 * 1024; ///< answers queued for a peer that does not read
};

/// One transmitter's TCP connection: cuts the byte stream into frames (StreamFramer), applies
/// the rate limit, watches for silence and tells its owner through callbacks. Owns the socket.
/// Runs on the acquisition thread; Qt's asynchronous I/O, no thread of its own.
///
/// Rate limit: at most maxPacketsPerSecond items are handled per wall-clock second. Beyond
/// it, an authenticated connection (one that delivered an accepted packet) is not read until
/// the next second: its item waits, the socket's bounded read buffer fills and TCP flow
/// control holds the rest back in the peer, so nothing it sends is lost (history answers,
/// resend bursts). An unauthenticated one has the excess dropped unread and is closed after
/// floodCloseSeconds of flooding.
class Connection final : public QObject
{
public:
    struct Listener
    {
        std::function<void(Connection &, const QByteArray &frame, std::int64_t offset)> frame;
        std::function<void(Connection &, const hj212::StreamFramer::Item &junk)> junk;
        /// `dropped` items of an unauthenticated peer were thrown away by the rate limit.
        std::function<void(Connection &, int dropped)> dropped;
        /// The connection is closed; the owner deletes it (deleteLater) after this.
        std::function<void(Connection &, const QString &why)> closed;
    };

    Connection(QTcpSocket *socket, std::uint64_t id, const ConnectionLimits &limits,
               Listener listener);
    ~Connection() override;

    std::uint64_t id() const { return m_id; }
    QString peer() const { return m_peer; }            ///< "ip:port"
    QHostAddress address() const { return m_address; } ///< IPv4-mapped IPv6 given as IPv4
    bool isOpen() const { return !m_closed; }
    std::int64_t openedMs() const { return m_openedMs; }
    bool isAuthenticated() const { return m_authenticated; }
    /// An accepted packet came: the authentication deadline ends, the rate limit pauses.
    void setAuthenticated();
    int idleTimeoutS() const { return m_limits.idleTimeoutS; }
    void setIdleTimeoutS(int seconds);

    /// Queues bytes for the peer; false when the connection is closed (or closes now because
    /// the peer leaves more than maxUnsent bytes unread).
    bool send(const QByteArray &bytes);
    /// Closes at once; `closed` is called (once) with `why`.
    void close(const QString &why);

    /// MNs whose packets were accepted here (a transmitter may carry several).
    QSet<QString> mns;
    QString lastMn;          ///< the MN of the last accepted packet
    int droppedUnlogged = 0; ///< rate-limit drops not yet logged (one line a second)
    std::int64_t dropLoggedMs = 0;

private:
    void onReadyRead();
    /// Handles buffered items and reads more while the second's budget lasts.
    void pump();
    /// True when the item fits in this second's budget; tracks how long the flood lasts.
    bool admit(std::int64_t nowMs);
    void deliver(const hj212::StreamFramer::Item &item);

    QTcpSocket *m_socket;
    std::uint64_t m_id;
    ConnectionLimits m_limits;
    Listener m_listener;
    hj212::StreamFramer m_framer;
    hj212::StreamFramer::Item m_item; ///< taken from the framer, not yet handled
    bool m_hasItem = false;
    QTimer m_idle;
    QTimer m_auth;
    QTimer m_resume; ///< ends a pause at the next second
    QString m_peer;
    QHostAddress m_address;
    std::int64_t m_openedMs = 0;
    std::int64_t m_window = -1; ///< second (UTC ms / 1000) the counter below belongs to
    int m_inWindow = 0;
    std::int64_t m_floodSinceMs = 0; ///< first excess packet of the current run of seconds
                                     ///< over the limit; 0 when the last second was within
    bool m_authenticated = false;
    bool m_paused = false;
    bool m_draining = false; ///< the peer closed: what it sent is handled at once
    bool m_closed = false;
};

} // namespace vocsync::acquisition::hj212server
