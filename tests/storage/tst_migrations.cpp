#include "vocsync/storage/connection.h"
#include "vocsync/storage/migrations.h"

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

private slots:
    void fromEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        auto conn = Connection::open(path);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        QCOMPARE(schemaVersion(conn->db()), latestSchemaVersion());
        const QStringList t = tables(conn->db());
        for (const char *name : {"enterprise", "facility", "facility_link", "point", "sample_raw",
                                 "sample_chunk", "rollup_hour", "rollup_day"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
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
