#include "scenario/rules.h"

#include "vocsync/core/timeutil.h"

#include <algorithm>
#include <cstdlib>

namespace vocsync::scenarios {

namespace {

/// A maximal stretch of a treatment not operating: what it was doing instead.
struct Quiet
{
    std::int64_t a = 0;
    std::int64_t b = 0;
    bool off = false;
    bool idle = false;
    bool unknown = false;
};

/// A maximal stretch of a treatment running below its normal load.
struct Slow
{
    std::int64_t a = 0;
    std::int64_t b = 0;
};

std::vector<Quiet> quietStretches(const Track &track, std::int64_t fromMs, std::int64_t toMs)
{
    const std::vector<Seg> &segs = track.segs();
    std::vector<Quiet> out;
    std::size_t i = track.indexAt(std::max(fromMs, segs.front().startMs));
    while (i > 0 && !isOperating(segs[i].state) && !isOperating(segs[i - 1].state))
        --i;
    for (; i < segs.size() && segs[i].startMs < toMs; ++i) {
        if (isOperating(segs[i].state))
            continue;
        Quiet q{segs[i].startMs, segs[i].endMs};
        for (; i < segs.size() && !isOperating(segs[i].state); ++i) {
            q.b = segs[i].endMs;
            // What the treatment does far from the window (a silent meter at night) does
            // not change how the rules read the window.
            if (segs[i].endMs <= fromMs || segs[i].startMs >= toMs)
                continue;
            q.off |= segs[i].state == RunState::Off;
            q.idle |= segs[i].state == RunState::Idle;
            q.unknown |= segs[i].state == RunState::Unknown;
        }
        if (q.b > fromMs)
            out.push_back(q);
        if (i == segs.size())
            break;
    }
    return out;
}

std::vector<Slow> slowStretches(const Track &track, std::int64_t fromMs, std::int64_t toMs)
{
    const std::vector<Seg> &segs = track.segs();
    std::vector<Slow> out;
    std::size_t i = track.indexAt(std::max(fromMs, segs.front().startMs));
    while (i > 0 && segs[i].slow() && segs[i - 1].slow())
        --i;
    for (; i < segs.size() && segs[i].startMs < toMs; ++i) {
        if (!segs[i].slow())
            continue;
        Slow s{segs[i].startMs, segs[i].endMs};
        while (i + 1 < segs.size() && segs[i + 1].slow())
            s.b = segs[++i].endMs;
        if (s.b > fromMs)
            out.push_back(s);
    }
    return out;
}

/// 1: an event (lasts 300 s or more while the production runs, with margin); 0: clearly none;
/// -1: too close to the 300 s rule, or long in itself but short inside the run.
int verdict(std::int64_t clippedMs, std::int64_t fullMs)
{
    if (clippedMs >= kMinRunMs + kRuleMarginMs)
        return 1;
    if (fullMs <= kMinRunMs - kRuleMarginMs)
        return 0;
    return -1;
}

QString hhmm(std::int64_t ms)
{
    return timeutil::toIso(ms, scenarioZone());
}

QString minutes(std::int64_t ms)
{
    return QString::number(static_cast<double>(ms) / kMinute, 'g', 4);
}

/// The walk over one (run, treatment) pair.
class PairWalk
{
public:
    PairWalk(const Model &m, const LinkRef &l, const Run &run, Findings *out)
        : m_model(m), m_link(l), m_out(out), m_s(run.startMs), m_e(run.endMs),
          m_w0(run.startMs - l.leadMs), m_w1(run.endMs + l.lagMs)
    {
    }

    void walk(bool broken);

private:
    void problem(const QString &what)
    {
        m_out->problems << QStringLiteral("%1 for %2, run %3 to %4: %5")
                               .arg(m_model.facilityId(m_link.treatment),
                                    m_model.facilityId(m_link.production), hhmm(m_s), hhmm(m_e),
                                    what);
    }
    void event(const char *type, std::int64_t a, std::int64_t b, const QString &note)
    {
        m_out->events.append(TrueEvent{QLatin1String(type), m_model.facilityId(m_link.treatment),
                                       m_model.facilityId(m_link.production), QString(), a, b,
                                       note});
    }
    bool nearEdge(std::int64_t t) const
    {
        for (std::int64_t e : {m_w0, m_s, m_e, m_w1}) {
            if (std::llabs(t - e) <= kZoneMs)
                return true;
        }
        return false;
    }
    void idle(std::int64_t a, std::int64_t b, const QString &note);
    void quiet(const Quiet &q, bool alone);

    const Model &m_model;
    const LinkRef &m_link;
    Findings *m_out;
    const std::int64_t m_s, m_e, m_w0, m_w1;
};

void PairWalk::idle(std::int64_t a, std::int64_t b, const QString &note)
{
    const std::int64_t ca = std::max(a, m_s), cb = std::min(b, m_e);
    const int v = verdict(cb - ca, b - a);
    if (v < 0)
        problem(QStringLiteral("idle %1 min (%2 min while producing) is too near 5 min")
                    .arg(minutes(b - a), minutes(cb - ca)));
    else if (v > 0)
        event("treatment_idle", ca, cb, note);
}

void PairWalk::quiet(const Quiet &q, bool alone)
{
    if (q.unknown) {
        // A silent treatment meter is harmless only inside a run the treatment otherwise
        // serves perfectly; anywhere near an edge or another anomaly the rules do not say.
        if (!q.off && !q.idle && alone && q.a >= m_s + kOutageCalmMs && q.b <= m_e - kOutageCalmMs)
            return;
        problem(QStringLiteral("treatment data missing near the run or near an anomaly"));
        return;
    }
    if (q.off && q.idle) {
        problem(QStringLiteral("off and idle in one stop"));
        return;
    }
    const bool isIdle = q.idle;
    if (q.a >= m_w1)
        return;
    if (q.a < m_w0) {
        if (q.b < m_s) {
            problem(QStringLiteral("treatment starts inside the lead window"));
        } else if (q.b >= m_e) {
            if (q.b < m_w1)
                problem(QStringLiteral("treatment starts inside the lag window"));
            else if (isIdle)
                idle(q.a, q.b, QStringLiteral("treatment idle through the whole run"));
            else
                event("treatment_not_started", m_s, m_e,
                      QStringLiteral("treatment off through the whole run"));
        } else if (isIdle) {
            idle(
                q.a, q.b,
                QStringLiteral("treatment idle until %1 min into the run").arg(minutes(q.b - m_s)));
        } else {
            event("late_start", q.b - m_s > 60'000 ? m_s : m_w0, q.b,
                  QStringLiteral("treatment started %1 min late (lead %2 min)")
                      .arg(minutes(q.b - m_w0), minutes(m_link.leadMs)));
        }
        return;
    }
    if (q.a < m_s) {
        problem(QStringLiteral("treatment stops inside the lead window"));
        return;
    }
    if (q.a < m_e && q.b <= m_e) {
        if (isIdle) {
            idle(q.a, q.b, QStringLiteral("treatment idle for %1 min").arg(minutes(q.b - q.a)));
            return;
        }
        const int v = verdict(q.b - q.a, q.b - q.a);
        if (v < 0)
            problem(QStringLiteral("stop of %1 min is too near 5 min").arg(minutes(q.b - q.a)));
        else if (v > 0)
            event("treatment_abnormal_stop", q.a, q.b,
                  QStringLiteral("treatment stopped for %1 min").arg(minutes(q.b - q.a)));
        return;
    }
    if (q.b < m_w1) {
        problem(QStringLiteral("treatment restarts inside the lag window"));
        return;
    }
    if (isIdle) {
        if (q.a >= m_e)
            problem(QStringLiteral("treatment goes idle inside the lag window"));
        else
            idle(q.a, q.b,
                 QStringLiteral("treatment idle from %1 min before the end")
                     .arg(minutes(m_e - q.a)));
        return;
    }
    event("early_stop", q.a, m_w1,
          QStringLiteral("treatment stopped %1 min early (lag %2 min)")
              .arg(minutes(m_w1 - q.a), minutes(m_link.lagMs)));
}

void PairWalk::walk(bool broken)
{
    const Track &t = m_model.units[m_link.treatment].truth;
    const std::int64_t lo = m_w0 - kZoneMs, hi = m_w1 + kZoneMs;
    if (lo - kEdgeMarginMs < m_model.fromMs || hi + kEdgeMarginMs > m_model.toMs) {
        problem(QStringLiteral("run too close to the ends of the period"));
        return;
    }
    const std::vector<Quiet> quiets = quietStretches(t, lo, hi);
    const std::vector<Slow> slows = slowStretches(t, m_s - kZoneMs, m_e + kZoneMs);
    if (broken) {
        if (!quiets.empty() || !slows.empty())
            problem(QStringLiteral("production data missing in a run the treatment does not "
                                   "serve throughout"));
        return;
    }
    for (const Quiet &q : quiets) {
        const bool edgeA = q.a >= lo && nearEdge(q.a);
        const bool edgeB = q.b <= hi && nearEdge(q.b);
        if (edgeA || edgeB) {
            problem(QStringLiteral("treatment changes within 3 min of a run edge (%1)")
                        .arg(hhmm(edgeA ? q.a : q.b)));
            continue;
        }
        quiet(q, quiets.size() == 1 && slows.empty());
    }
    for (const Slow &s : slows) {
        if (std::llabs(s.a - m_s) <= kZoneMs || std::llabs(s.a - m_e) <= kZoneMs ||
            std::llabs(s.b - m_s) <= kZoneMs || std::llabs(s.b - m_e) <= kZoneMs) {
            problem(QStringLiteral("slowdown edge within 3 min of a run edge"));
            continue;
        }
        const std::int64_t ca = std::max(s.a, m_s), cb = std::min(s.b, m_e);
        if (cb <= ca)
            continue;
        const int v = verdict(cb - ca, s.b - s.a);
        if (v < 0)
            problem(QStringLiteral("slowdown of %1 min is too near 5 min").arg(minutes(cb - ca)));
        else if (v > 0)
            event("treatment_slowdown", ca, cb,
                  QStringLiteral("treatment at %1 % of its load for %2 min")
                      .arg(qRound(kSlowLoad * 100))
                      .arg(minutes(cb - ca)));
    }
}

} // namespace

std::vector<Run> runsOf(const Track &track, std::int64_t fromMs, std::int64_t toMs)
{
    const std::vector<Seg> &segs = track.segs();
    std::vector<Run> out;
    std::size_t i = track.indexAt(std::max(fromMs, segs.front().startMs));
    while (i > 0 && isOperating(segs[i].state) && isOperating(segs[i - 1].state))
        --i;
    for (; i < segs.size() && segs[i].startMs < toMs; ++i) {
        if (!isOperating(segs[i].state))
            continue;
        std::size_t j = i;
        while (j + 1 < segs.size() && isOperating(segs[j + 1].state))
            ++j;
        Run r{segs[i].startMs, segs[j].endMs, false};
        r.broken = (i > 0 && segs[i - 1].state == RunState::Unknown) ||
                   (j + 1 < segs.size() && segs[j + 1].state == RunState::Unknown);
        if (r.endMs > fromMs)
            out.push_back(r);
        i = j;
    }
    return out;
}

void analysePair(const Model &model, const LinkRef &link, const Run &run, Findings *out)
{
    if (run.length() < kMinRunMs)
        return;
    PairWalk(model, link, run, out).walk(run.broken);
}

QStringList check(const Model &m, int unitIndex, std::int64_t fromMs, std::int64_t toMs)
{
    const Unit &unit = m.units[unitIndex];
    const QString &id = m.facilityId(unitIndex);
    QStringList problems;
    for (const Track *track : {&unit.track, &unit.truth}) {
        const std::vector<Seg> &segs = track->segs();
        for (std::size_t i = track->indexAt(std::max(fromMs - kHour, m.fromMs));
             i < segs.size() && segs[i].startMs < toMs + kHour; ++i) {
            if (segs[i].length() < unit.minSegmentMs())
                problems << QStringLiteral("%1: %2 for only %3 min at %4")
                                .arg(id, runStateKey(segs[i].state), minutes(segs[i].length()),
                                     hhmm(segs[i].startMs));
        }
    }
    Findings findings;
    const auto runsNear = [&](int production) {
        return runsOf(m.units[production].truth, fromMs - 3 * kHour, toMs + 3 * kHour);
    };
    if (unit.kind == FacilityKind::Production) {
        for (const Run &r : runsNear(unitIndex)) {
            if (r.length() > kMinRunMs - kRuleMarginMs && r.length() < kMinRunMs + kRuleMarginMs)
                problems << QStringLiteral("%1: run of %2 min is too near 5 min at %3")
                                .arg(id, minutes(r.length()), hhmm(r.startMs));
            if (r.startMs - kEdgeMarginMs < m.fromMs || r.endMs + kEdgeMarginMs > m.toMs)
                problems << QStringLiteral("%1: runs at %2, too near the ends of the period")
                                .arg(id, hhmm(r.startMs));
        }
    }
    for (int li : m.linksOf[unitIndex]) {
        const LinkRef &l = m.links[li];
        for (const Run &r : runsNear(l.production))
            analysePair(m, l, r, &findings);
    }
    problems += findings.problems;
    for (const Outage &o : unit.outages) {
        if (o.endMs < fromMs - kHour || o.startMs > toMs + kHour)
            continue;
        const std::int64_t a = o.startMs - kOutageCalmMs, b = o.endMs + kOutageCalmMs;
        const bool calm = a >= m.fromMs + kEdgeMarginMs && b <= m.toMs - kEdgeMarginMs &&
                          unit.track.steady(a, b) && unit.track.at(a).load == 1 &&
                          unit.track.at(a).state != RunState::Overload;
        if (!calm)
            problems << QStringLiteral("%1: meter silent at %2 while the facility changes")
                            .arg(id, hhmm(o.startMs));
    }
    return problems;
}

QStringList checkAll(const Model &m)
{
    QStringList problems;
    for (int u = 0; u < static_cast<int>(m.units.size()); ++u)
        problems += check(m, u, m.fromMs, m.toMs);
    problems.removeDuplicates();
    return problems;
}

} // namespace vocsync::scenarios
