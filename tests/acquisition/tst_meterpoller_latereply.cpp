// Review: a late RTU reply of one unit must not fail the next unit's poll on the same bus
// (docs/acquisition.md "a failing device delays them by at most one timeout"; ReplyScan::Skip
// "a stale frame (an earlier request's late reply): drop it, keep waiting").
// An in-process RTU-over-TCP gateway: unit 1 answers 580 ms late (its timeout is 250 ms),
// unit 2 answers after 150 ms. Unit 2's request is in flight when unit 1's late reply comes.
#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/modbus/frame.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

const char *const kTemplate = R"({
  "id": "review-one-register",
  "protocol": "modbus",
  "manufacturer": "review",
  "model": "one register",
  "manual": "none",
  "values": [ { "key": "v", "name": "v", "address": 0, "type": "uint16", "decimals": 0 } ]
})";

/// RTU frames over TCP; every read is answered with zeros, each unit after its own delay.
class SlowGateway : public QObject
{
public:
    explicit SlowGateway(QMap<int, int> delays) : m_delays(std::move(delays))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onData(QTcpSocket *s)
    {
        m_rx += s->readAll();
        while (m_rx.size() >= 8) {
            const QByteArray req = m_rx.left(8);
            m_rx.remove(0, 8);
            const int unit = static_cast<std::uint8_t>(req[0]);
            const int count = (static_cast<std::uint8_t>(req[4]) << 8) | static_cast<std::uint8_t>(req[5]);
            QByteArray reply;
            reply.append(req[0]).append(req[1]).append(static_cast<char>(2 * count));
            reply.append(QByteArray(2 * count, '\0'));
            const std::uint16_t crc = modbus::crc16(reply);
            reply.append(static_cast<char>(crc & 0xFF)).append(static_cast<char>(crc >> 8));
            QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(m_delays.value(unit, 0), this, [guard, reply] {
                if (guard)
                    guard->write(reply);
            });
        }
    }

    QTcpServer m_server;
    QMap<int, int> m_delays;
    QByteArray m_rx;
};

Device unitOn(const QString &id, quint16 port, int unit)
{
    Device d;
    d.id = id;
    d.protocol = QStringLiteral("modbus_rtu_tcp");
    d.port = QStringLiteral("127.0.0.1:%1").arg(port);
    d.address = QString::number(unit);
    d.templateId = QStringLiteral("review-one-register");
    d.pollIntervalMs = 1000;
    d.timeoutMs = 250;
    d.ptRatio = 1;
    d.ctRatio = 1;
    return d;
}

} // namespace

class TestReviewLateReply : public QObject
{
    Q_OBJECT

private slots:
    void lateReplyOfOneUnitDoesNotFailTheNext()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("review-one-register.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kTemplate);
        }
        TemplateLibrary lib;
        const Status added = lib.addFile(path, true);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().toString()));

        SlowGateway gw({{1, 580}, {2, 150}});
        QVERIFY(gw.listen());
        MeterPoller poller(&lib);
        QMap<QString, DeviceHealth> health;
        connect(&poller, &MeterPoller::healthChanged, this,
                [&](const DeviceHealth &h) { health[h.deviceId] = h; });
        const auto errors =
            poller.configure({unitOn(QStringLiteral("slow"), gw.port(), 1),
                              unitOn(QStringLiteral("fast"), gw.port(), 2)},
                             {});
        QVERIFY(errors.isEmpty());
        poller.start();
        QTest::qWait(4500);
        poller.stop();
        const DeviceHealth fast = health.value(QStringLiteral("fast"));
        QVERIFY(fast.polls >= 3);
        // Unit 2 answers every request in 150 ms, well inside its 250 ms timeout.
        QVERIFY2(fast.good == fast.polls,
                 qPrintable(QStringLiteral("unit 2: %1/%2 polls good, %3 bad frames, last error "
                                           "\"%4\"")
                                .arg(fast.good)
                                .arg(fast.polls)
                                .arg(fast.badFrames)
                                .arg(fast.lastError)));
    }
};

QTEST_GUILESS_MAIN(TestReviewLateReply)
#include "tst_meterpoller_latereply.moc"
