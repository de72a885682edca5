// Demo simulator throughput: 30 days of the demo plant through DemoSimulator::generate (what
// the demo backfill does), against a baseline measured in the same run: copying the same
// number of Sample structs between two buffers larger than the caches, the memory-bandwidth
// floor of anything that hands out that many samples. Read generate/copy as the ratio.
//   build/split-rel/tests/benchmarks/bench_demosimulator
#include "demotesthelpers.h"

#include "vocsync/acquisition/demoplant.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <vector>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

constexpr std::int64_t kDays = 30;

/// Samples in 30 days of the default-seed demo plant, counted once by generating them.
std::int64_t samplesIn30Days()
{
    static const std::int64_t count = [] {
        const DemoSimulator sim(demotest::keyedPlant());
        std::int64_t n = 0;
        sim.generate(demotest::kMonday, demotest::kMonday + kDays * demotest::kDay,
                     [&](SampleBatch &&b, std::int64_t) {
                         n += static_cast<std::int64_t>(b.size());
                         return true;
                     });
        return n;
    }();
    return count;
}

void BM_Generate30Days(benchmark::State &state)
{
    const std::int64_t from = demotest::kMonday;
    const std::int64_t to = from + kDays * demotest::kDay;
    std::int64_t samples = 0;
    for (auto _ : state) {
        // A fresh simulator each time: a backfill starts with no day plan cached.
        state.PauseTiming();
        const DemoSimulator sim(demotest::keyedPlant());
        state.ResumeTiming();
        samples = 0;
        sim.generate(from, to, [&](SampleBatch &&b, std::int64_t) {
            benchmark::DoNotOptimize(b.data());
            samples += static_cast<std::int64_t>(b.size());
            return true;
        });
    }
    state.SetItemsProcessed(state.iterations() * samples);
    state.counters["samples"] = static_cast<double>(samples);
}
BENCHMARK(BM_Generate30Days)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CopySamples(benchmark::State &state)
{
    const std::int64_t samples = samplesIn30Days();
    const auto n = static_cast<std::size_t>(samples);
    std::vector<Sample> src(n);
    for (std::size_t i = 0; i < n; ++i) {
        src[i].point = static_cast<std::uint32_t>(100 + i % 32);
        src[i].tMs = demotest::kMonday + static_cast<std::int64_t>(i / 32) * 10'000;
        src[i].set(Quantity::CurrentA, static_cast<double>(i % 1000) / 10.0);
    }
    std::vector<Sample> dst(n); // touched once here so the loop measures copying, not paging
    for (auto _ : state) {
        std::copy(src.begin(), src.end(), dst.begin());
        benchmark::DoNotOptimize(dst.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * samples);
    state.SetBytesProcessed(state.iterations() * samples *
                            static_cast<std::int64_t>(sizeof(Sample)));
    state.counters["samples"] = static_cast<double>(samples);
}
BENCHMARK(BM_CopySamples)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
