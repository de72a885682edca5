#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace

/// `vocsync-cli hj212 listen` and `hj212 simulate` in two processes, as a user demonstrates
/// them in two terminals: the demo transmitters connect, the listener stores their samples,
/// prints a line per packet and a summary when it gets SIGTERM.
class TestCliHj212Listen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void listenAndSimulate()
    {
        QProcess listen;
        listen.setProgram(QStringLiteral(VOCSYNC_CLI));
        listen.setWorkingDirectory(m_dir.path());
        listen.setArguments(
            {QStringLiteral("hj212"), QStringLiteral("listen"), QStringLiteral("--port"),
             QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--db"), QStringLiteral("field.db"), QStringLiteral("--accept-demo"),
             QStringLiteral("--json"), QStringLiteral("--duration"), QStringLiteral("120")});
        listen.start();
        QVERIFY(listen.waitForStarted());
        // Port 0: the listener picks a free port and says which.
        const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray errText;
        QRegularExpressionMatch m;
        QElapsedTimer clock;
        clock.start();
        while (!(m = listening.match(QString::fromUtf8(errText))).hasMatch() &&
               clock.elapsed() < 60000 && listen.state() == QProcess::Running) {
            listen.waitForReadyRead(100);
            errText += listen.readAllStandardError();
        }
        QVERIFY2(m.hasMatch(), errText.constData());
        const QString port = m.captured(1);

        const clirunner::Run sim = clirunner::run(
            {QStringLiteral("hj212"), QStringLiteral("simulate"), QStringLiteral("--to"),
             QStringLiteral("127.0.0.1:") + port, QStringLiteral("--duration"), QStringLiteral("4"),
             QStringLiteral("--json")},
            m_dir.path());
        QVERIFY2(sim.exitCode == 0, sim.err.constData());
        QSet<QString> connected;
        QSet<QString> sentBy;
        qint64 samplesSent = 0;
        QJsonObject simSummary;
        for (const QJsonObject &o : jsonLines(sim.out)) {
            const QString event = o.value(QStringLiteral("event")).toString();
            if (event == QLatin1String("connected"))
                connected.insert(o.value(QStringLiteral("mn")).toString());
            if (event == QLatin1String("data")) {
                sentBy.insert(o.value(QStringLiteral("mn")).toString());
                samplesSent += o.value(QStringLiteral("samples")).toInteger();
            }
            if (event == QLatin1String("summary"))
                simSummary = o;
        }
        QCOMPARE(connected.size(), 4); // one transmitter per demo enterprise
        QCOMPARE(sentBy, connected);
        QVERIFY(samplesSent >= 20);
        QCOMPARE(simSummary.value(QStringLiteral("connects")).toInteger(), 4);
        QCOMPARE(simSummary.value(QStringLiteral("given_up")).toInteger(), 0);

        listen.terminate(); // SIGTERM: the listener stops, commits and prints its summary
        QVERIFY(listen.waitForFinished(60000));
        QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
        errText += listen.readAllStandardError();
        QVERIFY2(listen.exitCode() == 0, errText.constData());
        const QList<QJsonObject> lines = jsonLines(listen.readAllStandardOutput());
        QVERIFY(!lines.isEmpty());
        QSet<QString> heard;
        qint64 samplesHeard = 0;
        for (const QJsonObject &o : lines) {
            if (o.value(QStringLiteral("dir")).toString() != QLatin1String("in"))
                continue;
            QVERIFY(o.value(QStringLiteral("ok")).toBool());
            QVERIFY(!o.value(QStringLiteral("peer")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("time")).toString().isEmpty());
            if (o.value(QStringLiteral("cn")).toInt() == 2011) {
                heard.insert(o.value(QStringLiteral("mn")).toString());
                samplesHeard += o.value(QStringLiteral("samples")).toInteger();
            }
        }
        QCOMPARE(heard, connected);
        QCOMPARE(samplesHeard, samplesSent); // every point sample sent was received ...
        const QJsonObject summary = lines.last();
        QCOMPARE(summary.value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
        QCOMPARE(summary.value(QStringLiteral("samples_committed")).toInteger(), samplesSent);
        QCOMPARE(summary.value(QStringLiteral("samples_refused")).toInteger(), 0);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInteger(), 0);
        QCOMPARE(summary.value(QStringLiteral("transmitters")).toArray().size(), 4);

        // ... and is in the database, for the points of all four enterprises.
        const clirunner::Run stats =
            clirunner::run({QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--db"),
                            QStringLiteral("field.db")},
                           m_dir.path());
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out)
                     .object()
                     .value(QStringLiteral("samples"))
                     .toInteger(),
                 samplesSent);
        const clirunner::Run csv = clirunner::run(
            {QStringLiteral("samples"), QStringLiteral("export"), QStringLiteral("--db"),
             QStringLiteral("field.db"), QStringLiteral("-o"), QStringLiteral("s.csv")},
            m_dir.path());
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QByteArray> rows =
            clirunner::readFile(m_dir.filePath(QStringLiteral("s.csv"))).trimmed().split('\n');
        QCOMPARE(rows.size() - 1, samplesSent);
        QSet<QByteArray> enterprises;
        for (qsizetype i = 1; i < rows.size(); ++i)
            enterprises.insert(rows.at(i).split(',').value(1).left(3));
        QCOMPARE(enterprises, (QSet<QByteArray>{"E01", "E02", "E03", "E04"}));
    }

    void usageErrors()
    {
        const auto run = [&](const QStringList &args) {
            return clirunner::run(args, m_dir.path());
        };
        const QString hj = QStringLiteral("hj212");
        const QString listen = QStringLiteral("listen");
        const QString db = QStringLiteral("u.db");
        clirunner::Run r = run({hj, listen, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--port"), r.err.constData());
        r = run({hj, listen, QStringLiteral("--port"), QStringLiteral("70000"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        r = run({hj, listen, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                 db, QStringLiteral("--duration"), QStringLiteral("-1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--duration"), r.err.constData());
        r = run(
            {hj, QStringLiteral("simulate"), QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--to"), r.err.constData());

        // A registry that does not parse: exit 1, naming the file and the line.
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("reg.json")),
                                     "{\"transmitters\": [\n  {\"mn\": \"ABC\", \"pasword\": "
                                     "\"123456\"}\n]}\n"));
        r = run({hj, listen, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                 db, QStringLiteral("--registry"), QStringLiteral("reg.json"),
                 QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("reg.json:2"), r.err.constData());

        // A registry binding a point the plant does not have: refused before listening.
        QVERIFY(clirunner::writeFile(m_dir.filePath(QStringLiteral("reg2.json")),
                                     "{\"transmitters\": [{\"mn\": \"ABC\", \"points\": "
                                     "{\"1\": \"NOPE\"}}]}\n"));
        r = run({hj, listen, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                 db, QStringLiteral("--registry"), QStringLiteral("reg2.json"),
                 QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("NOPE"), r.err.constData());
        QVERIFY(!r.err.contains("listening on"));
    }
};

QTEST_GUILESS_MAIN(TestCliHj212Listen)
#include "tst_cli_hj212listen.moc"
