// The sync anomaly detectors of DOMAIN.md over run-state timelines. Pure functions: the live
// analysis and the history analysis call them on the same timelines and get the same events.
#include "detectors.h"

#include "vocsync/core/timeutil.h"

#include <algorithm>
#include <cmath>

namespace vocsync::analysis::detail {

namespace {

struct Span
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

/// A production run: maximal stretch of running/overload.
struct Run
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    bool startKnown = false; ///< production was known to be off or idle just before
    bool endKnown = false;   ///< production was known to be off or idle just after
    bool ongoing = false;    ///< reaches the horizon
};

std::vector<Run> runsOf(const FacilityView &p, std::int64_t fromMs)
{
    std::vector<Run> runs;
    const Timeline &tl = *p.states;
    for (size_t i = 0; i < tl.size(); ++i) {
        if (!isOperating(tl[i].state))
            continue;
        Run r;
        r.startMs = tl[i].startMs;
        r.startKnown = i > 0 && tl[i - 1].state != RunState::Unknown &&
                       tl[i - 1].endMs == r.startMs && r.startMs > fromMs;
        size_t j = i;
        while (j + 1 < tl.size() && isOperating(tl[j + 1].state) &&
               tl[j + 1].startMs == tl[j].endMs)
            ++j;
        r.endMs = tl[j].endMs;
        r.ongoing = r.endMs >= p.horizonMs;
        r.endKnown = !r.ongoing && j + 1 < tl.size() && tl[j + 1].state != RunState::Unknown &&
                     tl[j + 1].startMs == r.endMs;
        runs.push_back(r);
        i = j;
    }
    return runs;
}

/// Operating stretches of a timeline inside [fromMs, toMs).
std::vector<Span> operatingSpans(const Timeline &tl, std::int64_t fromMs, std::int64_t toMs)
{
    std::vector<Span> out;
    for (const StateInterval &i : tl) {
        if (i.endMs <= fromMs || !isOperating(i.state))
            continue;
        if (i.startMs >= toMs)
            break;
        const Span s{std::max(i.startMs, fromMs), std::min(i.endMs, toMs)};
        if (!out.empty() && out.back().endMs == s.startMs)
            out.back().endMs = s.endMs;
        else
            out.push_back(s);
    }
    return out;
}

/// How a non-operating stretch of a treatment was spent, to tell "off" from "idle".
struct Makeup
{
    std::int64_t offMs = 0;
    std::int64_t idleMs = 0;
    std::int64_t unknownMs = 0;
    std::int64_t total() const { return offMs + idleMs + unknownMs; }
    /// Only idle: reported as treatment_idle, not as a stop or a late start.
    bool onlyIdle() const { return offMs == 0 && idleMs > 0; }
    /// Mostly unknown: the data cannot tell; data_gap says so.
    bool unsure() const { return unknownMs * 2 > total(); }
};

Makeup makeupOf(const Timeline &tl, std::int64_t fromMs, std::int64_t toMs)
{
    const std::vector<std::int64_t> t = timeInStates(tl, fromMs, toMs);
    Makeup m;
    m.offMs = t[static_cast<size_t>(RunState::Off)];
    m.idleMs = t[static_cast<size_t>(RunState::Idle)];
    m.unknownMs = (toMs - fromMs) - m.offMs - m.idleMs -
                  t[static_cast<size_t>(RunState::Running)] -
                  t[static_cast<size_t>(RunState::Overload)];
    return m;
}

class LinkDetector
{
public:
    LinkDetector(const LinkView &l, std::int64_t fromMs, const AnalysisOptions &o,
                 std::vector<Event> &out)
        : m_link(l), m_fromMs(fromMs), m_opt(o), m_out(out),
          m_tolMs(std::int64_t{o.startToleranceS} * 1000)
    {
    }

    void run(const Run &r)
    {
        const Timeline &t = *m_link.treatment->states;
        const std::int64_t hT = m_link.treatment->horizonMs;
        const std::int64_t ws = r.startMs - m_link.leadMs;
        const std::int64_t we = r.endMs + m_link.lagMs;
        // How far this run can be judged: production's end (or horizon), treatment's horizon.
        const std::int64_t runEnd = std::min(r.endMs, hT);
        if (runEnd - r.startMs < std::int64_t{m_opt.minProductionRunS} * 1000)
            return;
        const std::vector<Span> ops = operatingSpans(t, std::max(ws, m_fromMs), std::min(we, hT));
        std::vector<Span> inRun;
        for (const Span &s : ops) {
            if (s.endMs > r.startMs && s.startMs < runEnd)
                inRun.push_back(s);
        }
        startGroup(r, ws, runEnd, inRun, ops);
        if (!inRun.empty())
            stopGroup(r, we, runEnd, ops);
        idle(r, runEnd);
        slowdown(r, runEnd);
    }

private:
    void add(EventType type, std::int64_t s, std::int64_t e, std::int64_t anchor, bool open,
             QJsonObject evidence)
    {
        Event ev;
        ev.type = type;
        ev.facility = m_link.treatment->id;
        ev.related = m_link.production->id;
        ev.startMs = s;
        ev.endMs = e;
        ev.anchorMs = anchor;
        ev.open = open;
        ev.evidence = std::move(evidence);
        ev.severity = severityFor(ev, m_opt);
        m_out.push_back(std::move(ev));
    }

    QJsonObject base(const Run &r) const
    {
        QJsonObject e;
        // Only what is known when the event closes: a closed event never changes later.
        e.insert(QStringLiteral("production_start"), timeutil::toIso(r.startMs));
        e.insert(QStringLiteral("lead_minutes"), static_cast<double>(m_link.leadMs) / 60000.0);
        e.insert(QStringLiteral("lag_minutes"), static_cast<double>(m_link.lagMs) / 60000.0);
        return e;
    }

    static void addMakeup(QJsonObject &e, const Makeup &m)
    {
        e.insert(QStringLiteral("treatment_off_s"), static_cast<double>(m.offMs / 1000));
        e.insert(QStringLiteral("treatment_idle_s"), static_cast<double>(m.idleMs / 1000));
        e.insert(QStringLiteral("treatment_unknown_s"), static_cast<double>(m.unknownMs / 1000));
    }

    void startGroup(const Run &r, std::int64_t ws, std::int64_t runEnd,
                    const std::vector<Span> &inRun, const std::vector<Span> &ops)
    {
        const Timeline &t = *m_link.treatment->states;
        if (inRun.empty()) {
            // Never running during the run (so far).
            const Makeup m = makeupOf(t, r.startMs, runEnd);
            if (m.onlyIdle() || m.unsure())
                return;
            QJsonObject e = base(r);
            addMakeup(e, m);
            if (r.ongoing || runEnd < r.endMs) {
                // Open: a late start so far when the start is known, else not started so far.
                const bool startJudged = r.startKnown && ws >= m_fromMs;
                add(startJudged ? EventType::LateStart : EventType::TreatmentNotStarted,
                    r.startMs, runEnd, ws, true, e);
            } else {
                e.insert(QStringLiteral("production_stop"), timeutil::toIso(r.endMs));
                add(EventType::TreatmentNotStarted, r.startMs, r.endMs, ws, false, e);
            }
            return;
        }
        if (!r.startKnown || ws < m_fromMs)
            return;
        if (!ops.empty() && ops.front().startMs <= ws)
            return; // already running when it had to
        const std::int64_t on = ops.front().startMs; // first reached running after ws
        if (on - ws <= m_tolMs)
            return;
        const Makeup m = makeupOf(t, ws, on);
        if (m.onlyIdle() || m.unsure())
            return;
        QJsonObject e = base(r);
        e.insert(QStringLiteral("treatment_running"), timeutil::toIso(on));
        e.insert(QStringLiteral("delay_s"), static_cast<double>((on - ws) / 1000));
        addMakeup(e, m);
        // DOMAIN.md: production start -> treatment running. A treatment that came before
        // production but inside the lead time spans the lead's shortfall instead.
        const std::int64_t start = on - r.startMs > m_tolMs ? r.startMs : ws;
        add(EventType::LateStart, start, on, ws, false, e);
    }

    void stopGroup(const Run &r, std::int64_t we, std::int64_t runEnd,
                   const std::vector<Span> &ops)
    {
        const Timeline &t = *m_link.treatment->states;
        const std::int64_t hT = m_link.treatment->horizonMs;
        const std::int64_t minStop = std::int64_t{m_opt.abnormalStopMinS} * 1000;
        // Stops between two running stretches inside the run.
        for (size_t i = 0; i + 1 < ops.size(); ++i) {
            const std::int64_t a = ops[i].endMs;
            const std::int64_t b = ops[i + 1].startMs;
            if (a < r.startMs || b > r.endMs || b - a < minStop)
                continue;
            const Makeup m = makeupOf(t, a, b);
            if (m.onlyIdle() || m.unsure())
                continue;
            QJsonObject e = base(r);
            e.insert(QStringLiteral("treatment_stop"), timeutil::toIso(a));
            e.insert(QStringLiteral("treatment_restart"), timeutil::toIso(b));
            addMakeup(e, m);
            add(EventType::TreatmentAbnormalStop, a, b, a, false, e);
        }
        // The last stop.
        const std::int64_t off = ops.back().endMs;
        const std::int64_t judgedUntil = std::min(we, hT);
        if (off >= judgedUntil || off < r.startMs)
            return; // still running at the horizon or at production end + lag
        const bool closed = !r.ongoing && runEnd == r.endMs;
        if (closed && !r.endKnown)
            return; // production went silent: its end cannot be judged
        if (closed) {
            // Production stopped: an early stop, final once the lag has run out by the
            // horizon, open (so far) before.
            const bool final = hT >= we;
            if (judgedUntil - off <= m_tolMs)
                return;
            stopEvent(r, EventType::EarlyStop, off, judgedUntil, !final);
            return;
        }
        if (off >= r.endMs || judgedUntil - off < minStop)
            return;
        stopEvent(r, EventType::TreatmentAbnormalStop, off, judgedUntil, true);
    }

    /// A stop of the treatment from `off` to `end`, unless it was only idle or mostly unknown.
    void stopEvent(const Run &r, EventType type, std::int64_t off, std::int64_t end, bool open)
    {
        const Makeup m = makeupOf(*m_link.treatment->states, off, end);
        if (m.onlyIdle() || m.unsure())
            return;
        QJsonObject e = base(r);
        e.insert(QStringLiteral("treatment_stop"), timeutil::toIso(off));
        if (type == EventType::EarlyStop)
            e.insert(QStringLiteral("production_stop"), timeutil::toIso(r.endMs));
        addMakeup(e, m);
        add(type, off, end, off, open, e);
    }

    void idle(const Run &r, std::int64_t runEnd)
    {
        const std::int64_t minMs = std::int64_t{m_opt.idleMinS} * 1000;
        for (const StateInterval &i : *m_link.treatment->states) {
            if (i.endMs <= r.startMs || i.state != RunState::Idle)
                continue;
            if (i.startMs >= runEnd)
                break;
            const std::int64_t s = std::max(i.startMs, r.startMs);
            const std::int64_t e = std::min(i.endMs, runEnd);
            const bool open = e == runEnd && (r.ongoing || runEnd < r.endMs) && i.endMs >= runEnd;
            if (e - s < minMs)
                continue;
            QJsonObject ev = base(r);
            ev.insert(QStringLiteral("idle_s"), static_cast<double>((e - s) / 1000));
            add(EventType::TreatmentIdle, s, e, s, open, ev);
        }
    }

    void slowdown(const Run &r, std::int64_t runEnd)
    {
        if (m_link.treatment->slow == nullptr)
            return;
        const std::int64_t minMs = std::int64_t{m_opt.slowdownMinS} * 1000;
        const Timeline &st = *m_link.treatment->states;
        const Timeline &slow = *m_link.treatment->slow;
        // Intersect running stretches of the treatment with its slow stretches, inside the run.
        std::vector<Span> pieces;
        size_t j = 0;
        for (const Span &op : operatingSpans(st, r.startMs, runEnd)) {
            while (j < slow.size() && slow[j].endMs <= op.startMs)
                ++j;
            for (size_t k = j; k < slow.size() && slow[k].startMs < op.endMs; ++k) {
                if (slow[k].state != RunState::Off)
                    continue;
                const Span s{std::max(op.startMs, slow[k].startMs),
                             std::min(op.endMs, slow[k].endMs)};
                if (!pieces.empty() && pieces.back().endMs == s.startMs)
                    pieces.back().endMs = s.endMs;
                else
                    pieces.push_back(s);
            }
        }
        for (const Span &s : pieces) {
            if (s.endMs - s.startMs < minMs)
                continue;
            const bool open = s.endMs == runEnd && (r.ongoing || runEnd < r.endMs);
            QJsonObject ev = base(r);
            ev.insert(QStringLiteral("slow_s"), static_cast<double>((s.endMs - s.startMs) / 1000));
            ev.insert(QStringLiteral("fraction"), m_opt.slowdownFraction);
            add(EventType::TreatmentSlowdown, s.startMs, s.endMs, s.startMs, open, ev);
        }
    }

    const LinkView &m_link;
    std::int64_t m_fromMs;
    const AnalysisOptions &m_opt;
    std::vector<Event> &m_out;
    std::int64_t m_tolMs;
};

} // namespace

Severity severityFor(const Event &event, const AnalysisOptions &options)
{
    if (event.type == EventType::TreatmentNotStarted)
        return Severity::Alarm;
    return event.durationMs() >= std::int64_t{options.alarmAfterS} * 1000 ? Severity::Alarm
                                                                          : Severity::Warning;
}

void detectLink(const LinkView &link, std::int64_t fromMs, const AnalysisOptions &options,
                std::vector<Event> &out)
{
    LinkDetector d(link, fromMs, options, out);
    for (const Run &r : runsOf(*link.production, fromMs))
        d.run(r);
}

namespace {

Event overLimit(const QString &facility, const QString &point, const StateInterval &i,
                std::int64_t horizonMs)
{
    Event ev;
    ev.type = EventType::OverLimit;
    ev.facility = facility;
    ev.point = point;
    ev.startMs = i.startMs;
    ev.endMs = i.endMs;
    ev.anchorMs = i.startMs;
    ev.open = i.endMs >= horizonMs;
    ev.evidence.insert(QStringLiteral("duration_s"),
                       static_cast<double>((i.endMs - i.startMs) / 1000));
    return ev;
}

} // namespace

void detectOverload(const FacilityView &facility, const AnalysisOptions &options,
                    std::vector<Event> &out)
{
    const std::int64_t minMs = std::int64_t{options.overloadMinS} * 1000;
    for (const StateInterval &i : *facility.states) {
        if (i.state != RunState::Overload || i.endMs - i.startMs < minMs)
            continue;
        Event ev = overLimit(facility.id, {}, i, facility.horizonMs);
        ev.evidence.insert(QStringLiteral("cause"), QStringLiteral("overload_state"));
        ev.severity = severityFor(ev, options);
        out.push_back(std::move(ev));
    }
}

void detectLimit(const Timeline &beyond, std::int64_t horizonMs, const QuantityLimit &limit,
                 const QString &facility, const QString &point, const AnalysisOptions &options,
                 std::vector<Event> &out)
{
    for (const StateInterval &i : beyond) {
        if (i.state != RunState::Running ||
            i.endMs - i.startMs < std::int64_t{limit.minDurationS} * 1000)
            continue;
        Event ev = overLimit(facility, point, i, horizonMs);
        ev.evidence.insert(QStringLiteral("quantity"), quantityKey(limit.quantity));
        if (std::isfinite(limit.above))
            ev.evidence.insert(QStringLiteral("above"), limit.above);
        if (std::isfinite(limit.below))
            ev.evidence.insert(QStringLiteral("below"), limit.below);
        ev.severity = severityFor(ev, options);
        out.push_back(std::move(ev));
    }
}

} // namespace vocsync::analysis::detail
