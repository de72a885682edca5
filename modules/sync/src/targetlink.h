#pragma once

#include "backoff.h"
#include "historysource.h"
#include "packetbuilder.h"

#include "vocsync/hj212/messages.h"
#include "vocsync/hj212/streamframer.h"
#include "vocsync/storage/upstreamqueue.h"
#include "vocsync/sync/upstreamforwarder.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <cstdint>

class QTcpSocket;

namespace vocsync::sync {

/// What every link shares, owned by the forwarder (same thread).
struct LinkShared
{
    storage::UpstreamQueue *queue = nullptr;
    hj212::QnGenerator *qn = nullptr;
    HistorySource *history = nullptr;
    const UpstreamSettings *settings = nullptr;
};

/// The connection to one platform (docs/hj212-upstream.md): connects with backoff, sends the
/// target's queued packets oldest first with at most `window` unanswered, resends a packet
/// that got no 9014 within the timeout (same frame, same QN) after a growing delay, marks it
/// answered when its 9014 arrives, and answers the platform's requests. The queue in SQLite
/// is the truth: what is in flight is only the head of the target's pending rows.
class TargetLink : public QObject
{
    Q_OBJECT
public:
    TargetLink(storage::UpstreamTarget target, QHash<std::uint32_t, PointCodes> codes,
               LinkShared shared, QObject *parent = nullptr);
    ~TargetLink() override;

    const storage::UpstreamTarget &target() const { return m_target; }
    void start();
    void stop();
    /// New rows were queued: send them if the window has room.
    void pump();
    /// The current state with the queue's counters.
    UpstreamStatus status() const;

signals:
    void statusChanged(const vocsync::sync::UpstreamStatus &status);
    void problem(const QString &message);

private:
    enum class State { Stopped, Waiting, Connecting, Connected };
    struct InFlight
    {
        std::int64_t id = 0;
        QByteArray qn;
        QByteArray frame;
        int attempts = 0;           ///< sends in all runs (queue column)
        int sendsHere = 0;          ///< sends on this connection
        std::int64_t dueMono = 0;   ///< resend at this time unless answered
    };

    void connectNow();
    void onConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onReadyRead();
    void onTimer();
    void failConnection(const QString &reason);
    void resendDue();
    void send(InFlight &entry);
    void handleFrame(const QByteArray &bytes);
    void handleDataAnswer(const hj212::Packet &answer);
    void handleRequest(const hj212::Packet &request);
    void reschedule();
    void setError(const QString &message);
    void markStatusDirty();
    void emitStatus();
    std::int64_t mono() const { return m_clock.elapsed(); }
    std::int64_t wallOf(std::int64_t monoMs) const;

    storage::UpstreamTarget m_target;
    QHash<std::uint32_t, PointCodes> m_codes;
    LinkShared m_shared;
    QTcpSocket *m_socket = nullptr;
    hj212::StreamFramer m_framer;
    QTimer m_timer;
    QTimer m_statusTimer;
    QElapsedTimer m_clock;
    State m_state = State::Stopped;
    Backoff m_reconnect;
    QList<InFlight> m_inFlight; ///< in queue order
    std::int64_t m_reconnectAtMono = 0;
    std::int64_t m_connectDeadlineMono = 0;
    bool m_heardFromPlatform = false;
    int m_timeoutMs = 10000;
    int m_retries = 3;
    QString m_lastError;
    QString m_lastAnswer;
    std::int64_t m_lastAnswerMs = 0;
};

} // namespace vocsync::sync
