#pragma once

#include "hj212/backfillplanner.h"
#include "hj212/commandtracker.h"
#include "hj212/connection.h"
#include "hj212/packetconverter.h"
#include "hj212/partmerger.h"
#include "hj212/registry.h"

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"

#include <QHash>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <cstdint>
#include <map>

namespace vocsync::acquisition {

/// The server's state and logic behind the Hj212Server facade. Split by responsibility over
/// serverconnections.cpp (accept, limits, junk, close), serverpackets.cpp (parse, registry,
/// answers, repeats), serverdelivery.cpp (conversion, sub-packets, gap planning) and
/// servercommands.cpp (commands, backfill, status).
class Hj212Server::Impl
{
public:
    Impl(Hj212Server *q, hj212::FactorMapSet maps);
    ~Impl();

    /// What the server keeps per registered MN.
    struct MnState
    {
        TransmitterStatus status;
        std::uint64_t connId = 0; ///< its current connection, 0 when none
        hj212::Version version = hj212::Version::V2017;
        QByteArray st = QByteArrayLiteral("31"); ///< the ST it uses (commands echo it)
        QSet<QString> warned;                    ///< one-time warnings already given
        std::int64_t lastEmitMs = 0;             ///< transmitterChanged throttle (200 ms)
        bool emitScheduled = false;
        hj212server::RecentPackets recent; ///< QNs of recent data packets (repeats)
        hj212server::PartMerger parts;     ///< point samples of sub-packets, held briefly
        std::int64_t clockWarnedMs = 0;    ///< last "DataTime ahead of the clock" warning
    };

    // --- connections (serverconnections.cpp)
    void listen();
    void shutdown();
    void onNewConnection();
    void onJunk(hj212server::Connection &c, const hj212::StreamFramer::Item &junk);
    void onDropped(hj212server::Connection &c, int dropped);
    void onClosed(hj212server::Connection &c, const QString &why);
    hj212server::Connection *connectionOf(const QString &mn) const;
    /// Encodes and sends `p` to `c`, logging it; false when it could not be sent.
    bool send(hj212server::Connection &c, const hj212::Packet &p);
    void closeRemoved();
    /// The first accepted packet on `c`: it no longer counts against its address.
    void authenticate(hj212server::Connection &c);
    /// max(settings.idleTimeoutS, 3 x the real-time interval of each MN on `c`).
    void applyIdleTimeout(hj212server::Connection &c);

    // --- packets (serverpackets.cpp)
    void onFrame(hj212server::Connection &c, const QByteArray &frame, std::int64_t offset);
    void rejectFrame(hj212server::Connection &c, const QByteArray &raw, const QString &mn,
                     const QString &reason);
    void attach(hj212server::Connection &c, MnState &s, std::int64_t nowMs);
    void dispatch(hj212server::Connection &c, MnState &s, std::int64_t nowMs);
    void handleUpload(MnState &s, const hj212::Packet &p, std::int64_t nowMs);
    void planRealTime(MnState &s, const hj212::Packet &p, std::int64_t nowMs);
    /// Emits and counts what an MN's packets became.
    void deliver(MnState &s, const SampleBatch &samples, const FactorBatch &factors);
    /// Delivers the sub-packet samples `s` holds (all MNs when null).
    void flushParts(MnState *s);
    void armPartsTimer();
    void warnOnce(MnState &s, const QString &key, const QString &text);

    // --- commands, backfill, status (servercommands.cpp)
    QByteArray submit(hj212server::CommandKind kind, const QString &mn, int cn,
                      const hj212::Packet *extra, std::int64_t fromMs, std::int64_t toMs,
                      bool backfill);
    void failLater(const QString &mn, int cn, const QString &why);
    void apply(const hj212server::CommandActions &actions);
    void armCommandTimer();
    void armBackfillTimer();
    void driveBackfill(const QString &mn);
    /// A command's result that tells the real-time interval (1061, 1062).
    void learnInterval(const hj212server::Command &c);
    int backfillCnOf(const QString &mn) const;
    /// Something in `s.status` changed: transmitterChanged now, or within 200 ms.
    void touch(const QString &mn);
    void countError(const QString &mn, const QString &error, std::int64_t nowMs);
    void logPacket(PacketRecord r);
    TransmitterStatus snapshot(const MnState &s) const;
    hj212::ParseOptions parseOptions() const;

    Hj212Server *q;
    hj212::FactorMapSet maps;
    Hj212ServerSettings settings;
    hj212server::Registry registry;
    hj212server::PacketConverter converter{&maps};
    hj212server::CommandTracker tracker;
    hj212server::BackfillPlanner planner;
    hj212::QnGenerator qns{8 * 3600};
    hj212::Packet packet; ///< parse buffer, reused

    QTcpServer *server = nullptr;
    std::map<std::uint64_t, hj212server::Connection *> connections;
    QHash<QString, int> perAddress; ///< connections not yet authenticated, per address
    std::uint64_t nextConnectionId = 1;
    std::map<QString, MnState> mns; ///< registered MNs
    // Children of q, so that moving the server to the acquisition thread moves them too.
    QTimer *commandTimer;
    QTimer *backfillTimer; ///< failed backfill ranges due again
    QTimer *partsTimer;    ///< held sub-packet samples due
    QString listenError;
    LinkState state = LinkState::Disconnected;
    bool logging = false;
};

/// "bad_crc at 312: CRC 1C80 expected, 1C08 found".
QString rejectionText(const hj212::Rejection &r, std::int64_t baseOffset = 0);
/// The MN written in a frame that could not be parsed, if any (to count the error on it).
QString sniffMn(QByteArrayView raw);

} // namespace vocsync::acquisition
