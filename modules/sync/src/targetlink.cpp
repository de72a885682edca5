#include "targetlink.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace vocsync::sync {

namespace {

std::int64_t wallNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

TargetLink::TargetLink(storage::UpstreamTarget target, QHash<std::uint32_t, PointCodes> codes,
                       LinkShared shared, QObject *parent)
    : QObject(parent),
      m_target(std::move(target)),
      m_codes(std::move(codes)),
      m_shared(shared),
      m_socket(new QTcpSocket(this)),
      m_reconnect(shared.settings->backoffMinMs, shared.settings->backoffMaxMs),
      m_timeoutMs(shared.settings->answerTimeoutMs),
      m_retries(shared.settings->retries)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TargetLink::onTimer);
    // Status goes to the GUI at most every 50 ms: an answer per packet must not become a
    // model reset per packet.
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(50);
    connect(&m_statusTimer, &QTimer::timeout, this, &TargetLink::emitStatus);
    connect(m_socket, &QTcpSocket::connected, this, &TargetLink::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &TargetLink::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TargetLink::onSocketError);
    connect(m_socket, &QTcpSocket::readyRead, this, &TargetLink::onReadyRead);
}

TargetLink::~TargetLink()
{
    m_state = State::Stopped;
    m_socket->abort();
}

void TargetLink::start()
{
    if (m_state != State::Stopped)
        return;
    connectNow();
}

void TargetLink::stop()
{
    m_state = State::Stopped;
    m_timer.stop();
    m_socket->abort();
    m_inFlight.clear();
    markStatusDirty();
}

void TargetLink::connectNow()
{
    m_state = State::Connecting;
    m_framer = hj212::StreamFramer();
    m_heardFromPlatform = false;
    m_inFlight.clear();
    m_socket->abort();
    m_connectDeadlineMono = mono() + m_shared.settings->connectTimeoutMs;
    qCDebug(lcSync) << "connecting to" << m_target.name << m_target.host << m_target.port;
    m_socket->connectToHost(m_target.host, m_target.port);
    reschedule();
    markStatusDirty();
}

void TargetLink::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Connected;
    m_inFlight.clear();
    qCInfo(lcSync) << "connected to" << m_target.name << m_target.host << m_target.port;
    // Whatever was in flight on the last connection is pending again and goes first.
    pump();
    markStatusDirty();
}

void TargetLink::onSocketError(QAbstractSocket::SocketError)
{
    if (m_state == State::Connecting || m_state == State::Connected)
        failConnection(m_socket->errorString());
}

void TargetLink::onDisconnected()
{
    if (m_state == State::Connected)
        failConnection(tr("the platform closed the connection"));
}

void TargetLink::failConnection(const QString &reason)
{
    if (m_state == State::Stopped)
        return;
    setError(reason);
    m_state = State::Waiting; // first: abort() emits disconnected() at once
    m_socket->abort();
    m_inFlight.clear();
    const std::int64_t delay = m_reconnect.next();
    m_reconnectAtMono = mono() + delay;
    qCInfo(lcSync) << m_target.name << reason << "- next try in" << delay << "ms";
    reschedule();
    markStatusDirty();
}

void TargetLink::onTimer()
{
    const std::int64_t now = mono();
    switch (m_state) {
    case State::Stopped: return;
    case State::Waiting:
        if (now >= m_reconnectAtMono)
            connectNow();
        else
            reschedule();
        return;
    case State::Connecting:
        if (now >= m_connectDeadlineMono)
            failConnection(tr("no connection within %1 s")
                               .arg(seconds(m_shared.settings->connectTimeoutMs)));
        else
            reschedule();
        return;
    case State::Connected:
        resendDue();
        if (m_state == State::Connected)
            reschedule();
        return;
    }
}

void TargetLink::pump()
{
    markStatusDirty(); // the pending count changed, connected or not
    if (m_state != State::Connected || m_inFlight.size() >= m_shared.settings->window)
        return;
    // The head of the pending rows is the window: the rows already in flight, then the next.
    Result<QList<storage::QueuedPacket>> pending =
        m_shared.queue->pending(m_target.id, m_shared.settings->window);
    if (!pending) {
        setError(pending.error().toString());
        emit problem(m_lastError);
        return;
    }
    for (const storage::QueuedPacket &p : *pending) {
        if (m_inFlight.size() >= m_shared.settings->window)
            break;
        const bool inFlight = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                          [&](const InFlight &e) { return e.id == p.id; });
        if (inFlight)
            continue;
        InFlight entry;
        entry.id = p.id;
        entry.qn = p.qn;
        entry.frame = p.frame;
        entry.attempts = p.attempts;
        // Kept in queue order: a row older than those in flight (cannot happen while the
        // window is the head of the queue, but cheap to keep true) goes before them.
        auto pos = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                [&](const InFlight &e) { return e.id > p.id; });
        pos = m_inFlight.insert(pos, std::move(entry));
        send(*pos);
        if (m_state != State::Connected)
            return;
    }
    reschedule();
    markStatusDirty();
}

void TargetLink::send(InFlight &entry)
{
    if (m_socket->write(entry.frame) != entry.frame.size()) {
        failConnection(tr("cannot write to the platform: %1").arg(m_socket->errorString()));
        return;
    }
    ++entry.sendsHere;
    ++entry.attempts;
    // Wait for the answer (HJ 212-2017 6.2), then back off before the next send.
    const std::int64_t delay =
        m_timeoutMs + Backoff(m_shared.settings->backoffMinMs, m_shared.settings->backoffMaxMs)
                          .delayAfter(entry.attempts);
    entry.dueMono = mono() + delay;
    const std::int64_t now = wallNow();
    if (Status s = m_shared.queue->markSent(entry.id, now, now + delay); !s) {
        setError(s.error().toString());
        emit problem(m_lastError);
    }
}

void TargetLink::resendDue()
{
    const std::int64_t now = mono();
    for (InFlight &e : m_inFlight) {
        if (e.dueMono > now)
            continue;
        if (e.sendsHere > m_retries) {
            // HJ 212-2017 6.2: after the tries the link is deemed unusable; a new connection
            // also gets past a half-open one that swallows every write.
            failConnection(tr("no answer to QN %1 after %2 sends; reconnecting")
                               .arg(QString::fromLatin1(e.qn))
                               .arg(e.sendsHere));
            return;
        }
        setError(tr("no answer within %1 s to QN %2; resending")
                     .arg(seconds(m_timeoutMs), QString::fromLatin1(e.qn)));
        send(e);
        if (m_state != State::Connected)
            return;
    }
}

void TargetLink::reschedule()
{
    std::int64_t due = std::numeric_limits<std::int64_t>::max();
    switch (m_state) {
    case State::Stopped: break;
    case State::Waiting: due = m_reconnectAtMono; break;
    case State::Connecting: due = m_connectDeadlineMono; break;
    case State::Connected:
        for (const InFlight &e : m_inFlight)
            due = std::min(due, e.dueMono);
        break;
    }
    if (due == std::numeric_limits<std::int64_t>::max()) {
        m_timer.stop();
        return;
    }
    const std::int64_t wait = std::clamp<std::int64_t>(due - mono(), 0, 24 * 3600 * 1000);
    m_timer.start(static_cast<int>(wait));
}

void TargetLink::setError(const QString &message)
{
    m_lastError = message;
    markStatusDirty();
}

void TargetLink::markStatusDirty()
{
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

void TargetLink::emitStatus()
{
    emit statusChanged(status());
}

std::int64_t TargetLink::wallOf(std::int64_t monoMs) const
{
    return wallNow() + (monoMs - mono());
}

UpstreamStatus TargetLink::status() const
{
    UpstreamStatus s;
    s.targetId = m_target.id;
    s.name = m_target.name;
    s.endpoint = QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
    s.connected = m_state == State::Connected;
    s.lastError = m_lastError;
    s.lastAnswer = m_lastAnswer;
    s.lastAnswerMs = m_lastAnswerMs;
    if (Result<storage::UpstreamQueueStats> st = m_shared.queue->stats(m_target.id); st) {
        s.pending = st->pending;
        s.acked = st->acked;
        s.oldestPendingMs = st->oldestPendingMs;
        if (s.lastAnswer.isEmpty()) { // after a restart: the last answer the queue recorded
            s.lastAnswer = st->lastAnswer;
            s.lastAnswerMs = st->lastAckedMs;
        }
    } else {
        s.lastError = st.error().toString();
    }
    switch (m_state) {
    case State::Waiting: s.nextTryMs = wallOf(m_reconnectAtMono); break;
    case State::Connected:
        for (const InFlight &e : m_inFlight)
            s.nextTryMs = s.nextTryMs == 0 ? wallOf(e.dueMono)
                                           : std::min(s.nextTryMs, wallOf(e.dueMono));
        break;
    case State::Stopped:
    case State::Connecting: break;
    }
    return s;
}

} // namespace vocsync::sync
