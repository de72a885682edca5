#include "vocsync/storage/connection.h"
#include "vocsync/storage/migrations.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/transmitterrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace vocsync::storage;

/// Migrations: from an empty file, from each previous version with data in it, and refusal
/// of a database written by a newer program.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList tables(const QSqlDatabase &db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    static QStringList indexes(const QSqlDatabase &db, const QString &table)
    {
        QStringList out;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type='index' AND "
                                 "tbl_name = ? ORDER BY name"));
        q.addBindValue(table);
        q.exec();
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    static QStringList columns(const QSqlDatabase &db, const QString &table)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            out << q.value(1).toString();
        return out;
    }

private slots:
    void fromEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        auto conn = Connection::open(path);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        QCOMPARE(schemaVersion(conn->db()), latestSchemaVersion());
        const QStringList t = tables(conn->db());
        for (const char *name : {"enterprise", "facility", "facility_link", "point", "sample_raw",
                                 "sample_chunk", "rollup_hour", "rollup_day", "alarm_rule",
                                 "alarm", "alarm_delivery", "hj212_transmitter", "factor_sample",
                                 "upstream_target", "upstream_queue"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        QCOMPARE(latestSchemaVersion(), 5);
        const QStringList i = indexes(conn->db(), QStringLiteral("alarm"));
        for (const char *name : {"alarm_raised", "alarm_enterprise", "alarm_state"})
            QVERIFY2(i.contains(QLatin1String(name)), name);
        const QStringList facility = columns(conn->db(), QStringLiteral("facility"));
        QVERIFY(facility.contains(QStringLiteral("threshold_basis")));
        QVERIFY(facility.contains(QStringLiteral("rated_level")));
        const QStringList device = columns(conn->db(), QStringLiteral("device"));
        for (const char *name :
             {"port", "baud", "parity", "data_bits", "stop_bits", "frame_delay_ms",
              "poll_interval_ms", "timeout_ms", "pt_ratio", "ct_ratio", "enabled"})
            QVERIFY2(device.contains(QLatin1String(name)), name);
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void fromVersion1WithData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("raw-v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, 1).ok());
            QCOMPARE(schemaVersion(db), 1);
            QVERIFY(!tables(db).contains(QStringLiteral("sample_chunk")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO enterprise(id, name, credit_code) VALUES('E1', '示例家具', "
                "'91350100M000100Y43')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO facility(id, enterprise_id, name, kind) "
                                          "VALUES('F1', 'E1', '喷漆房', 'production')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO point(key, id, facility_id, channels) "
                                          "VALUES(7, 'F1-M', 'F1', 'current_a:3')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v1"));

        auto conn = Connection::open(path); // migrates to the latest version
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        QCOMPARE(schemaVersion(conn->db()), latestSchemaVersion());
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT e.name, e.credit_code, p.key FROM enterprise e, "
                                      "point p")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("示例家具"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("91350100M000100Y43"));
        QCOMPARE(q.value(2).toInt(), 7);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sample_raw(point_key, t_ms, current_a) "
                                      "VALUES(7, 0, 1234)")));
    }

    void fromVersion2WithData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("raw-v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, 2).ok());
            QCOMPARE(schemaVersion(db), 2);
            QVERIFY(!tables(db).contains(QStringLiteral("alarm")));
            QVERIFY(!columns(db, QStringLiteral("facility")).contains(
                QStringLiteral("threshold_basis")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO enterprise(id, name) VALUES('E1', '示例')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO facility(id, enterprise_id, name, kind, run_threshold) "
                "VALUES('F1', 'E1', '排风机', 'treatment', 8.5)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO point(key, id, facility_id, channels) "
                                          "VALUES(3, 'F1-M', 'F1', 'current_a:3')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sample_raw(point_key, t_ms, current_a) "
                                          "VALUES(3, 1000, 4321)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v2"));

        auto conn = Connection::open(path);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        QCOMPARE(schemaVersion(conn->db()), latestSchemaVersion());
        QSqlQuery q(conn->db());
        // Existing facilities get the defaults: absolute thresholds, no rated level.
        QVERIFY(q.exec(QStringLiteral("SELECT run_threshold, threshold_basis, rated_level "
                                      "FROM facility WHERE id = 'F1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 8.5);
        QCOMPARE(q.value(1).toString(), QStringLiteral("absolute"));
        QCOMPARE(q.value(2).toDouble(), 0.0);
        QVERIFY(q.exec(QStringLiteral("SELECT current_a FROM sample_raw WHERE point_key = 3")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4321);
        // The new tables take rows, and their CHECK constraints hold.
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO alarm_rule(name, scope, kind, level) "
                     "VALUES('规则', 'station', 'event', 'warning')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO alarm(rule_id, condition_key, type, level, state, start_ms, "
                     "raised_ms) VALUES(1, 'k', 'late_start', 'alarm', 'active_unack', 1, 2)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO alarm_delivery(alarm_id, notification_id, channel, ok, at_ms) "
                     "VALUES(1, 1, 'desktop', 1, 3)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO alarm(rule_id, condition_key, type, level, state, start_ms, raised_ms) "
            "VALUES(1, 'k', 'late_start', 'alarm', 'bogus', 1, 2)")));
        QVERIFY(!q.exec(QStringLiteral(
            "UPDATE facility SET threshold_basis = 'percent' WHERE id = 'F1'")));
    }

    /// Version 4 adds the connection columns to device: existing devices keep their rows and
    /// get the defaults of vocsync::Device, which the repository then reads back.
    void fromVersion3WithData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("raw-v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, 3).ok());
            QCOMPARE(schemaVersion(db), 3);
            QVERIFY(!columns(db, QStringLiteral("device")).contains(QStringLiteral("port")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO enterprise(id, name) VALUES('E1', '示例')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO device(id, enterprise_id, kind, model, protocol, address, "
                "template_id, firmware) VALUES('D1', 'E1', 'power_meter', 'DTSD1352', "
                "'modbus_rtu', '/dev/ttyS1@9600:3', 'dtsd1352', 'V2.03'), "
                "('D2', '', 'transmitter', '', 'hj212', '10.0.0.8:9000', '', '')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO facility(id, enterprise_id, name, kind, threshold_basis, "
                "rated_level) VALUES('F1', 'E1', '排风机', 'treatment', 'rated', 12.5)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO point(key, id, facility_id, device_id, "
                                          "channels) VALUES(5, 'F1-M', 'F1', 'D1', "
                                          "'current_a:3')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO alarm_rule(name, scope, kind, level) "
                                          "VALUES('规则', 'station', 'event', 'alarm')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v3"));

        auto conn = Connection::open(path);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        QCOMPARE(schemaVersion(conn->db()), latestSchemaVersion());
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, model, address, port, baud, parity, data_bits, stop_bits, frame_delay_ms, "
            "poll_interval_ms, timeout_ms, pt_ratio, ct_ratio, enabled FROM device ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("D1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("DTSD1352"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("/dev/ttyS1@9600:3")); // kept as it was
        QCOMPARE(q.value(3).toString(), QString());
        QCOMPARE(q.value(4).toInt(), 9600);
        QCOMPARE(q.value(5).toString(), QStringLiteral("N"));
        QCOMPARE(q.value(6).toInt(), 8);
        QCOMPARE(q.value(7).toInt(), 1);
        QCOMPARE(q.value(8).toInt(), 0);
        QCOMPARE(q.value(9).toInt(), 10000);
        QCOMPARE(q.value(10).toInt(), 1000);
        QCOMPARE(q.value(11).toDouble(), 0.0);
        QCOMPARE(q.value(12).toDouble(), 0.0);
        QCOMPARE(q.value(13).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("D2"));
        QVERIFY(!q.next());
        // Earlier versions' data is untouched.
        QVERIFY(q.exec(QStringLiteral("SELECT threshold_basis, rated_level FROM facility")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rated"));
        QCOMPARE(q.value(1).toDouble(), 12.5);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alarm_rule")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The repository reads the migrated rows with the struct's defaults.
        const Result<Plant> plant = plantrepository::load(conn->db());
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        QCOMPARE(plant->devices.size(), 2);
        const Device &d1 = plant->devices[0];
        const Device defaults;
        QCOMPARE(d1.id, QStringLiteral("D1"));
        QCOMPARE(d1.templateId, QStringLiteral("dtsd1352"));
        QCOMPARE(d1.port, defaults.port);
        QCOMPARE(d1.serial.baud, defaults.serial.baud);
        QCOMPARE(d1.serial.parity, defaults.serial.parity);
        QCOMPARE(d1.serial.dataBits, defaults.serial.dataBits);
        QCOMPARE(d1.serial.stopBits, defaults.serial.stopBits);
        QCOMPARE(d1.serial.frameDelayMs, defaults.serial.frameDelayMs);
        QCOMPARE(d1.pollIntervalMs, defaults.pollIntervalMs);
        QCOMPARE(d1.timeoutMs, defaults.timeoutMs);
        QCOMPARE(d1.ptRatio, defaults.ptRatio);
        QCOMPARE(d1.ctRatio, defaults.ctRatio);
        QCOMPARE(d1.enabled, defaults.enabled);
        QCOMPARE(plant->points[0].deviceId, QStringLiteral("D1"));
        QCOMPARE(plant->points[0].key, 5u);
    }

    /// Version 5 adds the HJ 212 tables (MN registry, factor values, upstream forwarding):
    /// the version-4 data stays as it was, and the new tables work with their keys.
    void fromVersion4WithData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, 4).ok());
            QCOMPARE(schemaVersion(db), 4);
            for (const char *name :
                 {"hj212_transmitter", "factor_sample", "upstream_target", "upstream_queue"})
                QVERIFY2(!tables(db).contains(QLatin1String(name)), name);
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO enterprise(id, name) VALUES('E1', '示例')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO device(id, enterprise_id, kind, protocol, port, baud, enabled) "
                "VALUES('D1', 'E1', 'power_meter', 'modbus_rtu', '/dev/ttyUSB0', 19200, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO facility(id, enterprise_id, name, kind) "
                                          "VALUES('F1', 'E1', '排风机', 'treatment')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO point(key, id, facility_id, device_id, "
                                          "channels) VALUES(9, 'F1-M', 'F1', 'D1', "
                                          "'current_a:3')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sample_raw(point_key, t_ms, quality, "
                                          "current_a) VALUES(9, 5000, 1, 2468)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sample_chunk(point_key, hour_ms, n, t_first, t_last, samples, "
                "minutes) VALUES(9, 0, 1, 1000, 1000, x'0102', x'03')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v4"));

        auto conn = Connection::open(path);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        QCOMPARE(schemaVersion(conn->db()), 5);
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT port, baud, enabled FROM device WHERE id = 'D1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(q.value(1).toInt(), 19200);
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT t_ms, quality, current_a FROM sample_raw")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 5000);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 2468);
        QVERIFY(q.exec(QStringLiteral("SELECT samples FROM sample_chunk WHERE point_key = 9")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray(), QByteArray("\x01\x02"));
        const Result<Plant> plant = plantrepository::load(conn->db());
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        QCOMPARE(plant->points.size(), 1);
        QCOMPARE(plant->points[0].key, 9u);

        // The MN registry: defaults of TransmitterConfig, through the repository.
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO hj212_transmitter(mn) VALUES('88888880000001')")));
        const auto transmitters = transmitterrepository::load(conn->db());
        QVERIFY2(transmitters.ok(), qPrintable(transmitters.error().toString()));
        QCOMPARE(transmitters->size(), 1);
        const TransmitterConfig defaults;
        QCOMPARE(transmitters->at(0).factorMap, defaults.factorMap);
        QCOMPARE(transmitters->at(0).backfillCn, defaults.backfillCn);
        QCOMPARE(transmitters->at(0).rtdIntervalS, defaults.rtdIntervalS);
        QCOMPARE(transmitters->at(0).enabled, defaults.enabled);
        QVERIFY(transmitters->at(0).points.isEmpty());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO hj212_transmitter(mn) VALUES('88888880000001')")));

        // factor_sample: one row per MN, code, period and time; absent parts are NULL.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO factor_sample(mn, code, period_s, t_ms, rtd) "
                                       "VALUES('88888880000001', 'a24088', 0, 1000, 1.5)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO factor_sample(mn, code, period_s, t_ms, rtd) "
                                       "VALUES('88888880000001', 'a24088', 0, 1000, 2.5)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO factor_sample(mn, code, period_s, t_ms, rtd) "
                                      "VALUES('88888880000001', 'a24088', 60, 1000, 2.5)")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(avg IS NULL), sum(quality) FROM "
                                      "factor_sample")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toInt(), 0);

        // upstream: a target's queue keeps one row per QN.
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO upstream_target(name, host, port, mn, password, source_kind, "
                     "source_id) VALUES('省平台', '10.0.0.1', 9000, 'MN1', '123456', "
                     "'enterprise', 'E1')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO upstream_target(name, host, port, mn, password, source_kind, source_id) "
            "VALUES('x', 'h', 1, 'MN', 'pw', 'point', 'P1')")));
        const QString packet = QStringLiteral(
            "INSERT INTO upstream_queue(target_id, qn, cn, data_time_ms, frame, created_ms) "
            "VALUES(1, '20260801085857223', 2011, 0, x'2323', 1)");
        QVERIFY2(q.exec(packet), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(packet));
        const QStringList queueIndexes = indexes(conn->db(), QStringLiteral("upstream_queue"));
        QVERIFY(queueIndexes.contains(QStringLiteral("upstream_queue_pending")));
        QVERIFY(queueIndexes.contains(QStringLiteral("upstream_queue_qn")));
    }

    /// The plant repository keeps the version-3 facility columns (basis and rated level).
    void relativeThresholdsRoundTrip()
    {
        auto conn = Connection::open(m_dir.filePath(QStringLiteral("rated.db")));
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        Plant plant;
        plant.enterprises.append(Enterprise{});
        plant.enterprises[0].id = QStringLiteral("E1");
        plant.enterprises[0].name = QStringLiteral("示例家具");
        plant.enterprises[0].creditCode = QStringLiteral("91350100M000100Y43");
        for (int i = 0; i < 2; ++i) {
            Facility f;
            f.id = QStringLiteral("F%1").arg(i + 1);
            f.enterpriseId = QStringLiteral("E1");
            f.name = QStringLiteral("设施%1").arg(i + 1);
            f.kind = i == 0 ? FacilityKind::Production : FacilityKind::Treatment;
            f.thresholds.relative = i == 0;
            f.thresholds.ratedLevel = i == 0 ? 42.25 : 0;
            f.thresholds.off = i == 0 ? 0.05 : 1;
            f.thresholds.run = i == 0 ? 0.2 : 5;
            plant.facilities.append(f);
        }
        const Status saved = plantrepository::save(conn->db(), plant);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        const Result<Plant> loaded = plantrepository::load(conn->db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->facilities.size(), 2);
        QCOMPARE(loaded->facilities[0].thresholds.relative, true);
        QCOMPARE(loaded->facilities[0].thresholds.ratedLevel, 42.25);
        QCOMPARE(loaded->facilities[0].thresholds.run, 0.2);
        QCOMPARE(loaded->facilities[1].thresholds.relative, false);
        QCOMPARE(loaded->facilities[1].thresholds.ratedLevel, 0.0);
        QSqlQuery q(conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT threshold_basis FROM facility ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rated"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("absolute"));
    }

    void refusesNewerDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        {
            auto conn = Connection::open(path);
            QVERIFY(conn.ok());
            QSqlQuery q(conn->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto again = Connection::open(path);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("99")),
                 qPrintable(again.error().toString()));
        QCOMPARE(again.error().where, path);
    }

    void readOnlyOpenOfMissingFileFails()
    {
        auto conn = Connection::open(m_dir.filePath(QStringLiteral("missing.db")),
                                     OpenMode::ReadOnly);
        QVERIFY(!conn.ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
