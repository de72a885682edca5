#include "testdb.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/migrations.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/seriesreader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QMutex>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vocsync;
using namespace vocsync::storage;

namespace {
constexpr std::int64_t kT0 = 1735660800000; // 2025-01-01T00:00:00+08:00

std::int64_t count(const QString &path, const char *sql)
{
    auto conn = Connection::open(path, OpenMode::ReadOnly);
    QSqlQuery q(conn->db());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

SampleBatch hours(int points, int hoursCount)
{
    SampleBatch out;
    for (std::int64_t i = 0; i < points * 360LL * hoursCount; ++i)
        out.push_back(testdb::sequenceSample(i, points, kT0));
    return out;
}
} // namespace

/// What the writer does when things go wrong: a second writer, clocks in the future, a disk
/// that refuses writes, a resolution changed under stored samples, two first opens at once.
class TestWriterFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newDb(int points = 2)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.db").arg(++m_n));
        return testdb::createPoints(path, points) ? path : QString();
    }

private slots:
    void secondWriterIsRefused()
    {
        const QString path = newDb();
        SampleWriter first(path);
        QVERIFY(first.start().ok());
        first.enqueue(hours(2, 1));
        QVERIFY(first.flush().ok());
        SampleWriter second(path);
        const Status s = second.start();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("already being written")),
                 qPrintable(s.error().toString()));
        QCOMPARE(s.error().where, path);
        // The first writer's pending rows were not touched by the refused one.
        QCOMPARE(count(path, "SELECT count(*) FROM sample_raw"), 720);
        first.stop();
        QVERIFY(second.start().ok()); // free again once the first stopped
        QVERIFY(second.compactAll().ok());
        QCOMPARE(count(path, "SELECT coalesce(sum(n),0) FROM sample_chunk"), 720);
    }

    void futureSamplesAreRefused()
    {
        const QString path = newDb();
        SampleWriter w(path);
        QStringList problems;
        connect(&w, &SampleWriter::problem, &w,
                [&](const QString &m) { problems << m; }, Qt::DirectConnection);
        QVERIFY(w.start().ok());
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        Sample future = testdb::sequenceSample(0, 2, now + 24 * timeutil::kHourMs);
        Sample present = testdb::sequenceSample(1, 2, now - timeutil::kMinuteMs);
        w.enqueue({future, present});
        QVERIFY(w.flush().ok());
        QCOMPARE(w.stats().committed, 1u);
        QCOMPARE(w.stats().rejected, 1u);
        w.stop();
        QVERIFY2(!problems.isEmpty() && problems.first().contains(QStringLiteral("clock")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(count(path, "SELECT count(*) FROM sample_raw"), 1);
    }

    void failingCommitsReportAndStopInTime()
    {
        const QString path = newDb();
        {
            auto conn = Connection::open(path);
            QSqlQuery q(conn->db());
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TRIGGER full BEFORE INSERT ON sample_raw "
                "BEGIN SELECT RAISE(ABORT, 'simulated: database or disk is full'); END")));
        }
        WriterOptions opt;
        opt.stopRetryMs = 300;
        auto w = std::make_unique<SampleWriter>(path, opt);
        QVERIFY(w->start().ok());
        w->enqueue(hours(2, 1));
        const Status flushed = w->flush(); // must answer, with the error, not hang
        QVERIFY(!flushed.ok());
        QVERIFY2(flushed.error().toString().contains(QStringLiteral("disk is full")),
                 qPrintable(flushed.error().toString()));
        QElapsedTimer clock;
        clock.start();
        w->stop();
        QVERIFY2(clock.elapsed() < 5000, "stop() must give up after stopRetryMs");
        QCOMPARE(w->stats().committed, 0u);
        QCOMPARE(count(path, "SELECT count(*) FROM sample_raw"), 0);
        // The samples given up were counted, and a later writer works once the disk is back.
        {
            auto conn = Connection::open(path);
            QSqlQuery q(conn->db());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER full")));
        }
        SampleWriter again(path);
        QVERIFY(again.start().ok());
        again.enqueue(hours(2, 1));
        QVERIFY(again.flush().ok());
        QCOMPARE(again.stats().committed, 720u);
    }

    void enqueueAfterStopIsReported()
    {
        const QString path = newDb();
        SampleWriter w(path);
        QStringList problems;
        connect(&w, &SampleWriter::problem, &w,
                [&](const QString &m) { problems << m; }, Qt::DirectConnection);
        w.enqueue(hours(2, 1)); // never started
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("720")));
    }

    void resolutionChangeUnderSamplesIsRefused()
    {
        const QString path = newDb();
        {
            SampleWriter w(path);
            QVERIFY(w.start().ok());
            w.enqueue(hours(2, 1));
            QVERIFY(w.compactAll().ok());
        }
        auto conn = Connection::open(path);
        auto plant = plantrepository::load(conn->db());
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        Plant changed = *plant;
        for (Channel &c : changed.points[0].channels) {
            if (c.quantity == Quantity::CurrentA)
                c.decimals = 2;
        }
        const Status s = plantrepository::save(conn->db(), changed);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("current_a")) &&
                     s.error().where.contains(QStringLiteral("P1")),
                 qPrintable(s.error().toString()));
        // Unchanged resolutions save fine, and nothing was rescaled.
        QVERIFY(plantrepository::save(conn->db(), *plant).ok());
        auto reader = SeriesReader::open(path);
        auto got = reader.value().samples(1, kT0, kT0 + timeutil::kHourMs);
        QVERIFY(got.ok() && !got->empty());
        QCOMPARE(got->front().value(Quantity::CurrentA),
                 testdb::sequenceSample(0, 2, kT0).value(Quantity::CurrentA));
    }

    void dayRollupsKeepTheRecordedZone()
    {
        const QString path = newDb();
        const SampleBatch all = hours(2, 30); // 30 hours: crosses a day boundary either way
        {
            SampleWriter w(path); // records Asia/Shanghai, the station zone of this process
            QVERIFY(w.start().ok());
            w.enqueue(SampleBatch(all.begin(), all.begin() + static_cast<long>(all.size() / 2)));
            QVERIFY(w.compactAll().ok());
        }
        const QTimeZone before = timeutil::stationZone();
        timeutil::setStationZone(QTimeZone::utc()); // the user changes the display zone
        {
            SampleWriter w(path);
            QVERIFY(w.start().ok());
            w.enqueue(SampleBatch(all.begin() + static_cast<long>(all.size() / 2), all.end()));
            QVERIFY(w.compactAll().ok());
        }
        auto reader = SeriesReader::open(path);
        SeriesRequest req{1, kT0 - timeutil::kDayMs, kT0 + 3 * timeutil::kDayMs, 1,
                          Resolution::Day};
        auto days = reader.value().read(req);
        timeutil::setStationZone(before);
        QVERIFY2(days.ok(), qPrintable(days.error().toString()));
        std::uint64_t total = 0;
        for (size_t i = 0; i < days->size(); ++i) {
            total += days->count[i];
            // Days start at Shanghai midnight (16:00 UTC), never at UTC midnight.
            QCOMPARE((days->tMs[i] + 8 * timeutil::kHourMs) % timeutil::kDayMs, 0);
            if (i > 0)
                QCOMPARE(days->tMs[i] - days->tMs[i - 1], timeutil::kDayMs);
        }
        QCOMPARE(total, static_cast<std::uint64_t>(all.size() / 2)); // point 1's samples, once
    }

    void concurrentFirstOpensMigrateOnce()
    {
        for (int round = 0; round < 100; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("race%1.db").arg(round));
            std::atomic<int> failures{0};
            QMutex mutex;
            QStringList errors;
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&] {
                    auto conn = Connection::open(path);
                    if (conn && schemaVersion(conn->db()) == latestSchemaVersion())
                        return;
                    ++failures;
                    QMutexLocker lock(&mutex);
                    errors << (conn ? QStringLiteral("wrong version") : conn.error().toString());
                });
            }
            for (std::thread &t : threads)
                t.join();
            QVERIFY2(failures.load() == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestWriterFailures)
#include "tst_writerfailures.moc"
