#pragma once

#include "vocsync/analysis/analyzer.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace vocsync::analysis {

/// The live side of the analysis: an Analyzer fed by the acquisition's sample batches and
/// advanced by the clock, reporting events as they open, grow and close. Runs on whatever
/// thread it lives on (the app moves it to a worker); talk to it through queued signals.
class LiveAnalysis : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<std::int64_t()>;
    /// `fromMs`: where the analysis starts (usually now, or the start of today's history
    /// already replayed through onSamples()).
    LiveAnalysis(const Plant &plant, const AnalysisOptions &options, const Profiles &profiles,
                 std::int64_t fromMs, QObject *parent = nullptr);
    ~LiveAnalysis() override;

    void setClock(Clock clock);              ///< default: wall clock, UTC ms
    void setLatencyMs(std::int64_t latency); ///< how late samples may arrive (default 30 s)

public slots:
    void start();                               ///< starts the 1 s advance timer
    void stop();
    void onSamples(const vocsync::SampleBatch &batch);
    /// Advances to clock() - latency now (the timer calls this every second).
    void advance();

signals:
    /// An event opened, grew (open, later end) or closed (open false).
    void eventChanged(const vocsync::analysis::Event &event);
    /// Provisional state of every facility whose state changed, by facility id.
    void statesChanged(const QHash<QString, vocsync::RunState> &states);

private:
    std::unique_ptr<Analyzer> m_analyzer;
    QHash<QString, RunState> m_lastStates;
    QTimer *m_timer = nullptr;
    Clock m_clock;
    std::int64_t m_latencyMs = 30'000;
};

} // namespace vocsync::analysis

Q_DECLARE_METATYPE(vocsync::analysis::Event)
