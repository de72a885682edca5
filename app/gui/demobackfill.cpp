#include "demobackfill.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/seriesreader.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>

namespace vocsync::gui {

namespace {
/// The writer's queue is unbounded; generating is faster than committing, so wait above this.
constexpr std::uint64_t kMaxQueued = 100'000;
constexpr std::int64_t kGridMs = 10 * timeutil::kSecondMs;
} // namespace

DemoBackfill::DemoBackfill(Plant plant, QString dbPath, storage::SampleWriter *writer,
                           std::int64_t historyMs)
    : m_plant(std::move(plant)), m_dbPath(std::move(dbPath)), m_writer(writer),
      m_historyMs(historyMs)
{
}

void DemoBackfill::run()
{
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(m_dbPath);
    if (!reader) {
        emit finished(false, reader.error().toString(), 0);
        return;
    }
    std::int64_t latest = -1;
    for (const MonitoringPoint &p : m_plant.points) {
        if (const auto extent = reader.value().extent(p.key))
            latest = std::max(latest, extent->second);
    }
    const std::int64_t start = QDateTime::currentMSecsSinceEpoch();
    std::int64_t from = std::max(timeutil::floorTo(start - m_historyMs, kGridMs), latest + 1);
    const std::int64_t firstFrom = from;
    const acquisition::DemoSimulator simulator(m_plant);
    int lastPercent = -1;
    const auto sink = [&](SampleBatch &&batch, std::int64_t reachedMs) {
        while (m_writer->stats().queued > kMaxQueued && !m_stop)
            QThread::msleep(20);
        m_writer->enqueue(std::move(batch));
        const std::int64_t total = std::max<std::int64_t>(start - firstFrom, 1);
        const int percent = static_cast<int>(
            std::clamp<std::int64_t>((reachedMs - firstFrom) * 100 / total, 0, 100));
        if (percent != lastPercent) {
            lastPercent = percent;
            emit progress(percent);
        }
        return !m_stop.load();
    };
    // Repeat until the generated history reaches the current grid instant.
    for (;;) {
        const std::int64_t to = timeutil::floorTo(QDateTime::currentMSecsSinceEpoch(), kGridMs);
        if (to <= from)
            break;
        if (!simulator.generate(from, to, sink) || m_stop) {
            emit finished(false, tr("stopped"), from);
            return;
        }
        from = to;
    }
    const Status flushed = m_writer->flush();
    if (!flushed.ok()) {
        emit finished(false, flushed.error().toString(), from);
        return;
    }
    emit finished(true, {}, from);
}

} // namespace vocsync::gui
