// Chunk codec throughput and size (docs/chunk-encoding.md) against two baselines measured in
// the same run: the plain sample_raw row, assumed to be 40 bytes (8-byte time + 4 x 8-byte
// integers, no SQLite overhead), and a Gorilla-style coder (delta-of-delta timestamps, XOR of
// the doubles with leading/trailing-zero windows) implemented below.
//   build/codec-rel/tests/benchmarks/bench_chunkcodec --benchmark_min_time=0.1
#include "vocsync/storage/chunkcodec.h"

#include <benchmark/benchmark.h>

#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

constexpr std::int64_t kT0 = 1'795'478'400'000; // 2026-11-24T00:00:00Z
constexpr int kPerHour = 360;                   // 10 s polling
constexpr double kRawRowBytes = 40;
constexpr int kMeasured = 4;                                // current, voltage, power, energy
constexpr double kScale[kMeasured] = {1000, 10, 1000, 100}; // 0.001 A, 0.1 V, 0.001 kW, 0.01 kWh

// Same meter as tests/storage/tst_chunkcodec.cpp: Gaussian noise of sigma 3 % (current,
// power) and 1 % (voltage); an energy counter at 0.01 kWh integrating the power.
std::vector<IntSample> meterHour(std::mt19937_64 &rng, bool running, std::int64_t startMs,
                                 double &energyKwh)
{
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<IntSample> out(kPerHour);
    for (int k = 0; k < kPerHour; ++k) {
        IntSample &s = out[static_cast<std::size_t>(k)];
        s.tMs = startMs + k * 10'000;
        const double amps = running ? 24.0 * (1 + 0.03 * noise(rng)) : 0.0;
        const double volts = 230.0 * (1 + 0.01 * noise(rng));
        const double kw = running ? 9.0 * (1 + 0.03 * noise(rng)) : 0.0;
        energyKwh += kw * 10.0 / 3600.0;
        s.v = {std::llround(amps * 1000), std::llround(volts * 10), std::llround(kw * 1000),
               static_cast<std::int64_t>(std::floor(energyKwh * 100)), 0};
        s.mask = 0x0F;
    }
    return out;
}

std::vector<std::vector<IntSample>> hours(bool running, int count)
{
    std::mt19937_64 rng(running ? 1 : 2);
    double energy = 12'345.67;
    std::vector<std::vector<IntSample>> out;
    for (int h = 0; h < count; ++h)
        out.push_back(meterHour(rng, running, kT0 + h * 3'600'000LL, energy));
    return out;
}

// ---- Gorilla-style baseline ----------------------------------------------------------------

class BitWriter
{
public:
    void put(std::uint64_t v, int bits)
    {
        for (int i = bits - 1; i >= 0; --i) {
            if (m_bits % 64 == 0)
                m_words.push_back(0);
            if ((v >> i) & 1)
                m_words.back() |= std::uint64_t{1} << (63 - m_bits % 64);
            ++m_bits;
        }
    }
    std::size_t bits() const { return m_bits; }
    const std::vector<std::uint64_t> &words() const { return m_words; }

private:
    std::vector<std::uint64_t> m_words;
    std::size_t m_bits = 0;
};

class BitReader
{
public:
    explicit BitReader(const std::vector<std::uint64_t> &w) : m_words(w) {}
    std::uint64_t get(int bits)
    {
        std::uint64_t v = 0;
        for (int i = 0; i < bits; ++i, ++m_pos)
            v = (v << 1) | ((m_words[m_pos / 64] >> (63 - m_pos % 64)) & 1);
        return v;
    }

private:
    const std::vector<std::uint64_t> &m_words;
    std::size_t m_pos = 0;
};

// Timestamps: first raw, then delta-of-delta in the paper's buckets ('0', '10'+7, '110'+9,
// '1110'+12 bits, two's complement; '1111'+64 here so that any gap stays lossless).
constexpr int kDodWidths[] = {0, 7, 9, 12, 64};

int dodBucket(std::int64_t dod)
{
    for (int b = 1; b < 4; ++b) {
        const std::int64_t half = std::int64_t{1} << (kDodWidths[b] - 1);
        if (dod >= -half && dod < half)
            return b;
    }
    return 4;
}

void gorillaTimes(BitWriter &w, const std::vector<IntSample> &s)
{
    w.put(static_cast<std::uint64_t>(s[0].tMs), 64);
    std::int64_t prevDelta = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const std::int64_t delta = s[i].tMs - s[i - 1].tMs;
        const std::int64_t dod = delta - prevDelta;
        prevDelta = delta;
        if (dod == 0) {
            w.put(0, 1);
            continue;
        }
        const int b = dodBucket(dod);
        w.put(b == 4 ? 0b1111 : ((1u << (b + 1)) - 2), b == 4 ? 4 : b + 1); // b ones, a zero
        const int width = kDodWidths[b];
        w.put(static_cast<std::uint64_t>(dod) & (width == 64 ? ~0ull : (1ull << width) - 1), width);
    }
}

// Values: first raw, then XOR with the previous: '0' when equal, '10' + bits inside the
// previous leading/trailing window, '11' + 5 bits leading + 6 bits length + bits otherwise.
void gorillaValues(BitWriter &w, const std::vector<double> &x)
{
    std::uint64_t prev = std::bit_cast<std::uint64_t>(x[0]);
    w.put(prev, 64);
    int prevLead = -1;
    int prevTrail = 0;
    for (std::size_t i = 1; i < x.size(); ++i) {
        const std::uint64_t cur = std::bit_cast<std::uint64_t>(x[i]);
        const std::uint64_t x_or = cur ^ prev;
        prev = cur;
        if (x_or == 0) {
            w.put(0, 1);
            continue;
        }
        const int lead = std::min(std::countl_zero(x_or), 31);
        const int trail = std::countr_zero(x_or);
        if (prevLead >= 0 && lead >= prevLead && trail >= prevTrail) {
            w.put(0b10, 2);
            w.put(x_or >> prevTrail, 64 - prevLead - prevTrail);
            continue;
        }
        const int length = 64 - lead - trail;
        w.put(0b11, 2);
        w.put(static_cast<std::uint64_t>(lead), 5);
        w.put(static_cast<std::uint64_t>(length & 63), 6); // 64 is written as 0
        w.put(x_or >> trail, length);
        prevLead = lead;
        prevTrail = trail;
    }
}

std::vector<double> column(const std::vector<IntSample> &s, int q)
{
    std::vector<double> x;
    for (const IntSample &e : s)
        x.push_back(static_cast<double>(e.v[static_cast<std::size_t>(q)]) / kScale[q]);
    return x;
}

BitWriter gorillaEncode(const std::vector<IntSample> &s)
{
    BitWriter w;
    gorillaTimes(w, s);
    for (int q = 0; q < kMeasured; ++q)
        gorillaValues(w, column(s, q));
    return w;
}

// Decodes the value columns again, so the baseline's size is that of a lossless coder.
bool gorillaRoundTrips(const std::vector<IntSample> &s)
{
    const BitWriter w = gorillaEncode(s);
    BitReader r(w.words());
    std::int64_t t = static_cast<std::int64_t>(r.get(64));
    std::int64_t delta = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        int ones = 0;
        while (ones < 4 && r.get(1) == 1)
            ++ones;
        const int width = kDodWidths[ones];
        std::uint64_t u = r.get(width);
        if (ones > 0 && ones < 4 && (u >> (width - 1)) != 0)
            u |= ~std::uint64_t{0} << width; // sign-extend
        delta += static_cast<std::int64_t>(u);
        t += delta;
        if (t != s[i].tMs)
            return false;
    }
    for (int q = 0; q < kMeasured; ++q) {
        const std::vector<double> x = column(s, q);
        std::uint64_t prev = r.get(64);
        int lead = 0;
        int trail = 0;
        for (std::size_t i = 1; i < x.size(); ++i) {
            if (r.get(1) == 1) {
                if (r.get(1) == 1) {
                    lead = static_cast<int>(r.get(5));
                    const int length = static_cast<int>(r.get(6));
                    trail = 64 - lead - (length == 0 ? 64 : length);
                }
                prev ^= r.get(64 - lead - trail) << trail;
            }
            if (prev != std::bit_cast<std::uint64_t>(x[i]))
                return false;
        }
    }
    return true;
}

double gorillaBytesPerSample(const std::vector<std::vector<IntSample>> &hs)
{
    double bytes = 0;
    for (const auto &h : hs) {
        if (!gorillaRoundTrips(h)) {
            std::fprintf(stderr, "Gorilla baseline is not lossless\n");
            std::abort();
        }
        bytes += static_cast<double>((gorillaEncode(h).bits() + 7) / 8);
    }
    return bytes / static_cast<double>(hs.size() * kPerHour);
}

// ---- benchmarks ------------------------------------------------------------------------------

constexpr int kHours = 16;

void sizeCounters(benchmark::State &state, const std::vector<std::vector<IntSample>> &hs)
{
    double bytes = 0;
    for (const auto &h : hs)
        bytes += static_cast<double>(chunkcodec::encodeSamples(h).size());
    const double perSample = bytes / static_cast<double>(hs.size() * kPerHour);
    const double gorilla = gorillaBytesPerSample(hs);
    state.counters["bytes_per_sample"] = perSample;
    state.counters["raw_row_bytes"] = kRawRowBytes;
    state.counters["gorilla_bytes"] = gorilla;
    state.counters["x_vs_raw"] = kRawRowBytes / perSample;
    state.counters["x_vs_gorilla"] = gorilla / perSample;
}

void BM_EncodeSamples(benchmark::State &state)
{
    const auto hs = hours(state.range(0) != 0, kHours);
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(chunkcodec::encodeSamples(hs[i++ % hs.size()]));
    state.SetItemsProcessed(state.iterations() * kPerHour);
    sizeCounters(state, hs);
}
BENCHMARK(BM_EncodeSamples)->ArgName("running")->Arg(1)->Arg(0);

void BM_DecodeSamples(benchmark::State &state)
{
    const auto hs = hours(state.range(0) != 0, kHours);
    std::vector<QByteArray> blobs;
    for (const auto &h : hs)
        blobs.push_back(chunkcodec::encodeSamples(h));
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = chunkcodec::decodeSamples(blobs[i++ % blobs.size()]);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * kPerHour);
}
BENCHMARK(BM_DecodeSamples)->ArgName("running")->Arg(1)->Arg(0);

void BM_GorillaEncode(benchmark::State &state)
{
    const auto hs = hours(true, kHours);
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(gorillaEncode(hs[i++ % hs.size()]).bits());
    state.SetItemsProcessed(state.iterations() * kPerHour);
    state.counters["bytes_per_sample"] = gorillaBytesPerSample(hs);
}
BENCHMARK(BM_GorillaEncode);

void BM_EncodeMinuteAggregates(benchmark::State &state)
{
    const auto hs = hours(state.range(0) != 0, kHours);
    std::vector<std::vector<Aggregate>> minutes;
    double bytes = 0;
    for (const auto &h : hs) {
        minutes.push_back(rollUp(h, 60'000));
        bytes += static_cast<double>(chunkcodec::encodeAggregates(minutes.back()).size());
    }
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(chunkcodec::encodeAggregates(minutes[i++ % minutes.size()]));
    state.SetItemsProcessed(state.iterations() * 60);
    state.counters["bytes_per_hour"] = bytes / kHours;
    state.counters["bytes_per_raw_sample"] = bytes / (kHours * kPerHour);
}
BENCHMARK(BM_EncodeMinuteAggregates)->ArgName("running")->Arg(1)->Arg(0);

// One year of minute rollups of one point: 8,760 blobs of 60 aggregates. The machine runs
// 08:00-20:00 on weekdays and is off otherwise.
void BM_DecodeYearOfMinuteAggregates(benchmark::State &state)
{
    std::mt19937_64 rng(3);
    double energy = 12'345.67;
    std::vector<QByteArray> blobs;
    double aggBytes = 0;
    double chunkBytes = 0;
    for (int h = 0; h < 8'760; ++h) {
        const bool running = (h / 24) % 7 < 5 && h % 24 >= 8 && h % 24 < 20;
        const auto samples = meterHour(rng, running, kT0 + h * 3'600'000LL, energy);
        blobs.push_back(chunkcodec::encodeAggregates(rollUp(samples, 60'000)));
        aggBytes += static_cast<double>(blobs.back().size());
        chunkBytes += static_cast<double>(chunkcodec::encodeSamples(samples).size());
    }
    for (auto _ : state) {
        std::size_t n = 0;
        for (const QByteArray &b : blobs)
            n += chunkcodec::decodeAggregates(b)->size();
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(state.iterations() * 8'760 * 60);
    const double samples = 8'760.0 * kPerHour;
    state.counters["chunk_bytes_per_sample"] = chunkBytes / samples;
    state.counters["minute_agg_bytes_per_sample"] = aggBytes / samples;
}
BENCHMARK(BM_DecodeYearOfMinuteAggregates)->Unit(benchmark::kMillisecond);

} // namespace
