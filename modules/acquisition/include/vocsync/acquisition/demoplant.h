#pragma once

#include "vocsync/acquisition/samplesource.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

class QTimer;

namespace vocsync::acquisition {

/// The built-in demo plant: three or more enterprises of different industries, each with
/// production and treatment facilities, links, devices and monitoring points (keys 0 until a
/// database assigns them).
Plant demoPlant();

/// An anomaly the simulator injected on purpose: the ground truth later features must find.
/// `type` uses the event names of DOMAIN.md (late_start, treatment_idle, treatment_slowdown,
/// treatment_abnormal_stop, data_gap, ...).
struct InjectedAnomaly
{
    QString type;
    QString facilityId; ///< the facility whose behaviour is anomalous (the treatment, or the
                        ///< silent point's facility for data_gap)
    QString relatedId;  ///< the linked production facility, where there is one
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

class DemoModel;

/// Deterministic generator of the demo plant's meter readings. samplesAt(t) is a pure
/// function of (plant, seed, t): the live source and the history backfill give identical
/// samples for the same instant, whatever was asked before.
class DemoSimulator
{
public:
    /// `plant` must be demoPlant() or a copy of it with storage keys filled in.
    explicit DemoSimulator(Plant plant, std::uint64_t seed = kDefaultSeed);
    ~DemoSimulator();
    DemoSimulator(DemoSimulator &&) noexcept;
    DemoSimulator &operator=(DemoSimulator &&) noexcept;

    static constexpr std::uint64_t kDefaultSeed = 20261124;

    /// One sample per point whose interval divides tMs (nothing for a meter that is silent
    /// at t). Values are already at each channel's declared resolution.
    SampleBatch samplesAt(std::int64_t tMs) const;
    /// Every sample of [fromMs, toMs) in time order, in batches; `sink` gets each batch and the
    /// time reached (for progress) and returns false to stop. Returns false when stopped.
    bool generate(std::int64_t fromMs, std::int64_t toMs,
                  const std::function<bool(SampleBatch &&, std::int64_t reachedMs)> &sink) const;
    /// The anomalies injected in [fromMs, toMs).
    QList<InjectedAnomaly> anomalies(std::int64_t fromMs, std::int64_t toMs) const;
    const Plant &plant() const;

private:
    std::unique_ptr<DemoModel> m_model;
};

/// The demo plant as a live SampleSource: every `intervalMs` of wall time it publishes
/// samplesAt(now), like a poll cycle over real meters.
class SimulatedSource : public SampleSource
{
    Q_OBJECT
public:
    explicit SimulatedSource(DemoSimulator simulator, QObject *parent = nullptr);
    ~SimulatedSource() override;

    QString name() const override;
    LinkState linkState() const override;

    /// Where the source reads "now" in UTC ms (default: the wall clock). For tests and
    /// accelerated demos; set before start().
    using Clock = std::function<std::int64_t()>;
    void setClock(Clock clock);
    /// How often the clock is polled, in ms of real time. 0 (default): once per sample grid
    /// step, just after each grid instant of the clock.
    void setTickIntervalMs(int intervalMs);

public slots:
    void start() override;
    void stop() override;

private:
    void tick();

    DemoSimulator m_simulator;
    QTimer *m_timer = nullptr;
    LinkState m_state = LinkState::Disconnected;
    std::int64_t m_lastTickMs = 0;
    Clock m_clock;
    int m_tickIntervalMs = 0;
};

} // namespace vocsync::acquisition
