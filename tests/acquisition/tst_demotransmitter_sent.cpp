// Review finding #14: a demo transmitter reports an instant as sent (instantSent, the
// realtimeInstants counter) only once its frame is written, not when it is queued. A station
// that never answers keeps the unit's window full, so most instants after a clock jump wait
// in its queue; going offline or stopping drops them, and they must not count as sent.
#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/streamframer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <set>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

/// A station that reads CN 2011 frames and never answers. An instant is complete when its
/// packet, or the last of its sub-packets, arrived (the demo plant's long packets are split).
class SilentStation
{
public:
    SilentStation()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto framer = std::make_shared<hj212::StreamFramer>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, framer] {
                    framer->append(s->readAll());
                    hj212::StreamFramer::Item item;
                    hj212::Packet p;
                    hj212::Rejection why;
                    while (framer->next(item)) {
                        if (item.kind == hj212::StreamFramer::Kind::Frame &&
                            hj212::parseFrame(item.bytes, p, why) && p.cn == 2011) {
                            ++frames;
                            if (p.pno == p.pnum)
                                complete.insert(p.dataTimeMs);
                        }
                    }
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0); }
    quint16 port() const { return m_server.serverPort(); }

    std::set<std::int64_t> complete; ///< DataTimes of the real-time instants received whole
    int frames = 0;

private:
    QTcpServer m_server;
};

} // namespace

class TestDemoTransmitterSent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyWrittenInstantsCount_data();
    void onlyWrittenInstantsCount();

private:
    hj212::FactorMapSet m_maps;
};

void TestDemoTransmitterSent::initTestCase()
{
    m_maps = FactorMapLibrary::builtin().maps();
    QVERIFY(m_maps.map(QStringLiteral("vocsync-electric")));
}

void TestDemoTransmitterSent::onlyWrittenInstantsCount_data()
{
    QTest::addColumn<bool>("viaStop");
    QTest::newRow("goOffline") << false;
    QTest::newRow("stop") << true;
}

void TestDemoTransmitterSent::onlyWrittenInstantsCount()
{
    QFETCH(bool, viaStop);
    SilentStation station;
    QVERIFY(station.listen());
    const Plant plant = demoPlant();
    const QList<TransmitterConfig> all = demoTransmitters(plant);
    QVERIFY(!all.isEmpty());
    DemoTransmitter tx(plant, {all.first()}, m_maps);
    DemoTransmitterSettings settings;
    settings.port = station.port();
    settings.tickMs = 5;
    settings.window = 3;              // three frames await their 9014, then the unit waits
    settings.answerTimeoutMs = 60000; // no resends during the test
    settings.maxFramesPerSecond = 1000;
    tx.setSettings(settings);
    // 10:00 local two days ago: working hours, the plant's meters report.
    std::int64_t now =
        timeutil::localDayStart(QDateTime::currentMSecsSinceEpoch() - 2 * timeutil::kDayMs) +
        10 * timeutil::kHourMs;
    tx.setClock([&now] { return now; });
    std::set<std::int64_t> reported;
    QObject::connect(&tx, &DemoTransmitter::instantSent,
                     [&reported](const QString &, qint64 t, int) { reported.insert(t); });
    tx.start();
    QTRY_COMPARE_WITH_TIMEOUT(tx.connectedCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(station.complete.size(), size_t(1), 10000);
    // The clock jumps 20 instants: a few more frames fill the window, the rest wait queued.
    now += 20 * std::int64_t(all.first().rtdIntervalS) * 1000;
    QTRY_VERIFY_WITH_TIMEOUT(station.frames >= settings.window, 10000);
    QTest::qWait(300);
    QCOMPARE(station.frames, settings.window);
    QVERIFY(tx.backlog() > 10); // queued, not written
    if (viaStop)
        tx.stop();
    else
        tx.setOnline(false);
    QTest::qWait(200);
    QCOMPARE(tx.backlog(), 0);
    QCOMPARE(station.frames, settings.window);
    QCOMPARE(reported, station.complete);
    QCOMPARE(tx.stats().realtimeInstants, std::uint64_t(station.complete.size()));
}

QTEST_GUILESS_MAIN(TestDemoTransmitterSent)
#include "tst_demotransmitter_sent.moc"
