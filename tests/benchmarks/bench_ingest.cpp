// Ingest through the SampleWriter against a raw SQLite bulk insert of the same rows, in the
// same run (issue bar: writer >= 0.5 x raw, and >= 200,000 samples/s).
#include "testdb.h"

#include "vocsync/storage/connection.h"
#include "vocsync/storage/samplewriter.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cmath>

using namespace vocsync;

namespace {

constexpr int kPoints = 30;
constexpr std::int64_t kSamples = 1'000'000;
constexpr std::int64_t kT0 = 1748793600000; // 2025-06-02+08:00, in the past

SampleBatch makeSamples()
{
    SampleBatch all;
    all.reserve(kSamples);
    for (std::int64_t i = 0; i < kSamples; ++i)
        all.push_back(testdb::sequenceSample(i, kPoints, kT0));
    return all;
}

const SampleBatch &samples()
{
    static const SampleBatch all = makeSamples();
    return all;
}

/// Baseline: the same rows (point, time, quality, 5 integer columns) inserted with one
/// prepared statement through SQLite's C API, in transactions of 50,000 rows, WAL,
/// synchronous=NORMAL: what SQLite itself can append on this machine.
double rawSqliteSeconds(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    // Same page size as the station database (Connection::open) for a like-for-like figure.
    sqlite3_exec(db, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE raw("
                     "point_key INTEGER NOT NULL, t_ms INTEGER NOT NULL, quality INTEGER NOT "
                     "NULL, c INTEGER, v INTEGER, p INTEGER, e INTEGER, f INTEGER)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO raw VALUES(?,?,?,?,?,?,?,?)", -1, &st, nullptr);
    static const std::array<double, kQuantityCount> scale = {1000, 10, 1000, 100, 100};
    QElapsedTimer clock;
    clock.start();
    const SampleBatch &all = samples();
    for (size_t i = 0; i < all.size(); ++i) {
        if (i % 50000 == 0)
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const Sample &s = all[i];
        sqlite3_bind_int64(st, 1, s.point);
        sqlite3_bind_int64(st, 2, s.tMs);
        sqlite3_bind_int64(st, 3, s.quality);
        for (int q = 0; q < kQuantityCount; ++q) {
            if (s.mask & (1u << q))
                sqlite3_bind_int64(st, 4 + q, std::llround(s.v[static_cast<size_t>(q)] *
                                                            scale[static_cast<size_t>(q)]));
            else
                sqlite3_bind_null(st, 4 + q);
        }
        sqlite3_step(st);
        sqlite3_reset(st);
        if (i % 50000 == 49999 || i + 1 == all.size())
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return seconds;
}

/// The writer, fed in batches of 1,000 samples as acquisition would; `compact` adds the
/// compaction of every hour into chunks and rollups (the whole storage cost).
double writerSeconds(const QString &path, bool compact)
{
    testdb::createPoints(path, kPoints);
    storage::SampleWriter writer(path);
    writer.start();
    QElapsedTimer clock;
    clock.start();
    const SampleBatch &all = samples();
    for (size_t i = 0; i < all.size(); i += 1000)
        writer.enqueue(SampleBatch(all.begin() + static_cast<long>(i),
                                   all.begin() + static_cast<long>(i + 1000)));
    writer.flush();
    if (compact)
        writer.compactAll();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    writer.stop();
    return seconds;
}

void BM_IngestWriterVsRawSqlite(benchmark::State &state)
{
    const bool compact = state.range(0) != 0;
    samples();
    double raw = 0;
    double writer = 0;
    int runs = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        raw += rawSqliteSeconds(dir.filePath(QStringLiteral("raw.db")));
        writer += writerSeconds(dir.filePath(QStringLiteral("writer.db")), compact);
        ++runs;
    }
    const double rawRate = kSamples * runs / raw;
    const double writerRate = kSamples * runs / writer;
    state.counters["raw_sqlite_rows_per_s"] = rawRate;
    state.counters["writer_samples_per_s"] = writerRate;
    state.counters["ratio_writer_to_raw"] = writerRate / rawRate;
    state.SetLabel(compact ? "writer incl. compaction into chunks + rollups"
                           : "writer, raw append only");
}

} // namespace

BENCHMARK(BM_IngestWriterVsRawSqlite)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
