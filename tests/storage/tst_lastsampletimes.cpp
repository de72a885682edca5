// The newest stored sample per point (storage/lastsampletimes.h), which the HJ 212 server
// backfills from after a station restart: over raw rows and chunks, and with what the sample
// writer really stores.
#include "testdb.h"

#include "vocsync/storage/lastsampletimes.h"
#include "vocsync/storage/samplewriter.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kH0 = 1'767'225'600'000; // 2026-01-01 00:00 UTC

} // namespace

class TestLastSampleTimes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void emptyDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        QVERIFY(testdb::createPoints(path, 2));
        auto conn = Connection::open(path);
        QVERIFY(conn.ok());
        const auto times = lastSampleTimes(conn->db());
        QVERIFY2(times.ok(), qPrintable(times.error().toString()));
        QVERIFY(times->isEmpty());
    }

    void newestOverRawRowsAndChunks()
    {
        const QString path = m_dir.filePath(QStringLiteral("rows.db"));
        QVERIFY(testdb::createPoints(path, 5));
        auto conn = Connection::open(path);
        QVERIFY(conn.ok());
        QSqlQuery q(conn->db());
        const auto chunk = [&q](int point, std::int64_t hour, std::int64_t first,
                                std::int64_t last) {
            return q.exec(QStringLiteral("INSERT INTO sample_chunk(point_key, hour_ms, n, t_first, "
                                         "t_last, samples, minutes) VALUES(%1, %2, 2, %3, %4, "
                                         "x'00', x'00')")
                              .arg(point)
                              .arg(hour)
                              .arg(first)
                              .arg(last));
        };
        const auto raw = [&q](int point, std::int64_t t) {
            return q.exec(QStringLiteral("INSERT INTO sample_raw(point_key, t_ms, current_a) "
                                         "VALUES(%1, %2, 1000)")
                              .arg(point)
                              .arg(t));
        };
        // Point 1: chunks for two hours, and a newer raw row.
        QVERIFY2(chunk(1, kH0, kH0 + 10'000, kH0 + kHour - 10'000),
                 qPrintable(q.lastError().text()));
        QVERIFY(chunk(1, kH0 + kHour, kH0 + kHour, kH0 + kHour + 1'800'000));
        QVERIFY(raw(1, kH0 + kHour + 1'900'000));
        QVERIFY(raw(1, kH0 + kHour + 1'850'000));
        // Point 2: only chunks, the newest hour stored first; an older raw row (a late sample
        // not compacted yet) does not win.
        QVERIFY(chunk(2, kH0 + 5 * kHour, kH0 + 5 * kHour, kH0 + 5 * kHour + 123'000));
        QVERIFY(chunk(2, kH0, kH0, kH0 + kHour - 1));
        QVERIFY(raw(2, kH0 + 2 * kHour));
        // Point 3: only raw rows, out of order.
        QVERIFY(raw(3, kH0 + 30'000));
        QVERIFY(raw(3, kH0 + 50'000));
        QVERIFY(raw(3, kH0 + 40'000));
        // Point 4: nothing stored. Point 5: one chunk.
        QVERIFY(chunk(5, kH0 + 2 * kHour, kH0 + 2 * kHour + 5, kH0 + 2 * kHour + 5));

        const auto times = lastSampleTimes(conn->db());
        QVERIFY2(times.ok(), qPrintable(times.error().toString()));
        QCOMPARE(times->size(), 4);
        QCOMPARE(times->value(1), kH0 + kHour + 1'900'000);
        QCOMPARE(times->value(2), kH0 + 5 * kHour + 123'000);
        QCOMPARE(times->value(3), kH0 + 50'000);
        QVERIFY(!times->contains(4));
        QCOMPARE(times->value(5), kH0 + 2 * kHour + 5);
    }

    /// What the sample writer stores, before and after compaction into chunks.
    void matchesWhatTheWriterStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("writer.db"));
        constexpr int kPoints = 3;
        QVERIFY(testdb::createPoints(path, kPoints));
        // Three hours up to a little before now: the writer refuses samples from the future.
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const std::int64_t t0 = (now / kHour - 3) * kHour;
        SampleBatch all;
        std::map<std::uint32_t, std::int64_t> newest;
        for (std::int64_t i = 0; i < kPoints * 3 * 360 - 4; ++i) {
            const Sample s = testdb::sequenceSample(i, kPoints, t0);
            all.push_back(s);
            newest[s.point] = std::max(newest[s.point], s.tMs);
        }
        WriterOptions options;
        options.compactGraceMs = 1000LL * 86400 * 365; // nothing closes on its own
        SampleWriter writer(path, options);
        QVERIFY(writer.start().ok());
        writer.enqueue(all);
        QVERIFY(writer.flush().ok());
        const auto check = [&](const char *stage) {
            auto conn = Connection::open(path);
            QVERIFY(conn.ok());
            const auto times = lastSampleTimes(conn->db());
            QVERIFY2(times.ok(), qPrintable(times.error().toString()));
            QCOMPARE(times->size(), kPoints);
            for (const auto &[point, t] : newest)
                QVERIFY2(times->value(point) == t, stage);
        };
        check("raw rows");
        QVERIFY(writer.compactAll().ok());
        {
            auto conn = Connection::open(path);
            QSqlQuery q(conn->db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sample_raw")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        check("chunks");
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(TestLastSampleTimes)
#include "tst_lastsampletimes.moc"
