#pragma once

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/hj212/packet.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace vocsync::acquisition::hj212server {

enum class CommandKind : std::uint8_t { GetTime, SetTime, GetRtdInterval, SetRtdInterval, History };

/// A request from the station to a transmitter and what came back so far.
struct Command
{
    CommandKind kind = CommandKind::GetTime;
    QString mn;
    QByteArray qn;
    int cn = 0;
    QByteArray frame;        ///< the encoded request; a resend repeats it (same QN)
    std::int64_t fromMs = 0; ///< history range [fromMs, toMs)
    std::int64_t toMs = 0;
    std::int64_t beginMs = 0; ///< history: BeginTime..EndTime as sent (inclusive)
    std::int64_t endMs = 0;
    std::int64_t lastRecordMs = -1; ///< history: DataTime last counted in result.records
    int rtdIntervalS = 0;           ///< SetRtdInterval: the interval asked for
    bool backfill = false;          ///< asked by the backfill planner, not by a user
    int tries = 0;                  ///< times sent
    bool acknowledged = false;      ///< QnRtn=1 came, or data did
    bool gotData = false;           ///< the upload the command asks for came
    std::int64_t deadlineMs = 0;
    CommandResult result; ///< filled as answers arrive (systemTimeMs, records...)
};

/// What the server has to do after the tracker saw something.
struct CommandAction
{
    enum class Kind { Send, Finish };
    Kind kind = Kind::Send;
    Command command;
};
using CommandActions = std::vector<CommandAction>;

/// Tracks commands by MN and QN (HJ 212-2017 6.5, 6.2 Table 1): one command in flight per MN,
/// others queued; a request unanswered (no 9011) within the timeout is sent again with the
/// same QN until `tries` sends are used up; after QnRtn=1 the data uploads and the 9012 end
/// it. 1011/1061 uploads echo the request's QN (C.2, C.6) and are matched by it. History
/// uploads come with new QNs (C.20), so they are matched by MN, CN and a DataTime inside
/// [BeginTime, EndTime] as sent while the request is open. At most kMaxQueued commands wait
/// per MN. Pure: the caller passes the time and carries out the actions.
class CommandTracker
{
public:
    static constexpr size_t kMaxQueued = 32;

    void setTiming(int timeoutMs, int tries, int utcOffsetS);

    CommandActions submit(Command c, std::int64_t nowMs);
    CommandActions onRequestAnswer(const QString &mn, QByteArrayView qn, int qnRtn,
                                   std::int64_t nowMs);
    CommandActions onExecutionAnswer(const QString &mn, QByteArrayView qn, int exeRtn,
                                     std::int64_t nowMs);
    /// The command in flight an upload belongs to (same CN and QN; an upload without a QN by
    /// CN alone; a history upload by range), or null. Counts as an answer: it is acknowledged
    /// and its deadline moves on.
    Command *matchUpload(const QString &mn, const hj212::Packet &p, std::int64_t nowMs);
    /// Resends or fails commands whose deadline passed.
    CommandActions onTimeout(std::int64_t nowMs);
    /// Fails the command in flight and the queued ones of `mn` (disconnected, removed).
    CommandActions cancel(const QString &mn, const QString &why);

    std::int64_t nextDeadlineMs() const; ///< 0 when nothing waits
    const Command *inFlight(const QString &mn) const;
    int queued(const QString &mn) const;
    bool hasBackfill(const QString &mn) const; ///< a backfill command in flight or queued

private:
    struct PerMn
    {
        std::optional<Command> inFlight;
        std::deque<Command> queue;
    };
    void startNext(PerMn &m, std::int64_t nowMs, CommandActions &out);
    void finish(PerMn &m, bool ok, const QString &message, std::int64_t nowMs, CommandActions &out);
    QString successMessage(const Command &c) const;

    std::map<QString, PerMn> m_byMn;
    int m_timeoutMs = 10000;
    int m_tries = 3;
    int m_utcOffsetS = 8 * 3600;
};

} // namespace vocsync::acquisition::hj212server
