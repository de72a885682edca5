#pragma once

#include "vocsync/acquisition/samplesource.h"
#include "vocsync/core/factorsample.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/hj212/factormap.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>

namespace vocsync::acquisition {

/// Limits and timing of the HJ 212 server (docs/hj212-server.md). Defaults follow
/// HJ 212-2017 6.2 Table 1 (10 s, 3 tries) where the standard gives one.
struct Hj212ServerSettings
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 0;             ///< 0: any free port (tests)
    /// Close a connection silent this long; per MN at least 3 x its real-time interval.
    int idleTimeoutS = 300;
    int maxSegment = 1024; ///< longer packets are junk (HJ 212-2017 6.3.1)
    /// Per connection. Beyond it an authenticated connection is read later (TCP flow control
    /// holds the rest back); an unauthenticated one has the excess dropped.
    int maxPacketsPerSecond = 20;
    int maxConnections = 2000;
    int maxConnectionsPerAddress = 256; ///< counts only connections not yet authenticated
    /// Close a connection that delivered no accepted packet this long after it was accepted.
    int authTimeoutS = 60;
    int requestTimeoutMs = 10000; ///< command answer timeout (HJ 212-2017 Table 1)
    int requestRetries = 3;
    int utcOffsetS = 8 * 3600; ///< zone the transmitters write their times in
    bool backfill = true;      ///< ask for the history of a gap automatically
    int backfillRetryMinMs = 60'000;   ///< a failed backfill request is asked again after this,
    int backfillRetryMaxMs = 3'600'000; ///< doubling up to this while the MN stays connected
};

/// How one registered transmitter is doing (transmitters page, `hj212 listen`).
struct TransmitterStatus
{
    QString mn;
    QString name;
    QString enterpriseId;
    QString peer; ///< "ip:port" while connected, else the last one
    bool connected = false;
    int version = -1; ///< hj212::Version of its last packet, -1 unknown
    std::int64_t connectedSinceMs = 0;
    std::int64_t lastPacketMs = 0;   ///< UTC ms a packet last arrived
    std::int64_t lastDataTimeMs = 0; ///< newest real-time DataTime received
    std::uint64_t packets = 0;       ///< accepted packets
    std::uint64_t errors = 0;        ///< rejected packets (CRC, syntax, password...)
    std::uint64_t samples = 0;       ///< point samples + factor values delivered
    std::uint64_t backfilled = 0;    ///< of those, from history requests
    std::uint64_t duplicates = 0;    ///< data packets received again (same QN), not delivered
    int rtdIntervalS = 0; ///< real-time interval in use (learned, else configured)
    QString lastError;
    std::int64_t lastErrorMs = 0;
    QString backfillState; ///< "" or e.g. "requesting 2051 10:00-10:40"
};

/// One packet in or out, for the packet log (raw and decoded side by side).
struct PacketRecord
{
    std::int64_t tMs = 0;
    QString mn; ///< empty when the packet could not be read that far
    QString peer;
    bool incoming = true;
    bool ok = true;  ///< false: rejected (error says why)
    QByteArray raw;  ///< as on the wire, without CRLF
    QByteArray json; ///< hj212::toJson of the decoded packet (empty when rejected)
    QString error;   ///< "bad_crc at 312: CRC 1C80 expected, 1C08 found"
};

/// The outcome of a command sent to a transmitter.
struct CommandResult
{
    QString mn;
    QByteArray qn;
    int cn = 0;
    bool ok = false;
    int qnRtn = 0;   ///< 9011 answer, 0 when none came
    int exeRtn = 0;  ///< 9012 answer, 0 when none came
    QString message; ///< "SystemTime 2026-11-25 10:00:00", "timeout after 3 tries", ...
    std::int64_t systemTimeMs = 0; ///< GetTime: the transmitter's clock (UTC ms)
    int rtdIntervalS = 0;          ///< GetRtdInterval: its real-time interval
    int records = 0;               ///< history: DataTimes received (sub-packets count once)
};

/// HJ 212 TCP server for many concurrent transmitters (数采仪), on the acquisition thread
/// (docs/hj212-server.md). Frames the streams (split or joined packets, resync after
/// garbage), checks MN and PW against the registry, answers as the protocol asks (9014 when
/// Flag A is set, 9013 for notices), times out idle connections, limits packet size and rate
/// per connection, drops packets received again (same QN) and turns packets (sub-packets each
/// on arrival) into samples: electrical factors of bound channels as SampleBatch
/// (samplesReady), others as FactorBatch (factorsReady), with their data flags kept. Sends commands (time, real-time interval, history) and fills a gap
/// after an outage by a history request; backfilled values carry QualityBackfilled.
class Hj212Server : public SampleSource
{
    Q_OBJECT
public:
    explicit Hj212Server(hj212::FactorMapSet maps, QObject *parent = nullptr);
    ~Hj212Server() override;

    QString name() const override;
    LinkState linkState() const override;

    void setSettings(const Hj212ServerSettings &settings); ///< before start()
    /// The MN registry. `plant` resolves the bound point ids to storage keys and resolutions.
    /// Can be called while running: connections of removed MNs are closed.
    void setTransmitters(const QList<TransmitterConfig> &transmitters, const Plant &plant);
    /// Newest stored real-time DataTime per MN (from storage at start), so a gap that spans a
    /// station restart is backfilled too.
    void setLastDataTimes(const QHash<QString, std::int64_t> &lastMsByMn);
    /// Listening port after start() (the chosen one when settings.port is 0), 0 when not.
    quint16 serverPort() const;
    QString lastListenError() const;
    QList<TransmitterStatus> transmitters() const;

public slots:
    void start() override; ///< listen; failure: linkStateChanged(Disconnected, reason)
    void stop() override;
    void setPacketLogging(bool on); ///< packetLogged only while on (default off)

    /// Commands (HJ 212-2017 C.2-C.8, C.20-C.21); each ends with commandFinished. They return
    /// the QN used, or an empty QN when the MN is not connected (commandFinished says so).
    QByteArray getTime(const QString &mn);
    QByteArray setTime(const QString &mn, std::int64_t utcMs);
    QByteArray getRtdInterval(const QString &mn);
    QByteArray setRtdInterval(const QString &mn, int seconds);
    /// History of [fromMs, toMs) by CN 2051, 2061, 2031 (or 2011 for transmitters that give
    /// real-time history): the whole periods of the CN inside the range are asked (BeginTime
    /// rounded up to a period start in local time; a range holding none fails at once); what
    /// arrives with a DataTime in [BeginTime, EndTime] is delivered with QualityBackfilled.
    QByteArray requestHistory(const QString &mn, int cn, std::int64_t fromMs, std::int64_t toMs);

signals:
    void factorsReady(const vocsync::FactorBatch &batch);
    void transmitterChanged(const vocsync::acquisition::TransmitterStatus &status);
    void packetLogged(const vocsync::acquisition::PacketRecord &record);
    void commandFinished(const vocsync::acquisition::CommandResult &result);
    /// A packet from an unknown MN, with a wrong password, or one that failed to parse from a
    /// registered MN with alarmOnReject; for logging and station alarms.
    void rejected(const QString &mn, const QString &peer, const QString &reason, bool alarm);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::acquisition

Q_DECLARE_METATYPE(vocsync::acquisition::TransmitterStatus)
Q_DECLARE_METATYPE(vocsync::acquisition::PacketRecord)
Q_DECLARE_METATYPE(vocsync::acquisition::CommandResult)
