// Analysis throughput (issue 4): one month of 10 s samples for 100 facilities (about 26 M
// samples, generated once into memory by the scenario generator with its usual anomalies,
// noise and outages), through ProfileLearner + Analyzer push + finish: classification, sync
// figures, detectors, quality, correlation and risk. Against a baseline measured in the same
// run: a plain loop over the same samples summing the threshold quantity per point, the memory
// bandwidth floor of anything that reads every sample once. Counter x_baseline = time per
// sample over the baseline's.
//   build/scenarios-rel/tests/benchmarks/bench_analysis --benchmark_min_time=0.1
#include "scenario/scenario.h"

#include "vocsync/analysis/analyzer.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <vector>

using namespace vocsync;
using namespace vocsync::analysis;
namespace sc = vocsync::scenarios;

namespace {

constexpr int kFacilities = 100;
constexpr int kDays = 30;

/// Seconds the generator took for the month (reported by the baseline, not timed).
double g_generateS = 0;

const sc::Scenario &month()
{
    static const sc::Scenario s = [] {
        const auto t0 = std::chrono::steady_clock::now();
        sc::Scenario m = sc::makeLoadScenario(kFacilities, kDays);
        g_generateS = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return m;
    }();
    return s;
}

const Profiles &learnt()
{
    static const Profiles p = [] {
        ProfileLearner learner(month().plant);
        learner.push(month().samples);
        return learner.profiles();
    }();
    return p;
}

/// Nanoseconds per sample of the baseline, set by BM_BaselineSum (registered first).
double g_baselineNsPerSample = 0;

double nsPerSample(std::chrono::steady_clock::duration d, std::int64_t iterations)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
    return static_cast<double>(ns) /
           (static_cast<double>(iterations) * static_cast<double>(month().samples.size()));
}

void report(benchmark::State &state, std::chrono::steady_clock::duration spent,
            const AnalysisResult *r)
{
    const sc::Scenario &s = month();
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.samples.size()));
    state.counters["samples"] = static_cast<double>(s.samples.size());
    state.counters["facilities"] = static_cast<double>(s.plant.facilities.size());
    if (r)
        state.counters["events"] = static_cast<double>(r->events.size());
    const double ns = nsPerSample(spent, state.iterations());
    state.counters["ns_per_sample"] = ns;
    if (g_baselineNsPerSample > 0)
        state.counters["x_baseline"] = ns / g_baselineNsPerSample;
}

void BM_BaselineSum(benchmark::State &state)
{
    const sc::Scenario &s = month();
    // Index of the threshold quantity by point key: what the classifier reads of each sample.
    std::vector<int> quantity(static_cast<size_t>(s.plant.points.size()) + 1, 0);
    for (const MonitoringPoint &p : s.plant.points)
        quantity[p.key] = index(s.plant.facility(p.facilityId)->thresholds.quantity);
    std::vector<double> sums(quantity.size());
    std::chrono::steady_clock::duration spent{};
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        std::fill(sums.begin(), sums.end(), 0.0);
        for (const Sample &x : s.samples)
            sums[x.point] += x.v[static_cast<size_t>(quantity[x.point])];
        benchmark::DoNotOptimize(sums.data());
        benchmark::ClobberMemory();
        spent += std::chrono::steady_clock::now() - t0;
    }
    g_baselineNsPerSample = nsPerSample(spent, state.iterations());
    report(state, spent, nullptr);
    state.counters["generate_s"] = g_generateS;
}
BENCHMARK(BM_BaselineSum)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LearnAndAnalyse(benchmark::State &state)
{
    const sc::Scenario &s = month();
    std::chrono::steady_clock::duration spent{};
    AnalysisResult r;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        ProfileLearner learner(s.plant);
        learner.push(s.samples);
        Analyzer analyzer(s.plant, AnalysisOptions{}, learner.profiles(), s.fromMs);
        analyzer.push(s.samples);
        r = analyzer.finish(s.toMs);
        benchmark::DoNotOptimize(r.events.size());
        spent += std::chrono::steady_clock::now() - t0;
    }
    report(state, spent, &r);
}
BENCHMARK(BM_LearnAndAnalyse)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_AnalyzerOnly(benchmark::State &state)
{
    const sc::Scenario &s = month();
    const Profiles &profiles = learnt();
    std::chrono::steady_clock::duration spent{};
    AnalysisResult r;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        Analyzer analyzer(s.plant, AnalysisOptions{}, profiles, s.fromMs);
        analyzer.push(s.samples);
        r = analyzer.finish(s.toMs);
        benchmark::DoNotOptimize(r.events.size());
        spent += std::chrono::steady_clock::now() - t0;
    }
    report(state, spent, &r);
}
BENCHMARK(BM_AnalyzerOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ProfileLearnerOnly(benchmark::State &state)
{
    const sc::Scenario &s = month();
    std::chrono::steady_clock::duration spent{};
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        ProfileLearner learner(s.plant);
        learner.push(s.samples);
        const Profiles p = learner.profiles();
        benchmark::DoNotOptimize(p.size());
        spent += std::chrono::steady_clock::now() - t0;
    }
    report(state, spent, nullptr);
}
BENCHMARK(BM_ProfileLearnerOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
