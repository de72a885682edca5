#pragma once

#include "framing.h"
#include "historysource.h"
#include "packetbuilder.h"

#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vocsync::sync {

/// What a request needs to be answered: the target it came in on, its point codes, storage,
/// the QN generator (history uploads get new QNs) and the clock.
struct RequestContext
{
    const storage::UpstreamTarget &target;
    const QHash<std::uint32_t, PointCodes> &codes;
    HistorySource &history;
    hj212::QnGenerator &qn;
    std::int64_t nowMs = 0;
    int utcOffsetS = 8 * 3600;
    int maxHistoryPeriods = 1500;
};

/// The frames that answer one request, to be written in order, and what it asked to change.
struct RequestOutcome
{
    QList<QByteArray> frames;
    QString summary;                 ///< one line for the log
    std::optional<int> overTimeS;    ///< CN 1000: new answer timeout
    std::optional<int> reCount;      ///< CN 1000: new number of tries
};

/// Answers a platform's request (HJ 212-2017 6.5, C.1-C.2, C.20-C.22) on behalf of the
/// target's MN: 1000 set timeout and tries, 1011 get time (9011, 1011 upload with
/// SystemTime, 9012), 2051/2061/2031/2041 history (9011, one upload per period with a new
/// QN and Flag without A, 9012 with ExeRtn 1, or 100 when nothing is stored). A wrong MN gets
/// QnRtn 4, a wrong password QnRtn 3, any other CN QnRtn 8.
RequestOutcome answerRequest(const hj212::Packet &request, RequestContext &ctx);

} // namespace vocsync::sync
