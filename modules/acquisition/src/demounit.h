#pragma once

#include "demopackets.h"

#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/hj212/streamframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>

class QTcpSocket;

namespace vocsync::acquisition::demo {

/// What every simulated unit shares: the simulator, the clock, the settings and the counters.
struct Shared
{
    explicit Shared(DemoSimulator sim) : simulator(std::move(sim)) {}
    DemoSimulator simulator;
    DemoTransmitterSettings settings;
    DemoTransmitter::Clock clock;
    QElapsedTimer realClock; ///< timeouts, pacing and backoff run in real time
    DemoTransmitterStats stats;
    bool online = true;

    std::int64_t realMs() const { return realClock.elapsed(); }
};

/// One simulated transmitter (one MN, one TCP connection): queue, pacing, answers, commands.
class Unit : public QObject
{
    Q_OBJECT
public:
    Unit(Shared &shared, const TransmitterConfig &config, UnitBinding binding,
         QObject *parent = nullptr);
    ~Unit() override;

    QString mn() const { return m_mn; }
    bool isConnected() const { return m_connected; }
    std::int64_t offsetMs() const { return m_offsetMs; }
    int rtdIntervalS() const { return m_rtdIntervalS; }
    int backlog() const
    {
        return static_cast<int>(m_urgent.size() + m_bulk.size()) +
               static_cast<int>(m_inFlight.size());
    }

    void tick();      ///< connect when due, send due instants, serve the queue, resend
    void goOffline(); ///< drop the connection and everything queued (not reported as sent)
    void stop();

signals:
    void connectionChanged(const QString &mn, bool connected);
    void instantSent(const QString &mn, qint64 dataTimeMs, int samples);
    void commandHandled(const QString &mn, int cn, int qnRtn, int exeRtn);
    void frameSent(const QString &mn, const QByteArray &frame);
    void frameReceived(const QString &mn, const QByteArray &frame);
    void problem(const QString &mn, const QString &message);

private:
    /// A live real-time instant, reported by instantSent once its last frame is written.
    struct LiveInstant
    {
        std::int64_t tMs = 0;
        int samples = 0;
    };
    struct Outgoing
    {
        QByteArray frame;
        QByteArray qn; ///< the QN a 9014 will echo (data packets)
        bool awaitAnswer = false;
        std::optional<LiveInstant> live; ///< on the last frame of a live instant's packet
    };
    struct InFlight
    {
        QByteArray frame;
        std::int64_t sentRealMs = 0;
        int resends = 0;
    };
    enum class Lane { Urgent, Bulk };

    std::int64_t now() const { return m_shared.clock() + m_offsetMs; }
    QByteArray nextQn() { return m_qn.next(now()); }
    std::int64_t stepMs() const { return static_cast<std::int64_t>(m_rtdIntervalS) * 1000; }

    void connectNow();
    void onConnected();
    void onDisconnected();
    bool dropConnection(); ///< true when it was connected
    void onReadyRead();
    void sendDueInstants();
    bool sendInstant(std::int64_t tMs, bool live);
    void pump();
    void resendTimedOut();
    bool takeToken();
    void write(const QByteArray &frame);

    /// Encodes `p` (split into sub-packets when too long) and queues its frames; `live` goes
    /// with the last one.
    void queuePacket(const hj212::Packet &p, Lane lane,
                     std::optional<LiveInstant> live = std::nullopt);
    void queueAnswer(const hj212::Packet &answer); ///< 9011/9012/9013/uploads: urgent lane

    // demounitcommands.cpp
    void handle(const hj212::Packet &p);
    void answerGetTime(const hj212::Packet &request);
    void answerSetTime(const hj212::Packet &request);
    void answerGetInterval(const hj212::Packet &request);
    void answerSetInterval(const hj212::Packet &request);
    void answerHistory(const hj212::Packet &request);
    void answerRealtimeHistory(const hj212::Packet &request, std::int64_t fromMs,
                               std::int64_t toMs);
    void finish(const hj212::Packet &request, hj212::ExeRtn rtn);
    std::optional<std::pair<std::int64_t, std::int64_t>> timeRange(const hj212::Packet &request);

    Shared &m_shared;
    UnitBinding m_unit;
    QString m_mn;
    int m_rtdIntervalS;
    int m_baseIntervalS; ///< the meters' own grid: intervals must be multiples of it
    std::int64_t m_offsetMs = 0;
    bool m_realtimeOn = true;

    QTcpSocket *m_socket = nullptr;
    bool m_connected = false;
    bool m_connecting = false;
    int m_failures = 0;
    std::int64_t m_connectStartedRealMs = 0;
    std::int64_t m_nextAttemptRealMs = 0;
    hj212::StreamFramer m_framer;
    hj212::QnGenerator m_qn;

    static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();
    std::int64_t m_lastInstantMs = kNone;
    std::deque<Outgoing> m_urgent;
    std::deque<Outgoing> m_bulk;
    QHash<QByteArray, InFlight> m_inFlight; ///< by QN
    std::deque<std::int64_t> m_sendTimes;   ///< real ms of the frames of the last second
};

} // namespace vocsync::acquisition::demo
