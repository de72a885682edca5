// Which code and CN a value goes upstream under, and that these stay put:
// - review finding #15: a point's channel is its storage key, so adding a point (whatever its
//   id) does not change the codes of the others; a key beyond 999 falls back to a free
//   channel, with a warning;
// - review finding #9: a facility's running state goes out as CN 2021 SBx-RS and its running
//   time as CN 2041 SBx-RT (the standard's C.15 and C.19 byte for byte), live and in answers
//   to the platform's 2041 history requests, never inside 2011 or 2031.
#include "syncfixture.h"

#include "vocsync/sync/upstreamforwarder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace syncfixture;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000;
const QString kTx = QStringLiteral("010000A8900016F000169DC0");

sync::UpstreamSettings settings()
{
    sync::UpstreamSettings s;
    s.answerTimeoutMs = 2000;
    s.backoffMinMs = 50;
    s.backoffMaxMs = 200;
    return s;
}

QByteArray cpOf(const QByteArray &frame)
{
    const qsizetype at = frame.indexOf("CP=");
    return frame.mid(at, frame.lastIndexOf("&&") + 2 - at);
}

/// DataTime -> the factor codes of the packet (each point's sample at a DataTime of its own).
std::map<std::int64_t, QSet<QByteArray>> codesByTime(const QList<Received> &packets)
{
    std::map<std::int64_t, QSet<QByteArray>> out;
    for (const Received &r : packets) {
        for (const hj212::Factor &f : r.packet.factors)
            out[r.dataTimeMs].insert(f.code.toByteArray());
    }
    return out;
}

/// A FactorSample as the server stores an SBx value (acquisition's PacketConverter; see
/// tests/acquisition/tst_hj212server_conversion.cpp facilityStateAndRunTime): code "SBx",
/// value in Rtd, period real-time for CN 2021 and day for CN 2041.
FactorSample facility(const char *code, FactorPeriod period, const char *dataTime, double v)
{
    FactorSample s;
    s.source = kTx;
    s.code = QString::fromLatin1(code);
    s.period = period;
    hj212::parseTime(QByteArrayView(dataTime), s.tMs);
    s.rtd = v;
    s.mask = FactorSample::Rtd;
    return s;
}

} // namespace

class TestForwardCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addingAPointKeepsTheOtherCodes();
    void keyBeyondChannelRangeFallsBack();
    void facilityDataUnderItsOwnCn();
    void facilityHistoryUnder2041();

private:
    QList<Received> forwardOnce(const QString &db, const Plant &plant, const SampleBatch &batch,
                                int packets, QStringList *problems = nullptr);

    QTemporaryDir m_dir;
    hj212::FactorMapSet m_maps;
};

void TestForwardCodes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maps = loadMaps();
    QVERIFY(m_maps.map(QStringLiteral("vocsync-electric")));
}

QList<Received> TestForwardCodes::forwardOnce(const QString &db, const Plant &plant,
                                              const SampleBatch &batch, int packets,
                                              QStringList *problems)
{
    FakePlatform platform;
    if (!platform.listen(0) || saveTarget(db, platform.port()) <= 0)
        return {};
    sync::UpstreamForwarder fw(db, plant, m_maps);
    fw.setSettings(settings());
    QSignalSpy spy(&fw, &sync::UpstreamForwarder::problem);
    fw.start();
    fw.forwardSamples(batch);
    QElapsedTimer clock;
    clock.start();
    while (platform.distinct.size() < packets && clock.elapsed() < 5000)
        QTest::qWait(10);
    for (const QList<QVariant> &args : std::as_const(spy)) {
        if (problems)
            problems->append(args.first().toString());
    }
    return platform.distinct;
}

void TestForwardCodes::addingAPointKeepsTheOtherCodes()
{
    // P-B (key 1), P-C (key 2) and P-A (key 3), each at a DataTime of its own.
    const SampleBatch batch = {makeSample(1, kT0, 0), makeSample(2, kT0 + 10'000, 0),
                               makeSample(3, kT0 + 20'000, 0)};
    const auto before = codesByTime(
        forwardOnce(m_dir.filePath(QStringLiteral("before.db")), makePlant(), batch, 3));
    QCOMPARE(before.size(), size_t(3));
    QCOMPARE(before.at(kT0), QSet<QByteArray>({"x01001", "x02001", "x03001", "x04001"}));
    QCOMPARE(before.at(kT0 + 10'000), QSet<QByteArray>({"x01002", "x03002"}));
    // P-A is channel 3 (its key), although its id sorts first.
    QCOMPARE(before.at(kT0 + 20'000),
             QSet<QByteArray>({"x01003", "x02003", "x03003", "x04003", "x05003"}));

    // A point whose id sorts before all others is added (key 5 once stored).
    Plant plant = makePlant();
    MonitoringPoint added;
    added.key = 5;
    added.id = QStringLiteral("P-0");
    added.facilityId = QStringLiteral("F1");
    added.channels = {{Quantity::CurrentA, 3}};
    plant.points.prepend(added);
    SampleBatch more = batch;
    Sample s;
    s.point = 5;
    s.tMs = kT0 + 30'000;
    s.set(Quantity::CurrentA, 4.5);
    more.push_back(s);
    const QList<Received> got =
        forwardOnce(m_dir.filePath(QStringLiteral("after.db")), plant, more, 4);
    const auto after = codesByTime(got);
    QCOMPARE(after.size(), size_t(4));
    for (std::int64_t t : {kT0, kT0 + 10'000, kT0 + 20'000})
        QCOMPARE(after.at(t), before.at(t));
    QCOMPARE(after.at(kT0 + 30'000), QSet<QByteArray>({"x01005"}));
    QCOMPARE(got.last().packet.factor("x01005")->value(hj212::Part::Rtd), 4.5);
}

void TestForwardCodes::keyBeyondChannelRangeFallsBack()
{
    Plant plant = makePlant();
    MonitoringPoint big;
    big.key = 1000;
    big.id = QStringLiteral("P-BIG");
    big.facilityId = QStringLiteral("F2");
    big.channels = {{Quantity::CurrentA, 3}};
    plant.points.append(big);
    Sample s;
    s.point = 1000;
    s.tMs = kT0;
    s.set(Quantity::CurrentA, 7.25);
    QStringList problems;
    const QList<Received> got = forwardOnce(m_dir.filePath(QStringLiteral("big.db")), plant,
                                            {makeSample(1, kT0, 0), s}, 1, &problems);
    QCOMPARE(got.size(), qsizetype(1));
    // Channels 1..3 are keys of E1's points; 4 is E2's key but free in E1.
    const hj212::Factor *current = got.first().packet.factor("x01004");
    QVERIFY(current);
    QCOMPARE(current->value(hj212::Part::Rtd), 7.25);
    QVERIFY(got.first().packet.factor("x01001"));
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("storage key 1000")),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestForwardCodes::facilityDataUnderItsOwnCn()
{
    const QString db = m_dir.filePath(QStringLiteral("facility.db"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port(), QStringLiteral("transmitter"), kTx) > 0);
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.start();
    // C.15 (2021) and C.19 (2041) as the server stored them, beside analyzer values of the
    // same DataTimes: a 2011 real-time value and a 2031 day value.
    FactorSample nmhc = facility("a24088", FactorPeriod::RealTime, "20160801085857", 0.8);
    nmhc.quality = withDataFlag(0, DataFlag::N);
    FactorSample dayNmhc = facility("a24088", FactorPeriod::Day, "20160801000000", 0);
    dayNmhc.avg = 0.6;
    dayNmhc.mask = FactorSample::Avg;
    fw.forwardFactors({facility("SB1", FactorPeriod::RealTime, "20160801085857", 1),
                       facility("SB2", FactorPeriod::RealTime, "20160801085857", 0), nmhc,
                       facility("SB1", FactorPeriod::Day, "20160801000000", 1.1),
                       facility("SB2", FactorPeriod::Day, "20160801000000", 2.1), dayNmhc});
    QTRY_COMPARE_WITH_TIMEOUT(platform.distinct.size(), qsizetype(4), 5000);
    QMap<int, QByteArray> cp;
    for (const Received &r : std::as_const(platform.distinct))
        cp.insert(r.cn, cpOf(r.frame));
    QCOMPARE(cp.keys(), QList<int>({2011, 2021, 2031, 2041}));
    QCOMPARE(cp.value(2021), QByteArray("CP=&&DataTime=20160801085857;SB1-RS=1;SB2-RS=0&&"));
    QCOMPARE(cp.value(2041), QByteArray("CP=&&DataTime=20160801000000;SB1-RT=1.1;SB2-RT=2.1&&"));
    QCOMPARE(cp.value(2011),
             QByteArray("CP=&&DataTime=20160801085857;a24088-Rtd=0.8,a24088-Flag=N&&"));
    QCOMPARE(cp.value(2031),
             QByteArray("CP=&&DataTime=20160801000000;a24088-Avg=0.6,a24088-Flag=N&&"));
}

void TestForwardCodes::facilityHistoryUnder2041()
{
    const QString db = m_dir.filePath(QStringLiteral("history.db"));
    FakePlatform platform;
    QVERIFY(platform.listen(0));
    QVERIFY(saveTarget(db, platform.port(), QStringLiteral("transmitter"), kTx) > 0);
    std::int64_t day = 0;
    QVERIFY(hj212::parseTime("20160801000000", day));
    {
        auto conn = storage::Connection::open(db);
        QVERIFY(conn);
        QSqlQuery q(conn->db());
        const QString sql = QStringLiteral(
            "INSERT INTO factor_sample(mn, code, period_s, t_ms, rtd, min, avg, max, cou, "
            "quality) VALUES ('%1', 'SB1', 86400, %2, 1.1, NULL, NULL, NULL, NULL, 0),"
            " ('%1', 'a24088', 86400, %2, NULL, 0.5, 0.6, 0.7, NULL, 0)");
        QVERIFY2(q.exec(sql.arg(kTx).arg(day)), qPrintable(q.lastError().text()));
    }
    sync::UpstreamForwarder fw(db, makePlant(), m_maps);
    fw.setSettings(settings());
    fw.start();
    QTRY_VERIFY(platform.hasConnection());
    const auto ask = [&](int cn, const char *qn) {
        platform.others.clear();
        hj212::Packet req = hj212::request(hj212::Version::V2017, QByteArray(qn), "32", cn,
                                           kPw.toLatin1(), kMn.toLatin1());
        req.setField("BeginTime", "20160801000000");
        req.setField("EndTime", "20160801000000");
        platform.send(hj212::encodeFrame(req).value());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000 &&
               !(platform.others.size() >= 2 && platform.others.last().cn == 9012))
            QTest::qWait(10);
        return platform.others;
    };
    const QList<hj212::Packet> runTime = ask(2041, "20160802000000001");
    QCOMPARE(runTime.size(), qsizetype(3)); // 9011, the upload, 9012
    QCOMPARE(runTime.at(0).field("QnRtn").toByteArray(), QByteArray("1"));
    QCOMPARE(runTime.at(1).cn, 2041);
    QCOMPARE(runTime.at(1).factors.size(), size_t(1));
    QVERIFY(runTime.at(1).factor("SB1"));
    QCOMPARE(runTime.at(1).factor("SB1")->value(hj212::Part::RT), 1.1);
    QCOMPARE(runTime.at(2).field("ExeRtn").toByteArray(), QByteArray("1"));
    const QList<hj212::Packet> stats = ask(2031, "20160802000000002");
    QCOMPARE(stats.size(), qsizetype(3));
    QCOMPARE(stats.at(1).cn, 2031);
    QCOMPARE(stats.at(1).factors.size(), size_t(1)); // a24088 only: SB1-RT is not day data
    QVERIFY(stats.at(1).factor("a24088"));
}

QTEST_GUILESS_MAIN(TestForwardCodes)
#include "tst_forwardcodes.moc"
