// The codec against a simulated DL/T 645-2007 meter bus: tests/support/dlt645_peer.py on one
// end of a socat pty pair, a QSerialPort (2400 8E1) on the other. Requests are built with
// encodeReadData, replies taken apart with scanFrame, parseReadReply and decodeBcd, and the
// values compared with what the peer says it holds.
#include "vocsync/dlt645/devicetemplate.h"
#include "vocsync/dlt645/frame.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSerialPort>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace vocsync;
using namespace vocsync::dlt645;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kMeterA = QStringLiteral("000012345678");
const QString kMeterB = QStringLiteral("202411110002");

QString sourceDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR");
}

bool waitForFile(const QString &path, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!QFile::exists(path)) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void stopProcess(std::unique_ptr<QProcess> &p)
{
    if (!p)
        return;
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(1000);
        }
    }
    p.reset();
}

/// One simulated RS-485 bus: socat, the peer, and the station's end of the pty.
class PeerBus
{
public:
    ~PeerBus() { stop(); }

    /// Empty on success, else why the bus could not be started.
    QString start(const QStringList &addresses, const QStringList &extra = {})
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        m_socat = std::make_unique<QProcess>();
        m_socat->setStandardErrorFile(m_dir.filePath(QStringLiteral("socat.log")));
        m_socat->start(QStringLiteral("socat"), {QStringLiteral("-d"), QStringLiteral("-d"),
                                                 QStringLiteral("pty,raw,echo=0,link=") + a,
                                                 QStringLiteral("pty,raw,echo=0,link=") + b});
        if (!m_socat->waitForStarted(3000) || !waitForFile(a, 5000) || !waitForFile(b, 5000))
            return QStringLiteral("socat did not create the pty pair");

        QStringList args{sourceDir() + QStringLiteral("/tests/support/dlt645_peer.py"),
                         QStringLiteral("--serial"),
                         b,
                         QStringLiteral("--seed"),
                         QStringLiteral("7"),
                         QStringLiteral("--ready-file"),
                         m_dir.filePath(QStringLiteral("ready"))};
        for (const QString &addr : addresses)
            args << QStringLiteral("--address") << addr;
        args << extra;
        m_peer = std::make_unique<QProcess>();
        m_peer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_peer->start(kPython, args);
        if (!m_peer->waitForStarted(3000))
            return QStringLiteral("the peer did not start");
        if (!waitForFile(m_dir.filePath(QStringLiteral("ready")), 10000))
            return QStringLiteral("the peer never became ready");
        // The lines were printed before the ready file; some may already sit in the buffer.
        QElapsedTimer t;
        t.start();
        while (m_expected.size() < addresses.size() && t.elapsed() < 5000) {
            while (m_peer->canReadLine()) {
                const QJsonObject o = QJsonDocument::fromJson(m_peer->readLine()).object();
                m_expected.insert(o.value(QLatin1String("address")).toString(),
                                  o.value(QLatin1String("values")).toObject());
            }
            if (m_expected.size() < addresses.size())
                m_peer->waitForReadyRead(100);
        }
        if (m_expected.size() != addresses.size())
            return QStringLiteral("the peer printed %1 meters, expected %2")
                .arg(m_expected.size())
                .arg(addresses.size());

        m_port.setPortName(a);
        m_port.setBaudRate(2400);
        m_port.setDataBits(QSerialPort::Data8);
        m_port.setParity(QSerialPort::EvenParity);
        m_port.setStopBits(QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        if (!m_port.open(QIODevice::ReadWrite))
            return QStringLiteral("cannot open %1: %2").arg(a, m_port.errorString());
        return {};
    }

    void stop()
    {
        m_port.close();
        stopProcess(m_peer);
        stopProcess(m_socat);
    }

    /// Sends `request` and waits up to `timeoutMs` for one complete frame. Invalid frames
    /// (line noise) are dropped and counted, as the station's poller must.
    std::optional<Frame> transact(const QByteArray &request, int timeoutMs = 1500)
    {
        m_rx.clear();
        m_port.readAll();
        m_port.write(request);
        m_port.waitForBytesWritten(1000);
        QElapsedTimer t;
        t.start();
        while (true) {
            const FrameScan s = scanFrame(m_rx);
            if (s.status == FrameScan::Complete) {
                m_rx.remove(0, s.length);
                return s.frame;
            }
            m_rx.remove(0, s.length);
            if (s.status == FrameScan::Invalid) {
                ++m_invalid;
                continue;
            }
            const qint64 left = timeoutMs - t.elapsed();
            if (left <= 0)
                return std::nullopt;
            if (m_port.waitForReadyRead(int(left)))
                m_rx += m_port.readAll();
        }
    }

    double expected(const QString &meter, const QString &key) const
    {
        return m_expected.value(meter).value(key).toDouble();
    }
    bool hasExpected(const QString &meter, const QString &key) const
    {
        return m_expected.value(meter).contains(key);
    }
    int invalidFrames() const { return m_invalid; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QProcess> m_peer;
    QSerialPort m_port;
    QByteArray m_rx;
    QMap<QString, QJsonObject> m_expected;
    int m_invalid = 0;
};

std::optional<DeviceTemplate> loadTemplate(const QString &id)
{
    QFile f(sourceDir() + QStringLiteral("/resources/devices/") + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto t = parseTemplate(f.readAll(), f.fileName());
    if (!t.ok())
        return std::nullopt;
    return std::move(t).value();
}

} // namespace

class TestDltPeer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readValues_data();
    void readValues();
    void signBitEndToEnd();
    void unknownDiGetsAbnormalReply();
    void otherAddressGetsNoReply();
    void readAddressNeedsASingleMeter();
    void readAddress();
    void noiseAndDroppedReplies();

private:
    PeerBus m_bus; // two meters, shared by the read tests
    std::optional<DeviceTemplate> m_generic;
    std::optional<DeviceTemplate> m_single;
};

void TestDltPeer::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is not installed (apt-get install socat)");
    if (QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import serial")}) != 0)
        QSKIP("pyserial is missing for /usr/bin/python3 (apt-get install python3-serial)");
    m_generic = loadTemplate(QStringLiteral("dlt645-2007-generic"));
    m_single = loadTemplate(QStringLiteral("dlt645-2007-single-phase"));
    QVERIFY(m_generic && m_single);
    const QString error = m_bus.start({kMeterA, kMeterB});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDltPeer::cleanupTestCase()
{
    m_bus.stop();
}

void TestDltPeer::readValues_data()
{
    QTest::addColumn<QString>("meter");
    QTest::addColumn<bool>("singlePhase");
    QTest::addColumn<int>("index");
    for (const QString &meter : {kMeterA, kMeterB}) {
        for (std::size_t i = 0; i < m_generic->values.size(); ++i)
            QTest::addRow("generic %s %s", qPrintable(meter), qPrintable(m_generic->values[i].key))
                << meter << false << int(i);
    }
    for (std::size_t i = 0; i < m_single->values.size(); ++i)
        QTest::addRow("single-phase %s %s", qPrintable(kMeterB),
                      qPrintable(m_single->values[i].key))
            << kMeterB << true << int(i);
}

void TestDltPeer::readValues()
{
    QFETCH(QString, meter);
    QFETCH(bool, singlePhase);
    QFETCH(int, index);
    const ValueDef &v = (singlePhase ? *m_single : *m_generic).values[std::size_t(index)];
    const Address address = Address::fromString(meter).value();

    const auto frame = m_bus.transact(encodeReadData(address, v.di));
    QVERIFY2(frame, "no reply");
    const auto reply = parseReadReply(*frame, address, v.di);
    QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
    QCOMPARE(int(reply->errorCode), 0);
    QCOMPARE(reply->payload.size(), qsizetype(v.bytes));
    const auto value = decodeBcd(reply->payload, v.decimals, v.signedMsb);
    QVERIFY2(value.ok(), qPrintable(value.error().message));
    QVERIFY(m_bus.hasExpected(meter, v.key));
    QCOMPARE(*value * v.scale, m_bus.expected(meter, v.key));
}

void TestDltPeer::signBitEndToEnd()
{
    // The peer wires phase C's CT backwards on every meter: the current must come out negative.
    const Address address = Address::fromString(kMeterA).value();
    const auto frame = m_bus.transact(encodeReadData(address, 0x02020300));
    QVERIFY(frame);
    const auto reply = parseReadReply(*frame, address, 0x02020300);
    QVERIFY(reply.ok());
    QVERIFY(static_cast<std::uint8_t>(reply->payload.back()) & 0x80);
    const auto ic = decodeBcd(reply->payload, 3, true);
    QVERIFY(ic.ok());
    QVERIFY(*ic < 0);
    QCOMPARE(*ic, m_bus.expected(kMeterA, QStringLiteral("ic")));
}

void TestDltPeer::unknownDiGetsAbnormalReply()
{
    const Address address = Address::fromString(kMeterB).value();
    // 02040000, total reactive power: a real item the simulated meter does not keep.
    const auto frame = m_bus.transact(encodeReadData(address, 0x02040000));
    QVERIFY(frame);
    QCOMPARE(int(frame->control), 0xD1);
    const auto reply = parseReadReply(*frame, address, 0x02040000);
    QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
    QCOMPARE(int(reply->errorCode), 0x02);
    QVERIFY(reply->payload.isEmpty());
    QVERIFY2(errorText(reply->errorCode).contains(QStringLiteral("no data requested")),
             qPrintable(errorText(reply->errorCode)));
}

void TestDltPeer::otherAddressGetsNoReply()
{
    const Address stranger = Address::fromString(QStringLiteral("000000000099")).value();
    QVERIFY(!m_bus.transact(encodeReadData(stranger, 0x02010100), 500));
    // The bus is still usable afterwards.
    const Address address = Address::fromString(kMeterA).value();
    const auto frame = m_bus.transact(encodeReadData(address, 0x02800002));
    QVERIFY(frame);
    QVERIFY(parseReadReply(*frame, address, 0x02800002).ok());
}

void TestDltPeer::readAddressNeedsASingleMeter()
{
    // Two meters would both answer the wildcard and collide, so neither does.
    QVERIFY(!m_bus.transact(encodeReadAddress(), 500));
}

void TestDltPeer::readAddress()
{
    PeerBus bus;
    const QString error = bus.start({kMeterB});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto frame = bus.transact(encodeReadAddress());
    QVERIFY2(frame, "no reply to read address");
    QCOMPARE(int(frame->control), 0x93);
    const auto address = parseReadAddressReply(*frame);
    QVERIFY2(address.ok(), qPrintable(address.error().toString()));
    QCOMPARE(address->toString(), kMeterB);

    // A read sent to the wildcard is answered under the meter's own address.
    const auto reply = bus.transact(encodeReadData(Address::wildcard(), 0x02010100));
    QVERIFY(reply);
    QCOMPARE(reply->address.toString(), kMeterB);
    const auto ua = parseReadReply(*reply, Address::wildcard(), 0x02010100);
    QVERIFY(ua.ok());
    QCOMPARE(decodeBcd(ua->payload, 1, false).value(), bus.expected(kMeterB, QStringLiteral("ua")));
}

void TestDltPeer::noiseAndDroppedReplies()
{
    PeerBus bus;
    const QString log = bus.path(QStringLiteral("requests.txt"));
    const QString error =
        bus.start({kMeterA}, {QStringLiteral("--garbage-every"), QStringLiteral("2"),
                              QStringLiteral("--drop-every"), QStringLiteral("3"),
                              QStringLiteral("--log-requests"), log});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Address address = Address::fromString(kMeterA).value();
    const ValueDef &ua = m_generic->values.front();
    QStringList sent;
    QList<int> answered;
    for (int n = 1; n <= 6; ++n) {
        const QByteArray request = encodeReadData(address, ua.di);
        sent << QString::fromLatin1(request.mid(kWakeUpBytes).toHex().toUpper());
        const auto frame = bus.transact(request, 700);
        if (!frame)
            continue;
        answered << n;
        const auto reply = parseReadReply(*frame, address, ua.di);
        QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
        QCOMPARE(decodeBcd(reply->payload, ua.decimals, ua.signedMsb).value(),
                 bus.expected(kMeterA, ua.key));
    }
    // Every third request is dropped; replies 2 and 4 (requests 2 and 5) come after noise
    // that starts with a false 0x68, which the scanner must reject and skip.
    QCOMPARE(answered, (QList<int>{1, 2, 4, 5}));
    QCOMPARE(bus.invalidFrames(), 2);
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts), sent);
}

QTEST_GUILESS_MAIN(TestDltPeer)
#include "tst_dltpeer.moc"
