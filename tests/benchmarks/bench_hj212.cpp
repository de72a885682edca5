// HJ 212 codec throughput on realistic real-time packets (docs/hj212-benchmarks.md): CN 2011
// uploads of about 490 bytes with 10-14 factors each (NMHC, methane, flue-gas flow, velocity,
// temperature, pressure, humidity, benzene, toluene, xylene, VocSync's electrical x-codes),
// values with 3 decimals and -Flag, a few hundred different packets. Passes, in one run:
//   Crc16            the HJ 212 CRC alone over the same frame bytes (the baseline)
//   ParseFrame       parseFrame: framing, CRC, every field validated, CP decoded into a reused
//                    Packet (the bar: >= 200 MB/s and >= 0.5 x Crc16)
//   StreamParse      StreamFramer over the concatenated stream in 1460-byte reads + parseFrame
//                    (recheck_crc:0 = parseFrame told not to check the CRC the framer checked)
//   EncodeFrame      encodeFrame of the decoded packets
// The x_crc counter is a pass's bytes/s divided by Crc16's bytes/s of the same run (both CPU
// time of this thread); MB/s counts 10^6 bytes.
//   build/tools-rel/tests/benchmarks/bench_hj212 --benchmark_min_time=1
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/crc.h"
#include "vocsync/hj212/streamframer.h"

#include <benchmark/benchmark.h>

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

using namespace vocsync;

namespace {

constexpr int kPackets = 400;
constexpr qsizetype kReadBytes = 1460; // one TCP segment's payload on Ethernet

struct FactorSpec
{
    const char *code;
    double lo;
    double hi;
};

// What a VOC stack station sends (hj212.md §10: real NMHC stations send a24088 + a05002 +
// a00000/a01011..a01014) plus BTX and electrical channels of the treatment facility.
constexpr FactorSpec kFactors[] = {
    {"a24088", 0.5, 80},  {"a05002", 0.5, 10}, {"a00000", 1, 60},       {"a01011", 2, 25},
    {"a01012", 20, 180},  {"a01013", -0.5, 3}, {"a01014", 1, 15},       {"a25002", 0, 2},
    {"a25003", 0, 8},     {"a25005", 0, 8},    {"a19001", 10, 21},      {"x01001", 5, 60},
    {"x02001", 370, 410}, {"x03001", 2, 30},   {"x04001", 1000, 99999}, {"x01002", 5, 60},
};
constexpr int kFactorKinds = sizeof kFactors / sizeof kFactors[0];

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

[[noreturn]] void die(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "bench_hj212: %s: %s\n", what, detail.constData());
    std::exit(1);
}

/// kPackets different frames: 8 stations, one packet every 30 s each, 10-14 factors.
std::vector<QByteArray> makeFrames()
{
    std::mt19937 rng(212);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const char *flags = "NNNNNNNNNNNNNNNNNNMDCT";
    std::vector<QByteArray> frames;
    for (int i = 0; i < kPackets; ++i) {
        const int station = i % 8;
        const int second = (i / 8) * 30; // from 2026-03-01 10:00:00 station time
        char stamp[16];
        std::snprintf(stamp, sizeof stamp, "20260301%02d%02d%02d", 10 + second / 3600,
                      second % 3600 / 60, second % 60);
        QByteArray seg = "QN=" + QByteArray(stamp) + QByteArray::number(100 + i % 900) +
                         ";ST=31;CN=2011;PW=123456;MN=010000A8900016F00016" +
                         QByteArray::number(0x2328 + station, 16).toUpper() +
                         ";Flag=5;CP=&&DataTime=" + QByteArray(stamp) + ";";
        const int count = 10 + static_cast<int>(rng() % 5);
        const int first = static_cast<int>(rng() % kFactorKinds);
        for (int k = 0; k < count; ++k) {
            const FactorSpec &f = kFactors[(first + k) % kFactorKinds];
            const double v = f.lo + (f.hi - f.lo) * unit(rng);
            const char flag = flags[rng() % 22];
            seg += QByteArray(f.code) + "-Rtd=" + QByteArray::number(v, 'f', 3) + "," +
                   QByteArray(f.code) + "-Flag=" + QByteArray(1, flag) + (k + 1 < count ? ";" : "");
        }
        seg += "&&";
        frames.push_back(hj212::frameSegment(seg));
    }
    // The input must be what the codec accepts, or the figures mean nothing.
    hj212::Packet p;
    hj212::Rejection why;
    for (const QByteArray &f : frames) {
        if (!hj212::parseFrame(f, p, why))
            die("generated frame rejected", why.message.toUtf8() + ": " + f);
        if (p.factors.size() < 10 || p.factors.size() > 14)
            die("wrong factor count", f);
    }
    return frames;
}

const std::vector<QByteArray> &frames()
{
    static const std::vector<QByteArray> f = makeFrames();
    return f;
}

double meanFrameBytes()
{
    double total = 0;
    for (const QByteArray &f : frames())
        total += static_cast<double>(f.size());
    return total / static_cast<double>(frames().size());
}

double g_crcBytesPerS = 0; // set by BM_Crc16 (its last, measured run)

double crcBytesPerSecond()
{
    if (g_crcBytesPerS > 0)
        return g_crcBytesPerS;
    // BM_Crc16 was filtered out: measure the baseline here, 0.3 s of CPU time.
    const std::vector<QByteArray> &fs = frames();
    std::uint64_t bytes = 0;
    unsigned sink = 0;
    const double t0 = cpuSeconds();
    while (cpuSeconds() - t0 < 0.3) {
        for (const QByteArray &f : fs) {
            sink += hj212::crc16(f);
            bytes += static_cast<std::uint64_t>(f.size());
        }
    }
    benchmark::DoNotOptimize(sink);
    return static_cast<double>(bytes) / (cpuSeconds() - t0);
}

void setRates(benchmark::State &state, std::int64_t bytes, std::int64_t items, double cpuS)
{
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(items);
    state.counters["MB/s"] =
        benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
    state.counters["frame_bytes"] = meanFrameBytes();
    if (cpuS > 0 && bytes > 0)
        state.counters["x_crc"] = static_cast<double>(bytes) / cpuS / crcBytesPerSecond();
}

void BM_Crc16(benchmark::State &state)
{
    const std::vector<QByteArray> &fs = frames();
    std::size_t i = 0;
    std::int64_t bytes = 0;
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        const QByteArray &f = fs[i];
        benchmark::DoNotOptimize(hj212::crc16(f));
        bytes += f.size();
        if (++i == fs.size())
            i = 0;
    }
    const double cpuS = cpuSeconds() - t0;
    if (cpuS > 0)
        g_crcBytesPerS = static_cast<double>(bytes) / cpuS;
    setRates(state, bytes, state.iterations(), cpuS);
}
BENCHMARK(BM_Crc16);

void BM_ParseFrame(benchmark::State &state)
{
    const std::vector<QByteArray> &fs = frames();
    hj212::Packet p;
    hj212::Rejection why;
    std::size_t i = 0;
    std::int64_t bytes = 0;
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        const QByteArray &f = fs[i];
        if (!hj212::parseFrame(f, p, why)) {
            state.SkipWithError("frame rejected");
            break;
        }
        benchmark::DoNotOptimize(p.factors.data());
        bytes += f.size();
        if (++i == fs.size())
            i = 0;
    }
    setRates(state, bytes, state.iterations(), cpuSeconds() - t0);
}
BENCHMARK(BM_ParseFrame);

void BM_StreamParse(benchmark::State &state)
{
    QByteArray stream;
    for (const QByteArray &f : frames())
        stream += f;
    hj212::StreamFramer framer;
    hj212::StreamFramer::Item item;
    hj212::Packet p;
    hj212::Rejection why;
    // The framer has checked the CRC already: a caller may tell parseFrame not to again.
    hj212::ParseOptions options;
    options.checkCrc = state.range(0) != 0;
    qsizetype at = 0;
    std::int64_t bytes = 0;
    std::int64_t packets = 0;
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        // The stream is whole frames, so starting over at its end is seamless.
        const qsizetype n = std::min(kReadBytes, stream.size() - at);
        framer.append(QByteArrayView(stream).sliced(at, n));
        at = at + n == stream.size() ? 0 : at + n;
        bytes += n;
        while (framer.next(item)) {
            if (item.kind != hj212::StreamFramer::Kind::Frame ||
                !hj212::parseFrame(item.bytes, p, why, options)) {
                state.SkipWithError("junk or rejected frame in the stream");
                return;
            }
            ++packets;
        }
    }
    setRates(state, bytes, packets, cpuSeconds() - t0);
}
BENCHMARK(BM_StreamParse)->ArgName("recheck_crc")->Arg(1)->Arg(0);

void BM_EncodeFrame(benchmark::State &state)
{
    std::vector<hj212::Packet> packets(frames().size());
    hj212::Rejection why;
    for (std::size_t k = 0; k < packets.size(); ++k) {
        if (!hj212::parseFrame(frames()[k], packets[k], why))
            die("frame rejected", why.message.toUtf8());
    }
    std::size_t i = 0;
    std::int64_t bytes = 0;
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        const Result<QByteArray> f = hj212::encodeFrame(packets[i]);
        if (!f) {
            state.SkipWithError("encodeFrame failed");
            break;
        }
        bytes += f->size();
        if (++i == packets.size())
            i = 0;
    }
    setRates(state, bytes, state.iterations(), cpuSeconds() - t0);
}
BENCHMARK(BM_EncodeFrame);

} // namespace
