// The demo plant speaks HJ 212 to the real Hj212Server over 127.0.0.1 and the samples land in
// storage (issue 6 item 7): live real-time data, an outage backfilled by the server's history
// request, and the station's commands answered by the simulated transmitters.
#include "vocsync/acquisition/demoplant.h"
#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/factorstore.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/seriesreader.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>
#include <set>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

constexpr std::int64_t kStepMs = 10 * timeutil::kSecondMs;
constexpr int kWaitMs = 20000;

/// 10:00 station time two days ago: working hours, and in the past, as the writer refuses
/// samples stamped ahead of the computer's clock.
std::int64_t simulationStart()
{
    const std::int64_t day =
        timeutil::localDayStart(QDateTime::currentMSecsSinceEpoch() - 2 * timeutil::kDayMs);
    return day + 10 * timeutil::kHourMs;
}

/// One stored sample as the test expects it.
struct Expected
{
    Sample sample;
    bool backfilled = false;
};

std::int64_t scaled(double v, int decimals)
{
    return std::llround(v * std::pow(10.0, decimals));
}

/// A station database with the demo plant, the writers, the server and the demo transmitters
/// on a simulated clock the test moves in lockstep.
struct Rig
{
    QString path;
    Plant plant;
    QList<TransmitterConfig> transmitters;
    std::unique_ptr<storage::SampleWriter> writer;
    std::unique_ptr<storage::FactorWriter> factorWriter;
    std::unique_ptr<Hj212Server> server;
    std::unique_ptr<DemoTransmitter> tx;
    std::unique_ptr<DemoSimulator> sim; ///< the expected values
    mutable std::map<std::int64_t, QSet<QString>> senders;
    std::int64_t simNowMs = 0;
    std::map<QString, std::set<std::int64_t>> sent; ///< instants sent live, per MN
    std::vector<CommandResult> results;
    std::uint64_t delivered = 0;
    QStringList problems;

    /// The MNs whose points report at `t` (a unit whose meters are all silent sends nothing).
    QSet<QString> sendersAt(std::int64_t t) const
    {
        if (const auto it = senders.find(t); it != senders.end())
            return it->second;
        QSet<QString> &out = senders[t];
        const SampleBatch batch = sim->samplesAt(t);
        for (const TransmitterConfig &c : transmitters) {
            for (const Sample &s : batch) {
                const MonitoringPoint *p = plant.pointByKey(s.point);
                if (p && c.points.values().contains(p->id))
                    out.insert(c.mn);
            }
        }
        return out;
    }

    bool allSent(std::int64_t t) const
    {
        for (const QString &mn : sendersAt(t)) {
            const auto it = sent.find(mn);
            if (it == sent.end() || !it->second.count(t))
                return false;
        }
        return tx->backlog() == 0;
    }

    TransmitterStatus status(const QString &mn) const
    {
        for (const TransmitterStatus &s : server->transmitters()) {
            if (s.mn == mn)
                return s;
        }
        return {};
    }
};

} // namespace

class TestHj212EndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    hj212::FactorMapSet m_maps;

    bool setUp(Rig &rig, const QString &name);
    bool advanceTo(Rig &rig, std::int64_t t);
    void verifyStored(Rig &rig, std::int64_t fromMs, std::int64_t toMs,
                      const std::set<std::int64_t> &backfilledMinutes);

private slots:
    void initTestCase();
    void demoRegistry();
    void liveOutageAndBackfill();
    void commands();
};

void TestHj212EndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const FactorMapLibrary lib = FactorMapLibrary::builtin();
    for (const Error &e : lib.errors())
        qWarning("factor map: %s", qPrintable(e.toString()));
    QVERIFY(lib.maps().map(QStringLiteral("vocsync-electric")) != nullptr);
    m_maps = lib.maps();
}

void TestHj212EndToEnd::demoRegistry()
{
    const Plant plant = demoPlant();
    const QList<TransmitterConfig> list = demoTransmitters(plant);
    QCOMPARE(list.size(), plant.enterprises.size());
    const QRegularExpression hex24(QStringLiteral("^[0-9A-F]{24}$"));
    QSet<QString> mns;
    qsizetype points = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const TransmitterConfig &t = list.at(i);
        QVERIFY2(hex24.match(t.mn).hasMatch(), qPrintable(t.mn));
        QCOMPARE(t.mn, demoMn(static_cast<int>(i)));
        mns.insert(t.mn);
        QCOMPARE(t.enterpriseId, plant.enterprises.at(i).id);
        QCOMPARE(t.password, QStringLiteral("123456"));
        QCOMPARE(t.factorMap, QStringLiteral("vocsync-electric"));
        QCOMPARE(t.backfillCn, 2051);
        QCOMPARE(t.rtdIntervalS, 10);
        // Channels 1..n are the enterprise's points in id order.
        QStringList ids;
        for (const MonitoringPoint &p : plant.points) {
            if (plant.facility(p.facilityId)->enterpriseId == t.enterpriseId)
                ids.append(p.id);
        }
        ids.sort();
        QCOMPARE(t.points.keys().first(), 1);
        QCOMPARE(t.points.keys().last(), static_cast<int>(ids.size()));
        QCOMPARE(t.points.values(), ids);
        points += ids.size();
    }
    QCOMPARE(mns.size(), list.size());
    QCOMPARE(points, plant.points.size());
    QCOMPARE(demoMn(0), QStringLiteral("010D3E05C000212000000001"));
}

bool TestHj212EndToEnd::setUp(Rig &rig, const QString &name)
{
    rig.path = m_dir.filePath(name);
    {
        auto conn = storage::Connection::open(rig.path);
        if (!conn || !storage::plantrepository::save(conn->db(), demoPlant()))
            return false;
        auto plant = storage::plantrepository::load(conn->db());
        if (!plant)
            return false;
        rig.plant = std::move(plant).value();
    }
    rig.transmitters = demoTransmitters(rig.plant);
    rig.sim = std::make_unique<DemoSimulator>(rig.plant);
    rig.writer = std::make_unique<storage::SampleWriter>(rig.path);
    if (!rig.writer->start())
        return false;
    rig.factorWriter = std::make_unique<storage::FactorWriter>(rig.path);

    rig.server = std::make_unique<Hj212Server>(m_maps);
    Hj212ServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    rig.server->setSettings(settings);
    rig.server->setTransmitters(rig.transmitters, rig.plant);
    QObject::connect(rig.server.get(), &Hj212Server::samplesReady, [&rig](const SampleBatch &b) {
        rig.delivered += b.size();
        rig.writer->enqueue(b);
    });
    QObject::connect(rig.server.get(), &Hj212Server::factorsReady, rig.factorWriter.get(),
                     &storage::FactorWriter::write);
    QObject::connect(rig.server.get(), &Hj212Server::commandFinished,
                     [&rig](const CommandResult &r) { rig.results.push_back(r); });
    rig.server->start();
    if (rig.server->serverPort() == 0)
        return false;

    rig.simNowMs = simulationStart();
    rig.tx = std::make_unique<DemoTransmitter>(rig.plant, rig.transmitters, m_maps);
    DemoTransmitterSettings ts;
    ts.host = QStringLiteral("127.0.0.1");
    ts.port = rig.server->serverPort();
    ts.tickMs = 5;
    ts.reconnectMinMs = 50;
    rig.tx->setSettings(ts);
    rig.tx->setClock([&rig] { return rig.simNowMs; });
    QObject::connect(rig.tx.get(), &DemoTransmitter::instantSent,
                     [&rig](const QString &mn, qint64 t, int) { rig.sent[mn].insert(t); });
    QObject::connect(rig.tx.get(), &DemoTransmitter::problem,
                     [&rig](const QString &mn, const QString &m) { rig.problems << mn + m; });
    rig.tx->start();
    return true;
}

bool TestHj212EndToEnd::advanceTo(Rig &rig, std::int64_t t)
{
    rig.simNowMs = t;
    QElapsedTimer clock;
    clock.start();
    while (!rig.allSent(t)) {
        if (clock.elapsed() > kWaitMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

void TestHj212EndToEnd::liveOutageAndBackfill()
{
    Rig rig;
    QVERIFY(setUp(rig, QStringLiteral("endtoend.db")));
    const std::int64_t start = rig.simNowMs;
    QTRY_COMPARE_WITH_TIMEOUT(rig.tx->connectedCount(), static_cast<int>(rig.transmitters.size()),
                              kWaitMs);

    // Five minutes live, one instant at a time.
    for (std::int64_t t = start; t <= start + 5 * timeutil::kMinuteMs; t += kStepMs)
        QVERIFY2(advanceTo(rig, t), qPrintable(timeutil::toIso(t)));
    const std::int64_t lastLive = rig.simNowMs;
    for (const TransmitterConfig &c : rig.transmitters)
        QCOMPARE(rig.status(c.mn).lastDataTimeMs, lastLive);

    // Outage: the units go dark for five and a half minutes, then come back.
    rig.tx->setOnline(false);
    QTRY_COMPARE_WITH_TIMEOUT(rig.tx->connectedCount(), 0, kWaitMs);
    for (const TransmitterConfig &c : rig.transmitters)
        QTRY_VERIFY_WITH_TIMEOUT(!rig.status(c.mn).connected, kWaitMs);
    const std::int64_t back = lastLive + 5 * timeutil::kMinuteMs + 30 * timeutil::kSecondMs;
    rig.simNowMs = back;
    rig.tx->setOnline(true);
    QVERIFY(advanceTo(rig, back));

    // The server saw the gap and asked each unit for its minute data (CN 2051).
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<qsizetype>(rig.results.size()), rig.transmitters.size(),
                              kWaitMs);
    for (const CommandResult &r : rig.results) {
        QVERIFY2(r.ok, qPrintable(r.mn + QStringLiteral(": ") + r.message));
        QCOMPARE(r.cn, 2051);
        QCOMPARE(r.records, 4); // 10:06 .. 10:09; 10:05 was live, 10:10 is not over yet
    }
    QTRY_COMPARE_WITH_TIMEOUT(rig.tx->backlog(), 0, kWaitMs);
    for (const TransmitterConfig &c : rig.transmitters) {
        QVERIFY(rig.status(c.mn).backfilled > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(c.mn).backfillState, QString(), kWaitMs);
    }

    // One more minute live.
    for (std::int64_t t = back + kStepMs; t <= back + timeutil::kMinuteMs; t += kStepMs)
        QVERIFY2(advanceTo(rig, t), qPrintable(timeutil::toIso(t)));
    QVERIFY(rig.writer->flush());

    // Minutes that started after the last live instant and were over when the unit came back.
    std::set<std::int64_t> minutes;
    for (std::int64_t m = timeutil::floorTo(lastLive, timeutil::kMinuteMs) + timeutil::kMinuteMs;
         m + timeutil::kMinuteMs <= back; m += timeutil::kMinuteMs)
        minutes.insert(m);
    QCOMPARE(minutes.size(), size_t(4));
    verifyStored(rig, start, rig.simNowMs + 1, minutes);

    const DemoTransmitterStats st = rig.tx->stats();
    QCOMPARE(st.givenUp, 0u);
    QCOMPARE(st.rejectedFrames, 0u);
    QCOMPARE(st.historyPackets, 4u * static_cast<unsigned>(rig.transmitters.size()));
    QVERIFY2(rig.problems.isEmpty(), qPrintable(rig.problems.join(QLatin1Char('\n'))));
    QCOMPARE(rig.writer->stats().rejected, 0u);

    // Every factor was an electrical quantity of a bound channel: none became a factor row.
    QMetaObject::invokeMethod(rig.factorWriter.get(), &storage::FactorWriter::flush);
    auto store = storage::FactorStore::open(rig.path);
    QVERIFY(store.ok());
    for (const TransmitterConfig &c : rig.transmitters) {
        auto codes = store.value()->codes(c.mn);
        QVERIFY(codes.ok());
        QVERIFY2(codes->isEmpty(), qPrintable(codes->join(QLatin1Char(','))));
    }
    rig.tx->stop();
    rig.server->stop();
}

void TestHj212EndToEnd::verifyStored(Rig &rig, std::int64_t fromMs, std::int64_t toMs,
                                     const std::set<std::int64_t> &backfilledMinutes)
{
    const DemoSimulator &sim = *rig.sim;
    std::map<std::uint32_t, std::vector<Expected>> expected;
    std::map<std::uint32_t, QString> mnOfPoint;
    for (const TransmitterConfig &c : rig.transmitters) {
        for (const QString &id : c.points)
            mnOfPoint[rig.plant.point(id)->key] = c.mn;
    }
    // Live: exactly what the simulator gives for each instant a unit sent.
    for (const auto &[mn, instants] : rig.sent) {
        for (std::int64_t t : instants) {
            for (const Sample &s : sim.samplesAt(t)) {
                if (mnOfPoint[s.point] == mn)
                    expected[s.point].push_back({s, false});
            }
        }
    }
    // Backfilled: per minute the mean at the point's resolution, and the energy counter's
    // reading at the minute's start (its minimum), as the server turns minute data into samples.
    for (std::int64_t m : backfilledMinutes) {
        std::map<std::uint32_t, std::vector<Sample>> inMinute;
        sim.generate(m, m + timeutil::kMinuteMs, [&](SampleBatch &&b, std::int64_t) {
            for (const Sample &s : b)
                inMinute[s.point].push_back(s);
            return true;
        });
        for (const auto &[key, list] : inMinute) {
            const MonitoringPoint *p = rig.plant.pointByKey(key);
            Sample e;
            e.point = key;
            e.tMs = m;
            for (const Channel &c : p->channels) {
                double sum = 0;
                double min = list.front().value(c.quantity);
                for (const Sample &s : list) {
                    sum += s.value(c.quantity);
                    min = std::min(min, s.value(c.quantity));
                }
                const double v = isCounter(c.quantity) ? min : sum / double(list.size());
                e.set(c.quantity, double(scaled(v, c.decimals)) / std::pow(10.0, c.decimals));
            }
            expected[key].push_back({e, true});
        }
    }
    auto reader = storage::SeriesReader::open(rig.path);
    QVERIFY(reader.ok());
    std::uint64_t live = 0;
    std::uint64_t backfilled = 0;
    for (const MonitoringPoint &p : rig.plant.points) {
        std::vector<Expected> &want = expected[p.key];
        std::sort(want.begin(), want.end(),
                  [](const Expected &a, const Expected &b) { return a.sample.tMs < b.sample.tMs; });
        auto got = reader.value().samples(p.key, fromMs, toMs);
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QVERIFY2(got->size() == want.size(), qPrintable(QStringLiteral("%1: %2 stored, %3 expected")
                                                            .arg(p.id)
                                                            .arg(got->size())
                                                            .arg(want.size())));
        for (size_t i = 0; i < want.size(); ++i) {
            const Sample &a = (*got)[i];
            const Sample &b = want[i].sample;
            const QString where = p.id + QLatin1Char(' ') + timeutil::toIso(b.tMs);
            QVERIFY2(a.tMs == b.tMs,
                     qPrintable(where + QStringLiteral(" got ") + timeutil::toIso(a.tMs)));
            QCOMPARE(a.mask, p.mask());
            QVERIFY2(dataFlag(a.quality) == DataFlag::N, qPrintable(where));
            QVERIFY2(((a.quality & QualityBackfilled) != 0) == want[i].backfilled,
                     qPrintable(where));
            for (const Channel &c : p.channels) {
                QVERIFY2(scaled(a.value(c.quantity), c.decimals) ==
                             scaled(b.value(c.quantity), c.decimals),
                         qPrintable(where + QLatin1Char(' ') + quantityKey(c.quantity)));
            }
            (want[i].backfilled ? backfilled : live) += 1;
        }
    }
    qInfo("%llu live and %llu backfilled samples stored as sent",
          static_cast<unsigned long long>(live), static_cast<unsigned long long>(backfilled));
    QVERIFY(live > 27 * 30);
    QVERIFY(backfilled > 27 * 3);
    QCOMPARE(rig.delivered, live + backfilled);
}

void TestHj212EndToEnd::commands()
{
    Rig rig;
    QVERIFY(setUp(rig, QStringLiteral("commands.db")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.tx->connectedCount(), static_cast<int>(rig.transmitters.size()),
                              kWaitMs);
    QVERIFY(advanceTo(rig, rig.simNowMs));
    const QString mn = rig.transmitters.first().mn;
    const auto run = [&](const std::function<QByteArray()> &command) -> CommandResult {
        rig.results.clear();
        const QByteArray qn = command();
        if (qn.isEmpty())
            return {};
        QElapsedTimer clock;
        clock.start();
        while (rig.results.empty() && clock.elapsed() < kWaitMs)
            QTest::qWait(5);
        return rig.results.empty() ? CommandResult{} : rig.results.front();
    };

    CommandResult r = run([&] { return rig.server->getTime(mn); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.systemTimeMs, rig.simNowMs); // the unit's clock, to the second
    QCOMPARE(r.qnRtn, 1);
    QCOMPARE(r.exeRtn, 1);

    const std::int64_t later = rig.simNowMs + timeutil::kHourMs;
    r = run([&] { return rig.server->setTime(mn, later); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(rig.tx->clockOffsetMs(mn), timeutil::kHourMs);
    r = run([&] { return rig.server->getTime(mn); });
    QCOMPARE(r.systemTimeMs, later);
    r = run([&] { return rig.server->setTime(mn, rig.simNowMs); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(rig.tx->clockOffsetMs(mn), 0);

    r = run([&] { return rig.server->getRtdInterval(mn); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.rtdIntervalS, 10);
    r = run([&] { return rig.server->setRtdInterval(mn, 30); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(rig.tx->rtdIntervalS(mn), 30);
    r = run([&] { return rig.server->getRtdInterval(mn); });
    QCOMPARE(r.rtdIntervalS, 30);
    r = run([&] { return rig.server->setRtdInterval(mn, 45); }); // not on the meters' grid
    QVERIFY(!r.ok);
    QCOMPARE(r.qnRtn, 1);
    QCOMPARE(r.exeRtn, 3);
    QCOMPARE(rig.tx->rtdIntervalS(mn), 30);

    // History from a second unit, still at its 10 s. Hour data of the two hours before: two
    // packets, one per hour, each at the hour's start.
    const QString mn2 = rig.transmitters.at(1).mn;
    const std::int64_t hour = timeutil::floorTo(rig.simNowMs, timeutil::kHourMs);
    r = run(
        [&] { return rig.server->requestHistory(mn2, 2061, hour - 2 * timeutil::kHourMs, hour); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.records, 2);
    // Real-time history of one minute: six instants. The end is off the 10 s grid: the unit
    // reads EndTime inclusively (HJ 212-2017 C.21), the server's range is half-open, and both
    // agree on which instants that is.
    const std::int64_t minute = hour - 90 * timeutil::kMinuteMs;
    r = run([&] {
        return rig.server->requestHistory(mn2, 2011, minute, minute + 55 * timeutil::kSecondMs);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.records, 6);
    // A range in the future of the unit's clock: no data.
    r = run([&] {
        return rig.server->requestHistory(mn2, 2051, rig.simNowMs + timeutil::kHourMs,
                                          rig.simNowMs + 2 * timeutil::kHourMs);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.exeRtn, 100);
    QCOMPARE(r.records, 0);
    QVERIFY(rig.writer->flush());

    // The backfilled hours are stored as samples of the unit's points at the hours' starts.
    auto reader = storage::SeriesReader::open(rig.path);
    QVERIFY(reader.ok());
    const MonitoringPoint *p = rig.plant.point(rig.transmitters.at(1).points.value(1));
    auto got = reader.value().samples(p->key, hour - 2 * timeutil::kHourMs, hour);
    QVERIFY(got.ok());
    std::vector<std::int64_t> times;
    for (const Sample &s : got.value()) {
        QVERIFY(s.quality & QualityBackfilled);
        times.push_back(s.tMs);
    }
    // Two hour samples, six real-time ones of the asked minute between them.
    const std::vector<std::int64_t> want = {
        hour - 2 * timeutil::kHourMs,      minute,
        minute + 10 * timeutil::kSecondMs, minute + 20 * timeutil::kSecondMs,
        minute + 30 * timeutil::kSecondMs, minute + 40 * timeutil::kSecondMs,
        minute + 50 * timeutil::kSecondMs, hour - timeutil::kHourMs};
    QCOMPARE(times, want);
    rig.tx->stop();
    rig.server->stop();
}

QTEST_GUILESS_MAIN(TestHj212EndToEnd)
#include "tst_hj212_endtoend.moc"
