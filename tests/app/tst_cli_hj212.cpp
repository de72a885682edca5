// vocsync-cli hj212 parse|crc|send, run as processes the way a field engineer or a script runs
// them: the standard's example frames decoded to JSON Lines, a rejected line with its reason,
// offset and line number, standard input, the CRC of the standard's example (1C80), and send
// against a peer on 127.0.0.1 (tests/app has no Qt Network: the peer is a small Python server)
// that records the bytes it receives and answers every frame with a 9014.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clirunner::Run;

namespace {

const QByteArray kMn = "010000A8900016F000169DC0";
// HJ 212-2017 Appendix A's example: CRC 1C80 (../shared/hj212.md §2).
const QByteArray kA2Segment =
    "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=" + kMn + ";Flag=5;CP=&&RtdInterval=30&&";
// Frames of ../shared/hj212.md §12 with their verified CRCs.
const QByteArray kC1 = "##0107QN=20160801085857223;ST=32;CN=1000;PW=123456;MN=" + kMn +
                       ";Flag=5;CP=&&OverTime=5;ReCount=3&&CAC1";
const QByteArray kC14 = "##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=" + kMn +
                        ";Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;"
                        "w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,"
                        "w01018-EFlag=A01&&6E80";
const QByteArray kC50 = "##0260QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=" + kMn +
                        ";Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;w00000-Cou=63.0,"
                        "w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;"
                        "w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&D941";
const QByteArray kC40 = "##0152QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=" + kMn +
                        ";Flag=5;CP=&&DataTime=20100301145000;PolId=w01018;"
                        "i11001-Info=//\xe6\xb8\x85\xe6\xb4\x97\xe7\xae\xa1\xe8\xb7\xaf//&&9741";
const QByteArray k2005 = "##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime="
                         "20040516020111;B01-Rtd=100;101-Rtd=1.1,101-Flag=N;102-Rtd=2.2,"
                         "102-Flag=N&&81C1";
const QByteArray kField = "##0318QN=20240123123950241;ST=31;CN=2011;PW=123456;MN=81733553216103;"
                          "Flag=4;CP=&&DataTime=20240122081600;a00000-Rtd=5.407,a00000-Flag=N;"
                          "a01011-Rtd=7.072,a01011-Flag=N;a01013-Rtd=-0.052,a01013-Flag=N;"
                          "a01012-Rtd=6.480,a01012-Flag=N;a24088-Rtd=0.804,a24088-Flag=N;"
                          "a05002-Rtd=0.000,a05002-Flag=N;a01014-Rtd=0.970,a01014-Flag=N&&6740";

QString text(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        lines << (error.error == QJsonParseError::NoError && doc.isObject()
                      ? doc.object()
                      : QJsonObject{{QStringLiteral("invalid json"), QString::fromUtf8(line)}});
    }
    return lines;
}

/// Runs vocsync-cli with `input` on its standard input.
Run runWithStdin(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProgram(QStringLiteral(VOCSYNC_CLI));
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    return r;
}

// A one-connection HJ 212 peer: prints its port, answers every CRLF-terminated frame with a
// 9014 echoing the frame's QN, and prints what it received (hex) when the client closes.
const char *const kPeer = R"(
import socket, sys
def crc(d):
    r = 0xFFFF
    for b in d:
        r = (r >> 8) ^ b
        for _ in range(8):
            r = (r >> 1) ^ 0xA001 if r & 1 else r >> 1
    return r
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
s.settimeout(60)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
c.settimeout(60)
got = b''
buf = b''
while True:
    d = c.recv(4096)
    if not d:
        break
    got += d
    buf += d
    while b'\r\n' in buf:
        f, buf = buf.split(b'\r\n', 1)
        qn = f[6:].split(b';')[0]
        seg = qn + b';ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&'
        c.sendall(b'##%04d' % len(seg) + seg + b'%04X\r\n' % crc(seg))
print(got.hex(), flush=True)
)";

} // namespace

class TestCliHj212 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        return clirunner::writeFile(path, data) ? path : QString();
    }

    /// Starts the Python peer; returns its port, 0 on failure.
    quint16 startPeer(QProcess &peer)
    {
        peer.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"), QString::fromLatin1(kPeer)});
        if (!peer.waitForStarted(10000))
            return 0;
        while (!peer.canReadLine()) {
            if (!peer.waitForReadyRead(10000))
                return 0;
        }
        return static_cast<quint16>(peer.readLine().trimmed().toUInt());
    }

    /// What the peer received, after the client closed.
    QByteArray peerReceived(QProcess &peer)
    {
        if (!peer.waitForFinished(30000)) {
            peer.kill();
            peer.waitForFinished();
            return "<peer did not finish>";
        }
        return QByteArray::fromHex(peer.readAllStandardOutput().trimmed());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void help_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("parse") << QStringLiteral("parse");
        QTest::newRow("crc") << QStringLiteral("crc");
        QTest::newRow("send") << QStringLiteral("send");
    }
    void help()
    {
        QFETCH(QString, action);
        const Run r = clirunner::run({QStringLiteral("hj212"), action, QStringLiteral("--help")},
                                     m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.out.startsWith(QByteArray("Usage: vocsync-cli hj212 " + action.toLatin1())),
                 qPrintable(text(r)));
        const Run group =
            clirunner::run({QStringLiteral("hj212"), QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(group.exitCode, 0);
        QVERIFY(group.out.contains(action.toLatin1()));
    }

    void parseStandardExamples()
    {
        const QByteArray file = kC1 + "\r\n" + kC14 + "\r\n" + kC50 + "\r\n" + kC40 + "\r\n" +
                                k2005 + "\r\n" + kField + "\r\n";
        const Run r = clirunner::run({QStringLiteral("hj212"), QStringLiteral("parse"),
                                      write(QStringLiteral("std.txt"), file)},
                                     m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 6);
        for (const QJsonObject &o : lines)
            QVERIFY2(!o.contains(QLatin1String("error")) &&
                         !o.contains(QLatin1String("invalid json")),
                     QJsonDocument(o).toJson().constData());

        // A compliant frame has no warnings (the file's line ends are not the packet's).
        QCOMPARE(lines[0].value(QLatin1String("warnings")).toArray().size(), 0);
        QCOMPARE(lines[1].value(QLatin1String("warnings")).toArray().size(), 0);
        QCOMPARE(lines[0].value(QLatin1String("cn")).toInt(), 1000);
        QCOMPARE(lines[0].value(QLatin1String("flag")).toInt(), 5);
        QCOMPARE(lines[0].value(QLatin1String("answer")).toBool(), true);
        QCOMPARE(lines[0].value(QLatin1String("version")).toString(), QStringLiteral("2017"));
        const QJsonObject c1Fields = lines[0].value(QLatin1String("fields")).toObject();
        QCOMPARE(c1Fields.value(QLatin1String("OverTime")).toString(), QStringLiteral("5"));
        QCOMPARE(c1Fields.value(QLatin1String("ReCount")).toString(), QStringLiteral("3"));

        const QJsonObject c14 = lines[1];
        QCOMPARE(c14.value(QLatin1String("qn")).toString(), QStringLiteral("20160801085857223"));
        QCOMPARE(c14.value(QLatin1String("mn")).toString(), QString::fromLatin1(kMn));
        // DataTime 2016-08-01 08:58:57 Beijing time = 00:58:57 UTC.
        QCOMPARE(c14.value(QLatin1String("dataTimeMs")).toInteger(), 1470013137000LL);
        const QJsonObject w01018 = c14.value(QLatin1String("factors"))
                                       .toObject()
                                       .value(QLatin1String("w01018"))
                                       .toObject();
        QCOMPARE(w01018.value(QLatin1String("Rtd")).toDouble(), 2.2);
        QCOMPARE(w01018.value(QLatin1String("Flag")).toString(), QStringLiteral("N"));
        QCOMPARE(w01018.value(QLatin1String("EFlag")).toString(), QStringLiteral("A01"));
        QCOMPARE(w01018.value(QLatin1String("SampleTimeMs")).toInteger(), 1470006000000LL);

        QCOMPARE(lines[2].value(QLatin1String("subpackets")).toBool(), true);
        QCOMPARE(lines[2].value(QLatin1String("pnum")).toInt(), 2);
        QCOMPARE(lines[2].value(QLatin1String("pno")).toInt(), 1);
        const QJsonObject w00000 = lines[2]
                                       .value(QLatin1String("factors"))
                                       .toObject()
                                       .value(QLatin1String("w00000"))
                                       .toObject();
        QCOMPARE(w00000.value(QLatin1String("Cou")).toDouble(), 63.0);
        QCOMPARE(w00000.value(QLatin1String("Max")).toDouble(), 20.1);

        // C.40: Chinese text in UTF-8, counted in bytes by the length and the CRC.
        const QJsonObject info = lines[3]
                                     .value(QLatin1String("factors"))
                                     .toObject()
                                     .value(QLatin1String("i11001"))
                                     .toObject();
        QCOMPARE(info.value(QLatin1String("Info")).toString(),
                 QString::fromUtf8("//\xe6\xb8\x85\xe6\xb4\x97\xe7\xae\xa1\xe8\xb7\xaf//"));

        QCOMPARE(lines[4].value(QLatin1String("version")).toString(), QStringLiteral("2005"));
        QVERIFY(lines[4].value(QLatin1String("qn")).isNull());
        QCOMPARE(lines[4]
                     .value(QLatin1String("factors"))
                     .toObject()
                     .value(QLatin1String("B01"))
                     .toObject()
                     .value(QLatin1String("Rtd"))
                     .toDouble(),
                 100.0);

        const QJsonObject factors = lines[5].value(QLatin1String("factors")).toObject();
        QCOMPARE(factors.size(), 7);
        QCOMPARE(factors.value(QLatin1String("a24088"))
                     .toObject()
                     .value(QLatin1String("Rtd"))
                     .toDouble(),
                 0.804);
        QCOMPARE(factors.value(QLatin1String("a01013"))
                     .toObject()
                     .value(QLatin1String("Rtd"))
                     .toDouble(),
                 -0.052);
    }

    void parseRejectedLine()
    {
        QByteArray badCrc = kC14;
        badCrc.replace("&&6E80", "&&6E81");
        // Lines: 1 good (LF only), 2 empty, 3 bad CRC, 4 good, 5 bad factor syntax.
        const QByteArray file = kC1 + "\n\n" + badCrc + "\r\n" + kField + "\r\n" +
                                QByteArray(hj212Frame("QN=20160801085857223;ST=32;CN=2011;"
                                                      "PW=123456;MN=" +
                                                      kMn +
                                                      ";Flag=5;CP=&&DataTime=20160801085857;"
                                                      "a24088-Rtd=1.2.3&&")) +
                                "\r\n";
        const Run r = clirunner::run({QStringLiteral("hj212"), QStringLiteral("parse"),
                                      write(QStringLiteral("bad.txt"), file)},
                                     m_dir.path());
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.contains("2 of 4 packets rejected"), qPrintable(text(r)));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 4);
        QVERIFY(!lines[0].contains(QLatin1String("error")));
        QVERIFY(!lines[2].contains(QLatin1String("error")));

        const QJsonObject crc = lines[1];
        QCOMPARE(crc.value(QLatin1String("reason")).toString(), QStringLiteral("bad_crc"));
        QCOMPARE(crc.value(QLatin1String("line")).toInt(), 3);
        QCOMPARE(crc.value(QLatin1String("offset")).toInt(), 6 + 218); // the CRC's first digit
        const QString message = crc.value(QLatin1String("error")).toString();
        QVERIFY2(message.contains(QLatin1String("6E80")) && message.contains(QLatin1String("6E81")),
                 qPrintable(message));

        const QJsonObject factor = lines[3];
        QCOMPARE(factor.value(QLatin1String("reason")).toString(), QStringLiteral("bad_factor"));
        QCOMPARE(factor.value(QLatin1String("line")).toInt(), 5);
        // The offset points into the bad item, in the frame's bytes.
        const qsizetype item = QByteArray(hj212Frame("QN=20160801085857223;ST=32;CN=2011;"
                                                     "PW=123456;MN=" +
                                                     kMn +
                                                     ";Flag=5;CP=&&DataTime=20160801085857;"
                                                     "a24088-Rtd=1.2.3&&"))
                                   .indexOf("a24088-Rtd");
        const int offset = factor.value(QLatin1String("offset")).toInt();
        QVERIFY2(offset >= item && offset <= item + 16,
                 qPrintable(QStringLiteral("offset %1, item at %2").arg(offset).arg(item)));

        // --no-crc shows the damaged packet decoded.
        const Run noCrc = clirunner::run({QStringLiteral("hj212"), QStringLiteral("parse"),
                                          QStringLiteral("--no-crc"),
                                          write(QStringLiteral("crc.txt"), badCrc + "\r\n")},
                                         m_dir.path());
        QVERIFY2(noCrc.exitCode == 0, qPrintable(text(noCrc)));
        QCOMPARE(jsonLines(noCrc.out).value(0).value(QLatin1String("cn")).toInt(), 2011);
    }

    void parseStdin()
    {
        QByteArray bad = kC50;
        bad.replace("##0260", "##0261");
        const Run r = runWithStdin({QStringLiteral("hj212"), QStringLiteral("parse")},
                                   kC14 + "\n" + bad + "\n" + kC40);
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].value(QLatin1String("cn")).toInt(), 2011);
        QCOMPARE(lines[1].value(QLatin1String("reason")).toString(),
                 QStringLiteral("length_mismatch"));
        QCOMPARE(lines[1].value(QLatin1String("line")).toInt(), 2);
        QCOMPARE(lines[2].value(QLatin1String("cn")).toInt(), 3020); // last line without LF

        const Run dash = runWithStdin(
            {QStringLiteral("hj212"), QStringLiteral("parse"), QStringLiteral("-")}, kC1 + "\r\n");
        QVERIFY2(dash.exitCode == 0, qPrintable(text(dash)));
        QCOMPARE(jsonLines(dash.out).size(), 1);
    }

    void parseUsage()
    {
        const Run two = clirunner::run({QStringLiteral("hj212"), QStringLiteral("parse"),
                                        QStringLiteral("a.txt"), QStringLiteral("b.txt")},
                                       m_dir.path());
        QVERIFY2(two.exitCode == 2, qPrintable(text(two)));
        const Run missing = clirunner::run(
            {QStringLiteral("hj212"), QStringLiteral("parse"), QStringLiteral("missing.txt")},
            m_dir.path());
        QVERIFY2(missing.exitCode == 1 && missing.err.contains("missing.txt"),
                 qPrintable(text(missing)));
        const Run action =
            clirunner::run({QStringLiteral("hj212"), QStringLiteral("decode")}, m_dir.path());
        QVERIFY2(action.exitCode == 2 && action.err.contains("decode"), qPrintable(text(action)));
    }

    void crc()
    {
        const Run r = clirunner::run(
            {QStringLiteral("hj212"), QStringLiteral("crc"), QString::fromLatin1(kA2Segment)},
            m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(r.out, QByteArray("1C80\n"));

        const Run frame =
            clirunner::run({QStringLiteral("hj212"), QStringLiteral("crc"),
                            QStringLiteral("--frame"), QString::fromLatin1(kA2Segment)},
                           m_dir.path());
        QVERIFY2(frame.exitCode == 0, qPrintable(text(frame)));
        QCOMPARE(frame.out, "##0101" + kA2Segment + "1C80\r\n");

        // UTF-8 bytes count (C.40): 9741.
        const QByteArray c40 = kC40.mid(6, kC40.size() - 10);
        const Run zh = clirunner::run(
            {QStringLiteral("hj212"), QStringLiteral("crc"), QString::fromUtf8(c40)}, m_dir.path());
        QCOMPARE(zh.out, QByteArray("9741\n"));

        const Run whole = clirunner::run(
            {QStringLiteral("hj212"), QStringLiteral("crc"), QString::fromLatin1(kC1)},
            m_dir.path());
        QVERIFY2(whole.exitCode == 2, qPrintable(text(whole)));
        const Run none =
            clirunner::run({QStringLiteral("hj212"), QStringLiteral("crc")}, m_dir.path());
        QVERIFY2(none.exitCode == 2, qPrintable(text(none)));
    }

    void send_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("raw") << false;
        QTest::newRow("json") << true;
    }
    void send()
    {
        QFETCH(bool, json);
        QProcess peer;
        const quint16 port = startPeer(peer);
        QVERIFY2(port != 0, peer.readAllStandardError().constData());
        // A frame, an empty line, and a bare data segment that send frames itself.
        const QString file =
            write(QStringLiteral("send.txt"), kC14 + "\r\n\r\n" + kA2Segment + "\n");
        QStringList args{QStringLiteral("hj212"),
                         QStringLiteral("send"),
                         QStringLiteral("--to"),
                         QStringLiteral("127.0.0.1:%1").arg(port),
                         file,
                         QStringLiteral("--wait-answer"),
                         QStringLiteral("300")};
        if (json)
            args << QStringLiteral("--json");
        const Run r = clirunner::run(args, m_dir.path());
        const QByteArray received = peerReceived(peer);
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(received, kC14 + "\r\n##0101" + kA2Segment + "1C80\r\n");

        const QByteArray answer1 = hj212Frame(
            "QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=" + kMn + ";Flag=4;CP=&&&&");
        if (!json) {
            QCOMPARE(r.out, answer1 + "\n" + answer1 + "\n");
            return;
        }
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(QLatin1String("cn")).toInt(), 9014);
            QCOMPARE(o.value(QLatin1String("qn")).toString(), QStringLiteral("20160801085857223"));
            QCOMPARE(o.value(QLatin1String("st")).toString(), QStringLiteral("91"));
        }
    }

    void sendConnectionRefused()
    {
        // A port that was just free: bound by a short-lived process and released.
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import socket; s = socket.socket(); "
                                    "s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")});
        QVERIFY(probe.waitForFinished(10000));
        const QByteArray port = probe.readAllStandardOutput().trimmed();
        QVERIFY(!port.isEmpty());
        const QString file = write(QStringLiteral("one.txt"), kC1 + "\r\n");
        const QString peer = QStringLiteral("127.0.0.1:") + QString::fromLatin1(port);
        const Run r = clirunner::run(
            {QStringLiteral("hj212"), QStringLiteral("send"), QStringLiteral("--to"), peer, file},
            m_dir.path());
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.contains(peer.toLatin1()), qPrintable(text(r)));

        const Run noTo =
            clirunner::run({QStringLiteral("hj212"), QStringLiteral("send"), file}, m_dir.path());
        QVERIFY2(noTo.exitCode == 2, qPrintable(text(noTo)));
        const Run badPort =
            clirunner::run({QStringLiteral("hj212"), QStringLiteral("send"), QStringLiteral("--to"),
                            QStringLiteral("127.0.0.1"), file},
                           m_dir.path());
        QVERIFY2(badPort.exitCode == 2, qPrintable(text(badPort)));
    }

private:
    /// A frame around `segment`, computed here (not by the code under test).
    static QByteArray hj212Frame(const QByteArray &segment)
    {
        unsigned reg = 0xFFFF;
        for (const char c : segment) {
            reg = (reg >> 8) ^ static_cast<unsigned char>(c);
            for (int i = 0; i < 8; ++i)
                reg = (reg & 1) ? (reg >> 1) ^ 0xA001 : reg >> 1;
        }
        return "##" + QByteArray::number(segment.size()).rightJustified(4, '0') + segment +
               QByteArray::number(reg, 16).toUpper().rightJustified(4, '0');
    }
};

QTEST_GUILESS_MAIN(TestCliHj212)
#include "tst_cli_hj212.moc"
