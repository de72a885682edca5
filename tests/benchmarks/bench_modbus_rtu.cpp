// Meter acquisition on one Modbus RTU bus at 9600 bit/s 8N1. Issue bar: "RTU bus at 9600 baud
// with enough devices to fill it: bus utilisation >= 80 % of the line rate when the schedule
// asks for more than the line can carry, and no device starved" (bytes on the wire over line
// capacity).
//
// 10 meters (units 1-10) polled every 1000 ms, each poll three reads (holding 0x0000 x 60,
// holding 0x0100 x 40, input 0x0000 x 20: 279 bytes on the line, 291 ms), so the schedule asks
// about three times what the line carries. A socat pty pair stands for the RS-485 line, and
// tests/support/rtu_line_peer.py on its far end plays the ten slaves with the line's timing
// (each reply arrives when its last byte would on a real 9600 bit/s line, after a 2 ms slave
// turnaround). The MeterPoller runs on its own "acquisition" thread as in the application.
// Measured after a 3 s warm-up over 40 s:
//   utilisation = (bytes both ways x 10 bits) / (seconds x 9600), from the bus's byte counts
//                 (BusStatus), cross-checked against the peer's own count;
//   readings per device, min and max (starvation shows as min/max far below 1);
//   every decoded register checked against what its unit holds (no cross-talk).
// Baseline: the physical limit of this traffic, line time / (line time + per request a slave
// turnaround and the 3.5-character silence the line must keep before the next request); the
// figure to read is utilisation / limit.
//   build/rel/tests/benchmarks/bench_modbus_rtu
// Environment: VOCSYNC_BENCH_SECONDS (measurement, default 40), VOCSYNC_BENCH_PEER_RT=0 (run
// the peer at normal priority instead of SCHED_FIFO), VOCSYNC_SOURCE_DIR.
#include "meterbench.h"

#include "vocsync/acquisition/templatelibrary.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <csignal>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

constexpr int kDevices = 10;
constexpr int kIntervalMs = 1000;
constexpr int kWarmupMs = 3000;
constexpr int kBaud = 9600;
constexpr double kBitsPerChar = 10;   // 8N1: start, 8 data, stop
constexpr double kTurnaroundMs = 2.0; // the peer's slave turnaround
constexpr int kRequestBytes = 8;

/// The three reads of one poll: function, first register, count.
struct Block
{
    int function;
    int address;
    int count;
};
constexpr Block kBlocks[] = {{3, 0x0000, 60}, {3, 0x0100, 40}, {4, 0x0000, 20}};

double charMs()
{
    return kBitsPerChar * 1000.0 / kBaud;
}

/// What rtu_line_peer.py holds in register `address` of `unit` (see its docstring).
int registerValue(int unit, int function, int address)
{
    return (unit * 1000 + address + (function == 4 ? 500 : 0)) % 65536;
}

/// A template whose planner reads are exactly kBlocks: the first and last register of each
/// block as uint16 values, gaps read through (max_gap 58).
QByteArray benchTemplate()
{
    QByteArray values;
    for (const Block &b : kBlocks) {
        for (const int a : {b.address, b.address + b.count - 1}) {
            if (!values.isEmpty())
                values += ",\n";
            values += QStringLiteral(R"(    {"key": "f%1_%2", "name": "f%1 %2", "function": %1, )"
                                     R"("address": %3, "type": "uint16", "decimals": 0})")
                          .arg(b.function)
                          .arg(a, 4, 16, QLatin1Char('0'))
                          .arg(a)
                          .toUtf8();
        }
    }
    return "{\n  \"id\": \"bench-rtu-meter\", \"protocol\": \"modbus\",\n"
           "  \"manufacturer\": \"VocSync\", \"model\": \"benchmark meter\",\n"
           "  \"manual\": \"tests/support/rtu_line_peer.py (register values)\",\n"
           "  \"read\": {\"max_registers\": 125, \"max_gap\": 58},\n  \"values\": [\n" +
           values + "\n  ]\n}\n";
}

struct Totals
{
    std::uint64_t polls = 0;
    std::uint64_t good = 0;
    std::uint64_t bytes = 0;
    double avgRttMs = 0;
};

Totals totals(const meterbench::PollerThread &t)
{
    return t.call([](MeterPoller *p) {
        Totals s;
        for (const DeviceHealth &h : p->health()) {
            s.polls += h.polls;
            s.good += h.good;
            s.avgRttMs += h.avgRttMs / kDevices;
        }
        for (const BusStatus &b : p->buses())
            s.bytes += b.bytesTx + b.bytesRx;
        return s;
    });
}

/// The peer's statistics lines (rtu_line_peer.py --stats), in order.
QList<QJsonObject> peerStats(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (!l.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(l).object());
    }
    return out;
}

double peerBytes(const QJsonObject &o)
{
    return o.value(QStringLiteral("bytes_rx")).toDouble() +
           o.value(QStringLiteral("bytes_tx")).toDouble();
}

/// The line and the slaves: socat's pty pair and rtu_line_peer.py on its far end, run with
/// SCHED_FIFO when allowed so that the emulated line keeps time on a busy machine.
struct Line
{
    QTemporaryDir dir;
    std::unique_ptr<meterbench::Child> socat;
    std::unique_ptr<meterbench::Child> peer;
    bool realtime = false;
    QString error;

    QString station() const { return dir.filePath(QStringLiteral("station")); }
    QString stats() const { return dir.filePath(QStringLiteral("stats.jsonl")); }

    Line()
    {
        const QString far = dir.filePath(QStringLiteral("peer"));
        socat = std::make_unique<meterbench::Child>(
            QStringLiteral("socat"),
            QStringList{QStringLiteral("pty,raw,echo=0,link=") + far,
                        QStringLiteral("pty,raw,echo=0,link=") + station()});
        if (!meterbench::spinUntil([&] { return QFile::exists(far) && QFile::exists(station()); },
                                   10000)) {
            error = QStringLiteral("socat did not create the pty pair");
            return;
        }
        QStringList args{meterbench::sourceDir() +
                             QStringLiteral("/tests/support/rtu_line_peer.py"),
                         QStringLiteral("--port"),
                         far,
                         QStringLiteral("--units"),
                         QStringLiteral("1-%1").arg(kDevices),
                         QStringLiteral("--baud"),
                         QString::number(kBaud),
                         QStringLiteral("--turnaround-ms"),
                         QString::number(kTurnaroundMs),
                         QStringLiteral("--ready-file"),
                         dir.filePath(QStringLiteral("ready")),
                         QStringLiteral("--stats"),
                         stats(),
                         QStringLiteral("--max-seconds"),
                         QStringLiteral("900")};
        const QStringList probe{QStringLiteral("-f"), QStringLiteral("10"), QStringLiteral("true")};
        realtime = qEnvironmentVariable("VOCSYNC_BENCH_PEER_RT") != QLatin1String("0") &&
                   QProcess::execute(QStringLiteral("chrt"), probe) == 0;
        if (realtime)
            args = QStringList{QStringLiteral("-f"), QStringLiteral("10"), meterbench::python()} +
                   args;
        peer = std::make_unique<meterbench::Child>(
            realtime ? QStringLiteral("chrt") : meterbench::python(), args);
        if (meterbench::waitForFile(dir.filePath(QStringLiteral("ready")), 20000).isEmpty())
            error = QStringLiteral("rtu_line_peer.py did not start");
    }

    void snapshot() const { ::kill(static_cast<pid_t>(peer->pid()), SIGUSR1); }
};

QList<Device> rtuDevices(const QString &port)
{
    QList<Device> devices;
    for (int u = 1; u <= kDevices; ++u) {
        Device d;
        d.id = QStringLiteral("rtu%1").arg(u, 2, 10, QLatin1Char('0'));
        d.protocol = QStringLiteral("modbus_rtu");
        d.address = QString::number(u);
        d.templateId = QStringLiteral("bench-rtu-meter");
        d.port = port;
        d.serial.baud = kBaud;
        d.pollIntervalMs = kIntervalMs;
        d.timeoutMs = 1000;
        devices.append(d);
    }
    return devices;
}

/// Readings whose values are not what the device's unit holds (wrong unit, shifted registers).
bool readingMatches(const Reading &r)
{
    const int unit = r.deviceId.mid(3).toInt();
    for (const ReadingValue &v : r.values) {
        const QStringList parts = v.key.mid(1).split(QLatin1Char('_')); // "f3_003b"
        const int function = parts.value(0).toInt();
        const int address = parts.value(1).toInt(nullptr, 16);
        if (!v.ok || v.value != registerValue(unit, function, address))
            return false;
    }
    return r.values.size() == 2 * std::size(kBlocks);
}

void BM_ModbusRtu9600(benchmark::State &state)
{
    meterbench::app();
    const int measureMs = meterbench::envInt("VOCSYNC_BENCH_SECONDS", 40) * 1000;
    Line line;
    if (!line.error.isEmpty()) {
        state.SkipWithError(line.error.toUtf8().constData());
        return;
    }
    const QString templateFile = line.dir.filePath(QStringLiteral("bench-rtu-meter.json"));
    {
        QFile f(templateFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(benchTemplate()) < 0) {
            state.SkipWithError("cannot write the benchmark template");
            return;
        }
    }
    TemplateLibrary templates;
    if (const Status s = templates.addFile(templateFile, true); !s) {
        state.SkipWithError(s.error().message.toUtf8().constData());
        return;
    }

    // Line time of one poll, and the physical limit of the line for this traffic.
    double lineMsPerPoll = 0;
    double overheadMsPerPoll = 0;        // turnaround + 3.5 characters, per request
    double stationOverheadMsPerPoll = 0; // the same with the poller's silence (whole ms)
    int bytesPerPoll = 0;
    for (const Block &b : kBlocks) {
        const int bytes = kRequestBytes + 5 + 2 * b.count;
        bytesPerPoll += bytes;
        lineMsPerPoll += bytes * charMs();
        overheadMsPerPoll += kTurnaroundMs + 3.5 * charMs();
        stationOverheadMsPerPoll += kTurnaroundMs + std::ceil(3.5 * charMs());
    }
    const double limit = lineMsPerPoll / (lineMsPerPoll + overheadMsPerPoll);
    const double stationLimit = lineMsPerPoll / (lineMsPerPoll + stationOverheadMsPerPoll);
    const double demand = kDevices * (lineMsPerPoll + overheadMsPerPoll) / kIntervalMs;

    for (auto _ : state) {
        const QList<Device> devices = rtuDevices(line.station());
        meterbench::PollerThread thread(&templates);
        std::map<QString, std::uint64_t> readings;
        std::uint64_t mismatched = 0;
        QObject sink;
        QObject::connect(
            thread.poller(), &MeterPoller::readingReady, &sink,
            [&](const Reading &r) {
                ++readings[r.deviceId];
                mismatched += readingMatches(r) ? 0 : 1;
            },
            Qt::QueuedConnection);
        const auto errors = thread.call([&](MeterPoller *p) {
            auto e = p->configure(devices, {});
            p->start();
            return e;
        });
        if (!errors.isEmpty()) {
            state.SkipWithError(errors.first().message.toUtf8().constData());
            return;
        }
        meterbench::spinFor(kWarmupMs);

        const std::map<QString, std::uint64_t> before = readings;
        const Totals t0 = totals(thread);
        line.snapshot();
        const double cpu0 = meterbench::cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        meterbench::spinFor(measureMs);
        const Totals t1 = totals(thread);
        line.snapshot();
        const double wall = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        const double cpuShare = (meterbench::cpuSeconds() - cpu0) / wall;
        state.SetIterationTime(wall);
        thread.call([](MeterPoller *p) {
            p->stop();
            return true;
        });
        const Totals atStop = totals(thread);
        meterbench::spinFor(300); // the last queued readings, and the peer's snapshot
        line.peer->stop();
        const QList<QJsonObject> peer = peerStats(line.stats());

        std::uint64_t minPer = UINT64_MAX;
        std::uint64_t maxPer = 0;
        std::uint64_t polled = 0;
        for (const Device &d : devices) {
            const auto it = readings.find(d.id);
            const auto b = before.find(d.id);
            const std::uint64_t n =
                (it == readings.end() ? 0 : it->second) - (b == before.end() ? 0 : b->second);
            minPer = std::min(minPer, n);
            maxPer = std::max(maxPer, n);
            polled += n;
        }
        const double bytes = static_cast<double>(t1.bytes - t0.bytes);
        const double utilisation = bytes * kBitsPerChar / (wall * kBaud);
        const double failed = static_cast<double>((t1.polls - t1.good) - (t0.polls - t0.good));
        const double requests = bytes / bytesPerPoll * std::size(kBlocks);
        const double cycleMs = wall * 1000.0 / requests;
        const double idealCycleMs = (lineMsPerPoll + overheadMsPerPoll) / std::size(kBlocks);
        double peerWindow = -1;
        double peerTotal = -1;
        double lateMean = -1;
        double lateMax = -1;
        if (peer.size() >= 3) {
            peerWindow = peerBytes(peer[1]) - peerBytes(peer[0]);
            peerTotal = peerBytes(peer.last());
            lateMean = peer.last().value(QStringLiteral("late_ms_mean")).toDouble();
            lateMax = peer.last().value(QStringLiteral("late_ms_max")).toDouble();
        }

        state.counters["utilisation_pct"] = 100.0 * utilisation;
        state.counters["physical_limit_pct"] = 100.0 * limit;
        state.counters["ratio_to_limit"] = utilisation / limit;
        state.counters["demand_x_line"] = demand;
        state.counters["min_max_per_device"] =
            maxPer == 0 ? 0 : static_cast<double>(minPer) / maxPer;
        state.counters["min_readings"] = static_cast<double>(minPer);
        state.counters["max_readings"] = static_cast<double>(maxPer);
        state.counters["polls_per_s"] = static_cast<double>(polled) / wall;
        state.counters["failed_polls"] = failed;
        state.counters["bad_values"] = static_cast<double>(mismatched);
        state.counters["cycle_ms_per_request"] = cycleMs;
        state.counters["peer_window_bytes_diff"] = peerWindow < 0 ? -1 : peerWindow - bytes;
        state.counters["peer_late_ms_mean"] = lateMean;
        state.counters["cpu_pct_one_core"] = 100.0 * cpuShare;
        state.SetLabel(QStringLiteral("%1 units x 3 reads (60/40/20 regs) every %2 ms, 9600 8N1%3")
                           .arg(kDevices)
                           .arg(kIntervalMs)
                           .arg(line.realtime ? QStringLiteral(", peer SCHED_FIFO") : QString())
                           .toStdString());

        std::printf(
            "\nModbus RTU 9600 8N1, %d units every %d ms, %d bytes (%.1f ms of line) per poll, "
            "%.1f s measured:\n"
            "  schedule asks %.2f x what the line carries\n"
            "  utilisation %.1f %% of the line rate (bar >= 80 %%); physical limit %.1f %% "
            "(turnaround %.1f ms + 3.5 chars per request) -> ratio %.3f\n"
            "  limit with the poller's silence rounded up to whole ms: %.1f %%\n"
            "  mean cycle per request %.2f ms vs %.2f ms ideal (+%.2f ms); avg poll rtt %.0f ms; "
            "CPU %.2f %% of one core\n",
            kDevices, kIntervalMs, bytesPerPoll, lineMsPerPoll, wall, demand, 100.0 * utilisation,
            100.0 * limit, kTurnaroundMs, utilisation / limit, 100.0 * stationLimit, cycleMs,
            idealCycleMs, cycleMs - idealCycleMs, t1.avgRttMs, 100.0 * cpuShare);
        std::printf("  readings per device %llu..%llu (min/max %.2f), %.2f polls/s; failed polls "
                    "%.0f; readings with wrong values %llu\n",
                    static_cast<unsigned long long>(minPer),
                    static_cast<unsigned long long>(maxPer),
                    maxPer == 0 ? 0.0 : static_cast<double>(minPer) / maxPer,
                    static_cast<double>(polled) / wall, failed,
                    static_cast<unsigned long long>(mismatched));
        std::printf("  peer: %.0f bytes in the window vs %.0f counted by the bus; %.0f in all vs "
                    "%llu at stop; replies late by %.2f ms mean, %.2f ms max (%s)\n",
                    peerWindow, bytes, peerTotal, static_cast<unsigned long long>(atStop.bytes),
                    lateMean, lateMax, line.realtime ? "SCHED_FIFO" : "normal priority");
        std::fflush(stdout);
    }
}

} // namespace

BENCHMARK(BM_ModbusRtu9600)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
