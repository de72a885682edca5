#pragma once

#include <QString>

#include <cstdint>
#include <deque>
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

/// The inclusive BeginTime..EndTime of a history request (UTC ms of period starts).
struct HistoryWindow
{
    std::int64_t beginMs = 0;
    std::int64_t endMs = 0;
};

/// The periods of history CN `cn` (2051 minute, 2061 hour, 2031/2041 day, 2011 second) that
/// lie wholly inside [fromMs, toMs), periods starting in the transmitter's local time
/// (UTC + utcOffsetS): BeginTime is rounded up, EndTime is the start of the last period that
/// ends by `toMs`. A period that began before `fromMs` or ends after `toMs` is partly covered
/// by live data and is not asked (docs/hj212-server.md "Backfill"). Nothing when no whole
/// period fits.
std::optional<HistoryWindow> historyWindow(int cn, std::int64_t fromMs, std::int64_t toMs,
                                           int utcOffsetS);

/// Finds the gaps in each transmitter's real-time data and plans the history requests that
/// fill them (issue 6 item 3, docs/hj212-server.md "Backfill"). The real-time interval in use
/// is learned: the lower median of the last few DataTime spacings, else the interval a
/// 1061/1062 reported, else the configured one. A DataTime more than two intervals after the
/// previous one opens the gap [previous + interval, new); long gaps are asked in chunks of at
/// most 6 h, one at a time; a failed chunk is asked again after a backoff (doubling), at once
/// on reconnect or when a new gap opens. DataTimes far ahead of the station clock are not
/// planned with; the newest DataTime only moves forward. Pure: the server sends the requests.
class BackfillPlanner
{
public:
    static constexpr std::int64_t kMaxChunkMs = 6 * 3600 * 1000LL;
    /// Older data is not asked for: loggers keep days to weeks, and a year-old gap after a
    /// long-removed transmitter returns would take hundreds of requests.
    static constexpr std::int64_t kMaxAgeMs = 7 * 24 * 3600 * 1000LL;
    /// A DataTime further ahead of the station clock is a wrong transmitter clock.
    static constexpr std::int64_t kMaxAheadMs = 10 * 60 * 1000LL;
    static constexpr size_t kSpacings = 5; ///< DataTime spacings the interval is learned from
    static constexpr size_t kMaxGaps = 64; ///< open gaps per MN; the oldest goes beyond it

    /// What a real-time DataTime did to the plan.
    struct RealTime
    {
        bool gap = false;   ///< it opened a gap
        bool ahead = false; ///< too far ahead of the station clock: ignored for planning
        QString dropped;    ///< a gap given up because too many are open, else empty
    };

    void setRetryDelays(std::int64_t minMs, std::int64_t maxMs);
    /// The newest stored real-time DataTime (station start); never moves it back, ignores
    /// times ahead of `nowMs` + kMaxAheadMs.
    void setLastDataTime(const QString &mn, std::int64_t tMs, std::int64_t nowMs);
    std::int64_t lastDataTime(const QString &mn) const;
    void setConfiguredInterval(const QString &mn, int seconds);
    /// A successful 1061 or 1062: the interval from now on; older spacings no longer count.
    void setReportedInterval(const QString &mn, int seconds);
    std::int64_t intervalMs(const QString &mn) const;
    int intervalS(const QString &mn) const;
    /// A real-time DataTime arrived (not a history answer).
    RealTime onRealTime(const QString &mn, std::int64_t tMs, std::int64_t nowMs);

    /// The next range to request, marked as out; nothing when no gap is due or one is out.
    std::optional<BackfillChunk> take(const QString &mn, std::int64_t nowMs);
    /// The transmitter answered the request for `chunk` (ExeRtn 1 or 100): that range is done.
    void done(const QString &mn, const BackfillChunk &chunk);
    /// The request failed (timeout, refused, disconnected): asked again after the backoff.
    void failed(const QString &mn, const BackfillChunk &chunk, const QString &why,
                std::int64_t nowMs);
    /// Failed ranges may be asked again now (the transmitter reconnected).
    void retry(const QString &mn);
    /// When a failed range of `mn` is due again; 0 when none waits.
    std::int64_t nextRetryMs(const QString &mn) const;
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
        int failures = 0;           ///< failed requests in a row
        std::int64_t retryAtMs = 0; ///< after a failure: not asked before this
        QString failure;
    };
    struct PerMn
    {
        std::int64_t lastMs = 0;
        int configuredS = 0;
        int reportedS = 0;
        std::deque<std::int64_t> spacings; ///< newest last
        std::vector<Gap> gaps;             ///< oldest first
    };
    std::int64_t intervalOf(const PerMn &m) const;

    std::map<QString, PerMn> m_byMn;
    std::int64_t m_retryMinMs = 60'000;
    std::int64_t m_retryMaxMs = 3'600'000;
};

} // namespace vocsync::acquisition::hj212server
