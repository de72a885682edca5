#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace vocsync::acquisition::hj212server {

/// One history request's range [fromMs, toMs), UTC ms.
struct BackfillChunk
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

/// Finds the gaps in each transmitter's real-time data and plans the history requests that
/// fill them (issue 6 item 3, docs/hj212-server.md "Backfill"): a DataTime more than two
/// intervals after the previous one opens the gap [previous + interval, new); long gaps are
/// asked in chunks of at most 6 h, one at a time; a failed chunk waits for the next reconnect
/// or gap. The newest DataTime only moves forward, so a repeated or late packet never opens
/// the same gap twice. Pure: the server sends the requests.
class BackfillPlanner
{
public:
    static constexpr std::int64_t kMaxChunkMs = 6 * 3600 * 1000LL;
    /// Older data is not asked for: loggers keep days to weeks, and a year-old gap after a
    /// long-removed transmitter returns would take hundreds of requests.
    static constexpr std::int64_t kMaxAgeMs = 7 * 24 * 3600 * 1000LL;

    /// The newest stored real-time DataTime (station start); never moves it back.
    void setLastDataTime(const QString &mn, std::int64_t tMs);
    std::int64_t lastDataTime(const QString &mn) const;
    /// A real-time DataTime arrived (not a history answer). True when it opened a gap.
    bool onRealTime(const QString &mn, std::int64_t tMs, int intervalS);

    /// The next range to request, marked as out; nothing when no gap is open or one is out.
    std::optional<BackfillChunk> take(const QString &mn);
    /// The transmitter answered the request for `chunk` (ExeRtn 1 or 100): that range is done.
    void done(const QString &mn, const BackfillChunk &chunk);
    /// The request failed (timeout, refused, disconnected): asked again after retry().
    void failed(const QString &mn, const BackfillChunk &chunk, const QString &why);
    /// Failed ranges may be asked again (the transmitter reconnected).
    void retry(const QString &mn);
    void forget(const QString &mn);

    /// For TransmitterStatus::backfillState: "" when nothing is open, else what is going on.
    QString stateText(const QString &mn, int cn, int utcOffsetS) const;
    int openGaps(const QString &mn) const;

private:
    struct Gap
    {
        std::int64_t fromMs = 0;
        std::int64_t toMs = 0;
        std::int64_t nextMs = 0; ///< start of the first range not yet done
        bool out = false;
        bool failed = false;
        QString failure;
    };
    struct PerMn
    {
        std::int64_t lastMs = 0;
        std::vector<Gap> gaps; ///< oldest first
    };
    std::map<QString, PerMn> m_byMn;
};

} // namespace vocsync::acquisition::hj212server
