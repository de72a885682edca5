#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/// `vocsync-cli demo` and `vocsync-cli db stats` as a script uses them: exit codes, the JSON
/// they print, and errors that name the file.
class TestCliDb : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void demoThenStats()
    {
        const clirunner::Run demo = clirunner::run(
            {QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("1"),
             QStringLiteral("--db"), QStringLiteral("d.db"), QStringLiteral("--end"),
             QStringLiteral("2026-11-20T00:00:00+08:00")},
            m_dir.path());
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QVERIFY2(demo.err.contains("100%"), "no progress bar on stderr");
        const QJsonObject summary = QJsonDocument::fromJson(demo.out).object();
        const qint64 samples = summary.value(QStringLiteral("samples")).toInteger();
        QVERIFY2(samples > 200000, demo.out.constData());

        const clirunner::Run stats = clirunner::run(
            {QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"),
             QStringLiteral("d.db")},
            m_dir.path());
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(stats.out.count('\n'), 1); // one JSON object on one line
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        for (const char *key : {"points", "samples", "raw_rows", "chunks", "file_bytes",
                                "bytes_per_sample", "schema_version"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("samples")).toInteger(), samples);
        QCOMPARE(o.value(QStringLiteral("raw_rows")).toInteger(), 0);
        QVERIFY(o.value(QStringLiteral("points")).toInteger() >= 12);
        const double bps = o.value(QStringLiteral("bytes_per_sample")).toDouble();
        QVERIFY2(bps > 0.5 && bps <= 8.0, qPrintable(QString::number(bps)));
        QCOMPARE(o.value(QStringLiteral("file_bytes")).toInteger(),
                 QFileInfo(m_dir.filePath(QStringLiteral("d.db"))).size()
                     + QFileInfo(m_dir.filePath(QStringLiteral("d.db-wal"))).size());
    }

    void statsErrors()
    {
        const clirunner::Run missing = clirunner::run(
            {QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"),
             QStringLiteral("nope.db")},
            m_dir.path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nope.db"), missing.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.db"))));

        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("text.db")), "hello\n"));
        const clirunner::Run notDb = clirunner::run(
            {QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"),
             QStringLiteral("text.db")},
            m_dir.path());
        QCOMPARE(notDb.exitCode, 1);
        QVERIFY2(notDb.err.contains("text.db"), notDb.err.constData());

        const clirunner::Run usage =
            clirunner::run({QStringLiteral("db"), QStringLiteral("stats")}, m_dir.path());
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--db"));
        const clirunner::Run action =
            clirunner::run({QStringLiteral("db"), QStringLiteral("vacuum")}, m_dir.path());
        QCOMPARE(action.exitCode, 2);
        const clirunner::Run help =
            clirunner::run({QStringLiteral("db"), QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Usage: vocsync-cli db"), help.out.constData());
    }

    void demoUsageErrors()
    {
        const clirunner::Run noDb =
            clirunner::run({QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("1")},
                           m_dir.path());
        QCOMPARE(noDb.exitCode, 2);
        const clirunner::Run badDays = clirunner::run(
            {QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("zero"),
             QStringLiteral("--db"), QStringLiteral("x.db")},
            m_dir.path());
        QVERIFY(badDays.exitCode == 1 || badDays.exitCode == 2);
        QVERIFY2(badDays.err.contains("days"), badDays.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_cli_db.moc"
