#pragma once

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/hj212/factormap.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

namespace vocsync::acquisition {

/// The MN registry of the demo plant (docs/hj212-demo.md): one transmitter (数采仪) per
/// enterprise, MN demoMn(index of the enterprise), password kDemoPassword, factor map
/// "vocsync-electric", channels 1..n bound to the enterprise's monitoring points sorted by id,
/// backfill by CN 2051, real-time interval = the points' sample interval.
QList<TransmitterConfig> demoTransmitters(const Plant &plant);

/// A deterministic EPC-96-like MN (24 hex digits): header 01, VocSync's demo company number,
/// object class 000212 and the 36-bit serial index + 1 ("010D3E05C000212000000001" for 0).
QString demoMn(int enterpriseIndex);
inline constexpr char kDemoPassword[] = "123456";

/// Timing and limits of the simulated transmitters. Defaults are those of a real unit on a
/// mobile link (HJ 212-2017 6.2 Table 1: 10 s answer timeout, 3 resends).
struct DemoTransmitterSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int tickMs = 100;            ///< how often the clock is read and the queue served (real ms)
    int answerTimeoutMs = 10000; ///< a packet without 9014 this long is sent again (same QN)
    int resends = 3;             ///< then it is given up
    int maxFramesPerSecond = 10; ///< per connection: below the server's per-peer limit
    int window = 4;              ///< packets awaiting their 9014 at once, per connection
    int reconnectMinMs = 1000;   ///< backoff after a failed or lost connection ...
    int reconnectMaxMs = 30000;  ///< ... doubling up to this
    int maxInstantsPerTick = 60; ///< real-time instants sent per tick after a clock jump
    int utcOffsetS = 8 * 3600;   ///< zone of the times it writes (Beijing)
    QString st = QStringLiteral("31"); ///< system code: air pollution source (HJ 212-2017 Table 5)
};

/// Counters over all simulated units.
struct DemoTransmitterStats
{
    std::uint64_t framesSent = 0;       ///< frames written, resends included
    std::uint64_t resent = 0;           ///< resends after a missing 9014
    std::uint64_t answered = 0;         ///< 9014 data answers received
    std::uint64_t givenUp = 0;          ///< packets still unanswered after every resend
    std::uint64_t realtimeInstants = 0; ///< CN 2011 instants sent live
    std::uint64_t historyPackets = 0;   ///< data packets sent for history requests
    std::uint64_t commands = 0;         ///< requests from the server handled
    std::uint64_t rejectedFrames = 0;   ///< frames from the server that did not parse
    std::uint64_t connects = 0;         ///< connections established
};

/// Simulated HJ 212 transmitters (数采仪) of the demo plant, each a TCP client of the station
/// as real field units are (docs/hj212-demo.md). Per MN: connects to host:port and reconnects
/// with backoff; at each real-time instant of its clock sends CN 2011 with the DemoSimulator's
/// samples of its points (Flag=5, split into sub-packets when long), waits for the 9014 and
/// resends with the same QN when it does not come (bounded); answers the station's commands
/// like a real unit: 1011/1012 time (keeps a clock offset), 1061/1062 real-time interval,
/// 2051/2061/2031 minute, hour and day data computed from the simulator (Min/Avg/Max, Cou for
/// energy), and 2011 with BeginTime/EndTime (real-time history). Lives on the thread that
/// owns it; needs an event loop.
class DemoTransmitter : public QObject
{
    Q_OBJECT
public:
    /// `plant`: demoPlant() or a stored copy (storage keys are only labels here; points
    /// without keys get some). `transmitters`: usually demoTransmitters(plant); their factor
    /// maps must be in `maps`.
    DemoTransmitter(const Plant &plant, QList<TransmitterConfig> transmitters,
                    hj212::FactorMapSet maps, std::uint64_t seed = DemoSimulator::kDefaultSeed,
                    QObject *parent = nullptr);
    ~DemoTransmitter() override;

    void setSettings(const DemoTransmitterSettings &settings); ///< before start()
    /// Where the units read "now" (UTC ms; default: the wall clock). Accelerated demos and
    /// tests; the simulator is a pure function of time.
    using Clock = std::function<std::int64_t()>;
    void setClock(Clock clock);
    /// Offline: the units drop their connections and queues and send nothing (a power or
    /// network outage); back online they connect at once and send the current instant. The
    /// instants in between are lost on the unit's side: the station backfills them.
    void setOnline(bool online);
    bool isOnline() const;

    QStringList mns() const;
    int connectedCount() const;
    /// Frames queued or awaiting their 9014, over all units (0: everything was answered).
    int backlog() const;
    DemoTransmitterStats stats() const;
    /// The offset a 1012 set-time command gave a unit's clock (ms), 0 when none.
    std::int64_t clockOffsetMs(const QString &mn) const;
    /// A unit's real-time interval (changed by 1062).
    int rtdIntervalS(const QString &mn) const;

public slots:
    void start();
    void stop();

signals:
    void connectionChanged(const QString &mn, bool connected);
    /// A CN 2011 packet for this DataTime was written with `samples` point samples in it.
    void instantSent(const QString &mn, qint64 dataTimeMs, int samples);
    /// A command from the station was answered: its CN, QnRtn and ExeRtn (0 when none).
    void commandHandled(const QString &mn, int cn, int qnRtn, int exeRtn);
    /// A frame on the wire, for logs (`hj212 simulate`).
    void frameSent(const QString &mn, const QByteArray &frame);
    void frameReceived(const QString &mn, const QByteArray &frame);
    /// Something a user should know: a rejected frame, a packet given up, a refused command.
    void problem(const QString &mn, const QString &message);

private:
    void tick();

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::acquisition
