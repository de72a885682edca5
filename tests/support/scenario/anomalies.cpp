#include "scenario/anomalies.h"

#include "scenario/rules.h"

#include <algorithm>
#include <cmath>

namespace vocsync::scenarios {

namespace {

enum class Kind {
    LateStart,
    EarlyStop,
    NotStarted,
    AbnormalStop,
    ShortStop,
    Idle,
    ShortIdle,
    IdleWholeRun,
    Slowdown,
    ShortSlowdown,
};

struct Paint
{
    std::int64_t a = 0;
    std::int64_t b = 0;
    RunState state = RunState::Off;
    double load = 1;
};

/// How many of something at `perDay` over the period: the whole part, and the fraction by
/// chance.
int countFor(double perDay, int days, Rng &rng)
{
    const double n = perDay * days;
    return static_cast<int>(std::floor(n)) + (rng.chance(n - std::floor(n)) ? 1 : 0);
}

/// Where a stretch of `durMin` minutes fits inside the run, 10 min clear of its edges, on a
/// treatment running normally around it; nullopt when it does not.
std::optional<std::int64_t> inside(const Model &m, const LinkRef &l, const Run &run, int durMin,
                                   Rng &rng)
{
    const std::int64_t room = run.length() / kMinute - 20 - durMin;
    if (room < 0)
        return std::nullopt;
    const std::int64_t a = run.startMs + (10 + rng.range(0, room)) * kMinute;
    const Track &t = m.units[l.treatment].track;
    const std::int64_t lo = a - 5 * kMinute, hi = a + (durMin + 5) * kMinute;
    if (!t.steady(lo, hi) || t.at(lo).state != RunState::Running || t.at(lo).load != 1)
        return std::nullopt;
    return a;
}

std::optional<Paint> recipe(Kind kind, const Model &m, const LinkRef &l, const Run &run, Rng &rng)
{
    const RunState rest = m.units[l.treatment].standby;
    const std::int64_t w0 = run.startMs - l.leadMs, w1 = run.endMs + l.lagMs;
    const std::int64_t lenMin = run.length() / kMinute;
    const auto at = [&](int durMin, RunState s, double load) -> std::optional<Paint> {
        const std::optional<std::int64_t> a = inside(m, l, run, durMin, rng);
        if (!a)
            return std::nullopt;
        return Paint{*a, *a + durMin * kMinute, s, load};
    };
    switch (kind) {
    case Kind::LateStart: {
        const std::int64_t late = rng.range(5, std::min<std::int64_t>(40, lenMin / 2));
        return Paint{w0 - 25 * kMinute, run.startMs + late * kMinute, rest};
    }
    case Kind::EarlyStop: {
        const std::int64_t early = rng.range(5, std::min<std::int64_t>(40, lenMin / 2));
        return Paint{w1 - early * kMinute, w1 + 25 * kMinute, rest};
    }
    case Kind::NotStarted:
        return Paint{w0 - 25 * kMinute, w1 + 25 * kMinute, rest};
    case Kind::AbnormalStop:
        return at(static_cast<int>(rng.range(6, 40)), RunState::Off, 1);
    case Kind::ShortStop:
        return at(static_cast<int>(rng.range(2, 3)), RunState::Off, 1);
    case Kind::Idle:
        return at(static_cast<int>(rng.range(6, 40)), RunState::Idle, 1);
    case Kind::ShortIdle:
        return at(static_cast<int>(rng.range(2, 3)), RunState::Idle, 1);
    case Kind::IdleWholeRun:
        return Paint{w0 - 25 * kMinute, w1 + 25 * kMinute, RunState::Idle};
    case Kind::Slowdown:
        return at(static_cast<int>(rng.range(8, 60)), RunState::Running, kSlowLoad);
    case Kind::ShortSlowdown:
        return at(static_cast<int>(rng.range(2, 3)), RunState::Running, kSlowLoad);
    }
    return std::nullopt;
}

int overloads(const AnomalyRates &rates, Rng &rng, Model &m)
{
    int rejected = 0;
    for (int u = 0; u < static_cast<int>(m.units.size()); ++u) {
        const int n = countFor(rates.overloadsPerFacilityDay, m.days(), rng);
        for (int k = 0; k < n; ++k) {
            const std::int64_t durMin = rng.range(3, 20);
            std::vector<Seg> fits;
            for (const Seg &s : m.units[u].track.segs()) {
                if (s.state == RunState::Running && s.load == 1 &&
                    s.length() >= (durMin + 20) * kMinute)
                    fits.push_back(s);
            }
            if (fits.empty())
                break;
            const Seg &s = fits[rng.range(0, static_cast<std::int64_t>(fits.size()) - 1)];
            const std::int64_t a =
                s.startMs + (10 + rng.range(0, s.length() / kMinute - 20 - durMin)) * kMinute;
            if (!tryPaint(m, u, a, a + durMin * kMinute, RunState::Overload))
                ++rejected;
        }
    }
    return rejected;
}

int shortRuns(const AnomalyRates &rates, Rng &rng, Model &m)
{
    int rejected = 0;
    const std::int64_t spanMin = (m.toMs - m.fromMs) / kMinute;
    for (int u = 0; u < static_cast<int>(m.units.size()); ++u) {
        if (m.units[u].kind != FacilityKind::Production)
            continue;
        const int n = countFor(rates.shortRunsPerProductionDay, m.days(), rng);
        for (int k = 0; k < n; ++k) {
            const std::int64_t a = m.fromMs + rng.range(45, spanMin - 50) * kMinute;
            const Track &t = m.units[u].track;
            if (!t.steady(a - 40 * kMinute, a + 45 * kMinute) || t.at(a).state != RunState::Off)
                continue;
            if (!tryPaint(m, u, a, a + rng.range(2, 3) * kMinute, RunState::Running))
                ++rejected;
        }
    }
    return rejected;
}

} // namespace

bool tryPaint(Model &m, int unit, std::int64_t startMs, std::int64_t endMs, RunState state,
              double load)
{
    const Unit saved = m.units[unit];
    m.paint(unit, startMs, endMs, state, load);
    if (check(m, unit, startMs, endMs).isEmpty())
        return true;
    m.units[unit] = saved;
    return false;
}

bool tryOutage(Model &m, int unit, std::int64_t startMs, std::int64_t endMs)
{
    Unit &u = m.units[unit];
    for (const Outage &o : u.outages) {
        if (o.startMs < endMs + 15 * kMinute && o.endMs > startMs - 15 * kMinute)
            return false;
    }
    const Unit saved = u;
    u.truth.paint(startMs, endMs, RunState::Unknown);
    u.outages.push_back({startMs, endMs});
    std::sort(u.outages.begin(), u.outages.end(),
              [](const Outage &x, const Outage &y) { return x.startMs < y.startMs; });
    if (check(m, unit, startMs, endMs).isEmpty())
        return true;
    m.units[unit] = saved;
    return false;
}

int injectAnomalies(const AnomalyRates &rates, Rng &rng, Model &m)
{
    const std::pair<Kind, double> kinds[] = {
        {Kind::LateStart, rates.lateStart},   {Kind::EarlyStop, rates.earlyStop},
        {Kind::NotStarted, rates.notStarted}, {Kind::AbnormalStop, rates.abnormalStop},
        {Kind::ShortStop, rates.shortStop},   {Kind::Idle, rates.idle},
        {Kind::ShortIdle, rates.shortIdle},   {Kind::IdleWholeRun, rates.idleWholeRun},
        {Kind::Slowdown, rates.slowdown},     {Kind::ShortSlowdown, rates.shortSlowdown},
    };
    int rejected = 0;
    for (int p = 0; p < static_cast<int>(m.units.size()); ++p) {
        if (m.units[p].kind != FacilityKind::Production)
            continue;
        const std::vector<Run> runs = runsOf(m.units[p].track, m.fromMs, m.toMs);
        for (const Run &run : runs) {
            if (run.length() < 40 * kMinute)
                continue;
            for (int li : m.linksOf[p]) {
                const LinkRef l = m.links[li];
                if (l.production != p)
                    continue;
                int done = 0;
                for (const auto &[kind, chance] : kinds) {
                    if (done == 2 || !rng.chance(chance))
                        continue;
                    const std::optional<Paint> op = recipe(kind, m, l, run, rng);
                    if (!op)
                        continue;
                    if (tryPaint(m, l.treatment, op->a, op->b, op->state, op->load))
                        ++done;
                    else
                        ++rejected;
                }
            }
        }
    }
    rejected += overloads(rates, rng, m);
    rejected += shortRuns(rates, rng, m);
    return rejected;
}

int placeOutages(const SignalSpec &signal, Rng &rng, Model &m)
{
    int rejected = 0;
    const std::int64_t spanMin = (m.toMs - m.fromMs) / kMinute;
    for (int u = 0; u < static_cast<int>(m.units.size()); ++u) {
        const int n = countFor(signal.outagesPerFacilityDay, m.days(), rng);
        for (int k = 0; k < n; ++k) {
            const std::int64_t durMin = rng.range(5, 40);
            const std::int64_t a = m.fromMs + rng.range(45, spanMin - 45 - durMin) * kMinute;
            if (!tryOutage(m, u, a, a + durMin * kMinute))
                ++rejected;
        }
    }
    return rejected;
}

} // namespace vocsync::scenarios
