#pragma once

// The analysis rules (docs/scenarios.md, "How the truth is computed") applied to the states a
// scenario intends, and the places where they could be read two ways. The same walk over a
// production run serves both: the generator drops an anomaly that makes a run ambiguous, and
// the truth takes the events of the runs that remain.

#include "scenario/model.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace vocsync::scenarios {

inline constexpr std::int64_t kMinRunMs = 300 * kSecond;    ///< runs, stops, idles, slowdowns
inline constexpr std::int64_t kRuleMarginMs = 60 * kSecond; ///< keep durations off 300 s by this
inline constexpr std::int64_t kZoneMs = 180 * kSecond; ///< no treatment change this near an edge
inline constexpr std::int64_t kEdgeMarginMs =
    30 * kMinute; ///< runs stay this far from the period's ends
inline constexpr std::int64_t kOutageCalmMs =
    10 * kMinute; ///< a silent meter's facility is steady this long around

/// A maximal stretch of a production facility running or overloaded.
struct Run
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    bool broken = false; ///< bounded by unknown data on one side
    std::int64_t length() const { return endMs - startMs; }
};

/// The runs of a track that overlap [fromMs, toMs), each whole.
std::vector<Run> runsOf(const Track &track, std::int64_t fromMs, std::int64_t toMs);

struct Findings
{
    QList<TrueEvent> events;
    QStringList problems;
};

/// The sync events of one linked treatment over one production run of 300 s or more, and the
/// ambiguities found on the way.
void analysePair(const Model &model, const LinkRef &link, const Run &run, Findings *out);

/// Ambiguities that involve one facility around [fromMs, toMs): its segment lengths, its runs
/// or its treatments' behaviour over them, its outages.
QStringList check(const Model &model, int unit, std::int64_t fromMs, std::int64_t toMs);
QStringList checkAll(const Model &model);

} // namespace vocsync::scenarios
