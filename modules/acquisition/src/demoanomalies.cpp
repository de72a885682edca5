// Injected anomalies of the demo plant and their ground truth (DOMAIN.md, Anomalies).
// Each enterprise gets two anomalies a week on two of its working days. The types rotate
// across enterprises and weeks so that every type occurs somewhere in every week of the plant.
#include "demoplan.h"

#include <algorithm>
#include <array>
#include <optional>

namespace vocsync::acquisition::demo {

namespace {

constexpr int kMin = 60;

enum class Kind : std::uint8_t {
    LateStart,
    Idle,
    Slowdown,
    AbnormalStop,
    NotStarted,
    EarlyStop,
    DataGap
};
constexpr int kKinds = 7;

QString kindKey(Kind k)
{
    static const std::array<const char *, kKinds> keys = {"late_start",
                                                          "treatment_idle",
                                                          "treatment_slowdown",
                                                          "treatment_abnormal_stop",
                                                          "treatment_not_started",
                                                          "early_stop",
                                                          "data_gap"};
    return QLatin1String(keys[static_cast<size_t>(k)]);
}

enum Stream : std::int64_t { DayA = 101, DayB, Pick, Pick2, Len, Offset, Freq };

std::int64_t mod(std::int64_t a, std::int64_t n)
{
    const std::int64_t r = a % n;
    return r < 0 ? r + n : r;
}

/// The anomaly kind planned for this enterprise and day, if any.
std::optional<Kind> plannedKind(const PlantRefs &refs, std::uint64_t seed, int e, std::int64_t day)
{
    const EnterpriseProfile *ep = refs.enterprises[e].profile;
    const int n = ep->sundayOff ? 6 : 7; // working weekdays are 0 .. n-1 (Monday first)
    const int wd = weekday(day);
    if (wd >= n)
        return std::nullopt;
    const std::int64_t week = (day + 3 - wd) / 7;
    const std::int64_t salt = refs.enterprises[e].salt;
    const auto un = static_cast<std::uint64_t>(n);
    const int a = static_cast<int>(hashOf(seed, DayA, week, salt) % un);
    const int b = static_cast<int>((a + 1 + hashOf(seed, DayB, week, salt) % (un - 1)) % un);
    const int slot = wd == a ? 0 : wd == b ? 1 : -1;
    if (slot < 0)
        return std::nullopt;
    const auto ne = static_cast<std::int64_t>(refs.enterprises.size());
    const std::int64_t k =
        static_cast<std::int64_t>(mix64(seed) % kKinds) + 2 * (week * ne + e) + slot;
    return static_cast<Kind>(mod(k, kKinds));
}

/// The Running span of `spans` that contains second `s`, as [start, end).
Run runningSpanAt(const std::vector<Span> &spans, int s)
{
    for (const Span &sp : spans) {
        if (sp.startS <= s && s < sp.endS && sp.mode == Mode::Running)
            return {sp.startS, sp.endS};
    }
    return {s, s};
}

struct Choice
{
    int treatment = -1;
    int production = -1;
    int leadS = 0;
    int lagS = 0;
    Run run;
};

/// A treatment facility of the enterprise and one long enough run of a production it serves.
std::optional<Choice> choose(const PlantRefs &refs, const DayPlan &plan, std::uint64_t seed, int e,
                             bool needVfd)
{
    std::vector<int> treatments;
    for (int f : refs.enterprises[e].facilities) {
        const FacilityRef &fr = refs.facilities[f];
        if (fr.kind == FacilityKind::Treatment && fr.profile && !fr.links.empty() &&
            (!needVfd || fr.profile->vfd))
            treatments.push_back(f);
    }
    if (treatments.empty())
        return std::nullopt;
    Choice c;
    c.treatment =
        treatments[hashOf(seed, Pick, plan.day, refs.enterprises[e].salt) % treatments.size()];
    std::vector<std::pair<int, Run>> runs;
    for (int li : refs.facilities[c.treatment].links) {
        for (const Run &r : plan.facilities[refs.links[li].production].runs) {
            if (r.endS - r.startS >= 60 * kMin)
                runs.emplace_back(li, r);
        }
    }
    if (runs.empty())
        return std::nullopt;
    const auto &[li, run] =
        runs[hashOf(seed, Pick2, plan.day, refs.enterprises[e].salt) % runs.size()];
    c.production = refs.links[li].production;
    c.leadS = refs.links[li].leadS;
    c.lagS = refs.links[li].lagS;
    c.run = run;
    return c;
}

struct Event
{
    Kind kind;
    int startS;
    int endS;
};

/// How a forced stop of the treatment over `w` shows against one production run with the
/// link's lead and lag: the event a detector following DOMAIN.md should report, if any.
std::optional<Event> classifyStop(Run w, Run r, int leadS, int lagS, int rampS)
{
    if (w.endS <= r.startS - leadS || w.startS >= r.endS + lagS)
        return std::nullopt;
    if (w.startS <= r.startS && w.endS >= r.endS)
        return Event{Kind::NotStarted, r.startS, r.endS};
    if (w.startS <= r.startS) {
        if (w.endS + rampS <= r.startS)
            return std::nullopt; // back before production started: only the lead was short
        return Event{Kind::LateStart, r.startS, w.endS + rampS};
    }
    if (w.startS < r.endS && w.endS < r.endS)
        return Event{Kind::AbnormalStop, w.startS, w.endS};
    return Event{Kind::EarlyStop, w.startS, r.endS + lagS};
}

void record(DayPlan &plan, Kind kind, const QString &facility, const QString &related, int s0,
            int s1)
{
    InjectedAnomaly a;
    a.type = kindKey(kind);
    a.facilityId = facility;
    a.relatedId = related;
    a.startMs = plan.startMs + static_cast<std::int64_t>(s0) * 1000;
    a.endMs = plan.startMs + static_cast<std::int64_t>(s1) * 1000;
    plan.anomalies.append(a);
}

void injectGap(const PlantRefs &refs, std::uint64_t seed, int e, DayPlan &plan)
{
    const EnterpriseRef &ent = refs.enterprises[e];
    if (ent.points.empty())
        return;
    const int p =
        ent.points[hashOf(seed, Pick, plan.day, refs.enterprises[e].salt) % ent.points.size()];
    const bool allDay = !ent.profile->sundayOff;
    const int from = allDay ? 60 * kMin : 8 * 60 * kMin + 30 * kMin;
    const int to = allDay ? 20 * 60 * kMin : 15 * 60 * kMin;
    const int start =
        between(hashOf(seed, Offset, plan.day, refs.enterprises[e].salt), from / 10, to / 10) * 10;
    const int len = between(hashOf(seed, Len, plan.day, refs.enterprises[e].salt), 60, 180) * kMin;
    const int end = std::min(kDayS, start + len);
    plan.gaps.push_back({p, start, end});
    record(plan, Kind::DataGap, refs.pointFacilityIds[static_cast<size_t>(p)], {}, start, end);
}

} // namespace

void injectAnomalies(const PlantRefs &refs, std::uint64_t seed, int e,
                     std::vector<std::vector<Span>> &spans, DayPlan &plan)
{
    if (!refs.enterprises[e].profile)
        return;
    const std::optional<Kind> kind = plannedKind(refs, seed, e, plan.day);
    if (!kind)
        return;
    if (*kind == Kind::DataGap) {
        injectGap(refs, seed, e, plan);
        return;
    }
    const std::optional<Choice> c = choose(refs, plan, seed, e, *kind == Kind::Slowdown);
    if (!c)
        return;
    const Run r = c->run;
    const int dur = r.endS - r.startS;
    const std::uint64_t h1 = hashOf(seed, Len, plan.day, refs.enterprises[e].salt);
    const std::uint64_t h2 = hashOf(seed, Offset, plan.day, refs.enterprises[e].salt);
    std::vector<Span> &ts = spans[c->treatment];
    const Run around = runningSpanAt(ts, r.startS);
    Span w{0, 0, Mode::Off, 0};
    switch (*kind) {
    case Kind::LateStart: // operators switched on 10-40 min after production had started
        w.startS = std::max(around.startS, r.startS - c->leadS - 20 * kMin);
        w.endS = r.startS + between(h1, 10, 40) * kMin;
        break;
    case Kind::Idle:     // 空转: energised, damper shut or fan decoupled, while production runs
    case Kind::Slowdown: // VFD turned down to save power while production runs
    case Kind::AbnormalStop: {
        const int len =
            (*kind == Kind::Slowdown ? between(h1, 30, 120) : between(h1, 20, 60)) * kMin;
        const int fit = std::max(20 * kMin, std::min(len, dur - 25 * kMin));
        w.startS = r.startS + 10 * kMin + between(h2, 0, std::max(0, dur - fit - 20 * kMin));
        w.endS = std::min(w.startS + fit, r.endS - 5 * kMin);
        if (*kind == Kind::Idle)
            w.mode = Mode::Idle;
        if (*kind == Kind::Slowdown) {
            w.mode = Mode::Slow;
            w.level =
                35.0f + 0.1f * static_cast<float>(between(
                                   hashOf(seed, Freq, plan.day, refs.enterprises[e].salt), 0, 50));
        }
        break;
    }
    case Kind::NotStarted:
        w.startS = std::max(around.startS, r.startS - c->leadS - 10 * kMin);
        w.endS = std::min(around.endS, r.endS + c->lagS + 10 * kMin);
        break;
    case Kind::EarlyStop: {
        const Run atEnd = runningSpanAt(ts, r.endS - 1);
        w.startS = r.endS - between(h1, 15, std::min(60, dur / kMin - 15)) * kMin;
        w.endS = std::min(atEnd.endS, r.endS + c->lagS + 15 * kMin);
        break;
    }
    case Kind::DataGap:
        return;
    }
    w.startS = std::clamp(w.startS, 0, kDayS);
    w.endS = std::clamp(w.endS, w.startS, kDayS);
    if (w.endS <= w.startS)
        return;
    paint(ts, w);

    // Ground truth: the injected change as seen from every production the treatment serves.
    const FacilityRef &tref = refs.facilities[c->treatment];
    const int rampS = tref.profile->rampS;
    for (int li : tref.links) {
        const LinkRef &l = refs.links[li];
        const QString &pid = refs.facilities[l.production].id;
        for (const Run &pr : plan.facilities[l.production].runs) {
            if (w.mode == Mode::Off) {
                if (const std::optional<Event> ev =
                        classifyStop({w.startS, w.endS}, pr, l.leadS, l.lagS, rampS))
                    record(plan, ev->kind, tref.id, pid, ev->startS, ev->endS);
                continue;
            }
            const int s0 = std::max(w.startS, pr.startS);
            const int s1 = std::min(w.endS, pr.endS);
            if (s1 - s0 >= 2 * kMin)
                record(plan, *kind, tref.id, pid, s0, s1);
        }
    }
}

} // namespace vocsync::acquisition::demo
