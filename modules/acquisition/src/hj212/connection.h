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
    int maxPacketsPerSecond = 20;   ///< frames and junk runs beyond it in one second are dropped
    int floodCloseSeconds = 5;      ///< this many flooded seconds in a row close the connection
    int idleTimeoutS = 300;         ///< no byte for this long closes the connection
    qint64 readChunk = 64 * 1024;   ///< bytes taken from the socket per event-loop turn
    qint64 maxUnsent = 1024 * 1024; ///< answers queued for a peer that does not read
};

/// One transmitter's TCP connection: cuts the byte stream into frames (StreamFramer), applies
/// the rate limit, watches for silence and tells its owner through callbacks. Owns the socket.
/// Runs on the acquisition thread; Qt's asynchronous I/O, no thread of its own.
class Connection final : public QObject
{
public:
    struct Listener
    {
        std::function<void(Connection &, const QByteArray &frame, std::int64_t offset)> frame;
        std::function<void(Connection &, const hj212::StreamFramer::Item &junk)> junk;
        /// `dropped` items were thrown away by the rate limit during the last read.
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

    /// Queues bytes for the peer; false when the connection is closed (or closes now because
    /// the peer leaves more than maxUnsent bytes unread).
    bool send(const QByteArray &bytes);
    /// Closes at once; `closed` is called (once) with `why`.
    void close(const QString &why);

    /// MNs whose packets were accepted here (a transmitter may carry several).
    QSet<QString> mns;
    QString lastMn;          ///< the MN of the last accepted packet, for rate-limit accounting
    int droppedUnlogged = 0; ///< rate-limit drops not yet logged (one line a second)
    std::int64_t dropLoggedMs = 0;

private:
    void onReadyRead();
    /// True when the item fits in this second's budget; tracks how long the flood lasts.
    bool admit(std::int64_t nowMs);

    QTcpSocket *m_socket;
    std::uint64_t m_id;
    ConnectionLimits m_limits;
    Listener m_listener;
    hj212::StreamFramer m_framer;
    QTimer m_idle;
    QString m_peer;
    QHostAddress m_address;
    std::int64_t m_openedMs = 0;
    std::int64_t m_window = -1; ///< second (UTC ms / 1000) the counter below belongs to
    int m_inWindow = 0;
    std::int64_t m_floodSinceMs = 0; ///< first excess packet of the current run of seconds
                                     ///< over the limit; 0 when the last second was within
    bool m_closed = false;
};

} // namespace vocsync::acquisition::hj212server
