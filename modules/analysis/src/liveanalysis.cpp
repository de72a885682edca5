#include "vocsync/analysis/liveanalysis.h"

#include <QDateTime>
#include <QTimer>

namespace vocsync::analysis {

LiveAnalysis::LiveAnalysis(const Plant &plant, const AnalysisOptions &options,
                           const Profiles &profiles, std::int64_t fromMs, QObject *parent)
    : QObject(parent),
      m_analyzer(std::make_unique<Analyzer>(plant, options, profiles, fromMs)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<vocsync::analysis::Event>();
    m_analyzer->setEventSink([this](const Event &e) { emit eventChanged(e); });
}

LiveAnalysis::~LiveAnalysis() = default;

void LiveAnalysis::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void LiveAnalysis::setLatencyMs(std::int64_t latency)
{
    m_latencyMs = latency;
}

void LiveAnalysis::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(1000);
        connect(m_timer, &QTimer::timeout, this, &LiveAnalysis::advance);
    }
    m_timer->start();
}

void LiveAnalysis::stop()
{
    if (m_timer)
        m_timer->stop();
}

void LiveAnalysis::onSamples(const SampleBatch &batch)
{
    m_analyzer->push(batch);
}

void LiveAnalysis::advance()
{
    m_analyzer->advanceTo(m_clock() - m_latencyMs);
    const QHash<QString, RunState> states = m_analyzer->currentStates();
    QHash<QString, RunState> changed;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (m_lastStates.value(it.key(), RunState::Unknown) != it.value() ||
            !m_lastStates.contains(it.key()))
            changed.insert(it.key(), it.value());
    }
    m_lastStates = states;
    if (!changed.isEmpty())
        emit statesChanged(changed);
}

} // namespace vocsync::analysis
