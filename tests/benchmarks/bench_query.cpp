// One year of minute data for one point, ready to plot (issue bar: < 100 ms): the query at
// the level a chart picks, and forced minute-level reads decimated to the chart's width.
#include "testdb.h"

#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/seriesreader.h"

#include <benchmark/benchmark.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

constexpr std::int64_t kT0 = 1735660800000; // 2025-01-01T00:00:00+08:00: a past year
constexpr std::int64_t kYearMs = 365LL * 86400000;
constexpr int kChartWidthPx = 1600;

/// A database with one point sampled every 60 s for a year (525,600 samples), compacted.
struct YearDb
{
    QTemporaryDir dir;
    QString path;

    YearDb()
    {
        path = dir.filePath(QStringLiteral("year.db"));
        testdb::createPoints(path, 1);
        {
            auto conn = Connection::open(path);
            QSqlQuery(conn->db()).exec(QStringLiteral("UPDATE point SET interval_s=60"));
        }
        SampleWriter writer(path);
        writer.start();
        SampleBatch batch;
        for (std::int64_t i = 0; i < kYearMs / 60000; ++i) {
            Sample s = testdb::sequenceSample(i, 1, 0);
            s.tMs = kT0 + i * 60000;
            batch.push_back(s);
            if (batch.size() == 10000)
                writer.enqueue(std::exchange(batch, {}));
        }
        writer.enqueue(std::move(batch));
        writer.compactAll();
    }
};

YearDb &yearDb()
{
    static YearDb db;
    return db;
}

/// Min/max per pixel column over the mean line: what a plot of `width` px draws.
std::vector<std::pair<double, double>> decimate(const Series &s, int width)
{
    std::vector<std::pair<double, double>> px(static_cast<size_t>(width),
                                              {INFINITY, -INFINITY});
    if (s.size() == 0)
        return px;
    const double t0 = static_cast<double>(s.tMs.front());
    const double span = static_cast<double>(s.tMs.back()) - t0 + 1;
    const auto &band = s.q[static_cast<size_t>(index(Quantity::CurrentA))];
    for (size_t i = 0; i < s.size(); ++i) {
        auto &p = px[static_cast<size_t>((static_cast<double>(s.tMs[i]) - t0) / span * width)];
        p.first = std::min(p.first, band.min[i]);
        p.second = std::max(p.second, band.max[i]);
    }
    return px;
}

void runQuery(benchmark::State &state, std::optional<Resolution> level)
{
    YearDb &db = yearDb();
    auto reader = SeriesReader::open(db.path);
    std::size_t points = 0;
    for (auto _ : state) {
        SeriesRequest req{1, kT0, kT0 + kYearMs, kChartWidthPx, level};
        Result<Series> s = reader.value().read(req);
        if (!s) {
            state.SkipWithError(qPrintable(s.error().toString()));
            return;
        }
        points = s->size();
        benchmark::DoNotOptimize(decimate(*s, kChartWidthPx));
    }
    state.counters["buckets_read"] = static_cast<double>(points);
    state.counters["samples_covered"] = static_cast<double>(kYearMs / 60000);
}

void BM_YearAutoLevel(benchmark::State &state)
{
    runQuery(state, std::nullopt);
    state.SetLabel("level chosen for 1600 px (hour rollups)");
}

void BM_YearMinuteLevel(benchmark::State &state)
{
    runQuery(state, Resolution::Minute);
    state.SetLabel("every minute rollup of the year, decimated to 1600 px");
}

void BM_YearRawSamples(benchmark::State &state)
{
    runQuery(state, Resolution::Raw);
    state.SetLabel("every stored sample of the year (chunks decoded), decimated");
}

} // namespace

BENCHMARK(BM_YearAutoLevel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YearMinuteLevel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YearRawSamples)->Unit(benchmark::kMillisecond);
