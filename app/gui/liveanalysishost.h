#pragma once

#include "vocsync/analysis/liveanalysis.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace vocsync::storage {
class SeriesReader;
}

namespace vocsync::gui {

/// Starts the live analysis on its worker thread the way the station needs it: learns the
/// facility profiles from the stored history, creates analysis::LiveAnalysis from
/// now - replayMs, replays that stretch of stored samples through it, then feeds it the live
/// batches, which it buffers while it learns and replays (so nothing falls in between).
/// Lives on the analysis thread; talk to it through queued connections.
class LiveAnalysisHost : public QObject
{
    Q_OBJECT
public:
    LiveAnalysisHost(Plant plant, QString dbPath, std::int64_t learnMs, std::int64_t replayMs);
    ~LiveAnalysisHost() override;

    /// Thread-safe: a running start() stops at the next chunk.
    void requestStop() { m_stop = true; }

public slots:
    void start();
    void stop();
    void onSamples(const vocsync::SampleBatch &batch);

signals:
    void eventChanged(const vocsync::analysis::Event &event);
    /// The history was learnt and replayed; live batches are analysed from now on.
    void started(bool ok, const QString &message);

private:
    Result<analysis::Profiles> learn(storage::SeriesReader &reader, std::int64_t nowMs);
    /// Pushes [fromMs, toMs) chunk by chunk and advances the analysis after each.
    Status replay(storage::SeriesReader &reader, std::int64_t fromMs, std::int64_t toMs);

    Plant m_plant;
    QString m_dbPath;
    std::int64_t m_learnMs;
    std::int64_t m_replayMs;
    std::unique_ptr<analysis::LiveAnalysis> m_live;
    std::vector<SampleBatch> m_buffer;         ///< live batches while starting
    QHash<std::uint32_t, std::int64_t> m_last; ///< newest replayed sample per point
    std::atomic<bool> m_stop{false};
    bool m_failed = false; ///< start() failed: live batches are dropped, not kept
};

} // namespace vocsync::gui
