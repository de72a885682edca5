#include "testdb.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/seriesreader.h"
#include "vocsync/storage/samplewriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

constexpr int kPoints = 3;
// 2026-11-23T22:00:00+08:00: the data crosses a station-local midnight.
constexpr std::int64_t kT0 = 1795442400000;
constexpr std::array<int, kQuantityCount> kDecimals = {3, 1, 3, 2, 2};

std::int64_t stored(const Sample &s, Quantity q)
{
    return std::llround(s.v[static_cast<size_t>(index(q))] *
                        std::pow(10.0, kDecimals[static_cast<size_t>(index(q))]));
}

/// What the database must hold: per point, per time, the last sample written.
using Expected = std::map<std::uint32_t, std::map<std::int64_t, Sample>>;

/// Five hours of three points with shuffled arrival, duplicates that replace earlier values
/// and a quantity missing now and then.
SampleBatch makeData(Expected *expected)
{
    SampleBatch all;
    for (std::int64_t i = 0; i < kPoints * 5 * 360; ++i) {
        Sample s = testdb::sequenceSample(i, kPoints, kT0);
        if (s.point == 3 && (i / kPoints) % 7 == 3)
            s.mask &= static_cast<std::uint8_t>(~bit(Quantity::VoltageV));
        all.push_back(s);
    }
    std::mt19937 rng(7);
    for (size_t start = 0; start + 300 <= all.size(); start += 300)
        std::shuffle(all.begin() + static_cast<long>(start),
                     all.begin() + static_cast<long>(start + 300), rng);
    for (int k = 0; k < 40; ++k) { // rewrites: same point and time, new value, arriving later
        Sample dup = all[static_cast<size_t>(rng() % all.size())];
        dup.set(Quantity::CurrentA, 77.777);
        all.push_back(dup);
    }
    for (const Sample &s : all)
        (*expected)[s.point][s.tMs] = s;
    return all;
}

void writeAll(SampleWriter &w, const SampleBatch &all, size_t batch)
{
    for (size_t i = 0; i < all.size(); i += batch)
        w.enqueue(SampleBatch(all.begin() + static_cast<long>(i),
                              all.begin() + static_cast<long>(std::min(all.size(), i + batch))));
}

/// Independent reference: buckets of the expected samples, computed with plain loops.
struct RefBucket
{
    std::uint32_t count = 0;
    std::array<std::int64_t, kQuantityCount> min{}, max{}, sum{};
    std::array<std::uint32_t, kQuantityCount> n{};
};

std::map<std::int64_t, RefBucket> reference(const std::map<std::int64_t, Sample> &samples,
                                            Resolution level)
{
    std::map<std::int64_t, RefBucket> out;
    for (const auto &[t, s] : samples) {
        std::int64_t start = 0;
        if (level == Resolution::Minute)
            start = t - t % 60000;
        else if (level == Resolution::Hour)
            start = t - t % 3600000;
        else // Asia/Shanghai day: UTC+8, no daylight saving
            start = (t + 8 * 3600000) / 86400000 * 86400000 - 8 * 3600000;
        RefBucket &b = out[start];
        ++b.count;
        for (Quantity q : kAllQuantities) {
            if (!s.has(q))
                continue;
            const auto i = static_cast<size_t>(index(q));
            const std::int64_t v = stored(s, q);
            b.min[i] = b.n[i] ? std::min(b.min[i], v) : v;
            b.max[i] = b.n[i] ? std::max(b.max[i], v) : v;
            b.sum[i] += v;
            ++b.n[i];
        }
    }
    return out;
}

} // namespace

/// The writer: batching, compaction, rollups equal to aggregates computed from the raw
/// samples, answers identical before and after compaction, late data merged, recovery.
class TestSampleWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString newDb()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_dbCount));
        if (!testdb::createPoints(path, kPoints))
            return {};
        return path;
    }

    static std::int64_t scalarCount(const QString &path, const QString &sql)
    {
        auto conn = Connection::open(path, OpenMode::ReadOnly);
        QSqlQuery q(conn->db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static void verifySamples(const QString &path, const Expected &expected)
    {
        auto reader = SeriesReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.error().toString()));
        for (const auto &[point, samples] : expected) {
            auto got = reader.value().samples(point, kT0 - 3600000, kT0 + 10 * 3600000);
            QVERIFY2(got.ok(), qPrintable(got.error().toString()));
            QCOMPARE(got->size(), samples.size());
            size_t i = 0;
            for (const auto &[t, want] : samples) {
                const Sample &s = (*got)[i++];
                QCOMPARE(s.tMs, t);
                QCOMPARE(s.mask, want.mask);
                for (Quantity q : kAllQuantities) {
                    if (want.has(q))
                        QCOMPARE(stored(s, q), stored(want, q));
                }
            }
        }
    }

    static void verifyRollups(const QString &path, const Expected &expected)
    {
        auto reader = SeriesReader::open(path);
        QVERIFY(reader.ok());
        for (Resolution level : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
            for (const auto &[point, samples] : expected) {
                const auto ref = reference(samples, level);
                SeriesRequest req;
                req.point = point;
                req.fromMs = kT0 - 86400000;
                req.toMs = kT0 + 86400000;
                req.resolution = level;
                auto series = reader.value().read(req);
                QVERIFY2(series.ok(), qPrintable(series.error().toString()));
                QCOMPARE(series->resolution, level);
                QCOMPARE(series->size(), ref.size());
                size_t i = 0;
                for (const auto &[start, b] : ref) {
                    QCOMPARE(series->tMs[i], start);
                    QCOMPARE(series->count[i], b.count);
                    for (Quantity q : kAllQuantities) {
                        const auto k = static_cast<size_t>(index(q));
                        const double scale = std::pow(10.0, kDecimals[k]);
                        if (!b.n[k]) {
                            QVERIFY(std::isnan(series->q[k].mean[i]));
                            continue;
                        }
                        QCOMPARE(std::llround(series->q[k].min[i] * scale), b.min[k]);
                        QCOMPARE(std::llround(series->q[k].max[i] * scale), b.max[k]);
                        const double mean = static_cast<double>(b.sum[k]) / b.n[k] / scale;
                        QVERIFY2(std::fabs(series->q[k].mean[i] - mean) < 1e-9,
                                 qPrintable(QStringLiteral("mean %1 vs %2")
                                                .arg(series->q[k].mean[i])
                                                .arg(mean)));
                    }
                    ++i;
                }
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rollupsEqualAggregatesOfRawSamples()
    {
        const QString path = newDb();
        QVERIFY(!path.isEmpty());
        Expected expected;
        const SampleBatch all = makeData(&expected);
        WriterOptions opt;
        opt.compactGraceMs = 1000LL * 86400 * 365 * 100; // nothing closes on its own
        SampleWriter w(path, opt);
        QVERIFY(w.start().ok());
        writeAll(w, all, 777);
        QVERIFY(w.flush().ok());
        QCOMPARE(w.stats().committed, all.size());
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_chunk")), 0);
        // Before compaction every answer comes from the raw rows ...
        verifySamples(path, expected);
        verifyRollups(path, expected);
        // ... and after it from chunks and rollups, identically.
        QVERIFY(w.compactAll().ok());
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_raw")), 0);
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_chunk")),
                 kPoints * 5);
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM rollup_day")),
                 kPoints * 2);
        verifySamples(path, expected);
        verifyRollups(path, expected);
    }

    void compactsClosedHoursAsDataArrives()
    {
        const QString path = newDb();
        Expected expected;
        SampleBatch all = makeData(&expected);
        // Stable: a rewrite must still arrive after the sample it replaces.
        std::stable_sort(all.begin(), all.end(),
                         [](const Sample &a, const Sample &b) { return a.tMs < b.tMs; });
        SampleWriter w(path); // default grace: 2 minutes of data time
        QVERIFY(w.start().ok());
        writeAll(w, all, 500);
        QVERIFY(w.flush().ok());
        // Hours 0-3 are closed by later data; the last hour is still open in raw rows.
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_chunk")),
                 kPoints * 4);
        const std::int64_t raw = scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_raw"));
        QVERIFY2(raw > 0 && raw <= kPoints * 400, qPrintable(QString::number(raw)));
        verifySamples(path, expected);
        verifyRollups(path, expected);
    }

    void lateSamplesAreMergedIntoExistingChunks()
    {
        const QString path = newDb();
        Expected expected;
        const SampleBatch all = makeData(&expected);
        SampleWriter w(path);
        QVERIFY(w.start().ok());
        writeAll(w, all, 1000);
        QVERIFY(w.compactAll().ok());
        // An hour-old correction and a new sample inside a compacted hour.
        Sample fix = all[10];
        fix.set(Quantity::PowerKw, 123.456);
        Sample extra = all[11];
        extra.tMs += 5000; // between two regular samples
        extra.set(Quantity::CurrentA, 1.5);
        w.enqueue({fix, extra});
        expected[fix.point][fix.tMs] = fix;
        expected[extra.point][extra.tMs] = extra;
        QVERIFY(w.compactAll().ok());
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_chunk")),
                 kPoints * 5);
        verifySamples(path, expected);
        verifyRollups(path, expected);
    }

    void recoversRawRowsAfterRestart()
    {
        const QString path = newDb();
        Expected expected;
        const SampleBatch all = makeData(&expected);
        {
            WriterOptions opt;
            opt.compactGraceMs = 1000LL * 86400 * 365 * 100;
            SampleWriter w(path, opt);
            QVERIFY(w.start().ok());
            writeAll(w, all, 999);
        } // destructor commits what is queued and stops
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_raw")),
                 static_cast<std::int64_t>(all.size()));
        SampleWriter w(path);
        QVERIFY(w.start().ok());
        QVERIFY(w.compactAll().ok());
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_raw")), 0);
        verifySamples(path, expected);
        verifyRollups(path, expected);
    }

    void refusesUnknownPointsAndUndeclaredQuantities()
    {
        const QString path = newDb();
        SampleWriter w(path);
        QVERIFY(w.start().ok());
        Sample unknown = testdb::sequenceSample(0, kPoints, kT0);
        unknown.point = 99;
        Sample undeclared = testdb::sequenceSample(1, kPoints, kT0); // point 2: no frequency
        undeclared.set(Quantity::FrequencyHz, 50.0);
        Sample onlyUndeclared;
        onlyUndeclared.point = 2;
        onlyUndeclared.tMs = kT0;
        onlyUndeclared.set(Quantity::FrequencyHz, 50.0);
        Sample notFinite = testdb::sequenceSample(2, kPoints, kT0);
        notFinite.set(Quantity::CurrentA, std::nan(""));
        w.enqueue({unknown, undeclared, onlyUndeclared, notFinite});
        QVERIFY(w.flush().ok());
        QCOMPARE(w.stats().committed, 2u);
        QCOMPARE(w.stats().rejected, 2u);
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_raw WHERE "
                                                  "frequency_hz IS NOT NULL")),
                 0);
        QCOMPARE(scalarCount(path, QStringLiteral("SELECT count(*) FROM sample_raw WHERE "
                                                  "point_key=3 AND current_a IS NULL")),
                 1);
    }

    void choosesCoarsestResolutionWithEnoughPoints()
    {
        const std::int64_t year = 365LL * 86400000;
        QCOMPARE(chooseResolution(year, 10, 800), Resolution::Hour);
        QCOMPARE(chooseResolution(year, 10, 300), Resolution::Day);
        QCOMPARE(chooseResolution(86400000, 10, 800), Resolution::Minute);
        QCOMPARE(chooseResolution(3600000, 10, 800), Resolution::Raw);
        QCOMPARE(chooseResolution(7 * 86400000LL, 10, 2000), Resolution::Minute);
    }

    void readerRejectsUnknownPoint()
    {
        const QString path = newDb();
        auto reader = SeriesReader::open(path);
        QVERIFY(reader.ok());
        SeriesRequest req;
        req.point = 42;
        req.fromMs = 0;
        req.toMs = 1;
        auto s = reader.value().read(req);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("42")));
    }
};

QTEST_GUILESS_MAIN(TestSampleWriter)
#include "tst_samplewriter.moc"
