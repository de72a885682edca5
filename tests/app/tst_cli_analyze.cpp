// vocsync-cli analyze: the JSON contract, files and database giving the same answer, the
// demo's injected anomalies found, and bad input named by file, line and field.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonArray m_truth;
    QDateTime m_demoFrom;

    clirunner::Run cli(const QStringList &args) { return clirunner::run(args, m_dir.path()); }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QJsonObject parse(const QByteArray &out)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(out, &e);
        return d.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A fixed past window (the demo is deterministic): idling, a missing start, late
        // starts, early stops and a silent meter, none cut by the window's ends.
        const auto demo = cli({QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("3"),
                               QStringLiteral("--end"), QStringLiteral("2026-11-19T06:00:00+08:00"),
                               QStringLiteral("--db"), QStringLiteral("d.db")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_truth = parse(demo.out).value(QLatin1String("anomalies")).toArray();
        m_demoFrom = QDateTime::fromString(parse(demo.out).value(QLatin1String("from")).toString(),
                                           Qt::ISODate);
        QVERIFY(m_demoFrom.isValid());
        QVERIFY(m_truth.size() >= 10);
        QCOMPARE(cli({QStringLiteral("plant"), QStringLiteral("export"), QStringLiteral("--db"),
                      QStringLiteral("d.db"), QStringLiteral("-o"), QStringLiteral("plant.json")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"),
                      QStringLiteral("d.db"), QStringLiteral("-o"), QStringLiteral("samples.csv")})
                     .exitCode,
                 0);
    }

    void filesAndDatabaseAgreeAndFindTheDemoAnomalies()
    {
        const auto files = cli({QStringLiteral("analyze"), QStringLiteral("--plant"),
                                QStringLiteral("plant.json"), QStringLiteral("--samples"),
                                QStringLiteral("samples.csv"), QStringLiteral("--compact")});
        QVERIFY2(files.exitCode == 0, files.err.constData());
        const auto db = cli({QStringLiteral("analyze"), QStringLiteral("--db"),
                             QStringLiteral("d.db"), QStringLiteral("--compact")});
        QVERIFY2(db.exitCode == 0, db.err.constData());
        const QJsonObject a = parse(files.out);
        QCOMPARE(a, parse(db.out));

        for (const char *k : {"facilities", "sync", "enterprises", "events"})
            QVERIFY2(a.value(QLatin1String(k)).isArray(), k);
        const QJsonObject s = a.value(QLatin1String("sync")).toArray().at(0).toObject();
        for (const char *k : {"production", "rate", "production_s", "sync_s", "unknown_s"})
            QVERIFY2(s.contains(QLatin1String(k)), k);
        const QJsonObject e = a.value(QLatin1String("enterprises")).toArray().at(0).toObject();
        for (const char *k : {"id", "sync_rate", "risk"})
            QVERIFY2(e.contains(QLatin1String(k)), k);
        const QJsonObject st = a.value(QLatin1String("facilities")).toArray().at(0).toObject();
        QVERIFY(st.value(QLatin1String("states")).toArray().size() > 0);

        const QJsonArray events = a.value(QLatin1String("events")).toArray();
        for (const QJsonValue &t : m_truth) {
            const QJsonObject x = t.toObject();
            const qint64 ts = QDateTime::fromString(x.value(QLatin1String("start")).toString(),
                                                    Qt::ISODate).toMSecsSinceEpoch();
            const qint64 te = QDateTime::fromString(x.value(QLatin1String("end")).toString(),
                                                    Qt::ISODate).toMSecsSinceEpoch();
            bool found = false;
            for (const QJsonValue &v : events) {
                const QJsonObject ev = v.toObject();
                const QString related = ev.value(QLatin1String("related")).toString();
                const qint64 s2 = QDateTime::fromString(ev.value(QLatin1String("start")).toString(),
                                                        Qt::ISODate).toMSecsSinceEpoch();
                const qint64 e2 = QDateTime::fromString(ev.value(QLatin1String("end")).toString(),
                                                        Qt::ISODate).toMSecsSinceEpoch();
                found = found || (ev.value(QLatin1String("type")) == x.value(QLatin1String("type")) &&
                                  ev.value(QLatin1String("facility")) == x.value(QLatin1String("facility")) &&
                                  related == x.value(QLatin1String("related")).toString() &&
                                  std::abs(s2 - ts) <= 60000 && std::abs(e2 - te) <= 60000);
            }
            QVERIFY2(found, QJsonDocument(x).toJson(QJsonDocument::Compact).constData());
        }
    }

    void filesAndDatabaseAgreeOnAPartOfTheHistory()
    {
        // The profiles are learnt from the period only, from files as from the database.
        const qint64 start = m_demoFrom.toMSecsSinceEpoch() + 26 * 3'600'000LL;
        const QStringList period{QStringLiteral("--from"), QString::number(start),
                                 QStringLiteral("--to"), QString::number(start + 12 * 3'600'000LL),
                                 QStringLiteral("--compact")};
        const auto files = cli(QStringList{QStringLiteral("analyze"), QStringLiteral("--plant"),
                                           QStringLiteral("plant.json"), QStringLiteral("--samples"),
                                           QStringLiteral("samples.csv")} + period);
        QVERIFY2(files.exitCode == 0, files.err.constData());
        const auto db = cli(QStringList{QStringLiteral("analyze"), QStringLiteral("--db"),
                                        QStringLiteral("d.db")} + period);
        QVERIFY2(db.exitCode == 0, db.err.constData());
        QCOMPARE(parse(files.out), parse(db.out));
    }

    void epochMillisecondsAndAPeriod()
    {
        QVERIFY(clirunner::writeFile(path("epoch.csv"),
                                     "time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz\n"
                                     "1764000000000,E01-F01-M,30.000,380.0,,,\n"
                                     "1764000010000,E01-F01-M,30.000,380.0,,,\n"));
        const auto r = cli({QStringLiteral("analyze"), QStringLiteral("--plant"),
                            QStringLiteral("plant.json"), QStringLiteral("--samples"),
                            QStringLiteral("epoch.csv"), QStringLiteral("--from"),
                            QStringLiteral("1764000000000"), QStringLiteral("--to"),
                            QStringLiteral("2025-11-25T00:10:00+08:00")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject a = parse(r.out);
        QCOMPARE(a.value(QLatin1String("from")).toString(), QStringLiteral("2025-11-25T00:00:00+08:00"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("plant");
        QTest::addColumn<QByteArray>("samples");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("message");
        const QByteArray header = "time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz\n";
        QTest::newRow("bad time") << QByteArray() << header + "2026-13-01T00:00:00+08:00,E01-F01-M,1,,,,\n"
                                  << QStringList() << QByteArray("bad.csv:2");
        QTest::newRow("unknown point") << QByteArray() << header + "1764000000000,NOPE,1,,,,\n"
                                       << QStringList() << QByteArray("bad.csv:2: column point: unknown point 'NOPE'");
        QTest::newRow("bad number") << QByteArray() << header + "1764000000000,E01-F01-M,abc,,,,\n"
                                    << QStringList() << QByteArray("bad.csv:2: column current_a: 'abc' is not a number");
        QTest::newRow("bad plant") << QByteArray("{\"format\": \"vocsync-plant\",\n \"version\": 1,\n \"enterprises\": 5}\n")
                                   << header << QStringList() << QByteArray("badplant.json:3");
        QTest::newRow("clock reset to 1970") << QByteArray() << header + "0,E01-F01-M,1,,,,\n"
                                             << QStringList() << QByteArray("bad.csv:2: column time: '0' is outside the years 2000 to 2099");
        QTest::newRow("period after the data")
            << QByteArray() << header + "1764000000000,E01-F01-M,1,,,,\n"
            << QStringList{QStringLiteral("--from"), QStringLiteral("2030-01-01T00:00:00+08:00")}
            << QByteArray("bad.csv: no samples in the period");
        QTest::newRow("bad --from") << QByteArray() << header << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}
                                    << QByteArray("--from");
    }

    void badInput()
    {
        QFETCH(QByteArray, plant);
        QFETCH(QByteArray, samples);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, message);
        QString plantFile = QStringLiteral("plant.json");
        if (!plant.isEmpty()) {
            QVERIFY(clirunner::writeFile(path("badplant.json"), plant));
            plantFile = QStringLiteral("badplant.json");
        }
        QVERIFY(clirunner::writeFile(path("bad.csv"), samples));
        const auto r = cli(QStringList{QStringLiteral("analyze"), QStringLiteral("--plant"), plantFile,
                                       QStringLiteral("--samples"), QStringLiteral("bad.csv")} + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void configuredLimits()
    {
        const auto r = cli({QStringLiteral("analyze"), QStringLiteral("--db"), QStringLiteral("d.db"),
                            QStringLiteral("--limit"), QStringLiteral("E01-F01-M:current_a>5:120"),
                            QStringLiteral("--compact")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int found = 0;
        for (const QJsonValue &v : parse(r.out).value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("point")) == QLatin1String("E01-F01-M") &&
                e.value(QLatin1String("type")) == QLatin1String("over_limit")) {
                QVERIFY(e.value(QLatin1String("duration_s")).toDouble() >= 120);
                ++found;
            }
        }
        QVERIFY(found > 0); // the spray booth runs above 5 A every working day
        const auto bad = cli({QStringLiteral("analyze"), QStringLiteral("--db"), QStringLiteral("d.db"),
                              QStringLiteral("--limit"), QStringLiteral("E01-F01-M:current_a=5")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("--limit: 'E01-F01-M:current_a=5' is not"), bad.err.constData());
        const auto unknown = cli({QStringLiteral("analyze"), QStringLiteral("--db"), QStringLiteral("d.db"),
                                  QStringLiteral("--limit"), QStringLiteral("E01-F01-M:frequency_hz>5")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("does not measure 'frequency_hz'"), unknown.err.constData());
    }

    void thresholdSuggestion()
    {
        const auto r = cli({QStringLiteral("thresholds"), QStringLiteral("suggest"),
                            QStringLiteral("--db"), QStringLiteral("d.db"),
                            QStringLiteral("--facility"), QStringLiteral("E01-F06")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = parse(r.out);
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        QVERIFY(o.value(QLatin1String("confidence")).toDouble() > 0.5);
        const QJsonArray modes = o.value(QLatin1String("modes")).toArray();
        QVERIFY(modes.size() >= 2);
        const double run = o.value(QLatin1String("thresholds")).toObject().value(QLatin1String("run")).toDouble();
        // The run threshold separates the off mode from the loaded one.
        QVERIFY(run > modes.first().toObject().value(QLatin1String("level")).toDouble());
        QVERIFY(run < modes.last().toObject().value(QLatin1String("level")).toDouble());
        const auto bad = cli({QStringLiteral("thresholds"), QStringLiteral("suggest"),
                              QStringLiteral("--db"), QStringLiteral("d.db"),
                              QStringLiteral("--facility"), QStringLiteral("NOPE")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("--facility: unknown facility 'NOPE'"));
    }

    void usage()
    {
        QCOMPARE(cli({QStringLiteral("analyze")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("analyze"), QStringLiteral("--plant"), QStringLiteral("p")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("analyze"), QStringLiteral("--db"), QStringLiteral("d.db"),
                      QStringLiteral("--plant"), QStringLiteral("p"), QStringLiteral("--samples"),
                      QStringLiteral("s")}).exitCode, 2);
        const auto help = cli({QStringLiteral("analyze"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--samples"));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
