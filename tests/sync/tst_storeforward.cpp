// The store-and-forward bar (issue 6): a platform that is down for a while and then up
// receives everything once, in order, with no duplicate QN; a station restart in the middle
// loses nothing; a platform that answers late or not at all and drops the connection gets
// resends with the same QN, and its dedup by QN leaves exactly the samples sent. Also the
// backoff of reconnects. Real sockets on 127.0.0.1, the forwarder on a thread of its own.
#include "syncfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace vocsync;
using namespace syncfixture;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000; // 2026-09-21, in the past

/// Batch b: E1's three points at three instants, and a point of E2 that must not go out.
SampleBatch makeBatch(int b)
{
    SampleBatch batch;
    for (int k = 0; k < 3; ++k) {
        const std::int64_t seq = b * 3 + k;
        const std::int64_t t = kT0 + seq * 10'000;
        for (std::uint32_t key : {1u, 2u, 3u})
            batch.push_back(makeSample(key, t, seq));
        batch.push_back(makeSample(4, t, seq));
    }
    return batch;
}

sync::UpstreamSettings fastSettings()
{
    sync::UpstreamSettings s;
    s.answerTimeoutMs = 2000;
    s.backoffMinMs = 50;
    s.backoffMaxMs = 400;
    s.connectTimeoutMs = 2000;
    return s;
}

} // namespace

class TestStoreForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outageThenEverythingOnceInOrder();
    void restartWhilePlatformDown();
    void restartWithPacketsInFlight();
    void lateAndMissingAnswersAndDroppedConnection();
    void reconnectBackoffGrowsAndIsCapped();

private:
    /// Every packet once (dedup by QN), all receipts of a QN byte-identical, first receipts
    /// in DataTime order, and the samples the platform can read equal to the samples fed.
    void verifyDelivery(const FakePlatform &platform, const SampleBatch &fed, int packets);

    QTemporaryDir m_dir;
    hj212::FactorMapSet m_maps;
};

void TestStoreForward::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maps = loadMaps();
    QVERIFY2(m_maps.map(QStringLiteral("vocsync-electric")), "resources/hj212 not loaded");
    QCOMPARE(m_maps.codeFor(QStringLiteral("vocsync-electric"), Quantity::CurrentA, 1),
             QStringLiteral("x01001"));
}

void TestStoreForward::verifyDelivery(const FakePlatform &platform, const SampleBatch &fed,
                                      int packets)
{
    QVERIFY(platform.rejected.isEmpty());
    QCOMPARE(platform.distinct.size(), packets);
    QHash<QByteArray, QByteArray> firstFrame;
    for (const Received &r : platform.distinct)
        firstFrame.insert(r.qn, r.frame);
    QCOMPARE(firstFrame.size(), packets); // QNs unique
    for (const Received &r : platform.data)
        QCOMPARE(r.frame, firstFrame.value(r.qn)); // a resend is the same frame
    for (int i = 1; i < platform.distinct.size(); ++i)
        QVERIFY2(platform.distinct.at(i).dataTimeMs >= platform.distinct.at(i - 1).dataTimeMs,
                 qPrintable(QStringLiteral("packet %1 out of DataTime order").arg(i)));
    for (const Received &r : platform.distinct) {
        QCOMPARE(r.cn, 2011);
        QCOMPARE(r.packet.mn.toString(), kMn);
        QCOMPARE(r.packet.pw.toString(), kPw);
        QCOMPARE(r.packet.flag, 5); // 2017, answer requested
    }
    const SampleValues want = expectedSamples(fed);
    const SampleValues got = decodeSamples(platform.distinct, m_maps);
    QCOMPARE(got.size(), want.size()); // samples in = distinct samples out
    for (const auto &[key, values] : want) {
        const auto it = got.find(key);
        QVERIFY2(it != got.end(), qPrintable(QStringLiteral("point %1 at %2 missing")
                                                 .arg(key.point)
                                                 .arg(key.tMs)));
        QCOMPARE(it->second.size(), values.size());
        for (const auto &[q, v] : values)
            QCOMPARE(it->second.at(q), v);
    }
}

void TestStoreForward::outageThenEverythingOnceInOrder()
{
    const QString db = m_dir.filePath(QStringLiteral("outage.db"));
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QVERIFY(saveTarget(db, port) > 0);
    ForwarderThread fw(db, makePlant(), m_maps, fastSettings());
    SampleBatch fed;
    for (int b = 0; b < 20; ++b) {
        const SampleBatch batch = makeBatch(b);
        fed.insert(fed.end(), batch.begin(), batch.end());
        fw.feed(batch);
        QTest::qWait(20);
    }
    // 20 batches x 3 instants: 60 packets wait in the queue while the platform is down.
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().pending, std::int64_t(60), 10000);
    QTRY_VERIFY(fw.status().lastError.contains(QLatin1String("refused"), Qt::CaseInsensitive));
    QVERIFY(!fw.status().connected);
    QVERIFY(fw.status().nextTryMs > 0);
    QVERIFY(fw.status().oldestPendingMs > 0);

    FakePlatform platform;
    QVERIFY(platform.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(60), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().pending, std::int64_t(0), 10000);
    QCOMPARE(fw.status().acked, std::int64_t(60));
    QVERIFY(fw.status().connected);
    QVERIFY(fw.status().lastAnswer.startsWith(QLatin1String("9014 for QN ")));
    QCOMPARE(platform.data.size(), qsizetype(60)); // answered at once: nothing sent twice
    verifyDelivery(platform, fed, 60);
    QVERIFY(fw.problems.isEmpty());
}

void TestStoreForward::restartWhilePlatformDown()
{
    const QString db = m_dir.filePath(QStringLiteral("restart.db"));
    const quint16 port = freePort();
    QVERIFY(saveTarget(db, port) > 0);
    SampleBatch fed;
    {
        ForwarderThread first(db, makePlant(), m_maps, fastSettings());
        for (int b = 0; b < 10; ++b) {
            const SampleBatch batch = makeBatch(b);
            fed.insert(fed.end(), batch.begin(), batch.end());
            first.feed(batch);
        }
        QTRY_COMPARE_WITH_TIMEOUT(first.status().pending, std::int64_t(30), 10000);
        QVERIFY(first.problems.isEmpty());
    } // the station stops with 30 packets pending
    ForwarderThread second(db, makePlant(), m_maps, fastSettings());
    QTRY_COMPARE_WITH_TIMEOUT(second.status().pending, std::int64_t(30), 10000);
    for (int b = 10; b < 20; ++b) {
        const SampleBatch batch = makeBatch(b);
        fed.insert(fed.end(), batch.begin(), batch.end());
        second.feed(batch);
    }
    QTRY_COMPARE_WITH_TIMEOUT(second.status().pending, std::int64_t(60), 10000);

    FakePlatform platform;
    QVERIFY(platform.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(second.status().acked, std::int64_t(60), 20000);
    QCOMPARE(second.status().pending, std::int64_t(0));
    QCOMPARE(platform.data.size(), qsizetype(60));
    verifyDelivery(platform, fed, 60);
    QVERIFY(second.problems.isEmpty()); // no QN of the new run clashed with the old run's
}

void TestStoreForward::restartWithPacketsInFlight()
{
    const QString db = m_dir.filePath(QStringLiteral("inflight.db"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    platform.answerDelayMs = [](const Received &, int) { return -1; }; // silent for now
    SampleBatch fed;
    {
        ForwarderThread first(db, makePlant(), m_maps, fastSettings());
        for (int b = 0; b < 10; ++b) {
            const SampleBatch batch = makeBatch(b);
            fed.insert(fed.end(), batch.begin(), batch.end());
            first.feed(batch);
        }
        // The window: 8 packets sent, none answered.
        QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(8), 10000);
        QTest::qWait(100);
        QCOMPARE(platform.distinct.size(), qsizetype(8));
        QCOMPARE(first.status().pending, std::int64_t(30));
    } // stopped with 8 packets in flight and 22 never sent
    platform.dropConnections();
    platform.answerDelayMs = [](const Received &, int) { return 0; };
    ForwarderThread second(db, makePlant(), m_maps, fastSettings());
    for (int b = 10; b < 20; ++b) {
        const SampleBatch batch = makeBatch(b);
        fed.insert(fed.end(), batch.begin(), batch.end());
        second.feed(batch);
    }
    QTRY_COMPARE_WITH_TIMEOUT(second.status().acked, std::int64_t(60), 20000);
    QTRY_COMPARE(second.status().pending, std::int64_t(0));
    // The 8 in flight were sent again after the restart with the same QN and bytes.
    QVERIFY(platform.data.size() >= 68);
    int again = 0;
    for (const Received &r : std::as_const(platform.data))
        again += platform.receipts.value(r.qn) > 1 ? 1 : 0;
    QVERIFY(again >= 16);
    verifyDelivery(platform, fed, 60);
    QVERIFY(second.problems.isEmpty());
}

void TestStoreForward::lateAndMissingAnswersAndDroppedConnection()
{
    const QString db = m_dir.filePath(QStringLiteral("lossy.db"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    // Per QN, by its last digit: answered at once; first receipt never answered; first
    // receipt answered after the timeout (the resend crosses the late answer); first two
    // receipts never answered.
    platform.answerDelayMs = [](const Received &r, int receipt) {
        switch (r.qn.right(1).toInt() % 4) {
        case 1: return receipt == 1 ? -1 : 0;
        case 2: return receipt == 1 ? 900 : 0;
        case 3: return receipt <= 2 ? -1 : 0;
        default: return 0;
        }
    };
    platform.dropAfterFrames = 25; // and the platform drops the connection once mid-way
    sync::UpstreamSettings settings = fastSettings();
    settings.answerTimeoutMs = 500;
    ForwarderThread fw(db, makePlant(), m_maps, settings);
    SampleBatch fed;
    for (int b = 0; b < 20; ++b) {
        const SampleBatch batch = makeBatch(b);
        fed.insert(fed.end(), batch.begin(), batch.end());
        fw.feed(batch);
        QTest::qWait(30);
    }
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().acked, std::int64_t(60), 60000);
    QCOMPARE(fw.status().pending, std::int64_t(0));
    QVERIFY2(platform.data.size() > 60 + 20,
             qPrintable(QStringLiteral("%1 receipts").arg(platform.data.size())));
    std::set<int> connections;
    for (const Received &r : std::as_const(platform.data))
        connections.insert(r.connection);
    QVERIFY(connections.size() >= 2); // the drop happened and the forwarder came back
    verifyDelivery(platform, fed, 60);
    QVERIFY(fw.problems.isEmpty());
}

void TestStoreForward::reconnectBackoffGrowsAndIsCapped()
{
    const QString db = m_dir.filePath(QStringLiteral("backoff.db"));
    FakePlatform platform;
    platform.closeOnAccept = true; // up, but drops every connection at once
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    sync::UpstreamSettings settings = fastSettings();
    settings.backoffMinMs = 150;
    settings.backoffMaxMs = 1200;
    ForwarderThread fw(db, makePlant(), m_maps, settings);
    QTRY_VERIFY_WITH_TIMEOUT(platform.acceptMs.size() >= 8, 20000);
    const QList<std::int64_t> at = platform.acceptMs;
    QList<std::int64_t> gaps;
    for (int i = 1; i < at.size(); ++i)
        gaps.append(at.at(i) - at.at(i - 1));
    qInfo() << "reconnect spacing (ms):" << gaps;
    const std::int64_t expected[] = {150, 300, 600, 1200, 1200, 1200, 1200};
    for (int i = 0; i < 7; ++i) {
        QVERIFY2(gaps.at(i) >= expected[i] * 9 / 10 && gaps.at(i) <= expected[i] + 350,
                 qPrintable(QStringLiteral("gap %1: %2 ms, expected about %3 ms")
                                .arg(i)
                                .arg(gaps.at(i))
                                .arg(expected[i])));
    }
    QVERIFY(gaps.at(1) > gaps.at(0) && gaps.at(2) > gaps.at(1) && gaps.at(3) > gaps.at(2));
    QVERIFY(fw.status().nextTryMs > 0);

    // Once the platform answers, the next outage starts from the shortest delay again.
    platform.closeOnAccept = false;
    fw.feed(makeBatch(0));
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().acked, std::int64_t(3), 10000);
    const qsizetype accepted = platform.acceptMs.size();
    const std::int64_t droppedAt = platform.nowMs();
    platform.dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(platform.acceptMs.size() > accepted, 5000);
    const std::int64_t back = platform.acceptMs.at(accepted) - droppedAt;
    QVERIFY2(back >= 135 && back < 600, qPrintable(QStringLiteral("back after %1 ms").arg(back)));
}

QTEST_GUILESS_MAIN(TestStoreForward)
#include "tst_storeforward.moc"
