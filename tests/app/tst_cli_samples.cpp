// vocsync-cli samples import|export, run as a process against the example plant: a canonical
// CSV survives import and export byte for byte; a bad row anywhere writes nothing and is named
// by file, line and column.
#include "clirunner.h"

#include "vocsync/core/timeutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clirunner::Run;

namespace {

constexpr qint64 kT0 = 1795478400000; // 2026-11-24T08:00:00+08:00

const QByteArray kHeader = "time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz\n";

/// n at `decimals`, written independently of the code under test.
QByteArray fixed(qint64 n, int decimals)
{
    QByteArray s = QByteArray::number(qAbs(n));
    while (s.size() <= decimals)
        s.prepend('0');
    if (decimals > 0)
        s.insert(s.size() - decimals, '.');
    return n < 0 ? "-" + s : s;
}

QByteArray iso(qint64 t)
{
    return vocsync::timeutil::toIso(t).toUtf8();
}

/// Samples of the example plant in canonical form: points by id, each in time order. P01
/// measures current_a:3, voltage_v:1, power_kw:3, energy_kwh:2; P02 power_kw:3, energy_kwh:2;
/// P04 current_a:2 every minute. The span crosses hours so chunks and raw rows both serve.
QByteArray canonicalCsv()
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 800; ++i) {
        const qint64 h = (i * 2654435761LL) % 100000;
        // Some rows leave out a quantity the point measures: an empty cell stays empty.
        csv += iso(kT0 + i * 10'000) + ",P01," + fixed(20000 + h % 9000, 3) + "," +
               (i % 7 == 3 ? QByteArray() : fixed(3800 + h % 41, 1)) + "," + fixed(h % 15000, 3) +
               "," + fixed(100000 + i * 3, 2) + ",\n";
    }
    for (int i = 0; i < 800; ++i) {
        const qint64 h = (i * 40503LL) % 7000;
        csv += iso(kT0 + i * 10'000 + 500) + ",P02,,," + fixed(h - 250, 3) + "," +
               fixed(5000 + i, 2) + ",\n";
    }
    for (int i = 0; i < 150; ++i)
        csv += iso(kT0 + i * 60'000) + ",P04," + fixed((i * 37) % 500, 2) + ",,,,\n";
    return csv;
}

} // namespace

class TestCliSamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray plant =
            clirunner::readFile(qEnvironmentVariable("VOCSYNC_SOURCE_DIR") +
                                QStringLiteral("/resources/examples/plant-example.json"));
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("plant.json")), plant));
        m_csv = canonicalCsv();
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("samples.csv")), m_csv));
    }

    void init()
    {
        // A fresh database with the plant and no samples for every test.
        m_db = QStringLiteral("t%1.db").arg(++m_count);
        const Run r = cli({QStringLiteral("plant"), QStringLiteral("import"),
                           QStringLiteral("--db"), m_db, QStringLiteral("plant.json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void importThenExportIsByteExact()
    {
        const Run imp = cli({QStringLiteral("samples"), QStringLiteral("import"),
                             QStringLiteral("--db"), m_db, QStringLiteral("samples.csv")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QCOMPARE(imp.out.count('\n'), 1);
        const QJsonObject summary = QJsonDocument::fromJson(imp.out).object();
        QCOMPARE(summary.value(QLatin1String("rows")).toInt(), 1750);
        QCOMPARE(summary.value(QLatin1String("points")).toInt(), 3);
        QVERIFY(summary.value(QLatin1String("seconds")).isDouble());

        const Run exp = cli(
            {QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db});
        QVERIFY2(exp.exitCode == 0, exp.err.constData());
        QCOMPARE(exp.out, m_csv);

        const Run toFile =
            cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
                 QStringLiteral("-o"), QStringLiteral("out.csv")});
        QCOMPARE(toFile.exitCode, 0);
        QCOMPARE(clirunner::readFile(m_dir.filePath(QStringLiteral("out.csv"))), m_csv);
        QCOMPARE(QJsonDocument::fromJson(toFile.out).object().value(QLatin1String("rows")).toInt(),
                 1750);
    }

    void exportOnePointInARange()
    {
        QCOMPARE(cli({QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--db"),
                      m_db, QStringLiteral("samples.csv")})
                     .exitCode,
                 0);
        // --from inclusive, --to exclusive, a plain time in the station's zone.
        const Run r =
            cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--point"), QStringLiteral("P04"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-24T09:00:00+08:00"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-24 09:03:00")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray expected = kHeader;
        for (int i = 60; i < 63; ++i)
            expected += iso(kT0 + i * 60'000) + ",P04," + fixed((i * 37) % 500, 2) + ",,,,\n";
        QCOMPARE(r.out, expected);
    }

    void exportErrors()
    {
        Run r = cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"),
                     m_db, QStringLiteral("--point"), QStringLiteral("P99")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("vocsync-cli samples export: --point: unknown point 'P99'\n"));
        r = cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("vocsync-cli samples export: --from: 'yesterday' is not"),
                 r.err.constData());
        r = cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"),
                 QStringLiteral("none.db")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("none.db: no such database file"));
    }

    void badRowsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("lastRow");
        QTest::addColumn<QString>("error");
        const int last = 1752; // header + 1750 good rows + this one
        const auto row = [last](const char *name, const char *csvRow, const QString &message) {
            QTest::newRow(name) << QByteArray(csvRow)
                                << QStringLiteral("bad.csv:%1: %2").arg(last).arg(message);
        };
        row("bad time", "2026-11-31T08:00:00+08:00,P01,1.000,,,,\n",
            QStringLiteral("column time: '2026-11-31T08:00:00+08:00' is not an ISO 8601 date or "
                           "time (e.g. 2026-11-24T08:00:00+08:00)"));
        row("unknown point", "2026-11-24T08:00:00+08:00,P9,1.000,,,,\n",
            QStringLiteral("column point: unknown point 'P9'"));
        row("bad number", "2026-11-24T08:00:00+08:00,P01,1.0O0,,,,\n",
            QStringLiteral("column current_a: '1.0O0' is not a number; expected digits with an "
                           "optional '-' and '.', e.g. -12.345"));
        row("too many decimals", "2026-11-24T08:00:00+08:00,P04,1.125,,,,\n",
            QStringLiteral("column current_a: '1.125' has 3 decimals, but point P04 measures "
                           "current_a to 2 decimals"));
        row("unmeasured quantity", "2026-11-24T08:00:00+08:00,P02,,,1.000,2.00,50.00\n",
            QStringLiteral("column frequency_hz: point P02 does not measure frequency_hz (it "
                           "measures power_kw, energy_kwh); leave the cell empty"));
        row("column count", "2026-11-24T08:00:00+08:00,P01,1.000\n",
            QStringLiteral("the row has 3 columns, expected 7 (time,point,current_a,voltage_v,"
                           "power_kw,energy_kwh,frequency_hz)"));
    }

    void badRowsWriteNothing()
    {
        QFETCH(QByteArray, lastRow);
        QFETCH(QString, error);
        // The bad row comes last: only a full first pass keeps the good rows out.
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("bad.csv")), m_csv + lastRow));
        const Run r = cli({QStringLiteral("samples"), QStringLiteral("import"),
                           QStringLiteral("--db"), m_db, QStringLiteral("bad.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err),
                 QStringLiteral("vocsync-cli samples import: ") + error + QLatin1Char('\n'));
        const Run exp = cli(
            {QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db});
        QCOMPARE(exp.exitCode, 0);
        QCOMPARE(exp.out, kHeader);
    }

    void wrongHeaderNamesTheColumn()
    {
        QByteArray bad = m_csv;
        bad.replace(0, kHeader.size(),
                    "time,point,current,voltage_v,power_kw,energy_kwh,frequency_hz\n");
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("header.csv")), bad));
        const Run r = cli({QStringLiteral("samples"), QStringLiteral("import"),
                           QStringLiteral("--db"), m_db, QStringLiteral("header.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("vocsync-cli samples import: header.csv:1: column 3: expected "
                                  "'current_a', found 'current'"),
                 r.err.constData());
    }

    void importNeedsThePlant()
    {
        // An empty database file: no plant, no points.
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("empty.db")), QByteArray()));
        const Run r =
            cli({QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--db"),
                 QStringLiteral("empty.db"), QStringLiteral("samples.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no monitoring points; import the plant first"), r.err.constData());
        const Run missing =
            cli({QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--db"),
                 QStringLiteral("nothere.db"), QStringLiteral("samples.csv")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothere.db"))));
    }

    void pointWithSamplesCannotBeRemoved()
    {
        QCOMPARE(cli({QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--db"),
                      m_db, QStringLiteral("samples.csv")})
                     .exitCode,
                 0);
        QByteArray plant = clirunner::readFile(m_dir.filePath(QStringLiteral("plant.json")));
        plant.replace("\"id\": \"P04\"", "\"id\": \"P05\"");
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("noP04.json")), plant));
        const Run r = cli({QStringLiteral("plant"), QStringLiteral("import"),
                           QStringLiteral("--db"), m_db, QStringLiteral("noP04.json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err),
                 QStringLiteral("vocsync-cli plant import: point 'P04': the new configuration "
                                "removes point 'P04', which still has 150 stored samples; keep "
                                "the point or delete its samples first\n"));
        // Nothing changed: the samples still export as before.
        QCOMPARE(
            cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db})
                .out,
            m_csv);
    }

    void usage()
    {
        const QList<QStringList> usageErrors = {
            {QStringLiteral("samples")},
            {QStringLiteral("samples"), QStringLiteral("bogus")},
            {QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--db"), m_db},
            {QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("samples.csv")},
            {QStringLiteral("samples"), QStringLiteral("export")},
            {QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--point")},
        };
        for (const QStringList &args : usageErrors) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(r.err.contains("Try 'vocsync-cli samples"));
        }
        for (const char *action : {"import", "export"}) {
            const Run r = cli(
                {QStringLiteral("samples"), QString::fromLatin1(action), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(
                QByteArray(QByteArray("vocsync-cli samples ") + action + " --db FILE")));
        }
        QCOMPARE(cli({QStringLiteral("samples"), QStringLiteral("--help")}).exitCode, 0);
    }

private:
    Run cli(const QStringList &args) { return clirunner::run(args, m_dir.path()); }

    QTemporaryDir m_dir;
    QByteArray m_csv;
    QString m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliSamples)
#include "tst_cli_samples.moc"
