#include "testdb.h"

#include "vocsync/storage/seriesreader.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vocsync;
using namespace vocsync::storage;

namespace {
constexpr int kPoints = 20;
constexpr std::int64_t kT0 = 1577808000000; // 2020-01-01+08:00: six rounds of history stay in the past
constexpr std::int64_t kRoundSpan = 50'000'000; // sequence numbers reserved per round
} // namespace

/// A child process ingesting samples is killed with SIGKILL at random moments; every sample
/// whose commit it had reported must be present, exactly, and the file must pass
/// PRAGMA integrity_check after reopening. The next child recovers the raw rows left behind.
class TestDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Checks that samples [start, start + count) are stored with their exact values.
    static void verifyRange(const QString &path, std::int64_t start, std::int64_t count)
    {
        auto reader = SeriesReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.error().toString()));
        const std::int64_t end = start + count;
        for (int p = 0; p < kPoints; ++p) {
            // Sequence numbers of point p+1 are p, p + kPoints, ...: times follow from them.
            const std::int64_t first = start + ((p - start % kPoints) + kPoints) % kPoints;
            if (first >= end)
                continue;
            const std::int64_t fromMs = testdb::sequenceSample(first, kPoints, kT0).tMs;
            const std::int64_t toMs = testdb::sequenceSample(end - 1, kPoints, kT0).tMs + 1;
            auto got = reader.value().samples(static_cast<std::uint32_t>(p + 1), fromMs, toMs);
            QVERIFY2(got.ok(), qPrintable(got.error().toString()));
            size_t k = 0;
            for (std::int64_t i = first; i < end; i += kPoints) {
                const Sample want = testdb::sequenceSample(i, kPoints, kT0);
                while (k < got->size() && (*got)[k].tMs < want.tMs)
                    ++k;
                QVERIFY2(k < got->size() && (*got)[k].tMs == want.tMs,
                         qPrintable(QStringLiteral("sample %1 (point %2) is missing")
                                        .arg(i)
                                        .arg(p + 1)));
                const Sample &s = (*got)[k];
                for (Quantity q : kAllQuantities) {
                    if (want.has(q))
                        QVERIFY(std::fabs(s.value(q) - want.value(q)) < 1e-9);
                }
            }
        }
    }

    static QString integrity(const QString &path)
    {
        auto conn = Connection::open(path);
        if (!conn)
            return conn.error().toString();
        QSqlQuery q(conn->db());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return QStringLiteral("integrity_check did not run");
        return q.value(0).toString();
    }

private slots:
    void survivesSigkill()
    {
        const QString path = m_dir.filePath(QStringLiteral("durable.db"));
        QVERIFY(testdb::createPoints(path, kPoints));
        const QString child = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/durability_child");
        QVERIFY2(QFile::exists(child), qPrintable(child));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill-time seed %u", seed);
        QRandomGenerator rng(seed);
        std::int64_t verified = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(child, {path, QString::number(round * kRoundSpan), QString::number(kPoints)});
            QVERIFY(p.waitForStarted());
            QVERIFY(p.waitForReadyRead(10000)); // "started"
            QTest::qWait(static_cast<int>(150 + rng.bounded(1200)));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            std::int64_t committed = 0;
            for (const QByteArray &line : lines) {
                if (line.startsWith("committed "))
                    committed = std::max<std::int64_t>(committed, line.mid(10).toLongLong());
            }
            QVERIFY2(committed > 0, p.readAllStandardError().constData());
            QCOMPARE(integrity(path), QStringLiteral("ok"));
            verifyRange(path, round * kRoundSpan, committed);
            verified += committed;
        }
        // Earlier rounds are still intact after later children recovered and compacted.
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        verifyRange(path, 0, 1000);
        qInfo("verified %lld committed samples over 6 kills", static_cast<long long>(verified));
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
