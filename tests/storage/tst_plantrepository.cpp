// The plant configuration tables: save/load round trip, stable point keys, one transaction
// (a failing save changes nothing) and refusal to drop a point that still has samples.
#include "../core/plantfixture.h"

#include "vocsync/core/plantjson.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

/// Everything a save may touch, as text: a failed save must leave it identical.
QString snapshot(const QSqlDatabase &db)
{
    QString s;
    for (const char *table : {"enterprise", "workshop", "production_line", "facility",
                              "facility_link", "device", "point", "setting"}) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return QStringLiteral("cannot read %1").arg(QLatin1String(table));
        s += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                s += q.value(i).toString() + QLatin1Char('|');
            s += QLatin1Char('\n');
        }
    }
    return s;
}

std::uint32_t keyOf(const Plant &plant, const char *id)
{
    const MonitoringPoint *p = plant.point(QString::fromLatin1(id));
    return p ? p->key : 0;
}

} // namespace

class TestPlantRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto conn = Connection::open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_count)));
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        m_conn = std::move(conn.value());
    }

    void cleanup() { m_conn = Connection(); }

    void emptyDatabaseLoadsEmptyPlant()
    {
        const Result<Plant> plant = plantrepository::load(m_conn.db());
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        QVERIFY(plant->enterprises.isEmpty());
        QVERIFY(plant->points.isEmpty());
    }

    void saveLoadRoundTrip()
    {
        const Plant original = plantfixture::richPlant();
        const Status s = plantrepository::save(m_conn.db(), original);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        const Result<Plant> loaded = plantrepository::load(m_conn.db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        const QString diff = plantfixture::difference(original, loaded.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(keyOf(loaded.value(), "P01"), 1u);
        QCOMPARE(keyOf(loaded.value(), "P02"), 2u);
        QCOMPARE(keyOf(loaded.value(), "P03"), 3u);
        // The JSON export of what was stored equals the export of what was given.
        QCOMPARE(plantjson::write(loaded.value()), plantjson::write(original));
    }

    void storedColumnsFollowTheSchema()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        QSqlQuery q(m_conn.db());
        QVERIFY(q.exec(QStringLiteral("SELECT channels FROM point WHERE id = 'P01'")) && q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("current_a:3,voltage_v:1,power_kw:3,energy_kwh:2,frequency_hz:2"));
        QVERIFY(q.exec(
            QStringLiteral("SELECT founded_on, contacts_json FROM enterprise ORDER BY rowid")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2008-05-12"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("环保负责人")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull()); // unknown founding date
        QCOMPARE(q.value(1).toString(), QStringLiteral("[]"));
        // Configuration writes use synchronous=FULL only for their transaction.
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL, as the connection had it
    }

    void keysAreStableAndNeverReused()
    {
        Plant plant = plantfixture::richPlant();
        QVERIFY(plantrepository::save(m_conn.db(), plant).ok());

        // Second save: reordered points, a renamed one, a new one.
        std::swap(plant.points[0], plant.points[2]);
        plant.points[1].name = QStringLiteral("排风机(改)");
        MonitoringPoint p4 = plant.points[1];
        p4.id = QStringLiteral("P04");
        plant.points.append(p4);
        Status s = plantrepository::save(m_conn.db(), plant);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        Result<Plant> loaded = plantrepository::load(m_conn.db());
        QVERIFY(loaded.ok());
        QCOMPARE(keyOf(loaded.value(), "P01"), 1u);
        QCOMPARE(keyOf(loaded.value(), "P02"), 2u);
        QCOMPARE(keyOf(loaded.value(), "P03"), 3u);
        QCOMPARE(keyOf(loaded.value(), "P04"), 4u);
        QCOMPARE(loaded->point(QStringLiteral("P02"))->name, QStringLiteral("排风机(改)"));

        // P04 has no samples: it may go. Its key is not handed out again.
        plant.points.removeLast();
        QVERIFY(plantrepository::save(m_conn.db(), plant).ok());
        MonitoringPoint p5 = plant.points[0];
        p5.id = QStringLiteral("P05");
        plant.points.append(p5);
        QVERIFY(plantrepository::save(m_conn.db(), plant).ok());
        loaded = plantrepository::load(m_conn.db());
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->point(QStringLiteral("P04")));
        QCOMPARE(keyOf(loaded.value(), "P05"), 5u);
        QCOMPARE(keyOf(loaded.value(), "P01"), 1u);
    }

    void failingSaveChangesNothing()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        const QString before = snapshot(m_conn.db());
        // A database-level failure late in the transaction, after the old rows are gone and
        // most new ones are in: a trigger refuses the last point.
        QSqlQuery q(m_conn.db());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TRIGGER refuse_p99 BEFORE INSERT ON point "
                           "WHEN NEW.id = 'P99' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        Plant changed = plantfixture::richPlant();
        changed.enterprises[0].name = QStringLiteral("改名后的企业");
        changed.facilities.removeLast();
        changed.links.removeLast();
        changed.points.removeLast(); // P03 on F06 (no samples)
        MonitoringPoint p99 = changed.points[0];
        p99.id = QStringLiteral("P99");
        changed.points.append(p99);
        const Status s = plantrepository::save(m_conn.db(), changed);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("refused")),
                 qPrintable(s.error().toString()));
        QCOMPARE(snapshot(m_conn.db()), before);
        // Still usable: the transaction is closed.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_p99")));
        QVERIFY(plantrepository::save(m_conn.db(), changed).ok());
        QCOMPARE(plantrepository::load(m_conn.db())->enterprises[0].name,
                 QStringLiteral("改名后的企业"));
    }

    void invalidPlantIsRefusedBeforeWriting()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        const QString before = snapshot(m_conn.db());
        Plant bad = plantfixture::richPlant();
        bad.links[0].treatmentId = QStringLiteral("F02"); // a production facility
        const Status s = plantrepository::save(m_conn.db(), bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("links[0].treatment_id"));
        QCOMPARE(snapshot(m_conn.db()), before);
    }

    void refusesToDropAPointWithRawSamples()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        QSqlQuery q(m_conn.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sample_raw(point_key, t_ms, current_a) "
                                      "VALUES(2, 1795478400000, 1234), (2, 1795478410000, 1250)")));
        const QString before = snapshot(m_conn.db());
        Plant without = plantfixture::richPlant();
        without.points.removeAt(1); // P02
        const Status s = plantrepository::save(m_conn.db(), without);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("point 'P02'"));
        QCOMPARE(s.error().message,
                 QStringLiteral("the new configuration removes point 'P02', which still has 2 "
                                "stored samples; keep the point or delete its samples first"));
        QCOMPARE(snapshot(m_conn.db()), before);
    }

    void refusesToDropAPointWithChunks()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        QSqlQuery q(m_conn.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sample_chunk(point_key, hour_ms, n, t_first, "
                                      "t_last, samples, minutes) VALUES(3, 1795478400000, 360, "
                                      "1795478400000, 1795481990000, x'01', x'01')")));
        Plant without = plantfixture::richPlant();
        without.points.removeLast(); // P03
        const Status s = plantrepository::save(m_conn.db(), without);
        QVERIFY(!s.ok());
        QVERIFY2(
            s.error().message.contains(QStringLiteral("point 'P03', which still has 360 stored")),
            qPrintable(s.error().toString()));
        QCOMPARE(plantrepository::load(m_conn.db())->points.size(), 3);
        // Removing a point without samples in the same database is fine.
        without = plantfixture::richPlant();
        without.points.removeAt(0);
        QVERIFY(plantrepository::save(m_conn.db(), without).ok());
        QCOMPARE(plantrepository::load(m_conn.db())->points.size(), 2);
    }

    void deviceColumnsFollowTheSchema()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        QSqlQuery q(m_conn.db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT port, baud, parity, data_bits, stop_bits, frame_delay_ms, poll_interval_ms, "
            "timeout_ms, pt_ratio, ct_ratio, enabled FROM device WHERE id IN ('D01', 'D05') "
            "ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(q.value(1).toInt(), 19200);
        QCOMPARE(q.value(2).toString(), QStringLiteral("E"));
        QCOMPARE(q.value(3).toInt(), 8);
        QCOMPARE(q.value(4).toInt(), 1);
        QCOMPARE(q.value(5).toInt(), 5);
        QCOMPARE(q.value(6).toInt(), 5000);
        QCOMPARE(q.value(7).toInt(), 800);
        QCOMPARE(q.value(8).toDouble(), 10.0);
        QCOMPARE(q.value(9).toDouble(), 2.5);
        QCOMPARE(q.value(10).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("COM3"));
        QCOMPARE(q.value(1).toInt(), 2400);
        QCOMPARE(q.value(10).toInt(), 0); // disabled
    }

    void saveDeviceAddsAndUpdatesInPlace()
    {
        const Plant original = plantfixture::richPlant();
        QVERIFY(plantrepository::save(m_conn.db(), original).ok());

        // A new device goes to the end; nothing else changes.
        Device added;
        added.id = QStringLiteral("D07");
        added.enterpriseId = QStringLiteral("E02");
        added.model = QStringLiteral("ADW300");
        added.protocol = QStringLiteral("modbus_tcp");
        added.address = QStringLiteral("9");
        added.templateId = QStringLiteral("adw300");
        added.port = QStringLiteral("10.1.2.3:502");
        added.timeoutMs = 2500;
        added.enabled = false;
        Status s = plantrepository::saveDevice(m_conn.db(), added);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        Plant expected = original;
        expected.devices.append(added);
        Result<Plant> loaded = plantrepository::load(m_conn.db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QString diff = plantfixture::difference(expected, loaded.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(keyOf(loaded.value(), "P01"), 1u);

        // Editing D01 keeps its place (first) and changes only it.
        Device edited = original.devices[0];
        edited.port = QStringLiteral("/dev/ttyUSB3");
        edited.serial = SerialSettings{38400, 'O', 7, 2, 12};
        edited.pollIntervalMs = 3600000;
        edited.ctRatio = 0;
        edited.enabled = false;
        s = plantrepository::saveDevice(m_conn.db(), edited);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        expected.devices[0] = edited;
        loaded = plantrepository::load(m_conn.db());
        QVERIFY(loaded.ok());
        diff = plantfixture::difference(expected, loaded.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(plantjson::write(loaded.value()), plantjson::write(expected));
        // synchronous=FULL was only for the transaction.
        QSqlQuery q(m_conn.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void saveDeviceRefusesInvalidDevices()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        const QString before = snapshot(m_conn.db());
        Device bad = plantfixture::richPlant().devices[0];
        bad.serial.parity = 'S';
        Status s = plantrepository::saveDevice(m_conn.db(), bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("serial.parity"));
        QCOMPARE(s.error().message,
                 QStringLiteral("unknown parity 'S'; expected N (none), E (even) or O (odd)"));

        bad = plantfixture::richPlant().devices[0];
        bad.address = QStringLiteral("0");
        s = plantrepository::saveDevice(m_conn.db(), bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("address"));

        bad = plantfixture::richPlant().devices[0];
        bad.enterpriseId = QStringLiteral("E99");
        s = plantrepository::saveDevice(m_conn.db(), bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("enterprise_id"));
        QCOMPARE(s.error().message, QStringLiteral("unknown enterprise 'E99'"));
        QCOMPARE(snapshot(m_conn.db()), before);
    }

    void removeDeviceRefusesWhilePointsReadIt()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        const QString before = snapshot(m_conn.db());
        Status s = plantrepository::removeDevice(m_conn.db(), QStringLiteral("D01"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("device 'D01'"));
        QCOMPARE(s.error().message,
                 QStringLiteral("device 'D01' is still read by monitoring point(s) P01, P02; "
                                "bind them to another device or remove them first"));
        s = plantrepository::removeDevice(m_conn.db(), QStringLiteral("D99"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("unknown device 'D99'"));
        QCOMPARE(snapshot(m_conn.db()), before);

        // D03 is read by no point: it goes, and only it.
        s = plantrepository::removeDevice(m_conn.db(), QStringLiteral("D03"));
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        Plant expected = plantfixture::richPlant();
        expected.devices.removeAt(2);
        Result<Plant> loaded = plantrepository::load(m_conn.db());
        QVERIFY(loaded.ok());
        const QString diff = plantfixture::difference(expected, loaded.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Once its points read another device, D01 can go too.
        Plant rebound = loaded.value();
        for (MonitoringPoint &p : rebound.points) {
            if (p.deviceId == QLatin1String("D01"))
                p.deviceId = QStringLiteral("D04");
        }
        QVERIFY(plantrepository::save(m_conn.db(), rebound).ok());
        s = plantrepository::removeDevice(m_conn.db(), QStringLiteral("D01"));
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(plantrepository::load(m_conn.db())->devices.size(), 4);
    }

    /// The editor's path on a worker: its own connection, save then remove (a rename), and
    /// the plant as stored after; an error leaves the stored plant as it was.
    void changeDeviceOnItsOwnConnection()
    {
        QVERIFY(plantrepository::save(m_conn.db(), plantfixture::richPlant()).ok());
        const QString path = m_conn.db().databaseName();
        Device renamed = plantfixture::richPlant().devices[2]; // D03: no point reads it
        renamed.id = QStringLiteral("D03b");
        Result<Plant> after = plantrepository::changeDevice(path, renamed, QStringLiteral("D03"));
        QVERIFY2(after.ok(), qPrintable(after.error().toString()));
        QVERIFY(after->devices.size() == plantfixture::richPlant().devices.size());
        QVERIFY(std::any_of(after->devices.begin(), after->devices.end(),
                            [](const Device &d) { return d.id == QLatin1String("D03b"); }));
        QVERIFY(std::none_of(after->devices.begin(), after->devices.end(),
                             [](const Device &d) { return d.id == QLatin1String("D03"); }));

        const QString before = snapshot(m_conn.db());
        Device bad = renamed;
        bad.serial.parity = 'S';
        after = plantrepository::changeDevice(path, bad, QString());
        QVERIFY(!after.ok());
        QCOMPARE(after.error().where, QStringLiteral("serial.parity"));
        QCOMPARE(snapshot(m_conn.db()), before);
        after = plantrepository::changeDevice(path, Device{}, QStringLiteral("D01"));
        QVERIFY(!after.ok()); // points still read D01
        QCOMPARE(snapshot(m_conn.db()), before);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    Connection m_conn;
};

QTEST_GUILESS_MAIN(TestPlantRepository)
#include "tst_plantrepository.moc"
