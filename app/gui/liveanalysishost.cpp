#include "liveanalysishost.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/seriesreader.h"

#include <QDateTime>

namespace vocsync::gui {

namespace {
/// Replay in slices: the analyzer finalises each before the next, so memory stays bounded.
constexpr std::int64_t kReplayChunkMs = 6 * timeutil::kHourMs;
constexpr std::int64_t kLatencyMs = 30 * timeutil::kSecondMs;

std::int64_t wallClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

LiveAnalysisHost::LiveAnalysisHost(Plant plant, QString dbPath, std::int64_t learnMs,
                                   std::int64_t replayMs)
    : m_plant(std::move(plant)), m_dbPath(std::move(dbPath)), m_learnMs(learnMs),
      m_replayMs(replayMs)
{
}

LiveAnalysisHost::~LiveAnalysisHost() = default;

Result<analysis::Profiles> LiveAnalysisHost::learn(storage::SeriesReader &reader,
                                                   std::int64_t nowMs)
{
    analysis::ProfileLearner learner(m_plant);
    for (const MonitoringPoint &p : m_plant.points) {
        if (m_stop)
            return Error{tr("stopped"), QString()};
        Result<SampleBatch> samples = reader.samples(p.key, nowMs - m_learnMs, nowMs);
        if (!samples)
            return samples.error();
        learner.push(samples.value());
    }
    return learner.profiles();
}

Status LiveAnalysisHost::replay(storage::SeriesReader &reader, std::int64_t fromMs,
                                std::int64_t toMs)
{
    std::int64_t cursor = fromMs;
    // The analysis judges "now" by its clock: during the replay that is the replayed time.
    m_live->setClock([&cursor] { return cursor + kLatencyMs; });
    for (std::int64_t t = fromMs; t < toMs; t += kReplayChunkMs) {
        if (m_stop)
            return Error{tr("stopped"), QString()};
        const std::int64_t end = std::min(t + kReplayChunkMs, toMs);
        for (const MonitoringPoint &p : m_plant.points) {
            Result<SampleBatch> samples = reader.samples(p.key, t, end);
            if (!samples)
                return samples.error();
            if (samples.value().empty())
                continue;
            m_last.insert(p.key, samples.value().back().tMs);
            m_live->onSamples(samples.value());
        }
        cursor = end;
        m_live->advance();
    }
    m_live->setClock(wallClock);
    return {};
}

void LiveAnalysisHost::start()
{
    const std::int64_t now = wallClock();
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(m_dbPath);
    if (!reader) {
        m_failed = true;
        emit started(false, reader.error().toString());
        return;
    }
    Result<analysis::Profiles> profiles = learn(reader.value(), now);
    if (!profiles) {
        m_failed = true;
        emit started(false, profiles.error().toString());
        return;
    }
    const std::int64_t from = now - m_replayMs;
    m_live = std::make_unique<analysis::LiveAnalysis>(m_plant, analysis::AnalysisOptions{},
                                                      profiles.value(), from);
    m_live->setLatencyMs(kLatencyMs);
    connect(m_live.get(), &analysis::LiveAnalysis::eventChanged, this,
            &LiveAnalysisHost::eventChanged);
    if (const Status replayed = replay(reader.value(), from, now); !replayed) {
        m_live.reset();
        m_failed = true;
        emit started(false, replayed.error().toString());
        return;
    }
    // Live batches that came before start(); those queued while it ran follow through
    // onSamples(). Both skip what the replay already read.
    const std::vector<SampleBatch> buffered = std::move(m_buffer);
    m_buffer.clear();
    for (const SampleBatch &batch : buffered)
        onSamples(batch);
    m_live->advance();
    m_live->start();
    emit started(true, QString());
}

void LiveAnalysisHost::stop()
{
    m_stop = true;
    if (m_live)
        m_live->stop();
}

void LiveAnalysisHost::onSamples(const SampleBatch &batch)
{
    if (m_failed)
        return;
    if (!m_live) {
        m_buffer.push_back(batch);
        return;
    }
    if (m_last.isEmpty()) {
        m_live->onSamples(batch);
        return;
    }
    SampleBatch newer;
    for (const Sample &s : batch) {
        const auto it = m_last.constFind(s.point);
        if (it == m_last.cend()) {
            newer.push_back(s);
        } else if (s.tMs > it.value()) {
            newer.push_back(s);
            m_last.erase(it); // the live stream has passed the replay for this point
        }
    }
    if (!newer.empty())
        m_live->onSamples(newer);
}

} // namespace vocsync::gui
