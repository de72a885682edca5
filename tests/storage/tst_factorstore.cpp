// Factor values of HJ 212 transmitters (storage/factorstore.h): write and query, the first value
// of an instant wins, data flags and QualityBackfilled kept, absent parts stay absent, the
// newest time per MN, and FactorWriter on a worker thread.
#include "vocsync/core/sample.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/factorstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

constexpr std::int64_t kT0 = 1'767'225'600'000; // 2026-01-01 00:00 UTC
constexpr std::int64_t kMinute = 60'000;

FactorSample value(const char *mn, const char *code, std::int64_t tMs, double avg,
                   FactorPeriod period = FactorPeriod::Minute)
{
    FactorSample s;
    s.source = QString::fromLatin1(mn);
    s.code = QString::fromLatin1(code);
    s.tMs = tMs;
    s.period = period;
    s.min = avg - 1;
    s.avg = avg;
    s.max = avg + 1;
    s.mask = FactorSample::Min | FactorSample::Avg | FactorSample::Max;
    return s;
}

std::unique_ptr<FactorStore> openStore(const QString &path)
{
    auto store = FactorStore::open(path);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store).value();
}

QList<std::int64_t> times(const FactorBatch &batch)
{
    QList<std::int64_t> out;
    for (const FactorSample &s : batch)
        out << s.tMs;
    return out;
}

} // namespace

/// Sends batches to a FactorWriter on another thread through a queued connection, as the HJ 212
/// server does.
class BatchSender : public QObject
{
    Q_OBJECT
signals:
    void batch(const vocsync::FactorBatch &batch);
};

class TestFactorStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("f%1.db").arg(++m_files)); }

private slots:
    void writeAndQuery()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        FactorBatch batch;
        // Out of order on purpose: the query sorts by code, then time.
        for (int i = 4; i >= 0; --i) {
            batch.push_back(value("MN1", "a25002", kT0 + i * kMinute, 0.5 + i));
            batch.push_back(value("MN1", "a24088", kT0 + i * kMinute, 10.25 + i));
        }
        batch.push_back(value("MN2", "a24088", kT0, 99));
        const Result<int> written = store->write(batch);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QCOMPARE(written.value(), 11);

        // One code, [from, to): the value at `to` is not included.
        auto one = store->query(QStringLiteral("MN1"), QStringLiteral("a24088"),
                                FactorPeriod::Minute, kT0 + kMinute, kT0 + 4 * kMinute);
        QVERIFY2(one.ok(), qPrintable(one.error().toString()));
        QCOMPARE(times(one.value()),
                 QList<std::int64_t>({kT0 + kMinute, kT0 + 2 * kMinute, kT0 + 3 * kMinute}));
        const FactorSample &first = one->front();
        QCOMPARE(first.source, QStringLiteral("MN1"));
        QCOMPARE(first.code, QStringLiteral("a24088"));
        QCOMPARE(first.period, FactorPeriod::Minute);
        QCOMPARE(first.avg, 11.25);
        QCOMPARE(first.min, 10.25);
        QCOMPARE(first.max, 12.25);
        QCOMPARE(int(first.mask), int(FactorSample::Min | FactorSample::Avg | FactorSample::Max));

        // Every code of the MN: grouped by code (sorted), each in time order.
        auto all = store->query(QStringLiteral("MN1"), QString(), FactorPeriod::Minute, kT0,
                                kT0 + 10 * kMinute);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(10));
        for (std::size_t i = 0; i < 10; ++i) {
            const FactorSample &s = all->at(i);
            QCOMPARE(s.code, QLatin1String(i < 5 ? "a24088" : "a25002"));
            QCOMPARE(s.tMs, kT0 + static_cast<std::int64_t>(i % 5) * kMinute);
            QCOMPARE(s.avg, (i < 5 ? 10.25 : 0.5) + static_cast<double>(i % 5));
        }
        // Another period, MN or code is another series.
        QVERIFY(store
                    ->query(QStringLiteral("MN1"), QString(), FactorPeriod::Hour, kT0,
                            kT0 + 10 * kMinute)
                    ->empty());
        auto other =
            store->query(QStringLiteral("MN2"), QString(), FactorPeriod::Minute, kT0, kT0 + 1);
        QCOMPARE(other->size(), std::size_t(1));
        QCOMPARE(other->front().avg, 99.0);
        QVERIFY(store
                    ->query(QStringLiteral("MN1"), QStringLiteral("a99999"), FactorPeriod::Minute,
                            kT0, kT0 + 10 * kMinute)
                    ->empty());
    }

    void firstValueOfAnInstantWins()
    {
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(
            store->write({value("MN1", "a24088", kT0, 1), value("MN1", "a24088", kT0 + kMinute, 2)})
                .value(),
            2);
        // A backfill overlapping the live values: only the new instant is added.
        FactorBatch backfill{value("MN1", "a24088", kT0, 100),
                             value("MN1", "a24088", kT0 + kMinute, 200),
                             value("MN1", "a24088", kT0 + 2 * kMinute, 300)};
        for (FactorSample &s : backfill)
            s.quality = QualityBackfilled;
        const Result<int> added = store->write(backfill);
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
        QCOMPARE(added.value(), 1);
        // Duplicates inside one batch count once too.
        QCOMPARE(store
                     ->write({value("MN1", "a24088", kT0 + 3 * kMinute, 4),
                              value("MN1", "a24088", kT0 + 3 * kMinute, 5)})
                     .value(),
                 1);
        auto stored = store->query(QStringLiteral("MN1"), QStringLiteral("a24088"),
                                   FactorPeriod::Minute, kT0, kT0 + 10 * kMinute);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(4));
        QCOMPARE(stored->at(0).avg, 1.0);
        QCOMPARE(int(stored->at(0).quality), int(QualityGood));
        QCOMPARE(stored->at(1).avg, 2.0);
        QCOMPARE(stored->at(2).avg, 300.0);
        QCOMPARE(int(stored->at(2).quality), int(QualityBackfilled));
        QCOMPARE(stored->at(3).avg, 4.0);
        // One row per instant in the table itself.
        auto conn = Connection::open(path);
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM factor_sample")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void dataFlagsAndBackfilledKept()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const DataFlag flags[] = {DataFlag::None, DataFlag::N, DataFlag::F, DataFlag::M,
                                  DataFlag::S,    DataFlag::D, DataFlag::C, DataFlag::T,
                                  DataFlag::B,    DataFlag::P};
        FactorBatch batch;
        for (int i = 0; i < 10; ++i) {
            FactorSample s = value("MN1", "a24088", kT0 + i * 1000, i, FactorPeriod::RealTime);
            const std::uint8_t base = i % 2 ? QualityBackfilled : QualityGood;
            s.quality =
                withDataFlag(i == 9 ? std::uint8_t(base | QualityEstimated) : base, flags[i]);
            batch.push_back(s);
        }
        QCOMPARE(store->write(batch).value(), 10);
        auto stored = store->query(QStringLiteral("MN1"), QStringLiteral("a24088"),
                                   FactorPeriod::RealTime, kT0, kT0 + 10'000);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(10));
        for (int i = 0; i < 10; ++i) {
            const std::uint8_t q = stored->at(i).quality;
            QCOMPARE(q, batch[i].quality);
            QCOMPARE(dataFlag(q), flags[i]);
            QCOMPARE(bool(q & QualityBackfilled), i % 2 == 1);
        }
        QCOMPARE(dataFlagChar(dataFlag(stored->at(5).quality)), 'D');
        QVERIFY(stored->at(9).quality & QualityEstimated);
    }

    void absentPartsStayAbsent()
    {
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        FactorSample rtd;
        rtd.source = QStringLiteral("MN1");
        rtd.code = QStringLiteral("a24088");
        rtd.tMs = kT0;
        rtd.rtd = 3.5;
        rtd.min = 7; // not in the mask: must not be stored
        rtd.mask = FactorSample::Rtd;
        FactorSample cou = rtd;
        cou.tMs = kT0 + 1000;
        cou.mask = FactorSample::Cou | FactorSample::Avg;
        cou.cou = 1234.5;
        cou.avg = std::nan("");
        FactorSample flagOnly = rtd;
        flagOnly.tMs = kT0 + 2000;
        flagOnly.mask = 0;
        flagOnly.quality = withDataFlag(0, DataFlag::D);
        QCOMPARE(store->write({rtd, cou, flagOnly}).value(), 3);

        auto stored =
            store->query(QStringLiteral("MN1"), QString(), FactorPeriod::RealTime, kT0, kT0 + 3000);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(3));
        QCOMPARE(int(stored->at(0).mask), int(FactorSample::Rtd));
        QCOMPARE(stored->at(0).rtd, 3.5);
        QCOMPARE(stored->at(0).min, 0.0);
        // A NaN part is not a value.
        QCOMPARE(int(stored->at(1).mask), int(FactorSample::Cou));
        QCOMPARE(stored->at(1).cou, 1234.5);
        QCOMPARE(int(stored->at(2).mask), 0);
        QCOMPARE(dataFlag(stored->at(2).quality), DataFlag::D);

        auto conn = Connection::open(path);
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT rtd, min, avg, max, cou FROM factor_sample "
                                      "ORDER BY t_ms LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 3.5);
        for (int c = 1; c < 5; ++c)
            QVERIFY2(q.value(c).isNull(), qPrintable(QString::number(c)));
    }

    void lastTimesAndCodes()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        auto none = store->lastTimes(FactorPeriod::RealTime);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(store->codes(QStringLiteral("MN1"))->isEmpty());

        FactorBatch batch{
            value("MN1", "a24088", kT0 + 5000, 1, FactorPeriod::RealTime),
            value("MN1", "a25002", kT0 + 9000, 1, FactorPeriod::RealTime), // MN1's newest
            value("MN1", "a25003", kT0 + 7000, 1, FactorPeriod::RealTime),
            value("MN1", "a24088", kT0 + 60 * kMinute, 1, FactorPeriod::Hour),
            value("MN1", "SB1", kT0 + 99 * kMinute, 1, FactorPeriod::Minute),
            value("MN2", "a24088", kT0 + 1000, 1, FactorPeriod::RealTime),
            value("MN2", "a24088", kT0 + 3000, 1, FactorPeriod::RealTime),
            value("MN3", "a24088", kT0 + 2 * kMinute, 1, FactorPeriod::Minute),
        };
        QCOMPARE(store->write(batch).value(), 8);

        const auto realTime = store->lastTimes(FactorPeriod::RealTime);
        QVERIFY2(realTime.ok(), qPrintable(realTime.error().toString()));
        QCOMPARE(realTime->size(), 2);
        QCOMPARE(realTime->value(QStringLiteral("MN1")), kT0 + 9000);
        QCOMPARE(realTime->value(QStringLiteral("MN2")), kT0 + 3000);
        const auto minute = store->lastTimes(FactorPeriod::Minute);
        QCOMPARE(minute->size(), 2);
        QCOMPARE(minute->value(QStringLiteral("MN1")), kT0 + 99 * kMinute);
        QCOMPARE(minute->value(QStringLiteral("MN3")), kT0 + 2 * kMinute);
        QVERIFY(store->lastTimes(FactorPeriod::Day)->isEmpty());

        const auto codes = store->codes(QStringLiteral("MN1"));
        QVERIFY2(codes.ok(), qPrintable(codes.error().toString()));
        QCOMPARE(codes.value(), QStringList({QStringLiteral("SB1"), QStringLiteral("a24088"),
                                             QStringLiteral("a25002"), QStringLiteral("a25003")}));
        QCOMPARE(store->codes(QStringLiteral("MN2")).value(),
                 QStringList{QStringLiteral("a24088")});
        QVERIFY(store->codes(QStringLiteral("MN9"))->isEmpty());
    }

    void invalidValueRefusesTheBatch()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        FactorSample noMn = value("", "a24088", kT0, 1);
        Result<int> r = store->write({value("MN1", "a24088", kT0, 1), noMn});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().where.endsWith(QStringLiteral("value 1 of the batch")),
                 qPrintable(r.error().where));
        FactorSample badPeriod = value("MN1", "a24088", kT0, 1);
        badPeriod.period = static_cast<FactorPeriod>(30);
        r = store->write({badPeriod});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("unknown period 30 s")),
                 qPrintable(r.error().message));
        QVERIFY(!store->write({value("MN1", "", kT0, 1)}).ok());
        QVERIFY(store->codes(QStringLiteral("MN1"))->isEmpty()); // nothing was written
        QCOMPARE(store->write({}).value(), 0);
    }

    void valuesSurviveReopening()
    {
        const QString path = newPath();
        {
            auto store = openStore(path);
            QVERIFY(store);
            QCOMPARE(store->write({value("MN1", "a24088", kT0, 42)}).value(), 1);
        }
        auto store = openStore(path);
        QVERIFY(store);
        auto stored = store->query(QStringLiteral("MN1"), QStringLiteral("a24088"),
                                   FactorPeriod::Minute, kT0, kT0 + 1);
        QCOMPARE(stored->size(), std::size_t(1));
        QCOMPARE(stored->front().avg, 42.0);
        // Opening migrated the file: WAL like every station database.
        auto conn = Connection::open(path);
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void writerOnAThread()
    {
        const QString path = newPath();
        QThread thread;
        thread.setObjectName(QStringLiteral("factor-writer"));
        auto *writer = new FactorWriter(path);
        writer->moveToThread(&thread);
        connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        BatchSender sender;
        connect(&sender, &BatchSender::batch, writer, &FactorWriter::write);
        QSignalSpy committed(writer, &FactorWriter::committed);
        QSignalSpy problems(writer, &FactorWriter::problem);
        thread.start();

        // Three batches in quick succession: one transaction, one committed signal.
        for (int b = 0; b < 3; ++b) {
            FactorBatch batch;
            for (int i = 0; i < 4; ++i)
                batch.push_back(value("MN1", "a24088", kT0 + (b * 4 + i) * kMinute, b * 4 + i));
            emit sender.batch(batch);
        }
        QVERIFY(!QFile::exists(path)); // opened lazily, at the first commit
        QVERIFY(committed.wait(5000));
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.at(0).at(0).value<quint64>(), quint64(12));

        // A value that cannot be stored is reported; the others in its batch are stored.
        emit sender.batch({value("", "a24088", kT0, 0), value("MN1", "a25002", kT0, 7)});
        QVERIFY(committed.wait(5000));
        QCOMPARE(committed.last().at(0).value<quint64>(), quint64(13));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("has no MN")),
                 qPrintable(problems.at(0).at(0).toString()));

        thread.quit();
        QVERIFY(thread.wait(5000));

        auto store = openStore(path);
        QVERIFY(store);
        auto stored = store->query(QStringLiteral("MN1"), QString(), FactorPeriod::Minute, kT0,
                                   kT0 + 100 * kMinute);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(13));
        QCOMPARE(stored->at(0).code, QStringLiteral("a24088"));
        QCOMPARE(stored->at(11).avg, 11.0);
        QCOMPARE(stored->at(12).code, QStringLiteral("a25002"));
    }

    void writerRetriesUntilTheDatabaseOpens()
    {
        // The database's folder does not exist yet: the first commits fail and are retried
        // every second; nothing is dropped.
        const QString folder = m_dir.filePath(QStringLiteral("later"));
        const QString path = folder + QStringLiteral("/f.db");
        QThread thread;
        auto *writer = new FactorWriter(path);
        writer->moveToThread(&thread);
        connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        BatchSender sender;
        connect(&sender, &BatchSender::batch, writer, &FactorWriter::write);
        QSignalSpy committed(writer, &FactorWriter::committed);
        QSignalSpy problems(writer, &FactorWriter::problem);
        thread.start();

        emit sender.batch(
            {value("MN1", "a24088", kT0, 1), value("MN1", "a24088", kT0 + kMinute, 2)});
        QVERIFY(problems.wait(5000));
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("retrying")),
                 qPrintable(problems.at(0).at(0).toString()));
        emit sender.batch({value("MN1", "a24088", kT0 + 2 * kMinute, 3)});
        QTest::qWait(1500);
        QVERIFY(committed.isEmpty());
        QCOMPARE(problems.size(), 1); // the same failure is reported once
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(committed.wait(5000));
        QCOMPARE(committed.last().at(0).value<quint64>(), quint64(3));

        // flush() commits at once (shutdown), without waiting for the 200 ms.
        emit sender.batch({value("MN1", "a24088", kT0 + 3 * kMinute, 4)});
        QMetaObject::invokeMethod(writer, &FactorWriter::flush, Qt::BlockingQueuedConnection);
        QCOMPARE(committed.size(), 2);
        QCOMPARE(committed.last().at(0).value<quint64>(), quint64(4));
        thread.quit();
        QVERIFY(thread.wait(5000));

        auto store = openStore(path);
        QVERIFY(store);
        auto stored = store->query(QStringLiteral("MN1"), QStringLiteral("a24088"),
                                   FactorPeriod::Minute, kT0, kT0 + 10 * kMinute);
        QCOMPARE(times(stored.value()),
                 QList<std::int64_t>({kT0, kT0 + kMinute, kT0 + 2 * kMinute, kT0 + 3 * kMinute}));
    }
};

QTEST_GUILESS_MAIN(TestFactorStore)
#include "tst_factorstore.moc"
