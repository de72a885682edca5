#include "scenario/signal.h"

#include "scenario/rng.h"

#include "vocsync/core/timeutil.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vocsync::scenarios {

namespace {

constexpr double kIdleLevel = 0.2;
constexpr double kOverloadLevel = 1.6;
/// Readings must sit this far (relative) inside the band the rules give them.
constexpr double kBandMargin = 0.02;

enum LoadClass : std::uint8_t { OtherLoad, NormalLoad, SlowLoad, OverLoad };

double quantize(double v, int decimals)
{
    static constexpr double kScale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    const double scale = kScale[std::clamp(decimals, 0, 6)];
    return static_cast<double>(std::llround(v * scale)) / scale;
}

/// One point's generator state while the clock moves on.
struct Stream
{
    const Unit *unit = nullptr;
    const MonitoringPoint *point = nullptr;
    const Facility *facility = nullptr;
    Rng rng{0};
    std::size_t seg = 0;   ///< cursor in the track
    std::size_t known = 0; ///< cursor in the truth
    double energyKwh = 0;
    bool lastSpecial = false;      ///< previous reading was a spike or missing
    std::int64_t driftMinute = -1; ///< the drift moves over days: computed once a minute
    double drift = 1;
    std::vector<double> loads;
    std::vector<std::uint8_t> classes;
};

bool inBand(const RunThresholds &th, RunState s, double v)
{
    const double h = th.hysteresis / 2;
    const double m = kBandMargin * th.run;
    switch (s) {
    case RunState::Off:
        return v < th.off - h - m;
    case RunState::Idle:
        return v > th.off + h + m && v < th.run - h - m;
    case RunState::Running:
        return v > th.run + h + m && v < th.overload - h - m;
    case RunState::Overload:
        return v > th.overload + h + m;
    case RunState::Unknown:
        return false;
    }
    return false;
}

void checkLoads(const Stream &s, QStringList *problems)
{
    std::vector<double> running;
    for (std::size_t i = 0; i < s.loads.size(); ++i) {
        // As the profile learner: running readings, overload left out.
        if (s.classes[i] == NormalLoad || s.classes[i] == SlowLoad)
            running.push_back(s.loads[i]);
    }
    if (running.empty())
        return;
    const auto mid = running.begin() + static_cast<std::ptrdiff_t>(running.size() / 2);
    std::nth_element(running.begin(), mid, running.end());
    const double limit = 0.7 * *mid;
    int bad = 0;
    for (std::size_t i = 0; i < s.loads.size(); ++i) {
        if (s.classes[i] == SlowLoad && s.loads[i] > limit * 0.93)
            ++bad;
        if (s.classes[i] == NormalLoad && s.loads[i] < limit * 1.07)
            ++bad;
    }
    if (bad > 0)
        *problems << QStringLiteral("%1: %2 loads too near 0.7 x the median %3")
                         .arg(s.facility->id)
                         .arg(bad)
                         .arg(*mid);
}

} // namespace

SampleBatch synthesize(const Model &m, const SignalSpec &signal, std::uint64_t seed,
                       QStringList *problems)
{
    const Rng base(seed ^ 0x5349474e414cull);
    std::vector<Stream> streams(m.units.size());
    std::size_t expected = 0;
    for (std::size_t u = 0; u < m.units.size(); ++u) {
        Stream &s = streams[u];
        s.unit = &m.units[u];
        s.point = &m.plant.points[s.unit->point];
        s.facility = &m.plant.facilities[static_cast<qsizetype>(u)];
        s.rng = base.fork(u + 1);
        s.energyKwh = std::round(s.rng.uniform(1000, 90000));
        expected += static_cast<std::size_t>((m.toMs - m.fromMs) / s.unit->intervalMs);
    }
    SampleBatch out;
    out.reserve(expected);
    int bandProblems = 0;
    for (std::int64_t t = m.fromMs; t < m.toMs; t += 10 * kSecond) {
        for (Stream &s : streams) {
            const Unit &u = *s.unit;
            if ((t - m.fromMs) % u.intervalMs != 0)
                continue;
            const std::vector<Seg> &segs = u.track.segs();
            while (segs[s.seg].endMs <= t)
                ++s.seg;
            const std::vector<Seg> &truth = u.truth.segs();
            while (truth[s.known].endMs <= t)
                ++s.known;
            const Seg &seg = segs[s.seg];
            const Seg &known = truth[s.known];
            Rng &rng = s.rng;
            const auto noise = [&] { return 1 + signal.noise * (2 * rng.uniform() - 1); };
            if (const std::int64_t minute = (t - m.fromMs) / kMinute; minute != s.driftMinute) {
                s.driftMinute = minute;
                s.drift =
                    1 + u.driftAmplitude *
                            std::sin(2 * std::numbers::pi * static_cast<double>(minute * kMinute) /
                                         u.driftPeriodMs +
                                     u.driftPhase);
            }
            const double drift = s.drift;
            double current = 0, power = 0;
            switch (seg.state) {
            case RunState::Off:
            case RunState::Unknown:
                current = u.runCurrentA * rng.uniform(0, 0.006);
                power = u.runPowerKw * rng.uniform(0, 0.003);
                break;
            case RunState::Idle:
                current = u.runCurrentA * kIdleLevel * noise();
                power = u.runPowerKw * kIdleLevel * noise();
                break;
            case RunState::Running: {
                const double slowCurrent = u.loadQ == Quantity::CurrentA ? kSlowLoad : kSlowCurrent;
                current = u.runCurrentA * drift * (seg.slow() ? slowCurrent : 1) * noise();
                power = u.runPowerKw * drift * seg.load * noise();
                break;
            }
            case RunState::Overload:
                current = u.runCurrentA * kOverloadLevel * drift * noise();
                power = u.runPowerKw * kOverloadLevel * drift * noise();
                break;
            }
            s.energyKwh += power * static_cast<double>(u.intervalMs) / 3.6e6;
            if (known.state == RunState::Unknown)
                continue;
            const bool clearOfEdges = [&](std::int64_t margin) {
                return t - known.startMs >= margin && known.endMs - t >= margin;
            }(3 * kMinute);
            const std::int64_t missMargin = 2 * u.intervalMs + kMinute;
            if (!s.lastSpecial && t > m.fromMs && t + u.intervalMs < m.toMs &&
                t - known.startMs >= missMargin && known.endMs - t >= missMargin &&
                rng.chance(signal.missingShare)) {
                s.lastSpecial = true;
                continue;
            }
            const bool spike = !s.lastSpecial && u.intervalMs <= 30 * kSecond &&
                               seg.state == RunState::Running && seg.load == 1 && clearOfEdges &&
                               rng.chance(signal.spikesPerHour * static_cast<double>(u.intervalMs) /
                                          static_cast<double>(kHour));
            s.lastSpecial = spike;
            if (spike) {
                const double factor = rng.chance(0.5) ? 0 : 2;
                (u.thresholdQ == Quantity::PowerKw ? power : current) *= factor;
            }
            Sample sample;
            sample.point = s.point->key;
            sample.tMs = t;
            for (const Channel &c : s.point->channels) {
                double v = 0;
                switch (c.quantity) {
                case Quantity::CurrentA:
                    v = current;
                    break;
                case Quantity::VoltageV:
                    v = 380 * (1 + 0.004 * (2 * rng.uniform() - 1));
                    break;
                case Quantity::PowerKw:
                    v = power;
                    break;
                case Quantity::EnergyKwh:
                    v = s.energyKwh;
                    break;
                case Quantity::FrequencyHz:
                    v = 50 + 0.03 * (2 * rng.uniform() - 1);
                    break;
                }
                sample.set(c.quantity, quantize(v, c.decimals));
            }
            out.push_back(sample);
            if (!problems || spike)
                continue;
            if (!inBand(s.facility->thresholds, known.state, sample.value(u.thresholdQ)) &&
                ++bandProblems <= 20)
                *problems << QStringLiteral("%1: reading %2 at %3 is not clearly %4")
                                 .arg(s.facility->id)
                                 .arg(sample.value(u.thresholdQ))
                                 .arg(timeutil::toIso(t, scenarioZone()), runStateKey(known.state));
            if (u.kind == FacilityKind::Treatment) {
                s.loads.push_back(sample.value(u.loadQ));
                s.classes.push_back(seg.state == RunState::Overload  ? OverLoad
                                    : seg.state != RunState::Running ? OtherLoad
                                    : seg.slow()                     ? SlowLoad
                                                                     : NormalLoad);
            }
        }
    }
    if (problems) {
        for (const Stream &s : streams)
            checkLoads(s, problems);
    }
    return out;
}

} // namespace vocsync::scenarios
