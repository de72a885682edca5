// vocsync-cli upstream list|add|remove, run as a process: a target is added, listed with its
// queue, refused with a message naming the option, and removed.
#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clirunner::Run;

class TestCliUpstream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString example = qEnvironmentVariable("VOCSYNC_SOURCE_DIR")
                                + QStringLiteral("/resources/examples/plant-example.json");
        const Run r = run({QStringLiteral("plant"), QStringLiteral("import"),
                           QStringLiteral("--db"), db(), example});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void addListRemove()
    {
        Run r = run({QStringLiteral("upstream"), QStringLiteral("add"), QStringLiteral("--db"),
                     db(), QStringLiteral("--name"), QStringLiteral("省平台"),
                     QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QStringLiteral("9999"), QStringLiteral("--mn"),
                     QStringLiteral("010000A8900016F000169DC0"), QStringLiteral("--password"),
                     QStringLiteral("123456"), QStringLiteral("--enterprise"),
                     QStringLiteral("E01"), QStringLiteral("--version"),
                     QStringLiteral("2005")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject added = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(added.value(QStringLiteral("name")).toString(), QStringLiteral("省平台"));
        QCOMPARE(added.value(QStringLiteral("version")).toString(), QStringLiteral("2005"));
        const int id = added.value(QStringLiteral("id")).toInt();
        QVERIFY(id > 0);

        r = run({QStringLiteral("upstream"), QStringLiteral("list"), QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject listed = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(listed.value(QStringLiteral("id")).toInt(), id);
        QCOMPARE(listed.value(QStringLiteral("sourceId")).toString(), QStringLiteral("E01"));
        QCOMPARE(listed.value(QStringLiteral("pending")).toInt(), 0);

        r = run({QStringLiteral("upstream"), QStringLiteral("remove"), QStringLiteral("--db"),
                 db(), QStringLiteral("--id"), QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("upstream"), QStringLiteral("list"), QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base = {QStringLiteral("--name"), QStringLiteral("p"),
                                  QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--mn"), QStringLiteral("ABC")};
        QTest::newRow("port out of range")
            << (base + QStringList{QStringLiteral("--port"), QStringLiteral("70000"),
                                   QStringLiteral("--password"), QStringLiteral("1"),
                                   QStringLiteral("--enterprise"), QStringLiteral("E01")})
            << 1 << QStringLiteral("--port: port must be 1..65535, got '70000'");
        QTest::newRow("password with ;")
            << (base + QStringList{QStringLiteral("--port"), QStringLiteral("1"),
                                   QStringLiteral("--password"), QStringLiteral("1;2"),
                                   QStringLiteral("--enterprise"), QStringLiteral("E01")})
            << 1 << QStringLiteral("password: the password contains ';'");
        QTest::newRow("unknown enterprise")
            << (base + QStringList{QStringLiteral("--port"), QStringLiteral("1"),
                                   QStringLiteral("--password"), QStringLiteral("1"),
                                   QStringLiteral("--enterprise"), QStringLiteral("E99")})
            << 1 << QStringLiteral("--enterprise: no enterprise 'E99'");
        QTest::newRow("both sources")
            << (base + QStringList{QStringLiteral("--port"), QStringLiteral("1"),
                                   QStringLiteral("--password"), QStringLiteral("1"),
                                   QStringLiteral("--enterprise"), QStringLiteral("E01"),
                                   QStringLiteral("--transmitter"), QStringLiteral("ABC")})
            << 2 << QStringLiteral("give exactly one of --enterprise and --transmitter");
        QTest::newRow("missing password")
            << (base + QStringList{QStringLiteral("--port"), QStringLiteral("1"),
                                   QStringLiteral("--enterprise"), QStringLiteral("E01")})
            << 2 << QStringLiteral("--password is required");
    }

    void refused()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(QStringList{QStringLiteral("upstream"), QStringLiteral("add"),
                                      QStringLiteral("--db"), db()}
                          + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        const Run list = run(
            {QStringLiteral("upstream"), QStringLiteral("list"), QStringLiteral("--db"), db()});
        QVERIFY(list.out.trimmed().isEmpty()); // nothing half-added
    }

private:
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    Run run(const QStringList &args) const { return clirunner::run(args, m_dir.path()); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliUpstream)
#include "tst_cli_upstream.moc"
