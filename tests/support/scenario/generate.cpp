#include "scenario/generate.h"

#include "scenario/anomalies.h"
#include "scenario/plantbuilder.h"
#include "scenario/rng.h"
#include "scenario/rules.h"
#include "scenario/schedule.h"
#include "scenario/signal.h"
#include "scenario/truth.h"

namespace vocsync::scenarios {

namespace {

/// FNV-1a of the name: each scenario draws from its own stream of the seed.
std::uint64_t nameHash(const QString &name)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : name.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

} // namespace

Scenario generate(const Config &config, std::uint64_t seed)
{
    Model m;
    m.name = config.name;
    m.description = config.description;
    m.seed = seed;
    m.fromMs = localMidnight(config.startDate, 0) + config.startHour * kHour;
    m.toMs = m.fromMs + config.hours * kHour;
    const Rng root(seed ^ nameHash(config.name));
    Rng plantRng = root.fork(1);
    buildPlant(config, plantRng, m);

    Scenario s;
    if (config.script) {
        config.script(m);
    } else {
        Rng productionRng = root.fork(2), treatmentRng = root.fork(3), anomalyRng = root.fork(4),
            outageRng = root.fork(5);
        scheduleProductions(config, productionRng, m);
        scheduleTreatments(treatmentRng, m);
        // A plan without anomalies must read one way, or every anomaly near a flaw is dropped.
        s.problems = checkAll(m);
        s.rejectedAnomalies = injectAnomalies(config.rates, anomalyRng, m);
        s.rejectedAnomalies += placeOutages(config.signal, outageRng, m);
    }
    s.problems += checkAll(m);
    s.problems.removeDuplicates();
    s.samples = synthesize(m, config.signal, seed ^ nameHash(config.name),
                           config.checkSamples ? &s.problems : nullptr);
    s.truth = deriveTruth(m);
    s.name = m.name;
    s.description = m.description;
    s.seed = seed;
    s.fromMs = m.fromMs;
    s.toMs = m.toMs;
    s.plant = std::move(m.plant);
    return s;
}

void spotCheckScript(Model &m)
{
    const auto at = [&m](int h, int min) { return m.fromMs + h * kHour + min * kMinute; };
    // One spray booth (unit 0) with its own fan (1, lead 2 min, lag 5 min) and the shared
    // adsorber (2, no lead or lag); 10 s meters.
    m.links[0].leadMs = 2 * kMinute;
    m.links[0].lagMs = 5 * kMinute;
    m.links[1].leadMs = 0;
    m.links[1].lagMs = 0;
    m.plant.links[0].leadMinutes = 2;
    m.plant.links[0].lagMinutes = 5;
    m.plant.links[1].leadMinutes = 0;
    m.plant.links[1].lagMinutes = 0;
    for (Unit &u : m.units)
        u.intervalMs = 10 * kSecond;
    for (MonitoringPoint &p : m.plant.points)
        p.intervalS = 10;

    m.paint(0, at(8, 0), at(12, 0), RunState::Running);
    m.paint(0, at(13, 0), at(17, 30), RunState::Running);
    m.paint(0, at(15, 0), at(15, 4), RunState::Overload); // over_limit 15:00-15:04
    m.paint(0, at(19, 0), at(19, 3), RunState::Running);  // 3 min: too short for events

    m.paint(1, at(8, 17), at(12, 10), RunState::Running); // late_start 08:00-08:17 (lead 2)
    m.paint(1, at(11, 0), at(11, 20), RunState::Running, kSlowLoad); // slowdown 11:00-11:20
    m.paint(1, at(12, 50), at(17, 40), RunState::Running);
    m.paint(1, at(14, 0), at(14, 9), RunState::Idle); // treatment_idle 14:00-14:09
    m.paint(1, at(16, 0), at(16, 3), RunState::Off);  // 3 min stop: no event

    m.paint(2, at(7, 55), at(12, 8), RunState::Running);
    m.paint(2, at(10, 0), at(10, 12), RunState::Off);      // abnormal_stop 10:00-10:12
    m.paint(2, at(12, 55), at(17, 10), RunState::Running); // early_stop 17:10-17:30
    tryOutage(m, 2, at(20, 0), at(20, 15));                // data_gap 20:00-20:15
}

} // namespace vocsync::scenarios
