#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/dbstats.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/seriesreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace vocsync;
using namespace vocsync::storage;

namespace {
// 2026-11-16T00:00:00+08:00, a Monday: three days cover weekdays and the shift pattern.
constexpr std::int64_t kFrom = 1795190400000;
constexpr int kDays = 3;
} // namespace

/// The demo plant through the whole storage path: what the simulator produced is what the
/// database gives back, exactly at each channel's resolution, in at most 8 bytes a sample.
class TestDemoStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Plant m_plant;
    std::uint64_t m_generated = 0;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        {
            auto conn = Connection::open(m_path);
            QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
            QVERIFY(plantrepository::save(conn->db(), acquisition::demoPlant()).ok());
            auto plant = plantrepository::load(conn->db());
            QVERIFY(plant.ok());
            m_plant = std::move(plant).value();
        }
        acquisition::DemoSimulator sim(m_plant);
        SampleWriter writer(m_path);
        QVERIFY(writer.start().ok());
        sim.generate(kFrom, kFrom + kDays * timeutil::kDayMs,
                     [&](SampleBatch &&batch, std::int64_t) {
                         m_generated += batch.size();
                         writer.enqueue(std::move(batch));
                         return true;
                     });
        QVERIFY(writer.compactAll().ok());
        QCOMPARE(writer.stats().committed, m_generated);
        QCOMPARE(writer.stats().rejected, 0u);
    }

    void everyValueComesBackExactly()
    {
        acquisition::DemoSimulator sim(m_plant);
        std::map<std::uint32_t, SampleBatch> expected;
        sim.generate(kFrom, kFrom + kDays * timeutil::kDayMs,
                     [&](SampleBatch &&batch, std::int64_t) {
                         for (const Sample &s : batch)
                             expected[s.point].push_back(s);
                         return true;
                     });
        auto reader = SeriesReader::open(m_path);
        QVERIFY(reader.ok());
        std::uint64_t compared = 0;
        for (const MonitoringPoint &p : m_plant.points) {
            auto got = reader.value().samples(p.key, kFrom, kFrom + kDays * timeutil::kDayMs);
            QVERIFY2(got.ok(), qPrintable(got.error().toString()));
            const SampleBatch &want = expected[p.key];
            QCOMPARE(got->size(), want.size());
            for (size_t i = 0; i < want.size(); ++i) {
                const Sample &a = (*got)[i];
                const Sample &b = want[i];
                QCOMPARE(a.tMs, b.tMs);
                QCOMPARE(a.mask, b.mask);
                for (const Channel &c : p.channels) {
                    const double scale = std::pow(10.0, c.decimals);
                    QCOMPARE(std::llround(a.value(c.quantity) * scale),
                             std::llround(b.value(c.quantity) * scale));
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 1'000'000);
    }

    void storesAtMostEightBytesPerSample()
    {
        auto stats = readDbStats(m_path);
        QVERIFY2(stats.ok(), qPrintable(stats.error().toString()));
        qInfo("%lld samples, %lld chunks, %lld raw rows, %lld bytes: %.2f bytes/sample",
              static_cast<long long>(stats->samples), static_cast<long long>(stats->chunks),
              static_cast<long long>(stats->rawRows), static_cast<long long>(stats->fileBytes),
              stats->bytesPerSample);
        QCOMPARE(static_cast<std::uint64_t>(stats->samples), m_generated);
        QCOMPARE(stats->rawRows, 0);
        QVERIFY2(stats->bytesPerSample <= 8.0, qPrintable(QString::number(stats->bytesPerSample)));
    }
};

QTEST_GUILESS_MAIN(TestDemoStorage)
#include "tst_demostorage.moc"
