#include "demoplan.h"

#include <algorithm>
#include <cmath>

namespace vocsync::acquisition::demo {

namespace {

constexpr int kMin = 60;

// Salts that keep the random streams of different decisions apart.
enum Stream : std::int64_t {
    RunStart = 1,
    RunEnd,
    RunLevel,
    JobLength,
    JobChange,
    Margin1,
    Margin2,
    TreatLevel
};

/// The shift windows that apply on `day`, after the weekly calendar.
std::vector<Window> windowsOn(const FacilityProfile &p, const EnterpriseProfile &e,
                              std::int64_t day)
{
    const int wd = weekday(day);
    if (wd == 6 && e.sundayOff)
        return {};
    std::vector<Window> out;
    for (const Window &w : p.windows) {
        if (wd == 5 && e.saturdayEndMin >= 0 && w.startMin >= e.saturdayEndMin)
            continue;
        out.push_back(w);
    }
    return out;
}

std::vector<Run> productionRuns(const FacilityProfile &p, const EnterpriseProfile &e,
                                std::uint64_t seed, std::int64_t day, std::int64_t f)
{
    std::vector<Run> runs;
    int k = 0;
    for (const Window &w : windowsOn(p, e, day)) {
        const int ws = w.startMin * kMin;
        const int we = w.endMin * kMin;
        switch (p.schedule) {
        case Schedule::Shifts: // operators start a few minutes late and stop a little early
            runs.push_back({ws + between(hashOf(seed, RunStart, day, f, k), 0, 8 * kMin),
                            we - between(hashOf(seed, RunEnd, day, f, k), 0, 8 * kMin)});
            break;
        case Schedule::Batches: {
            const int s = ws + between(hashOf(seed, RunStart, day, f, k), -5 * kMin, 10 * kMin);
            const int end = we + between(hashOf(seed, RunEnd, day, f, k), -5 * kMin, 10 * kMin);
            runs.push_back({std::max(kMin, s), std::min(kDayS - 20 * kMin, end)});
            break;
        }
        case Schedule::Jobs: { // print jobs separated by cylinder and ink changeovers
            int t = ws + between(hashOf(seed, RunStart, day, f, k), 0, 10 * kMin);
            for (int j = 0; t < we - 20 * kMin; ++j) {
                const int len = between(hashOf(seed, JobLength, day, f, k * 16 + j), 50, 150);
                int end = std::min(t + len * kMin, we);
                if (end > we - 15 * kMin)
                    end = we - between(hashOf(seed, RunEnd, day, f, k * 16 + j), 0, 5 * kMin);
                runs.push_back({t, end});
                t = end + between(hashOf(seed, JobChange, day, f, k * 16 + j), 8, 25) * kMin;
            }
            break;
        }
        case Schedule::FollowLinks:
        case Schedule::Continuous:
            break;
        }
        ++k;
    }
    return runs;
}

std::vector<Span> productionSpans(const FacilityProfile &p, const std::vector<Run> &runs,
                                  std::uint64_t seed, std::int64_t day, std::int64_t f)
{
    // A batch plant's reactors stay energised (agitator slow) between batches, around the clock.
    const bool idleAllDay = p.schedule == Schedule::Batches && p.idleBetweenRuns;
    const Mode rest = idleAllDay ? Mode::Idle : Mode::Off;
    std::vector<Span> spans;
    int t = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        const Run &r = runs[i];
        const Mode gap = (i > 0 && p.idleBetweenRuns) ? Mode::Idle : rest;
        if (r.startS > t)
            spans.push_back({t, r.startS, gap, 0});
        const float level =
            static_cast<float>(0.92 + 0.10 * unit(hashOf(seed, RunLevel, day, f, r.startS)));
        spans.push_back({r.startS, r.endS, Mode::Running, level});
        t = r.endS;
    }
    if (t < kDayS)
        spans.push_back({t, kDayS, rest, 0});
    return spans;
}

/// When operators run a treatment facility: from a few minutes before the lead time of the
/// first linked production to a few minutes after the lag of the last; short pauses bridged.
std::vector<Span> treatmentSpans(const PlantRefs &refs, const DayPlan &plan, std::uint64_t seed,
                                 int t)
{
    const FacilityRef &fac = refs.facilities[t];
    const float level =
        static_cast<float>(0.95 + 0.05 * unit(hashOf(seed, TreatLevel, plan.day, fac.salt)));
    if (fac.profile->schedule == Schedule::Continuous)
        return {{0, kDayS, Mode::Running, level}};
    std::vector<Run> want;
    for (int li : fac.links) {
        const LinkRef &l = refs.links[li];
        for (const Run &r : plan.facilities[l.production].runs) {
            const int m1 =
                between(hashOf(seed, Margin1, plan.day, fac.salt, r.startS), kMin, 5 * kMin);
            const int m2 =
                between(hashOf(seed, Margin2, plan.day, fac.salt, r.endS), kMin, 6 * kMin);
            want.push_back(
                {std::max(0, r.startS - l.leadS - m1), std::min(kDayS, r.endS + l.lagS + m2)});
        }
    }
    std::sort(want.begin(), want.end(),
              [](const Run &a, const Run &b) { return a.startS < b.startS; });
    const EnterpriseProfile *ep = refs.enterprises[fac.enterprise].profile;
    const int mergeS = (ep ? ep->mergeGapMin : 30) * kMin;
    std::vector<Run> merged;
    for (const Run &r : want) {
        if (!merged.empty() && r.startS <= merged.back().endS + mergeS)
            merged.back().endS = std::max(merged.back().endS, r.endS);
        else
            merged.push_back(r);
    }
    std::vector<Span> spans;
    int pos = 0;
    for (const Run &r : merged) {
        if (r.startS > pos)
            spans.push_back({pos, r.startS, Mode::Off, 0});
        spans.push_back({r.startS, r.endS, Mode::Running, level});
        pos = r.endS;
    }
    if (pos < kDayS)
        spans.push_back({pos, kDayS, Mode::Off, 0});
    return spans;
}

struct Target
{
    float level;
    float freq;
    bool idlePf;
};

Target targetOf(const Span &s)
{
    switch (s.mode) {
    case Mode::Off:
        return {0, 0, false};
    case Mode::Idle:
        return {static_cast<float>(kIdleLevel), 50, true};
    case Mode::Running:
        return {s.level, 50, false};
    case Mode::Slow: { // fan affinity law: power ~ speed^3, current taken along with it
        const float r = s.level / 50.0f;
        return {r * r * r, s.level, false};
    }
    }
    return {0, 0, false};
}

/// Spans -> segments with start-up ramps and the RTO/RCO warm-up.
std::vector<Segment> toSegments(const std::vector<Span> &spans, const FacilityProfile &p)
{
    std::vector<Segment> out;
    out.reserve(spans.size() + 4);
    Target prev{};
    Mode prevMode = Mode::Off;
    for (size_t i = 0; i < spans.size(); ++i) {
        const Span &s = spans[i];
        if (s.endS <= s.startS)
            continue;
        const Target t = targetOf(s);
        // The first span continues the state of the previous day: no ramp at midnight.
        const Target from = out.empty() ? t : prev;
        int ramp = 0;
        if (!out.empty() && t.level > from.level)
            ramp = prevMode == Mode::Off ? p.rampS : std::min(p.rampS, 20);
        const int len = s.endS - s.startS;
        ramp = std::min(ramp, len);
        const bool warm = p.warmupMin > 0 && !out.empty() && prevMode == Mode::Off &&
                          s.mode == Mode::Running && len > p.warmupMin * kMin;
        if (warm) {
            const int split = s.startS + p.warmupMin * kMin;
            const auto w = static_cast<float>(kWarmupLevel);
            out.push_back({s.startS, split, ramp, w, from.level, 50, from.freq, false});
            out.push_back({split, s.endS, 0, t.level, t.level, t.freq, t.freq, t.idlePf});
        } else {
            out.push_back({s.startS, s.endS, ramp, t.level, ramp > 0 ? from.level : t.level, t.freq,
                           ramp > 0 ? from.freq : t.freq, t.idlePf});
        }
        prev = t;
        prevMode = s.mode;
    }
    return out;
}

std::vector<Segment> offAllDay()
{
    return {{0, kDayS, 0, 0, 0, 0, 0, false}};
}

/// Noise-free energy (kWh) of a segment from its start to `x` seconds into it.
double segmentKwh(const Segment &s, double kw, double x)
{
    double ws; // kW-seconds at unit kW
    if (s.rampS > 0) {
        const double r = std::min(x, static_cast<double>(s.rampS));
        ws = s.fromLevel * r + (s.level - s.fromLevel) * r * r / (2.0 * s.rampS);
        if (x > s.rampS)
            ws += s.level * (x - s.rampS);
    } else {
        ws = s.level * x;
    }
    return kw * ws / 3600.0;
}

} // namespace

double segmentEnergyKwh(const Segment &s, const PointRef &p, double x)
{
    return segmentKwh(s, s.idlePf ? p.kwPerLevelIdle : p.kwPerLevel, x);
}

DayPlan buildDayPlan(const PlantRefs &refs, std::uint64_t seed, std::int64_t day)
{
    DayPlan plan;
    plan.day = day;
    plan.startMs = dayStartMs(day);
    const int nf = static_cast<int>(refs.facilities.size());
    plan.facilities.resize(static_cast<size_t>(nf));
    std::vector<std::vector<Span>> spans(static_cast<size_t>(nf));
    for (int f = 0; f < nf; ++f) {
        const FacilityRef &fac = refs.facilities[f];
        const EnterpriseProfile *ep = refs.enterprises[fac.enterprise].profile;
        if (!fac.profile || !ep || fac.kind != FacilityKind::Production)
            continue;
        plan.facilities[f].runs = productionRuns(*fac.profile, *ep, seed, day, fac.salt);
        spans[f] = productionSpans(*fac.profile, plan.facilities[f].runs, seed, day, fac.salt);
    }
    for (int f = 0; f < nf; ++f) {
        const FacilityRef &fac = refs.facilities[f];
        if (fac.profile && fac.kind == FacilityKind::Treatment)
            spans[f] = treatmentSpans(refs, plan, seed, f);
    }
    for (int e = 0; e < static_cast<int>(refs.enterprises.size()); ++e)
        injectAnomalies(refs, seed, e, spans, plan);
    for (int f = 0; f < nf; ++f) {
        const FacilityRef &fac = refs.facilities[f];
        plan.facilities[f].segments =
            fac.profile && !spans[f].empty() ? toSegments(spans[f], *fac.profile) : offAllDay();
    }
    std::sort(plan.gaps.begin(), plan.gaps.end(),
              [](const Gap &a, const Gap &b) { return a.startS < b.startS; });
    const size_t np = refs.points.size();
    plan.prefixKwh.resize(np);
    plan.totalKwh.assign(np, 0.0);
    for (size_t p = 0; p < np; ++p) {
        const PointRef &pr = refs.points[p];
        const std::vector<Segment> &segs = plan.facilities[pr.facility].segments;
        std::vector<double> &prefix = plan.prefixKwh[p];
        prefix.resize(segs.size());
        double acc = 0;
        for (size_t k = 0; k < segs.size(); ++k) {
            prefix[k] = acc;
            acc += segmentEnergyKwh(segs[k], pr, segs[k].endS - segs[k].startS);
        }
        plan.totalKwh[p] = acc;
    }
    return plan;
}

void paint(std::vector<Span> &spans, const Span &w)
{
    std::vector<Span> out;
    out.reserve(spans.size() + 2);
    for (const Span &s : spans) {
        if (s.endS <= w.startS || s.startS >= w.endS) {
            out.push_back(s);
            continue;
        }
        if (s.startS < w.startS)
            out.push_back({s.startS, w.startS, s.mode, s.level});
        Span mid{std::max(s.startS, w.startS), std::min(s.endS, w.endS), s.mode, s.level};
        if (w.mode == Mode::Off || s.mode == Mode::Running) {
            mid.mode = w.mode;
            mid.level = w.level;
        }
        out.push_back(mid);
        if (s.endS > w.endS)
            out.push_back({w.endS, s.endS, s.mode, s.level});
    }
    spans = std::move(out);
}

} // namespace vocsync::acquisition::demo
