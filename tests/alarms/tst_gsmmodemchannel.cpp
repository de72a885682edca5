// GsmModemChannel against a fake modem (tests/alarms/fake_modem.py) on a socat pty pair:
// the exact bytes on the wire, modem errors, a silent modem, and the pty peer dying.
#include "vocsync/alarms/gsmmodemchannel.h"
#include "vocsync/alarms/smspdu.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace vocsync;
using namespace vocsync::alarms;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kPhone = QStringLiteral("+8613800138000");
const QString kAlarmText =
    QStringLiteral("【报警】湖州某某家具有限公司 喷漆房1：活性炭吸附装置未同时开启，持续43分钟");

// The alarm text to +8613800138000, 24 h validity, SIM's SMSC. Computed without our encoder:
// python3-gammu 3.2.4 EncodeSMS/EncodePDU (see tst_smspdu.cpp), and by hand:
// 00 SCA | 11 SUBMIT + relative VP | 00 MR | 0D 91 683108108300F0 (13 digits, international)
// | 00 PID | 08 UCS-2 | A7 24 h | 4E = 78 octets = 39 UTF-16 units | 3010 【 62A5 报 8B66 警
// 3011 】 ... 949F 钟. AT+CMGS length: 94 octets - 1 (SCA) = 93.
const QByteArray kAlarmPdu =
    "0011000D91683108108300F00008A74E301062A58B6630116E565DDE67D067D05BB6517767099650516C53F8"
    "002055B76F06623F0031FF1A6D3B602770AD5438964488C57F6E672A540C65F65F00542FFF0C63017EED0034"
    "00335206949F";
const QByteArray kInit = "AT\rATE0\rAT+CMGF=0\r";

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Notification notification(qint64 id, const QString &text, const QStringList &recipients)
{
    Notification n;
    n.id = id;
    n.alarmId = 100 + id;
    n.title = QStringLiteral("报警");
    n.text = text;
    n.recipients = recipients;
    n.level = 1;
    return n;
}

} // namespace

class TestGsmModemChannel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess *m_socat = nullptr;
    QProcess *m_modem = nullptr;
    QList<DeliveryResult> m_results;
    QObject *m_scope = nullptr; ///< parent of the test's channels, deleted after each test

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QByteArray modemLog() const
    {
        QFile f(path("modem.log"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void control(const char *words)
    {
        QFile f(path("control"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(words);
    }
    GsmModemConfig config(int commandMs = 5000, int submitMs = 30000) const
    {
        GsmModemConfig c;
        c.portName = path("ttyA");
        c.commandTimeoutMs = commandMs;
        c.submitTimeoutMs = submitMs;
        c.firstReference = 0x30;
        return c;
    }
    GsmModemChannel *channel(const GsmModemConfig &c)
    {
        auto *ch = new GsmModemChannel(c, m_scope);
        connect(ch, &NotificationChannel::delivered, this,
                [this](const DeliveryResult &r) { m_results.append(r); });
        return ch;
    }

    bool startRig()
    {
        QFile::remove(path("ttyA"));
        QFile::remove(path("ttyB"));
        m_socat = new QProcess(this);
        m_socat->start(QStringLiteral("socat"),
                       {QStringLiteral("-d"), QStringLiteral("-d"),
                        QStringLiteral("pty,raw,echo=0,link=%1").arg(path("ttyA")),
                        QStringLiteral("pty,raw,echo=0,link=%1").arg(path("ttyB"))});
        if (!m_socat->waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!(QFileInfo::exists(path("ttyA")) && QFileInfo::exists(path("ttyB")))) {
            if (t.elapsed() > 5000)
                return false;
            QTest::qWait(20);
        }
        m_modem = new QProcess(this);
        m_modem->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_modem->start(kPython, {QFINDTESTDATA("fake_modem.py"), path("ttyB"), path("modem.log"),
                                 path("control")});
        if (!m_modem->waitForStarted(5000))
            return false;
        while (!m_modem->canReadLine()) {
            if (!m_modem->waitForReadyRead(5000))
                return false;
        }
        return m_modem->readLine().trimmed() == "ready";
    }
    void stopRig()
    {
        for (QProcess *p : {m_modem, m_socat}) {
            if (!p)
                continue;
            p->kill();
            p->waitForFinished(5000);
            delete p;
        }
        m_modem = nullptr;
        m_socat = nullptr;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
            QSKIP("socat is not installed (apt-get install socat)");
        if (QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import serial")}) !=
            0)
            QSKIP("/usr/bin/python3 with pyserial is missing (apt-get install python3-serial)");
        QVERIFY(m_dir.isValid());
        QVERIFY(!QFINDTESTDATA("fake_modem.py").isEmpty());
    }

    void init()
    {
        m_results.clear();
        m_scope = new QObject(this);
        QFile::remove(path("modem.log"));
        QFile::remove(path("control"));
        QVERIFY2(startRig(), "socat or the fake modem did not start");
    }

    void cleanup()
    {
        delete m_scope;
        m_scope = nullptr;
        stopRig();
    }

    void alarmTextExactBytes()
    {
        GsmModemChannel *ch = channel(config());
        QCOMPARE(ch->name(), QStringLiteral("sms_modem"));
        QVERIFY(!ch->isPortOpen()); // opened on the first message, not before
        ch->send(notification(7, kAlarmText, {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        const DeliveryResult r = m_results.at(0);
        QVERIFY2(r.ok, qPrintable(r.detail));
        QCOMPARE(r.detail, QStringLiteral("+CMGS: 17"));
        QCOMPARE(r.channel, QStringLiteral("sms_modem"));
        QCOMPARE(r.recipient, kPhone);
        QCOMPARE(r.notificationId, qint64(7));
        QVERIFY(qAbs(r.atMs - QDateTime::currentMSecsSinceEpoch()) < 10000);
        QCOMPARE(modemLog(), kInit + "AT+CMGS=93\r" + kAlarmPdu + "\x1A");
        QCOMPARE(ch->pendingParts(), 0);
        QVERIFY(ch->isPortOpen());
    }

    void longMessageToTwoRecipients()
    {
        control("unsolicited"); // +CMTI and RING in the middle of the first part: ignored
        GsmModemChannel *ch = channel(config());
        const QString text = kAlarmText.repeated(2); // 78 UTF-16 units: 2 parts
        ch->send(notification(8, text, {kPhone, QStringLiteral("13900139000")}));
        QCOMPARE(ch->pendingParts(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 4, 15000);
        const QStringList details = {
            QStringLiteral("+CMGS: 17 [1/2]"), QStringLiteral("+CMGS: 18 [2/2]"),
            QStringLiteral("+CMGS: 19 [1/2]"), QStringLiteral("+CMGS: 20 [2/2]")};
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(m_results.at(i).ok, qPrintable(m_results.at(i).detail));
            QCOMPARE(m_results.at(i).detail, details.at(i));
            QCOMPARE(m_results.at(i).recipient, i < 2 ? kPhone : QStringLiteral("13900139000"));
        }
        // The wire: init once, then AT+CMGS=<len>\r PDU ^Z per part; each PDU decodes to its
        // recipient, the reference of its message (0x30, then 0x31) and its share of the text.
        QByteArray log = modemLog();
        QVERIFY(log.startsWith(kInit));
        log.remove(0, kInit.size());
        const QList<QByteArray> chunks = log.split('\x1A');
        QCOMPARE(chunks.size(), 5);
        QVERIFY(chunks.last().isEmpty());
        QString joined[2];
        for (int i = 0; i < 4; ++i) {
            const QList<QByteArray> cmd = chunks.at(i).split('\r');
            QCOMPARE(cmd.size(), 2);
            const auto d = sms::decodeSubmit(cmd.at(1));
            QVERIFY2(d.ok(), qPrintable(d.error().toString()));
            QCOMPARE(cmd.at(0), "AT+CMGS=" + QByteArray::number(d->tpduLength));
            QCOMPARE(d->number, i < 2 ? kPhone : QStringLiteral("13900139000"));
            QCOMPARE(d->reference, i < 2 ? 0x30 : 0x31);
            QCOMPARE(d->sequence, i % 2 + 1);
            QCOMPARE(d->total, 2);
            joined[i / 2] += d->text;
        }
        QCOMPARE(joined[0], text);
        QCOMPARE(joined[1], text);
    }

    void cmsErrorFailsThePart()
    {
        control("cms500");
        GsmModemChannel *ch = channel(config());
        ch->send(notification(9, kAlarmText, {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).detail, QStringLiteral("+CMS ERROR: 500"));
        // The modem is fine: the next message goes out without a new init.
        ch->send(notification(10, kAlarmText, {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, 10000);
        QVERIFY2(m_results.at(1).ok, qPrintable(m_results.at(1).detail));
        QCOMPARE(m_results.at(1).detail, QStringLiteral("+CMGS: 17"));
        const QByteArray part = "AT+CMGS=93\r" + kAlarmPdu + "\x1A";
        QCOMPARE(modemLog(), kInit + part + part);
    }

    void silentModemTimesOut()
    {
        control("silent");
        GsmModemChannel *ch = channel(config(1000, 1000));
        QElapsedTimer t;
        t.start();
        ch->send(notification(11, kAlarmText, {kPhone}));
        ch->send(notification(12, kAlarmText, {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 5000);
        const qint64 failedAfter = t.elapsed();
        QVERIFY2(failedAfter >= 950 && failedAfter < 2500,
                 qPrintable(QString::number(failedAfter)));
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).notificationId, qint64(11));
        QCOMPARE(m_results.at(0).detail, QStringLiteral("no answer to AT+CMGS=93 within 1000 ms"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, 5000);
        QVERIFY2(m_results.at(1).ok, qPrintable(m_results.at(1).detail));
        QCOMPARE(m_results.at(1).notificationId, qint64(12));
        // ESC leaves a prompt the modem may still be in; then the modem is set up again.
        QCOMPARE(modemLog(),
                 kInit + "AT+CMGS=93\r" + "\x1B" + kInit + "AT+CMGS=93\r" + kAlarmPdu + "\x1A");
    }

    void peerDiesMidRunThenRecovers()
    {
        control("silent");
        GsmModemChannel *ch = channel(config(10000, 10000));
        int portFailures = 0;
        connect(ch, &GsmModemChannel::portFailed, this, [&portFailures] { ++portFailures; });
        ch->send(notification(13, kAlarmText, {kPhone}));
        QTRY_VERIFY_WITH_TIMEOUT(modemLog().endsWith("AT+CMGS=93\r"), 10000);
        QElapsedTimer t;
        t.start();
        m_socat->kill(); // SIGKILL: the pty master vanishes under the open port
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 5000);
        QVERIFY2(t.elapsed() < 3000, "reported by the port error, not by the 10 s timeout");
        QVERIFY(!m_results.at(0).ok);
        QVERIFY2(
            m_results.at(0).detail.startsWith(QStringLiteral("serial port %1: ").arg(path("ttyA"))),
            qPrintable(m_results.at(0).detail));
        QVERIFY(!ch->isPortOpen());
        QCOMPARE(portFailures, 1);

        // Qt 6.4 would signal ReadError in a busy loop (TOOLCHAIN.md 8) had the port stayed
        // open: an idle second and a half must cost almost no CPU.
        const double before = cpuSeconds();
        QTest::qWait(1500);
        const double used = cpuSeconds() - before;
        QVERIFY2(used < 0.3, qPrintable(QStringLiteral("CPU %1 s while idle").arg(used)));
        QCOMPARE(portFailures, 1);

        // With the modem still gone, the next message fails at once on opening the port.
        ch->send(notification(14, kAlarmText, {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, 5000);
        QVERIFY(!m_results.at(1).ok);
        QVERIFY2(m_results.at(1).detail.startsWith(QStringLiteral("cannot open serial port")),
                 qPrintable(m_results.at(1).detail));

        // socat and the modem come back: the channel opens the port again and delivers.
        stopRig();
        QFile::remove(path("modem.log"));
        QVERIFY(startRig());
        ch->send(notification(15, kAlarmText, {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, 10000);
        QVERIFY2(m_results.at(2).ok, qPrintable(m_results.at(2).detail));
        QCOMPARE(m_results.at(2).detail, QStringLiteral("+CMGS: 17"));
        QCOMPARE(modemLog(), kInit + "AT+CMGS=93\r" + kAlarmPdu + "\x1A");
        QCOMPARE(portFailures, 1);
    }

    void badRecipientsAreReported()
    {
        GsmModemChannel *ch = channel(config());
        ch->send(notification(16, kAlarmText, {QStringLiteral("not-a-number"), kPhone}));
        ch->send(notification(17, kAlarmText, {}));
        QVERIFY(m_results.isEmpty()); // never from inside send()
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, 10000);
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).recipient, QStringLiteral("not-a-number"));
        QVERIFY2(m_results.at(0).detail.startsWith(QStringLiteral("number: ")),
                 qPrintable(m_results.at(0).detail));
        QVERIFY(!m_results.at(1).ok);
        QCOMPARE(m_results.at(1).notificationId, qint64(17));
        QCOMPARE(m_results.at(1).detail, QStringLiteral("no recipient"));
        QVERIFY2(m_results.at(2).ok, qPrintable(m_results.at(2).detail));
        QCOMPARE(m_results.at(2).recipient, kPhone);
    }

    void missingPortFailsEachPart()
    {
        GsmModemConfig c = config();
        c.portName = path("no-such-tty");
        GsmModemChannel *ch = channel(c);
        ch->send(notification(18, kAlarmText.repeated(2), {kPhone}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, 5000);
        for (const DeliveryResult &r : m_results) {
            QVERIFY(!r.ok);
            QVERIFY2(
                r.detail.startsWith(QStringLiteral("cannot open serial port %1: ").arg(c.portName)),
                qPrintable(r.detail));
        }
        QVERIFY(m_results.at(0).detail.endsWith(QStringLiteral(" [1/2]")));
        QVERIFY(m_results.at(1).detail.endsWith(QStringLiteral(" [2/2]")));
        GsmModemConfig empty;
        QVERIFY(!empty.validate().isEmpty());
        QVERIFY(config().validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGsmModemChannel)
#include "tst_gsmmodemchannel.moc"
