// The MN registry in the database (storage/transmitterrepository.h): round trip, update in
// place, validation before writing, one transaction per change, and the dbPath variants.
#include "vocsync/storage/connection.h"
#include "vocsync/storage/transmitterrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

TransmitterConfig transmitter(const char *mn, const char *name = "")
{
    TransmitterConfig t;
    t.mn = QString::fromLatin1(mn);
    t.name = QString::fromUtf8(name);
    t.password = QStringLiteral("123456");
    return t;
}

TransmitterConfig full()
{
    TransmitterConfig t = transmitter("010000A8900016F000169DC0", "喷涂线数采仪");
    t.enterpriseId = QStringLiteral("E01");
    t.password = QStringLiteral("Ab1!~x");
    t.factorMap = QStringLiteral("acme-voc");
    t.points = {
        {1, QStringLiteral("P01")}, {12, QStringLiteral("P12")}, {999, QStringLiteral("风机-1")}};
    t.backfillCn = 2061;
    t.rtdIntervalS = 30;
    t.alarmOnReject = true;
    t.enabled = false;
    return t;
}

void compare(const TransmitterConfig &r, const TransmitterConfig &w)
{
    QCOMPARE(r.mn, w.mn);
    QCOMPARE(r.name, w.name);
    QCOMPARE(r.enterpriseId, w.enterpriseId);
    QCOMPARE(r.password, w.password);
    QCOMPARE(r.factorMap, w.factorMap);
    QCOMPARE(r.points, w.points);
    QCOMPARE(r.backfillCn, w.backfillCn);
    QCOMPARE(r.rtdIntervalS, w.rtdIntervalS);
    QCOMPARE(r.alarmOnReject, w.alarmOnReject);
    QCOMPARE(r.enabled, w.enabled);
}

QStringList mns(const QList<TransmitterConfig> &list)
{
    QStringList out;
    for (const TransmitterConfig &t : list)
        out << t.mn;
    return out;
}

} // namespace

class TestTransmitterRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("t%1.db").arg(++m_files)); }

private slots:
    void roundTrip()
    {
        auto conn = Connection::open(newPath());
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        const QSqlDatabase db = conn->db();
        auto empty = transmitterrepository::load(db);
        QVERIFY2(empty.ok(), qPrintable(empty.error().toString()));
        QVERIFY(empty->isEmpty());

        const TransmitterConfig b = transmitter("88888880000001");
        for (const TransmitterConfig &t : {full(), b}) {
            const Status s = transmitterrepository::save(db, t);
            QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        }
        const auto loaded = transmitterrepository::load(db);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->size(), 2);
        compare(loaded->at(0), full());
        compare(loaded->at(1), b);

        // The bindings are stored as the JSON object the schema documents.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT points, enabled, alarm_on_reject FROM "
                                      "hj212_transmitter WHERE mn = '010000A8900016F000169DC0'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("{\"1\":\"P01\",\"12\":\"P12\",\"999\":\"风机-1\"}"));
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 1);
        // Configuration writes use FULL for their transaction only.
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL, as Connection::open set it
    }

    void updateKeepsPlace()
    {
        auto conn = Connection::open(newPath());
        QVERIFY(conn.ok());
        const QSqlDatabase db = conn->db();
        for (const char *mn : {"AAA1", "BBB2", "CCC3"})
            QVERIFY(transmitterrepository::save(db, transmitter(mn)).ok());
        TransmitterConfig changed = transmitter("AAA1", "改名");
        changed.points.insert(3, QStringLiteral("P03"));
        changed.rtdIntervalS = 300;
        const Status s = transmitterrepository::save(db, changed);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        const auto loaded = transmitterrepository::load(db);
        QVERIFY(loaded.ok());
        QCOMPARE(mns(loaded.value()), QStringList({QStringLiteral("AAA1"), QStringLiteral("BBB2"),
                                                   QStringLiteral("CCC3")}));
        compare(loaded->at(0), changed);
    }

    void saveValidatesFirst()
    {
        auto conn = Connection::open(newPath());
        QVERIFY(conn.ok());
        const QSqlDatabase db = conn->db();
        TransmitterConfig bad = transmitter("AAA1");
        bad.password = QStringLiteral("0123456789abcdef");
        Status s = transmitterrepository::save(db, bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("password"));
        bad = transmitter("AAA1");
        bad.backfillCn = 2031;
        s = transmitterrepository::save(db, bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("backfillCn"));
        QVERIFY(transmitterrepository::load(db)->isEmpty());

        // The same MN in another letter case is the same transmitter.
        QVERIFY(transmitterrepository::save(db, transmitter("ABCDEF01")).ok());
        s = transmitterrepository::save(db, transmitter("abcdef01"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("mn"));
        QVERIFY2(s.error().message.contains(QStringLiteral("'ABCDEF01'")),
                 qPrintable(s.error().message));
        QCOMPARE(mns(transmitterrepository::load(db).value()),
                 QStringList{QStringLiteral("ABCDEF01")});
    }

    void remove()
    {
        auto conn = Connection::open(newPath());
        QVERIFY(conn.ok());
        const QSqlDatabase db = conn->db();
        for (const char *mn : {"AAA1", "BBB2"})
            QVERIFY(transmitterrepository::save(db, transmitter(mn)).ok());
        QVERIFY(transmitterrepository::remove(db, QStringLiteral("AAA1")).ok());
        QCOMPARE(mns(transmitterrepository::load(db).value()), QStringList{QStringLiteral("BBB2")});
        const Status s = transmitterrepository::remove(db, QStringLiteral("AAA1"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("no transmitter with MN 'AAA1' is registered"));
        QCOMPARE(s.error().where, QStringLiteral("transmitter AAA1"));
    }

    void replaceAllIsOneTransaction()
    {
        auto conn = Connection::open(newPath());
        QVERIFY(conn.ok());
        const QSqlDatabase db = conn->db();
        QVERIFY(transmitterrepository::save(db, transmitter("OLD1")).ok());
        Status s = transmitterrepository::replaceAll(db, {full(), transmitter("NEW2")});
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        auto loaded = transmitterrepository::load(db);
        QCOMPARE(mns(loaded.value()), QStringList({full().mn, QStringLiteral("NEW2")}));
        compare(loaded->at(0), full());

        // An invalid list is refused before anything changes ...
        s = transmitterrepository::replaceAll(db, {transmitter("X1"), transmitter("X1")});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("transmitters[1].mn"));
        // ... and a failure in the middle of the writes rolls the whole replacement back.
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral(
                     "CREATE TRIGGER refuse BEFORE INSERT ON hj212_transmitter "
                     "WHEN NEW.mn = 'FAIL9' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")),
                 qPrintable(q.lastError().text()));
        s = transmitterrepository::replaceAll(db, {transmitter("X1"), transmitter("FAIL9")});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("refused by test")),
                 qPrintable(s.error().toString()));
        QCOMPARE(mns(transmitterrepository::load(db).value()),
                 QStringList({full().mn, QStringLiteral("NEW2")}));
    }

    void pathVariants()
    {
        const QString path = newPath();
        auto loaded = transmitterrepository::loadAt(path); // creates and migrates the file
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QVERIFY(loaded->isEmpty());

        loaded = transmitterrepository::changeAt(path, full(), QString());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->size(), 1);
        compare(loaded->at(0), full());

        // A changed MN: the old entry goes and the new one comes, together.
        TransmitterConfig renamed = full();
        renamed.mn = QStringLiteral("010000A8900016F000169DC1");
        loaded = transmitterrepository::changeAt(path, renamed, full().mn);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(mns(loaded.value()), QStringList{renamed.mn});
        // Renaming into another letter case works too: the old one is removed first.
        TransmitterConfig lower = renamed;
        lower.mn = renamed.mn.toLower();
        loaded = transmitterrepository::changeAt(path, lower, renamed.mn);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(mns(loaded.value()), QStringList{lower.mn});

        // A failing removal leaves the save undone as well.
        auto failed =
            transmitterrepository::changeAt(path, transmitter("BBB2"), QStringLiteral("NOPE"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().where, QStringLiteral("transmitter NOPE"));
        QCOMPARE(mns(transmitterrepository::loadAt(path).value()), QStringList{lower.mn});
        // So does an invalid entry.
        TransmitterConfig bad = transmitter("BBB2");
        bad.rtdIntervalS = 0;
        failed = transmitterrepository::changeAt(path, bad, lower.mn);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().where, QStringLiteral("rtdIntervalS"));
        QCOMPARE(mns(transmitterrepository::loadAt(path).value()), QStringList{lower.mn});

        loaded = transmitterrepository::changeAt(path, TransmitterConfig{}, lower.mn);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QVERIFY(loaded->isEmpty());

        loaded = transmitterrepository::replaceAllAt(path, {transmitter("C3"), transmitter("D4")});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(mns(loaded.value()), QStringList({QStringLiteral("C3"), QStringLiteral("D4")}));
        failed = transmitterrepository::replaceAllAt(path, {transmitter("E-5")});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().where, QStringLiteral("transmitters[0].mn"));
    }

    void corruptBindingsAreReported()
    {
        auto conn = Connection::open(newPath());
        QVERIFY(conn.ok());
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO hj212_transmitter(mn, points) VALUES('AAA1', '{\"1\": 5}')")));
        const auto loaded = transmitterrepository::load(conn->db());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().where, QStringLiteral("transmitter AAA1"));
    }
};

QTEST_GUILESS_MAIN(TestTransmitterRepository)
#include "tst_transmitterrepository.moc"
