// The platform's requests on an upstream link (HJ 212-2017 6.5, C.1-C.2, C.20-C.22):
// history of an enterprise's points answered from the stored minute/hour/day rollups and of
// a transmitter's factors from factor_sample, with the 9011/uploads/9012 sequence and QNs;
// ExeRtn 100 for an empty range; get time; unknown CN, wrong MN and wrong password.
#include "syncfixture.h"

#include "vocsync/storage/samplewriter.h"
#include "vocsync/sync/upstreamforwarder.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace vocsync;
using namespace syncfixture;

namespace {

constexpr std::int64_t kH0 = 1'789'999'200'000; // 2026-09-21 14:00 UTC = 22:00 in Beijing
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 3'600'000;
constexpr int kSamples = 720; // two hours of 10 s samples per point
const QString kTx = QStringLiteral("399435AA9000011110000001");

SampleBatch storedSamples()
{
    SampleBatch out;
    for (int i = 0; i < kSamples; ++i) {
        for (std::uint32_t key : {1u, 2u, 3u, 4u})
            out.push_back(makeSample(key, kH0 + i * 10'000LL, i));
    }
    return out;
}

struct Stats
{
    double min = 1e300, max = -1e300, sum = 0;
    int n = 0;
    void add(double v)
    {
        min = std::min(min, v);
        max = std::max(max, v);
        sum += v;
        ++n;
    }
};

/// (channel, quantity, period start) -> stats of the samples, the station's own arithmetic.
std::map<std::tuple<int, int, std::int64_t>, Stats> expectedRollups(std::int64_t periodMs)
{
    std::map<std::tuple<int, int, std::int64_t>, Stats> out;
    for (const Sample &s : storedSamples()) {
        const int ch = channelOf(s.point);
        if (ch == 0)
            continue;
        for (Quantity q : kAllQuantities) {
            if (s.has(q))
                out[{ch, index(q), s.tMs - s.tMs % periodMs}].add(s.value(q));
        }
    }
    return out;
}

double resolution(Quantity q)
{
    const int decimals[] = {3, 1, 3, 2, 2};
    return std::pow(10.0, -decimals[index(q)]);
}

} // namespace

class TestPlatformRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minuteHistoryFromRollups();
    void hourAndDayHistory();
    void emptyRangeAnswersNoData();
    void tooLongRangeRejected();
    void getTime();
    void unknownCnWrongMnWrongPassword();
    void setTimeout();
    void transmitterHistoryFromFactorSamples();

private:
    /// Sends a request from the platform and collects what comes back until the exchange
    /// ends: a 9012 with the request's QN, or a 9011 that refuses.
    QList<hj212::Packet> exchange(FakePlatform &platform, const hj212::Packet &request);
    hj212::Packet request(int cn, const char *qn) const;
    void checkUploads(const QList<hj212::Packet> &answers, const hj212::Packet &req, int cn,
                      std::int64_t periodMs, const QList<std::int64_t> &times);

    QTemporaryDir m_dir;
    QString m_db;
    hj212::FactorMapSet m_maps;
    std::unique_ptr<FakePlatform> m_platform;
    std::unique_ptr<FakePlatform> m_txPlatform;
    std::unique_ptr<sync::UpstreamForwarder> m_forwarder;
};

void TestPlatformRequests::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maps = loadMaps();
    m_db = m_dir.filePath(QStringLiteral("station.db"));
    QVERIFY(createPlant(m_db));
    {
        storage::SampleWriter writer(m_db);
        QVERIFY(writer.start());
        writer.enqueue(storedSamples());
        QVERIFY(writer.compactAll()); // the closed hours become chunks with their rollups
        writer.stop();
    }
    {
        auto conn = storage::Connection::open(m_db);
        QVERIFY(conn);
        QSqlQuery q(conn->db());
        // Hourly values of a VOC analyzer behind transmitter kTx; one of another MN.
        const QString sql = QStringLiteral(
            "INSERT INTO factor_sample(mn, code, period_s, t_ms, rtd, min, avg, max, cou, "
            "quality) VALUES ('%1', 'a25002', 3600, %2, NULL, 0.01, 0.02, 0.03, NULL, %4),"
            " ('%1', 'a24088', 3600, %2, NULL, 0.5, 0.7, 0.9, 12.5, 0),"
            " ('%1', 'a24088', 3600, %3, NULL, 0.4, 0.6, 0.8, NULL, 0),"
            " ('%1', 'a24088', 60, %2, NULL, 0.4, 0.6, 0.8, NULL, 0),"
            " ('OTHER', 'a24088', 3600, %2, NULL, 9, 9, 9, NULL, 0)");
        QVERIFY2(q.exec(sql.arg(kTx)
                            .arg(kH0)
                            .arg(kH0 + kHour)
                            .arg(withDataFlag(0, DataFlag::D))),
                 qPrintable(q.lastError().text()));
    }
    m_platform = std::make_unique<FakePlatform>();
    m_txPlatform = std::make_unique<FakePlatform>();
    QVERIFY(m_platform->listen(0));
    QVERIFY(m_txPlatform->listen(0));
    QVERIFY(saveTarget(m_db, m_platform->port()) > 0);
    QVERIFY(saveTarget(m_db, m_txPlatform->port(), QStringLiteral("transmitter"), kTx) > 0);
    m_forwarder = std::make_unique<sync::UpstreamForwarder>(m_db, makePlant(), m_maps);
    m_forwarder->start();
    QTRY_VERIFY(m_platform->hasConnection() && m_txPlatform->hasConnection());
}

hj212::Packet TestPlatformRequests::request(int cn, const char *qn) const
{
    return hj212::request(hj212::Version::V2017, QByteArray(qn), "32", cn, kPw.toLatin1(),
                          kMn.toLatin1());
}

QList<hj212::Packet> TestPlatformRequests::exchange(FakePlatform &platform,
                                                    const hj212::Packet &req)
{
    platform.others.clear();
    const Result<QByteArray> frame = hj212::encodeFrame(req);
    if (!frame || !platform.send(*frame)) {
        qWarning() << "cannot send the request";
        return {};
    }
    const auto done = [&] {
        for (const hj212::Packet &p : std::as_const(platform.others)) {
            if (p.qn == req.qn && p.cn == hj212::cn::ExecutionAnswer)
                return true;
            if (p.qn == req.qn && p.cn == hj212::cn::RequestAnswer
                && p.field("QnRtn") != QByteArrayView("1"))
                return true;
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 10000)
        QTest::qWait(10);
    QTest::qWait(50); // nothing may follow the end of the exchange
    return platform.others;
}

void TestPlatformRequests::checkUploads(const QList<hj212::Packet> &answers,
                                        const hj212::Packet &req, int cn,
                                        std::int64_t periodMs,
                                        const QList<std::int64_t> &times)
{
    QCOMPARE(answers.size(), times.size() + 2);
    const hj212::Packet &first = answers.first();
    QCOMPARE(first.cn, 9011);
    QCOMPARE(first.qn, req.qn);
    QCOMPARE(first.st.toString(), QStringLiteral("91"));
    QCOMPARE(first.field("QnRtn").toByteArray(), QByteArray("1"));
    const hj212::Packet &last = answers.last();
    QCOMPARE(last.cn, 9012);
    QCOMPARE(last.qn, req.qn);
    QCOMPARE(last.field("ExeRtn").toByteArray(), QByteArray("1"));
    const auto expected = expectedRollups(periodMs);
    QSet<QByteArray> qns;
    for (int i = 0; i < times.size(); ++i) {
        const hj212::Packet &up = answers.at(i + 1);
        QCOMPARE(up.cn, cn);
        QVERIFY(!up.answerRequested()); // HJ 212-2017 C.20: history uploads with Flag=4
        QCOMPARE(up.mn.toString(), kMn);
        QCOMPARE(up.dataTimeMs, times.at(i));
        QVERIFY(up.qn != req.qn); // each upload has a new QN
        qns.insert(up.qn.toByteArray());
        // Three points: 4 + 5 + 2 quantities.
        QCOMPARE(up.factors.size(), size_t(11));
        for (const hj212::Factor &f : up.factors) {
            const auto meaning = m_maps.resolve(QStringLiteral("vocsync-electric"), f.code.view());
            QVERIFY(meaning && meaning->quantity);
            const Quantity q = *meaning->quantity;
            const auto it = expected.find({meaning->channel, index(q), times.at(i)});
            QVERIFY(it != expected.end());
            const Stats &st = it->second;
            const double tol = resolution(q) * 0.51;
            QVERIFY(std::abs(f.value(hj212::Part::Min) - st.min) < tol);
            QVERIFY(std::abs(f.value(hj212::Part::Max) - st.max) < tol);
            QVERIFY2(std::abs(f.value(hj212::Part::Avg) - st.sum / st.n) < tol,
                     qPrintable(QStringLiteral("%1 avg %2, expected %3")
                                    .arg(f.code.toString())
                                    .arg(f.value(hj212::Part::Avg))
                                    .arg(st.sum / st.n)));
            QCOMPARE(f.has(hj212::Part::Cou), q == Quantity::EnergyKwh);
            if (q == Quantity::EnergyKwh)
                QVERIFY(std::abs(f.value(hj212::Part::Cou) - (st.max - st.min)) < tol);
            QCOMPARE(f.flag, 'N');
        }
    }
    QCOMPARE(qns.size(), times.size());
}

void TestPlatformRequests::minuteHistoryFromRollups()
{
    hj212::Packet req = request(2051, "20260925100000001");
    req.setField("BeginTime", hj212::formatTime(kH0 + 30 * kMinute));
    req.setField("EndTime", hj212::formatTime(kH0 + 39 * kMinute)); // inclusive
    const QList<hj212::Packet> answers = exchange(*m_platform, req);
    QList<std::int64_t> times;
    for (int i = 30; i <= 39; ++i)
        times.append(kH0 + i * kMinute);
    checkUploads(answers, req, 2051, kMinute, times);
}

void TestPlatformRequests::hourAndDayHistory()
{
    hj212::Packet req = request(2061, "20260925100000002");
    req.setField("BeginTime", hj212::formatTime(kH0 - kHour));
    req.setField("EndTime", hj212::formatTime(kH0 + 5 * kHour));
    checkUploads(exchange(*m_platform, req), req, 2061, kHour, {kH0, kH0 + kHour});

    // The day in Beijing (the database's day zone) starts 16:00 UTC the day before.
    const std::int64_t dayStart = kH0 - 22 * kHour;
    hj212::Packet day = request(2031, "20260925100000003");
    day.setField("BeginTime", hj212::formatTime(dayStart));
    day.setField("EndTime", hj212::formatTime(dayStart));
    const QList<hj212::Packet> answers = exchange(*m_platform, day);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(1).cn, 2031);
    QCOMPARE(answers.at(1).dataTimeMs, dayStart);
    const hj212::Factor *current = answers.at(1).factor("x01003"); // P-A's current
    QVERIFY(current);
    Stats all;
    for (const Sample &s : storedSamples()) {
        if (s.point == 3)
            all.add(s.value(Quantity::CurrentA));
    }
    QVERIFY(std::abs(current->value(hj212::Part::Avg) - all.sum / all.n) < 0.0006);
    QCOMPARE(current->value(hj212::Part::Min), all.min);
    QCOMPARE(answers.at(2).field("ExeRtn").toByteArray(), QByteArray("1"));
}

void TestPlatformRequests::emptyRangeAnswersNoData()
{
    hj212::Packet req = request(2051, "20260925100000004");
    req.setField("BeginTime", hj212::formatTime(kH0 - 48 * kHour));
    req.setField("EndTime", hj212::formatTime(kH0 - 47 * kHour));
    const QList<hj212::Packet> answers = exchange(*m_platform, req);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).cn, 9011);
    QCOMPARE(answers.at(0).field("QnRtn").toByteArray(), QByteArray("1"));
    QCOMPARE(answers.at(1).cn, 9012);
    QCOMPARE(answers.at(1).qn, req.qn);
    QCOMPARE(answers.at(1).field("ExeRtn").toByteArray(), QByteArray("100"));
}

void TestPlatformRequests::tooLongRangeRejected()
{
    hj212::Packet req = request(2051, "20260925100000005");
    req.setField("BeginTime", hj212::formatTime(kH0 - 48 * kHour));
    req.setField("EndTime", hj212::formatTime(kH0));
    const QList<hj212::Packet> answers = exchange(*m_platform, req);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).field("QnRtn").toByteArray(), QByteArray("2"));
}

void TestPlatformRequests::getTime()
{
    const hj212::Packet req = request(1011, "20260925100000006");
    const std::int64_t before = QDateTime::currentMSecsSinceEpoch();
    const QList<hj212::Packet> answers = exchange(*m_platform, req);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).cn, 9011);
    QCOMPARE(answers.at(1).cn, 1011);
    QCOMPARE(answers.at(1).qn, req.qn); // HJ 212-2017 C.2: the upload echoes the QN
    QCOMPARE(answers.at(1).st.toString(), QStringLiteral("31"));
    std::int64_t systemMs = 0;
    QVERIFY(hj212::parseTime(answers.at(1).field("SystemTime"), systemMs));
    QVERIFY(systemMs >= before - 1000 && systemMs <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(answers.at(2).cn, 9012);
    QCOMPARE(answers.at(2).field("ExeRtn").toByteArray(), QByteArray("1"));
}

void TestPlatformRequests::unknownCnWrongMnWrongPassword()
{
    const QList<hj212::Packet> unknown = exchange(*m_platform, request(3012, "20260925100000007"));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.at(0).cn, 9011);
    QCOMPARE(unknown.at(0).field("QnRtn").toByteArray(), QByteArray("8"));

    hj212::Packet badPw = request(1011, "20260925100000008");
    badPw.pw.assign("654321");
    const QList<hj212::Packet> pw = exchange(*m_platform, badPw);
    QCOMPARE(pw.size(), 1);
    QCOMPARE(pw.at(0).field("QnRtn").toByteArray(), QByteArray("3"));

    hj212::Packet badMn = request(2051, "20260925100000009");
    badMn.mn.assign("010000A8900016F000169DC9");
    const QList<hj212::Packet> mn = exchange(*m_platform, badMn);
    QCOMPARE(mn.size(), 1);
    QCOMPARE(mn.at(0).field("QnRtn").toByteArray(), QByteArray("4"));
}

void TestPlatformRequests::setTimeout()
{
    hj212::Packet req = request(1000, "20260925100000010");
    req.setField("OverTime", "5");
    req.setField("ReCount", "3");
    const QList<hj212::Packet> answers = exchange(*m_platform, req);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(1).field("ExeRtn").toByteArray(), QByteArray("1"));
    hj212::Packet bad = request(1000, "20260925100000011");
    bad.setField("OverTime", "0");
    bad.setField("ReCount", "3");
    const QList<hj212::Packet> refused = exchange(*m_platform, bad);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.at(1).field("ExeRtn").toByteArray(), QByteArray("3"));
}

void TestPlatformRequests::transmitterHistoryFromFactorSamples()
{
    hj212::Packet req = request(2061, "20260925100000012");
    req.setField("BeginTime", hj212::formatTime(kH0));
    req.setField("EndTime", hj212::formatTime(kH0 + kHour));
    const QList<hj212::Packet> answers = exchange(*m_txPlatform, req);
    QCOMPARE(answers.size(), 4);
    const hj212::Packet &first = answers.at(1);
    QCOMPARE(first.cn, 2061);
    QCOMPARE(first.dataTimeMs, kH0);
    QCOMPARE(first.factors.size(), size_t(2));
    const hj212::Factor *nmhc = first.factor("a24088");
    QVERIFY(nmhc);
    QCOMPARE(nmhc->value(hj212::Part::Avg), 0.7);
    QCOMPARE(nmhc->value(hj212::Part::Cou), 12.5);
    QCOMPARE(nmhc->flag, 'N');
    const hj212::Factor *benzene = first.factor("a25002");
    QVERIFY(benzene);
    QVERIFY(!benzene->has(hj212::Part::Cou));
    QCOMPARE(benzene->value(hj212::Part::Max), 0.03);
    QCOMPARE(benzene->flag, 'D');
    QCOMPARE(answers.at(2).dataTimeMs, kH0 + kHour);
    QCOMPARE(answers.at(2).factors.size(), size_t(1));
    QCOMPARE(answers.at(3).field("ExeRtn").toByteArray(), QByteArray("1"));
}

QTEST_GUILESS_MAIN(TestPlatformRequests)
#include "tst_platformrequests.moc"
