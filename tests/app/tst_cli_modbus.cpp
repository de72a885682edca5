// vocsync-cli modbus read|scan and dlt645 read, run as processes against real peers
// (tests/support/modbus_peer.py over TCP, RTU over TCP and a socat pty; dlt645_peer.py on a
// pty): the JSON a script reads equals what the peer encoded; exit codes 1 and 2 with messages
// naming the option or the connection error.
#include "clirunner.h"

#include "../acquisition/peerprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clirunner::Run;
using namespace peertest;

namespace {

QString text(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

/// What differs between `modbus read --json` output ("values": {key: {"value": ...}}) and the
/// values a peer printed; empty when all equal exactly.
QString compareJson(const QJsonObject &reading, const QJsonObject &expected, bool allKeys)
{
    QStringList diffs;
    const QJsonObject values = reading.value(QLatin1String("values")).toObject();
    if (values.isEmpty())
        return QStringLiteral("no values");
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        if (!v.contains(QLatin1String("value"))) {
            diffs << QStringLiteral("%1: %2").arg(it.key(),
                                                  v.value(QLatin1String("error")).toString());
            continue;
        }
        if (!expected.contains(it.key())) {
            diffs << QStringLiteral("%1: not printed by the peer").arg(it.key());
            continue;
        }
        const double got = v.value(QLatin1String("value")).toDouble();
        const double want = expected.value(it.key()).toDouble();
        if (got != want)
            diffs << QStringLiteral("%1: %2, expected %3")
                         .arg(it.key())
                         .arg(got, 0, 'g', 17)
                         .arg(want, 0, 'g', 17);
    }
    if (allKeys && values.size() != expected.size())
        diffs
            << QStringLiteral("%1 values, the peer has %2").arg(values.size()).arg(expected.size());
    return diffs.join(QStringLiteral("; "));
}

/// A local TCP port nobody listens on: bound by a short-lived process, then released.
quint16 closedPort()
{
    QProcess p;
    p.start(python(), {QStringLiteral("-c"),
                       QStringLiteral("import socket; s = socket.socket(); "
                                      "s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")});
    if (!p.waitForFinished(10000))
        return 0;
    return static_cast<quint16>(p.readAllStandardOutput().trimmed().toUInt());
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

} // namespace

class TestCliModbus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // no user templates of whoever runs the tests
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dir() const { return m_dir->path(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void readOverNetwork_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("unit");
        QTest::newRow("--tcp") << static_cast<int>(ModbusPeer::Mode::Tcp) << QStringLiteral("--tcp")
                               << QStringLiteral("acrel-adl400") << 1;
        QTest::newRow("--rtu-tcp")
            << static_cast<int>(ModbusPeer::Mode::RtuTcp) << QStringLiteral("--rtu-tcp")
            << QStringLiteral("eastron-sdm630") << 3;
    }

    /// `modbus read --json` prints one JSON object per reading whose values and ratios equal
    /// the peer's.
    void readOverNetwork()
    {
        QFETCH(int, mode);
        QFETCH(QString, option);
        QFETCH(QString, templateId);
        QFETCH(int, unit);
        const QString missing = missingTools(false, true);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        ModbusPeer peer(dir(), QStringLiteral("net"));
        const QString error = peer.start(static_cast<ModbusPeer::Mode>(mode), QStringLiteral("0"),
                                         {QStringLiteral("%1:%2").arg(unit).arg(templateId)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run r = clirunner::run(
            {QStringLiteral("modbus"), QStringLiteral("read"), QStringLiteral("--template"),
             templateId, option, peer.hostPort(), QStringLiteral("--unit"), QString::number(unit),
             QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2")},
            dir());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        const ModbusUnit *u = peer.unit(unit);
        QVERIFY(u);
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(QLatin1String("template")).toString(), templateId);
            const QString diff = compareJson(o, u->values, true);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            const QJsonObject ratios = o.value(QLatin1String("ratios")).toObject();
            QCOMPARE(ratios.value(QLatin1String("pt")).toDouble(), u->pt);
            QCOMPARE(ratios.value(QLatin1String("ct")).toDouble(), u->ct);
        }
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    /// On a serial port (a socat pty): `modbus read --serial` decodes the meter, `modbus scan`
    /// finds exactly the units on the bus.
    void readAndScanSerial()
    {
        const QString missing = missingTools(true, true);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        PtyPair pty;
        QString error = pty.start(dir());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ModbusPeer peer(dir(), QStringLiteral("rtu"));
        error = peer.start(
            ModbusPeer::Mode::Serial, pty.peer(),
            {QStringLiteral("2:chint-dtsu666"), QStringLiteral("4:generic-modbus-meter")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Run r = clirunner::run({QStringLiteral("modbus"), QStringLiteral("read"),
                                QStringLiteral("--template"), QStringLiteral("chint-dtsu666"),
                                QStringLiteral("--serial"), pty.station(), QStringLiteral("--baud"),
                                QStringLiteral("9600"), QStringLiteral("--parity"),
                                QStringLiteral("N"), QStringLiteral("--unit"), QStringLiteral("2"),
                                QStringLiteral("--json")},
                               dir());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QString diff = compareJson(lines.first(), peer.unit(2)->values, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        r = clirunner::run({QStringLiteral("modbus"), QStringLiteral("scan"),
                            QStringLiteral("--serial"), pty.station(), QStringLiteral("--from"),
                            QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("6"),
                            QStringLiteral("--timeout"), QStringLiteral("200"),
                            QStringLiteral("--json")},
                           dir());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        lines = jsonLines(r.out);
        QList<int> units;
        for (const QJsonObject &o : lines)
            units << o.value(QLatin1String("unit")).toInt();
        QCOMPARE(units, (QList<int>{2, 4}));
        QVERIFY2(r.err.contains("2 unit(s) found"), r.err.constData());
    }

    /// `dlt645 read --serial --address --json` equals the DL/T 645 peer's values (2400 8E1,
    /// the template's line, by default).
    void dlt645Read()
    {
        const QString missing = missingTools(true, false);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        PtyPair pty;
        QString error = pty.start(dir());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Dlt645Peer peer(dir(), QStringLiteral("dlt"));
        const QString address = QStringLiteral("202411110002");
        error = peer.start(pty.peer(), {QStringLiteral("000012345678"), address});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run r = clirunner::run(
            {QStringLiteral("dlt645"), QStringLiteral("read"), QStringLiteral("--serial"),
             pty.station(), QStringLiteral("--address"), address, QStringLiteral("--json")},
            dir());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QLatin1String("template")).toString(),
                 QStringLiteral("dlt645-2007-generic"));
        QCOMPARE(lines.first().value(QLatin1String("values")).toObject().size(), 11);
        const QString diff = compareJson(lines.first(), peer.values(address), false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown template")
            << QStringList{QStringLiteral("modbus"),     QStringLiteral("read"),
                           QStringLiteral("--template"), QStringLiteral("no-such-meter"),
                           QStringLiteral("--tcp"),      QStringLiteral("127.0.0.1:502")}
            << 1 << QStringLiteral("modbus read: --template: unknown template 'no-such-meter'");
        QTest::newRow("no port") << QStringList{QStringLiteral("modbus"), QStringLiteral("read"),
                                                QStringLiteral("--template"),
                                                QStringLiteral("generic-modbus-meter")}
                                 << 2 << QStringLiteral("give exactly one port");
        QTest::newRow("two ports")
            << QStringList{QStringLiteral("modbus"),     QStringLiteral("read"),
                           QStringLiteral("--template"), QStringLiteral("generic-modbus-meter"),
                           QStringLiteral("--tcp"),      QStringLiteral("127.0.0.1:502"),
                           QStringLiteral("--serial"),   QStringLiteral("/dev/null")}
            << 2 << QStringLiteral("give exactly one port");
        QTest::newRow("dlt645 template for modbus")
            << QStringList{QStringLiteral("modbus"),     QStringLiteral("read"),
                           QStringLiteral("--template"), QStringLiteral("dlt645-2007-generic"),
                           QStringLiteral("--tcp"),      QStringLiteral("127.0.0.1:502")}
            << 1 << QStringLiteral("--template: template 'dlt645-2007-generic' is a dlt645");
        QTest::newRow("dlt645 bad address")
            << QStringList{QStringLiteral("dlt645"),    QStringLiteral("read"),
                           QStringLiteral("--serial"),  QStringLiteral("/dev/null"),
                           QStringLiteral("--address"), QStringLiteral("12AB")}
            << 1 << QStringLiteral("dlt645 read: --address");
    }

    /// Bad input: exit 1 naming the option; usage errors exit 2.
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = clirunner::run(args, dir());
        QVERIFY2(r.exitCode == exitCode, qPrintable(text(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(text(r)));
        QVERIFY(r.out.isEmpty());
    }

    /// Nobody listens on the port: the connection error, retried, then exit 1.
    void closedPort()
    {
        const quint16 port = ::closedPort();
        QVERIFY(port > 0);
        const Run r = clirunner::run(
            {QStringLiteral("modbus"), QStringLiteral("read"), QStringLiteral("--template"),
             QStringLiteral("generic-modbus-meter"), QStringLiteral("--tcp"),
             QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--json")},
            dir());
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(static_cast<int>(err.count(QStringLiteral("Connection refused"))), 3);
        QVERIFY2(err.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("giving up after 3 failed attempts in a row")),
                 qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliModbus)
#include "tst_cli_modbus.moc"
