#include "vocsync/acquisition/demoplant.h"

#include "demomodel.h"

namespace vocsync::acquisition {

DemoSimulator::DemoSimulator(Plant plant, std::uint64_t seed)
    : m_model(std::make_unique<DemoModel>(std::move(plant), seed))
{
}

DemoSimulator::~DemoSimulator() = default;
DemoSimulator::DemoSimulator(DemoSimulator &&) noexcept = default;
DemoSimulator &DemoSimulator::operator=(DemoSimulator &&) noexcept = default;

SampleBatch DemoSimulator::samplesAt(std::int64_t tMs) const
{
    return m_model->samplesAt(tMs);
}

bool DemoSimulator::generate(
    std::int64_t fromMs, std::int64_t toMs,
    const std::function<bool(SampleBatch &&, std::int64_t reachedMs)> &sink) const
{
    return m_model->generate(fromMs, toMs, sink);
}

QList<InjectedAnomaly> DemoSimulator::anomalies(std::int64_t fromMs, std::int64_t toMs) const
{
    return m_model->anomalies(fromMs, toMs);
}

const Plant &DemoSimulator::plant() const
{
    return m_model->plant();
}

} // namespace vocsync::acquisition
