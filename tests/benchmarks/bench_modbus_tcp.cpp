// Meter acquisition over Modbus TCP. Issue bar: "200 Modbus TCP devices polled every second on
// one station: >= 195 polls/s sustained with < 25 % of one core".
//
// 200 devices, each its own connection (127.0.0.<k>:PORT, all loopback) to real pymodbus
// servers (tests/support/modbus_peer.py playing generic-modbus-meter: one read of 20 holding
// registers per poll), polled every 1000 ms by a MeterPoller on its own "acquisition" thread,
// its readings, health and samples delivered to the main thread through queued connections as
// in the application. Measured after a 3 s warm-up over 20 s: readings/s, failed polls,
// requests/s (from the buses' byte counts) and the CPU time of this whole process (getrusage,
// all threads; the peers are other processes) over wall time = share of one core.
// Baselines measured in the same run on the same 200 connections with a bare QTcpSocket client
// on the main thread: the peers' capacity (closed loop, one request in flight per connection:
// the most requests/s the peers can answer) and the CPU of sending the same 200 requests/s with
// no scheduler, decoder or signals at all (the floor of Qt socket I/O at this rate).
//   build/rel/tests/benchmarks/bench_modbus_tcp
// Environment: VOCSYNC_BENCH_TCP_PEERS (peer processes, default 1), VOCSYNC_BENCH_SECONDS
// (measurement, default 20), VOCSYNC_SOURCE_DIR (repository root, to find the peer script).
#include "meterbench.h"

#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/modbus/frame.h"

#include <benchmark/benchmark.h>

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>
#include <vector>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

constexpr int kDevices = 200;
constexpr int kIntervalMs = 1000;
constexpr int kWarmupMs = 3000;
constexpr int kRegisters = 20;                  // generic-modbus-meter: 0x0000 x 20, one read
constexpr int kRequestBytes = 12;               // MBAP 7 + function, address, count
constexpr int kReplyBytes = 9 + 2 * kRegisters; // MBAP 7 + function, byte count + data

QString templatePath()
{
    return meterbench::sourceDir() + QStringLiteral("/resources/devices/generic-modbus-meter.json");
}

/// The pymodbus peers, each on its own port on every loopback address.
struct Peers
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<meterbench::Child>> processes;
    std::vector<quint16> ports;
    QString error; ///< empty when every peer listens

    explicit Peers(int count)
    {
        const QString script =
            meterbench::sourceDir() + QStringLiteral("/tests/support/modbus_peer.py");
        for (int i = 0; i < count && error.isEmpty(); ++i) {
            const QString ready = dir.filePath(QStringLiteral("ready%1").arg(i));
            // 0.0.0.0: one listening socket answers on every 127.0.0.<k>; nothing but those
            // loopback addresses is ever connected to.
            processes.push_back(std::make_unique<meterbench::Child>(
                meterbench::python(),
                QStringList{script, QStringLiteral("--tcp"), QStringLiteral("0"),
                            QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                            QStringLiteral("--device"), QStringLiteral("1:") + templatePath(),
                            QStringLiteral("--ready-file"), ready}));
            const QString text = meterbench::waitForFile(ready, 20000);
            const qsizetype at = text.indexOf(QStringLiteral("port "));
            const int port = at < 0 ? 0 : text.mid(at + 5).trimmed().toInt();
            if (port <= 0)
                error = QStringLiteral("modbus_peer.py %1 did not start").arg(i);
            ports.push_back(static_cast<quint16>(port));
        }
    }

    QString host(int k) const { return QStringLiteral("127.0.0.%1").arg(k); }
    quint16 port(int k) const { return ports[static_cast<std::size_t>(k) % ports.size()]; }
};

/// The baseline client: one bare QTcpSocket per device address, one request in flight each.
class RawClient
{
public:
    explicit RawClient(const Peers &peers)
    {
        for (int k = 1; k <= kDevices; ++k) {
            auto c = std::make_unique<Conn>();
            Conn *raw = c.get();
            QObject::connect(&c->socket, &QTcpSocket::readyRead, &c->socket, [this, raw] {
                raw->rx += raw->socket.readAll();
                while (raw->rx.size() >= kReplyBytes) {
                    raw->rx.remove(0, kReplyBytes);
                    raw->inFlight = false;
                    ++m_replies;
                    if (m_closedLoop)
                        send(*raw);
                }
            });
            c->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            c->socket.connectToHost(peers.host(k), peers.port(k));
            m_conns.push_back(std::move(c));
        }
    }

    bool connected()
    {
        return meterbench::spinUntil(
            [this] {
                return std::all_of(m_conns.begin(), m_conns.end(), [](const auto &c) {
                    return c->socket.state() == QAbstractSocket::ConnectedState;
                });
            },
            20000);
    }

    /// Every connection keeps one request in flight for `ms`; requests answered per second.
    double closedLoopRate(int ms)
    {
        m_closedLoop = true;
        for (auto &c : m_conns)
            send(*c);
        meterbench::spinFor(1000); // warm-up
        const std::uint64_t r0 = m_replies;
        QElapsedTimer t;
        t.start();
        meterbench::spinFor(ms);
        const double rate =
            static_cast<double>(m_replies - r0) * 1000.0 / static_cast<double>(t.elapsed());
        m_closedLoop = false;
        meterbench::spinUntil([this] { return idle(); }, 5000);
        return rate;
    }

    /// Sends one request every 1000/kDevices ms round the connections for `ms`; returns the
    /// share of one core this process used meanwhile, and the replies per second.
    std::pair<double, double> pacedCpuShare(int ms)
    {
        std::size_t next = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            Conn &c = *m_conns[next++ % m_conns.size()];
            if (!c.inFlight)
                send(c);
        });
        tick.start(kIntervalMs / kDevices);
        meterbench::spinFor(1000);
        const std::uint64_t r0 = m_replies;
        const double cpu0 = meterbench::cpuSeconds();
        QElapsedTimer t;
        t.start();
        meterbench::spinFor(ms);
        const double wall = static_cast<double>(t.elapsed()) / 1000.0;
        const double cpu = meterbench::cpuSeconds() - cpu0;
        tick.stop();
        return {cpu / wall, static_cast<double>(m_replies - r0) / wall};
    }

private:
    struct Conn
    {
        QTcpSocket socket;
        QByteArray rx;
        bool inFlight = false;
        quint16 tid = 0;
    };

    void send(Conn &c)
    {
        c.inFlight = true;
        c.socket.write(modbus::encodeTcpRead({1, 3, 0, kRegisters}, ++c.tid));
    }
    bool idle() const
    {
        return std::none_of(m_conns.begin(), m_conns.end(),
                            [](const auto &c) { return c->inFlight; });
    }

    std::vector<std::unique_ptr<Conn>> m_conns;
    bool m_closedLoop = false;
    std::uint64_t m_replies = 0;
};

QList<Device> tcpDevices(const Peers &peers)
{
    QList<Device> devices;
    for (int k = 1; k <= kDevices; ++k) {
        Device d;
        d.id = QStringLiteral("m%1").arg(k, 3, 10, QLatin1Char('0'));
        d.protocol = QStringLiteral("modbus_tcp");
        d.address = QStringLiteral("1");
        d.templateId = QStringLiteral("generic-modbus-meter");
        d.port = QStringLiteral("%1:%2").arg(peers.host(k)).arg(peers.port(k));
        d.pollIntervalMs = kIntervalMs;
        d.timeoutMs = 1000;
        devices.append(d);
    }
    return devices;
}

/// One monitoring point per meter (current, power): the poller also builds samples, as it
/// does at a station.
QList<MonitoringPoint> tcpPoints(const QList<Device> &devices)
{
    QList<MonitoringPoint> points;
    std::uint32_t key = 1;
    for (const Device &d : devices) {
        MonitoringPoint p;
        p.key = key++;
        p.id = QStringLiteral("p-") + d.id;
        p.deviceId = d.id;
        p.channels = {{Quantity::CurrentA, 3}, {Quantity::PowerKw, 3}};
        points.append(p);
    }
    return points;
}

struct Totals
{
    std::uint64_t polls = 0;
    std::uint64_t good = 0;
    std::uint64_t timeouts = 0;
    std::uint64_t bytesTx = 0;
    std::uint64_t bytesRx = 0;
};

Totals totals(const meterbench::PollerThread &t)
{
    return t.call([](MeterPoller *p) {
        Totals s;
        for (const DeviceHealth &h : p->health()) {
            s.polls += h.polls;
            s.good += h.good;
            s.timeouts += h.timeouts;
        }
        for (const BusStatus &b : p->buses()) {
            s.bytesTx += b.bytesTx;
            s.bytesRx += b.bytesRx;
        }
        return s;
    });
}

void BM_ModbusTcp200Devices(benchmark::State &state)
{
    meterbench::app();
    const int measureMs = meterbench::envInt("VOCSYNC_BENCH_SECONDS", 20) * 1000;
    const int peerCount = meterbench::envInt("VOCSYNC_BENCH_TCP_PEERS", 1);
    const TemplateLibrary templates = TemplateLibrary::builtin();
    if (!templates.modbusTemplate(QStringLiteral("generic-modbus-meter"))) {
        state.SkipWithError("generic-modbus-meter is not among the shipped templates");
        return;
    }
    Peers peers(peerCount);
    if (!peers.error.isEmpty()) {
        state.SkipWithError(peers.error.toUtf8().constData());
        return;
    }

    for (auto _ : state) {
        // Baselines: the peers' capacity, and the CPU of bare sockets at the same rate.
        double capacity = 0;
        double rawShare = 0;
        double rawRate = 0;
        {
            RawClient raw(peers);
            if (!raw.connected()) {
                state.SkipWithError("the baseline client could not connect to every device");
                return;
            }
            capacity = raw.closedLoopRate(5000);
            std::tie(rawShare, rawRate) = raw.pacedCpuShare(10000);
        }

        const QList<Device> devices = tcpDevices(peers);
        meterbench::PollerThread thread(&templates);
        std::map<QString, std::uint64_t> readings;
        std::uint64_t healthEvents = 0;
        std::uint64_t samples = 0;
        QObject sink;
        QObject::connect(
            thread.poller(), &MeterPoller::readingReady, &sink,
            [&](const Reading &r) { ++readings[r.deviceId]; }, Qt::QueuedConnection);
        QObject::connect(
            thread.poller(), &MeterPoller::healthChanged, &sink,
            [&](const DeviceHealth &) { ++healthEvents; }, Qt::QueuedConnection);
        QObject::connect(
            thread.poller(), &SampleSource::samplesReady, &sink,
            [&](const SampleBatch &b) { samples += b.size(); }, Qt::QueuedConnection);
        const auto errors = thread.call([&](MeterPoller *p) {
            auto e = p->configure(devices, tcpPoints(devices));
            p->start();
            return e;
        });
        if (!errors.isEmpty()) {
            state.SkipWithError(errors.first().message.toUtf8().constData());
            return;
        }
        meterbench::spinFor(kWarmupMs);

        const auto readingsNow = [&] {
            std::uint64_t n = 0;
            for (const auto &[id, count] : readings)
                n += count;
            return n;
        };
        const std::map<QString, std::uint64_t> before = readings;
        const std::uint64_t r0 = readingsNow();
        const std::uint64_t s0 = samples;
        const std::uint64_t h0 = healthEvents;
        const Totals t0 = totals(thread);
        const double cpu0 = meterbench::cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        meterbench::spinFor(measureMs);
        const double wall = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        const double cpu = meterbench::cpuSeconds() - cpu0;
        const Totals t1 = totals(thread);
        const std::uint64_t r1 = readingsNow();
        const double healthPerS = static_cast<double>(healthEvents - h0) / wall;
        state.SetIterationTime(wall);

        std::uint64_t minPerDevice = UINT64_MAX;
        std::uint64_t maxPerDevice = 0;
        for (const Device &d : devices) {
            const auto it = readings.find(d.id);
            const auto b = before.find(d.id);
            const std::uint64_t n =
                (it == readings.end() ? 0 : it->second) - (b == before.end() ? 0 : b->second);
            minPerDevice = std::min(minPerDevice, n);
            maxPerDevice = std::max(maxPerDevice, n);
        }
        const double pollsPerS = static_cast<double>(r1 - r0) / wall;
        const double requestsPerS =
            static_cast<double>(t1.bytesTx - t0.bytesTx) / kRequestBytes / wall;
        const double share = cpu / wall;
        const double failed = static_cast<double>((t1.polls - t1.good) - (t0.polls - t0.good));
        const double schedule = static_cast<double>(kDevices) * 1000.0 / kIntervalMs;

        state.counters["polls_per_s"] = pollsPerS;
        state.counters["ratio_to_schedule"] = pollsPerS / schedule;
        state.counters["cpu_pct_one_core"] = 100.0 * share;
        state.counters["requests_per_s"] = requestsPerS;
        state.counters["failed_polls"] = failed;
        state.counters["timeouts"] = static_cast<double>(t1.timeouts - t0.timeouts);
        state.counters["min_max_per_device"] =
            maxPerDevice == 0 ? 0 : static_cast<double>(minPerDevice) / maxPerDevice;
        state.counters["samples_per_s"] = static_cast<double>(samples - s0) / wall;
        state.counters["peer_capacity_req_per_s"] = capacity;
        state.counters["ratio_requests_to_peer_capacity"] = requestsPerS / capacity;
        state.counters["raw_client_cpu_pct"] = 100.0 * rawShare;
        state.counters["ratio_cpu_to_raw_client"] = rawShare > 0 ? share / rawShare : 0;
        state.SetLabel(QStringLiteral("%1 devices x 1 read of %2 registers every %3 ms, %4 peers")
                           .arg(kDevices)
                           .arg(kRegisters)
                           .arg(kIntervalMs)
                           .arg(peerCount)
                           .toStdString());

        std::printf("\nModbus TCP, %d devices every %d ms (peer processes: %d), %.1f s measured:\n"
                    "  polls/s %.1f = %.3f x the %.0f/s schedule (bar >= 195/s); "
                    "failed polls %.0f, timeouts %llu\n"
                    "  readings per device %llu..%llu; requests/s %.1f; samples/s %.1f; "
                    "health events/s %.1f\n"
                    "  CPU %.1f %% of one core (bar < 25 %%); bare-socket client at %.1f req/s: "
                    "%.1f %% -> ratio %.2f\n"
                    "  peer capacity (closed loop, %d connections): %.0f req/s -> load %.2f\n",
                    kDevices, kIntervalMs, peerCount, wall, pollsPerS, pollsPerS / schedule,
                    schedule, failed, static_cast<unsigned long long>(t1.timeouts - t0.timeouts),
                    static_cast<unsigned long long>(minPerDevice),
                    static_cast<unsigned long long>(maxPerDevice), requestsPerS,
                    static_cast<double>(samples - s0) / wall, healthPerS, 100.0 * share, rawRate,
                    100.0 * rawShare, rawShare > 0 ? share / rawShare : 0.0, kDevices, capacity,
                    requestsPerS / capacity);
        std::fflush(stdout);
    }
}

} // namespace

BENCHMARK(BM_ModbusTcp200Devices)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
