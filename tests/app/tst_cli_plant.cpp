// vocsync-cli plant import|export, run as a process: exit codes 0/1/2, messages that name the
// file, line and field, and an import/export round trip of the example plant.
#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clirunner::Run;

class TestCliPlant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_example = clirunner::readFile(qEnvironmentVariable("VOCSYNC_SOURCE_DIR") +
                                        QStringLiteral("/resources/examples/plant-example.json"));
        QVERIFY(m_example.startsWith('{'));
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("plant.json")), m_example));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plant") << QStringList{QStringLiteral("plant"), QStringLiteral("--help")}
                               << QStringLiteral("vocsync-cli plant import --db FILE PLANT.json");
        QTest::newRow("import") << QStringList{QStringLiteral("plant"), QStringLiteral("import"),
                                               QStringLiteral("--help")}
                                << QStringLiteral("--db <FILE>");
        QTest::newRow("export") << QStringList{QStringLiteral("plant"), QStringLiteral("export"),
                                               QStringLiteral("-h")}
                                << QStringLiteral("-o, --output <OUT>");
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = clirunner::run(args, m_dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *args, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(args).split(QLatin1Char(' '))
                                << QString::fromUtf8(expected);
        };
        row("no action", "plant", "vocsync-cli plant: expected an action: import or export");
        row("unknown action", "plant frobnicate", "unknown action 'frobnicate'");
        row("import without --db", "plant import plant.json",
            "vocsync-cli plant import: --db FILE is required");
        row("import without file", "plant import --db x.db", "expected one plant file, got 0");
        row("import with two files", "plant import --db x.db a.json b.json",
            "expected one plant file, got 2");
        row("unknown option", "plant import --bogus --db x.db plant.json",
            "Unknown option 'bogus'");
        row("export without --db", "plant export",
            "vocsync-cli plant export: --db FILE is required");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = clirunner::run(args, m_dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.db"))));
    }

    void importThenExportRoundTrip()
    {
        const Run imp = clirunner::run({QStringLiteral("plant"), QStringLiteral("import"),
                                        QStringLiteral("--db"), QStringLiteral("rt.db"),
                                        QStringLiteral("plant.json")},
                                       m_dir.path());
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QVERIFY(imp.out.endsWith('\n'));
        QCOMPARE(imp.out.count('\n'), 1); // one line
        const QJsonObject summary = QJsonDocument::fromJson(imp.out).object();
        QCOMPARE(summary.value(QLatin1String("enterprises")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("facilities")).toInt(), 4);
        QCOMPARE(summary.value(QLatin1String("links")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("points")).toInt(), 4);
        QCOMPARE(summary.value(QLatin1String("points_added")).toInt(), 4);

        const Run exp = clirunner::run({QStringLiteral("plant"), QStringLiteral("export"),
                                        QStringLiteral("--db"), QStringLiteral("rt.db")},
                                       m_dir.path());
        QCOMPARE(exp.exitCode, 0);
        QCOMPARE(QString::fromUtf8(exp.out), QString::fromUtf8(m_example));

        const Run toFile = clirunner::run({QStringLiteral("plant"), QStringLiteral("export"),
                                           QStringLiteral("--db"), QStringLiteral("rt.db"),
                                           QStringLiteral("-o"), QStringLiteral("out.json")},
                                          m_dir.path());
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(clirunner::readFile(m_dir.filePath(QStringLiteral("out.json"))), m_example);
    }

    void badPlantNamesFileLineAndField()
    {
        QByteArray bad = m_example;
        const qsizetype at = bad.indexOf("\"kind\": \"production\"");
        QVERIFY(at > 0);
        bad.replace(at, 20, "\"kind\": \"prodution\"");
        const int line = clirunner::lineOf(bad, "\"kind\": \"prodution\"");
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("bad.json")), bad));
        // A good configuration first: the failed import must leave it in place.
        QCOMPARE(clirunner::run({QStringLiteral("plant"), QStringLiteral("import"),
                                 QStringLiteral("--db"), QStringLiteral("bad.db"),
                                 QStringLiteral("plant.json")},
                                m_dir.path())
                     .exitCode,
                 0);
        const Run r = clirunner::run({QStringLiteral("plant"), QStringLiteral("import"),
                                      QStringLiteral("--db"), QStringLiteral("bad.db"),
                                      QStringLiteral("bad.json")},
                                     m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err),
                 QStringLiteral("vocsync-cli plant import: bad.json:%1: facilities[0].kind: "
                                "unknown kind 'prodution'; expected production or treatment\n")
                     .arg(line));
        const Run exp = clirunner::run({QStringLiteral("plant"), QStringLiteral("export"),
                                        QStringLiteral("--db"), QStringLiteral("bad.db")},
                                       m_dir.path());
        QCOMPARE(QString::fromUtf8(exp.out), QString::fromUtf8(m_example));
    }

    void syntaxErrorNamesLineAndColumn()
    {
        QByteArray bad = m_example;
        bad.replace("\"version\": 1,", "\"version\": 1");
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("syntax.json")), bad));
        const Run r = clirunner::run({QStringLiteral("plant"), QStringLiteral("import"),
                                      QStringLiteral("--db"), QStringLiteral("syntax.db"),
                                      QStringLiteral("syntax.json")},
                                     m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("vocsync-cli plant import: syntax.json:4:"), r.err.constData());
        QVERIFY(r.err.contains("JSON syntax error"));
    }

    void missingFilesAreBadInput()
    {
        Run r = clirunner::run({QStringLiteral("plant"), QStringLiteral("import"),
                                QStringLiteral("--db"), QStringLiteral("m.db"),
                                QStringLiteral("nothere.json")},
                               m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothere.json: cannot read"), r.err.constData());
        r = clirunner::run({QStringLiteral("plant"), QStringLiteral("export"),
                            QStringLiteral("--db"), QStringLiteral("nothere.db")},
                           m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothere.db: no such database file"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothere.db"))));
    }

    void reimportReportsAddedAndRemovedPoints()
    {
        const QStringList args = {QStringLiteral("plant"), QStringLiteral("import"),
                                  QStringLiteral("--db"), QStringLiteral("re.db")};
        QCOMPARE(
            clirunner::run(args + QStringList{QStringLiteral("plant.json")}, m_dir.path()).exitCode,
            0);
        QByteArray changed = m_example;
        changed.replace("\"id\": \"P04\"", "\"id\": \"P05\"");
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("changed.json")), changed));
        const Run r =
            clirunner::run(args + QStringList{QStringLiteral("changed.json")}, m_dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QLatin1String("points")).toInt(), 4);
        QCOMPARE(summary.value(QLatin1String("points_added")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("points_removed")).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_example;
};

QTEST_GUILESS_MAIN(TestCliPlant)
#include "tst_cli_plant.moc"
