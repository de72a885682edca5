// What the upstream forwarder writes (docs/hj212-upstream.md): factor codes by channel (the
// point's storage key, tst_forwardcodes.cpp checks that it is stable), values at the point's
// resolution, data flags, one packet per DataTime, sub-packets for long CPs, transmitter
// factors under the target's MN and PW, the 2005 dialect, disabled and edited targets.
#include "syncfixture.h"

#include "vocsync/sync/upstreamforwarder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace syncfixture;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000; // 2026-09-21T14:13:20Z, 22:13:20 in Beijing

sync::UpstreamSettings settings()
{
    sync::UpstreamSettings s;
    s.answerTimeoutMs = 2000;
    s.backoffMinMs = 50;
    s.backoffMaxMs = 200;
    return s;
}

QByteArray segmentOf(const Received &r)
{
    return r.frame.mid(6, r.frame.size() - 6 - 4);
}

const hj212::Factor *factorOf(const Received &r, const char *code)
{
    return r.packet.factor(QByteArrayView(code));
}

} // namespace

class TestForwardContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codesDecimalsAndFlags();
    void onePacketPerDataTime();
    void longPacketsAreSplit();
    void transmitterFactors();
    void version2005AnsweredInCp();
    void disabledAndEditedTargets();
    void queuedBeforeStartIsSentAfter();

private:
    QString newDb(const QString &name);

    QTemporaryDir m_dir;
    hj212::FactorMapSet m_maps;
};

void TestForwardContent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maps = loadMaps();
    QVERIFY(m_maps.map(QStringLiteral("vocsync-electric")));
}

QString TestForwardContent::newDb(const QString &name)
{
    return m_dir.filePath(name + QStringLiteral(".db"));
}

void TestForwardContent::codesDecimalsAndFlags()
{
    const QString db = newDb(QStringLiteral("codes"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.start();

    SampleBatch batch;
    Sample a; // P-A, key and channel 3: every quantity, no data flag
    a.point = 3;
    a.tMs = kT0 + 250; // DataTime has whole seconds
    a.set(Quantity::CurrentA, 20.5);
    a.set(Quantity::VoltageV, 380);
    a.set(Quantity::PowerKw, 9.1234); // finer than the point's 0.001 kW: rounded
    a.set(Quantity::EnergyKwh, 1000);
    a.set(Quantity::FrequencyHz, 50);
    batch.push_back(a);
    Sample b; // P-B, channel 1, flagged as maintenance data and backfilled
    b.point = 1;
    b.tMs = kT0;
    b.quality = withDataFlag(QualityBackfilled, DataFlag::M);
    b.set(Quantity::CurrentA, 1.25);
    batch.push_back(b);
    Sample c; // P-C, channel 2
    c.point = 2;
    c.tMs = kT0;
    c.quality = withDataFlag(0, DataFlag::T);
    c.set(Quantity::PowerKw, 0);
    batch.push_back(c);
    Sample other; // E2's point: not this target's
    other.point = 4;
    other.tMs = kT0;
    other.set(Quantity::CurrentA, 7);
    batch.push_back(other);
    fw.forwardSamples(batch);

    QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(1), 5000);
    const Received &r = platform.distinct.first();
    QCOMPARE(r.cn, 2011);
    QCOMPARE(r.dataTimeMs, kT0);
    QCOMPARE(r.packet.st.toString(), QStringLiteral("31"));
    QVERIFY(r.frame.contains(";CP=&&DataTime=20260921221320;"));
    const QByteArray seg = segmentOf(r);
    for (const char *item : {"x01003-Rtd=20.500,x01003-Flag=N", "x02003-Rtd=380.0,x02003-Flag=N",
                             "x03003-Rtd=9.123,x03003-Flag=N", "x04003-Rtd=1000.00",
                             "x05003-Rtd=50.00", "x01001-Rtd=1.250,x01001-Flag=M",
                             "x03002-Rtd=0.000,x03002-Flag=T"})
        QVERIFY2(seg.contains(item), qPrintable(QStringLiteral("%1 not in %2")
                                                    .arg(QLatin1String(item),
                                                         QString::fromLatin1(seg))));
    QCOMPARE(r.packet.factors.size(), size_t(7));
    QVERIFY(!seg.contains("x01004")); // E2's point has no channel here
    QTRY_COMPARE(fw.status().first().acked, std::int64_t(1));
}

void TestForwardContent::onePacketPerDataTime()
{
    const QString db = newDb(QStringLiteral("times"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.start();
    // Out of order in the batch; P-A twice within one second (two readings must not merge
    // into one packet with a duplicate code, and neither may be dropped).
    SampleBatch batch = {makeSample(1, kT0 + 20'000, 2), makeSample(3, kT0, 0),
                         makeSample(3, kT0 + 10'000, 1), makeSample(1, kT0, 0),
                         makeSample(3, kT0 + 10'400, 5)};
    fw.forwardSamples(batch);
    QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(4), 5000);
    const std::int64_t times[] = {kT0, kT0 + 10'000, kT0 + 10'000, kT0 + 20'000};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(platform.distinct.at(i).dataTimeMs, times[i]);
    QCOMPARE(platform.distinct.at(0).packet.factors.size(), size_t(5 + 4));
    QVERIFY(factorOf(platform.distinct.at(1), "x01003"));
    QVERIFY(factorOf(platform.distinct.at(2), "x01003"));
    QCOMPARE(factorOf(platform.distinct.at(2), "x01003")->value(hj212::Part::Rtd),
             makeSample(3, 0, 5).value(Quantity::CurrentA));
}

void TestForwardContent::longPacketsAreSplit()
{
    const QString db = newDb(QStringLiteral("split"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    Plant plant = makePlant();
    for (std::uint32_t k = 10; k < 50; ++k) {
        MonitoringPoint p;
        p.key = k;
        p.id = QStringLiteral("Q%1").arg(k);
        p.facilityId = QStringLiteral("F1");
        p.channels = {{Quantity::CurrentA, 3}, {Quantity::VoltageV, 1}, {Quantity::PowerKw, 3},
                      {Quantity::EnergyKwh, 2}};
        plant.points.append(p);
    }
    sync::UpstreamForwarder fw(db, plant, m_maps);
    fw.setSettings(settings());
    fw.start();
    SampleBatch batch;
    for (std::uint32_t k = 10; k < 50; ++k) {
        Sample s = makeSample(1, kT0, k);
        s.point = k;
        batch.push_back(s);
    }
    fw.forwardSamples(batch);
    QTRY_VERIFY_WITH_TIMEOUT(fw.status().first().acked > 0 && fw.status().first().pending == 0,
                             5000);
    const qsizetype parts = platform.distinct.size();
    QVERIFY2(parts >= 4, qPrintable(QString::number(parts))); // 160 factors, ~27 bytes each
    QCOMPARE(fw.status().first().acked, std::int64_t(parts));
    int factors = 0;
    for (int i = 0; i < parts; ++i) {
        const Received &r = platform.distinct.at(i);
        QVERIFY(r.frame.size() <= hj212::kMaxFrame);
        QCOMPARE(r.packet.flag, 7); // 2017, answer, sub-packets
        QCOMPARE(r.packet.pnum, int(parts));
        QCOMPARE(r.packet.pno, i + 1);
        QCOMPARE(r.dataTimeMs, kT0);
        factors += static_cast<int>(r.packet.factors.size());
    }
    QCOMPARE(factors, 160);
}

void TestForwardContent::transmitterFactors()
{
    const QString db = newDb(QStringLiteral("factors"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    const QString tx = QStringLiteral("399435AA9000011110000001");
    QVERIFY(saveTarget(db, platform.port(), QStringLiteral("transmitter"), tx) > 0);
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.start();
    const auto factor = [&](const char *code, FactorPeriod period, std::int64_t t) {
        FactorSample f;
        f.source = tx;
        f.code = QString::fromLatin1(code);
        f.period = period;
        f.tMs = t;
        return f;
    };
    FactorBatch batch;
    FactorSample nmhc = factor("a24088", FactorPeriod::RealTime, kT0);
    nmhc.rtd = 0.804;
    nmhc.mask = FactorSample::Rtd;
    nmhc.quality = withDataFlag(0, DataFlag::N);
    FactorSample benzene = factor("a25002", FactorPeriod::RealTime, kT0);
    benzene.rtd = 0.012;
    benzene.mask = FactorSample::Rtd;
    benzene.quality = withDataFlag(0, DataFlag::D);
    FactorSample fan = factor("SB1", FactorPeriod::RealTime, kT0);
    fan.rtd = 1;
    fan.mask = FactorSample::Rtd;
    FactorSample minute = factor("a24088", FactorPeriod::Minute, kT0 - 60'000);
    minute.min = 0.5;
    minute.avg = 0.75;
    minute.max = 1.25;
    minute.cou = 12.5;
    minute.mask = FactorSample::Min | FactorSample::Avg | FactorSample::Max | FactorSample::Cou;
    FactorSample hour = factor("a24088", FactorPeriod::Hour, kT0 - 3'600'000);
    hour.avg = 0.7;
    hour.mask = FactorSample::Avg;
    FactorSample day = factor("a24088", FactorPeriod::Day, kT0 - 86'400'000);
    day.avg = 0.6;
    day.mask = FactorSample::Avg;
    FactorSample foreign = factor("a24088", FactorPeriod::RealTime, kT0);
    foreign.source = QStringLiteral("999999AA9000011110000009");
    foreign.rtd = 9;
    foreign.mask = FactorSample::Rtd;
    batch = {nmhc, benzene, fan, minute, hour, day, foreign};
    fw.forwardFactors(batch);

    QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(5), 5000);
    // Time order: day, hour, minute, real-time; the facility's state in its own CN 2021
    // (tst_forwardcodes.cpp has the facility data in detail).
    const int cns[] = {2031, 2061, 2051, 2011, 2021};
    for (int i = 0; i < 5; ++i) {
        const Received &r = platform.distinct.at(i);
        QCOMPARE(r.cn, cns[i]);
        QCOMPARE(r.packet.mn.toString(), kMn); // the target's MN, not the transmitter's
        QCOMPARE(r.packet.pw.toString(), kPw);
    }
    const QByteArray rt = segmentOf(platform.distinct.at(3));
    QVERIFY2(rt.contains("a24088-Rtd=0.804,a24088-Flag=N;a25002-Rtd=0.012,a25002-Flag=D&&"),
             rt.constData());
    QVERIFY(segmentOf(platform.distinct.at(4)).contains(";SB1-RS=1&&"));
    QVERIFY(!rt.contains("=9"));
    const QByteArray min = segmentOf(platform.distinct.at(2));
    QVERIFY2(min.contains("a24088-Cou=12.5,a24088-Min=0.5,a24088-Avg=0.75,a24088-Max=1.25,"
                          "a24088-Flag=N"),
             min.constData());
    QCOMPARE(platform.distinct.at(2).dataTimeMs, kT0 - 60'000);
}

void TestForwardContent::version2005AnsweredInCp()
{
    const QString db = newDb(QStringLiteral("v2005"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    {
        auto queue = storage::UpstreamQueue::open(db);
        QVERIFY(queue);
        storage::UpstreamTarget t;
        t.name = QStringLiteral("old platform");
        t.host = QStringLiteral("127.0.0.1");
        t.port = platform.port();
        t.mn = QStringLiteral("88888880000001");
        t.password = kPw;
        t.st = QStringLiteral("32");
        t.version = 0;
        t.sourceId = QStringLiteral("E1");
        QVERIFY(queue.value()->saveTarget(t));
    }
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.start();
    fw.forwardSamples({makeSample(3, kT0, 0), makeSample(3, kT0 + 10'000, 1)});
    QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(2), 5000);
    QCOMPARE(platform.distinct.first().packet.flag, 1); // version 0, answer requested
    QCOMPARE(platform.distinct.first().packet.version(), hj212::Version::V2005);
    // The 2005 answer carries the QN inside CP ("ST=91;CN=9014;CP=&&QN=..;CN=2011&&").
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().first().acked, std::int64_t(2), 5000);
    QCOMPARE(fw.status().first().pending, std::int64_t(0));
    QCOMPARE(platform.data.size(), qsizetype(2));
}

void TestForwardContent::disabledAndEditedTargets()
{
    const QString db = newDb(QStringLiteral("edit"));
    FakePlatform first;
    FakePlatform second;
    QVERIFY(first.listen(0));
    QVERIFY(second.listen(0));
    const int id = saveTarget(db, first.port());
    QVERIFY(id > 0);
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    QSignalSpy changed(&fw, &sync::UpstreamForwarder::statusChanged);
    fw.start();
    fw.forwardSamples({makeSample(3, kT0, 0)});
    QTRY_COMPARE_WITH_TIMEOUT(first.distinct.size(), qsizetype(1), 5000);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<sync::UpstreamStatus>().targetId, id);

    auto queue = storage::UpstreamQueue::open(db);
    QVERIFY(queue);
    storage::UpstreamTarget t = queue.value()->targets().value().first();
    t.port = second.port();
    QVERIFY(queue.value()->saveTarget(t));
    fw.reloadTargets();
    fw.forwardSamples({makeSample(3, kT0 + 10'000, 1)});
    QTRY_COMPARE_WITH_TIMEOUT(second.distinct.size(), qsizetype(1), 5000);
    QCOMPARE(first.distinct.size(), qsizetype(1));
    QCOMPARE(fw.status().first().endpoint, QStringLiteral("127.0.0.1:%1").arg(second.port()));
    // The platform got it; wait for its 9014 to reach the forwarder before disabling, so the
    // pending count below is only what the disabled target would have queued.
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().first().pending, std::int64_t(0), 5000);

    t.enabled = false;
    QVERIFY(queue.value()->saveTarget(t));
    fw.reloadTargets();
    fw.forwardSamples({makeSample(3, kT0 + 20'000, 2)});
    QTest::qWait(300);
    QCOMPARE(second.distinct.size(), qsizetype(1));
    QCOMPARE(fw.status().first().pending, std::int64_t(0)); // a disabled target queues nothing
    QCOMPARE(fw.status().first().lastError, QStringLiteral("disabled"));
}

void TestForwardContent::queuedBeforeStartIsSentAfter()
{
    const QString db = newDb(QStringLiteral("early"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port()) > 0);
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.forwardSamples({makeSample(3, kT0, 0)}); // acquisition may start before the link
    QTest::qWait(200);
    QCOMPARE(platform.data.size(), qsizetype(0));
    QCOMPARE(fw.status().first().pending, std::int64_t(1));
    fw.start();
    QTRY_COMPARE_WITH_TIMEOUT(fw.status().first().acked, std::int64_t(1), 5000);
    fw.stop();
    QVERIFY(!fw.status().first().connected);
}

QTEST_GUILESS_MAIN(TestForwardContent)
#include "tst_forwardcontent.moc"
