#include "vocsync/acquisition/demoplant.h"
#include "vocsync/acquisition/logging.h"

#include "vocsync/core/timeutil.h"

#include <QDateTime>
#include <QTimer>

#include <numeric>

namespace vocsync::acquisition {

namespace {

/// After a suspend or a stalled event loop, at most this much history is replayed at once;
/// the demo history backfill (vocsync-cli demo) covers longer absences.
constexpr std::int64_t kMaxCatchUpMs = 6 * timeutil::kHourMs;
/// Poll this long after a grid instant, so the clock has surely passed it.
constexpr std::int64_t kAfterGridMs = 50;

/// The sample grid: the greatest common divisor of the points' intervals.
std::int64_t gridMs(const Plant &plant)
{
    std::int64_t g = 0;
    for (const MonitoringPoint &p : plant.points)
        g = std::gcd(g, static_cast<std::int64_t>(std::max(1, p.intervalS)) * 1000);
    return g > 0 ? g : 10 * timeutil::kSecondMs;
}

} // namespace

SimulatedSource::SimulatedSource(DemoSimulator simulator, QObject *parent)
    : SampleSource(parent), m_simulator(std::move(simulator)), m_timer(new QTimer(this)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SimulatedSource::tick);
}

SimulatedSource::~SimulatedSource() = default;

QString SimulatedSource::name() const
{
    return tr("Demo plant simulator");
}

LinkState SimulatedSource::linkState() const
{
    return m_state;
}

void SimulatedSource::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SimulatedSource::setTickIntervalMs(int intervalMs)
{
    m_tickIntervalMs = std::max(0, intervalMs);
}

void SimulatedSource::start()
{
    if (m_state == LinkState::Connected)
        return;
    const std::int64_t grid = gridMs(m_simulator.plant());
    // The current grid instant is published at once, so live views fill without waiting.
    m_lastTickMs = timeutil::floorTo(m_clock(), grid) - grid;
    m_state = LinkState::Connected;
    emit linkStateChanged(m_state, tr("simulating %n monitoring point(s)", nullptr,
                                      static_cast<int>(m_simulator.plant().points.size())));
    tick();
}

void SimulatedSource::stop()
{
    m_timer->stop();
    if (m_state == LinkState::Disconnected)
        return;
    m_state = LinkState::Disconnected;
    emit linkStateChanged(m_state, tr("stopped"));
}

void SimulatedSource::tick()
{
    if (m_state != LinkState::Connected)
        return;
    const std::int64_t grid = gridMs(m_simulator.plant());
    const std::int64_t now = m_clock();
    const std::int64_t latest = timeutil::floorTo(now, grid);
    if (latest < m_lastTickMs - timeutil::kMinuteMs) {
        qCWarning(lcAcquisition) << "demo simulator: the clock went back from"
                                 << timeutil::toIso(m_lastTickMs) << "to" << timeutil::toIso(latest)
                                 << "; continuing from there";
        m_lastTickMs = latest - grid;
    }
    std::int64_t first = m_lastTickMs + grid;
    if (latest - first > kMaxCatchUpMs) {
        qCWarning(lcAcquisition) << "demo simulator: skipped" << (latest - first) / grid
                                 << "sample instants after a pause of"
                                 << (latest - m_lastTickMs) / timeutil::kSecondMs << "s";
        first = latest - kMaxCatchUpMs;
    }
    // Every grid instant since the last tick, once: a late tick leaves no hole.
    for (std::int64_t t = first; t <= latest; t += grid) {
        SampleBatch batch = m_simulator.samplesAt(t);
        m_lastTickMs = t;
        if (!batch.empty())
            emit samplesReady(batch);
        if (m_state != LinkState::Connected) // a slot stopped us
            return;
    }
    if (m_tickIntervalMs > 0) {
        m_timer->start(m_tickIntervalMs);
        return;
    }
    const std::int64_t wait = m_lastTickMs + grid + kAfterGridMs - now;
    m_timer->start(static_cast<int>(std::clamp<std::int64_t>(wait, 1, grid + kAfterGridMs)));
}

} // namespace vocsync::acquisition
