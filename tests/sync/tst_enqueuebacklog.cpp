// Review finding #8: packets the SQLite queue refuses are not lost. Another connection holds
// the database's write lock (BEGIN IMMEDIATE, as the storage writer or a compaction does)
// past the queue's 5 s busy timeout: the forwarder keeps the packets in memory, queues them
// again on a timer before newer ones once the lock is gone, and the platform gets every
// sample once, in order. A full in-memory backlog drops its oldest packets, counted and said.
#include "syncfixture.h"

#include "vocsync/sync/upstreamforwarder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace syncfixture;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000;
constexpr int kWaitMs = 40000;

sync::UpstreamSettings settings(int maxUnqueued = 100000)
{
    sync::UpstreamSettings s;
    s.answerTimeoutMs = 1000;
    s.backoffMinMs = 200;
    s.backoffMaxMs = 500;
    s.maxUnqueuedPackets = maxUnqueued;
    return s;
}

/// Samples of E1's three points at `instants` 10 s steps from instant `first`.
SampleBatch instants(int first, int count)
{
    SampleBatch out;
    for (int i = first; i < first + count; ++i) {
        for (std::uint32_t key : {1u, 2u, 3u})
            out.push_back(makeSample(key, kT0 + i * 10'000LL, i));
    }
    return out;
}

/// Holds the write lock of a database from another connection, as a writer in a long
/// transaction does.
class WriteLock
{
public:
    explicit WriteLock(const QString &db) : m_conn(storage::Connection::open(db)) {}
    bool lock()
    {
        return m_conn && QSqlQuery(m_conn->db()).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    bool unlock() { return QSqlQuery(m_conn->db()).exec(QStringLiteral("COMMIT")); }

private:
    Result<storage::Connection> m_conn;
};

bool waitFor(const std::function<bool()> &condition, int ms = kWaitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

bool mentions(const QStringList &problems, const QString &text)
{
    return problems.join(QLatin1Char('\n')).contains(text);
}

} // namespace

class TestEnqueueBacklog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lockedDatabaseLosesNothing();
    void fullBacklogDropsOldestLoudly();

private:
    QTemporaryDir m_dir;
    hj212::FactorMapSet m_maps;
};

void TestEnqueueBacklog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maps = loadMaps();
    QVERIFY(m_maps.map(QStringLiteral("vocsync-electric")));
}

void TestEnqueueBacklog::lockedDatabaseLosesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.db"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    ForwarderThread fw(db, makePlant(), m_maps, settings());
    SampleBatch fed = instants(0, 1);
    fw.feed(fed);
    QVERIFY(waitFor([&] { return fw.status().acked == 1 && fw.status().pending == 0; }));

    WriteLock other(db);
    QVERIFY(other.lock());
    const SampleBatch during = instants(1, 3);
    fw.feed(during); // refused after the busy timeout
    QVERIFY2(waitFor([&] { return fw.status().unqueued == 3; }),
             qPrintable(fw.problems.join(QLatin1Char('\n'))));
    // The problem signal crosses threads: it may arrive after the status changed.
    QVERIFY(waitFor([&] { return mentions(fw.problems, QStringLiteral("could not be queued")); }));
    const SampleBatch later = instants(4, 2);
    fw.feed(later); // behind the three in memory, not ahead of them
    QVERIFY(waitFor([&] { return fw.status().unqueued == 5; }));
    QVERIFY(fw.status().lastError.contains(QStringLiteral("not in the queue yet")));
    QTest::qWait(500);
    QCOMPARE(platform.distinct.size(), qsizetype(1));
    QVERIFY(other.unlock());

    fed.insert(fed.end(), during.begin(), during.end());
    fed.insert(fed.end(), later.begin(), later.end());
    QVERIFY2(waitFor([&] { return fw.status().acked == 6 && fw.status().pending == 0; }),
             qPrintable(QStringLiteral("acked %1 pending %2 unqueued %3")
                            .arg(fw.status().acked)
                            .arg(fw.status().pending)
                            .arg(fw.status().unqueued)));
    QCOMPARE(fw.status().unqueued, std::int64_t(0));
    QCOMPARE(fw.status().unqueuedDropped, std::uint64_t(0));
    QVERIFY(fw.status().lastError.isEmpty());
    QVERIFY(platform.rejected.isEmpty());
    QCOMPARE(platform.distinct.size(), qsizetype(6));
    for (int i = 0; i < 6; ++i) // queue order is feed order
        QCOMPARE(platform.distinct.at(i).dataTimeMs, kT0 + i * 10'000LL);
    QVERIFY(decodeSamples(platform.distinct, m_maps) == expectedSamples(fed));
    QVERIFY(!mentions(fw.problems, QStringLiteral("LOST")));
}

void TestEnqueueBacklog::fullBacklogDropsOldestLoudly()
{
    const QString db = m_dir.filePath(QStringLiteral("full.db"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    ForwarderThread fw(db, makePlant(), m_maps, settings(2));
    QVERIFY(waitFor([&] { return platform.hasConnection(); })); // started: no more writes
    WriteLock other(db);
    QVERIFY(other.lock());
    fw.feed(instants(0, 4)); // four packets, room for two
    QVERIFY2(waitFor([&] { return fw.status().unqueuedDropped == 2; }),
             qPrintable(fw.problems.join(QLatin1Char('\n'))));
    QCOMPARE(fw.status().unqueued, std::int64_t(2));
    QVERIFY(
        waitFor([&] { return mentions(fw.problems, QStringLiteral("2 upstream packets LOST")); }));
    QVERIFY(other.unlock());
    QVERIFY(waitFor([&] { return fw.status().acked == 2 && fw.status().pending == 0; }));
    QCOMPARE(platform.distinct.size(), qsizetype(2));
    // The newest two are kept.
    QCOMPARE(platform.distinct.at(0).dataTimeMs, kT0 + 20'000);
    QCOMPARE(platform.distinct.at(1).dataTimeMs, kT0 + 30'000);
    QCOMPARE(fw.status().unqueuedDropped, std::uint64_t(2)); // the count stays
}

QTEST_GUILESS_MAIN(TestEnqueueBacklog)
#include "tst_enqueuebacklog.moc"
