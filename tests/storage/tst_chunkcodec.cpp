#include "vocsync/core/sample.h"
#include "vocsync/storage/chunkcodec.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace vocsync;
using namespace vocsync::storage;

namespace {

constexpr std::int64_t kT0 = 1'795'478'400'000; // 2026-11-24T00:00:00Z, an hour boundary
constexpr std::int64_t kI64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kI64Max = std::numeric_limits<std::int64_t>::max();

std::size_t qi(Quantity q)
{
    return static_cast<std::size_t>(index(q));
}

void set(IntSample &s, Quantity q, std::int64_t v)
{
    s.v[qi(q)] = v;
    s.mask |= bit(q);
}

/// A three-phase meter polled every 10 s (DESIGN.md, Storage): current 24 A at 0.001 A,
/// voltage 230 V at 0.1 V, power 9 kW at 0.001 kW, each with Gaussian noise of sigma 3 %, 1 %
/// and 3 % of nominal (the harsher reading of "24 A +- 3 %"), and an energy counter at
/// 0.01 kWh that integrates the power. `running == false` is a stopped machine: current and
/// power read 0.000, voltage keeps its noise, the counter stands still.
std::vector<IntSample> meterHour(std::uint64_t seed, bool running, std::int64_t startMs = kT0,
                                 double energyKwh = 12'345.67)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<IntSample> out;
    for (int k = 0; k < 360; ++k) {
        IntSample s;
        s.tMs = startMs + k * 10'000;
        const double amps = running ? 24.0 * (1 + 0.03 * noise(rng)) : 0.0;
        const double volts = 230.0 * (1 + 0.01 * noise(rng));
        const double kw = running ? 9.0 * (1 + 0.03 * noise(rng)) : 0.0;
        energyKwh += kw * 10.0 / 3600.0;
        set(s, Quantity::CurrentA, std::llround(amps * 1000));
        set(s, Quantity::VoltageV, std::llround(volts * 10));
        set(s, Quantity::PowerKw, std::llround(kw * 1000));
        set(s, Quantity::EnergyKwh, static_cast<std::int64_t>(std::floor(energyKwh * 100)));
        out.push_back(s);
    }
    return out;
}

/// The small example worked through byte by byte in docs/chunk-encoding.md.
std::vector<IntSample> docExample()
{
    const std::int64_t current[] = {24012, 23987, 24105, 0};
    const std::int64_t voltage[] = {2301, 2299, 2300, 2302};
    const std::int64_t energy[] = {1234567, 1234569, 1234572, 1234574};
    std::vector<IntSample> out(4);
    for (std::size_t k = 0; k < 4; ++k) {
        out[k].tMs = kT0 + static_cast<std::int64_t>(k) * 10'000;
        if (k < 3)
            set(out[k], Quantity::CurrentA, current[k]);
        set(out[k], Quantity::VoltageV, voltage[k]);
        set(out[k], Quantity::EnergyKwh, energy[k]);
    }
    out[3].quality = QualityBackfilled;
    return out;
}

std::vector<IntSample> randomSamples(std::uint64_t seed, int n, bool sparse, bool extreme)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> gap(1, 100'000);
    std::uniform_int_distribution<std::int64_t> big(-(std::int64_t{1} << 62),
                                                    std::int64_t{1} << 62);
    std::uniform_int_distribution<std::int64_t> small(-5'000, 5'000);
    std::uniform_int_distribution<int> coin(0, 9);
    std::vector<IntSample> out(static_cast<std::size_t>(n));
    std::int64_t t = extreme ? -(std::int64_t{1} << 62) : kT0;
    for (IntSample &s : out) {
        t += gap(rng);
        s.tMs = t;
        for (Quantity q : kAllQuantities) {
            if (sparse && coin(rng) < 3)
                continue;
            set(s, q, extreme ? big(rng) : small(rng));
        }
        if (coin(rng) == 0)
            s.quality = static_cast<std::uint8_t>(coin(rng));
    }
    return out;
}

/// Aggregates with arbitrary fields up to 2^62 (rollUp would overflow its sums on such
/// values); about a third of the quantities absent, with the zero stats rollUp gives them.
std::vector<Aggregate> randomAggregates(std::uint64_t seed, int n)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> big(-(std::int64_t{1} << 62),
                                                    std::int64_t{1} << 62);
    std::vector<Aggregate> out(static_cast<std::size_t>(n));
    std::int64_t t = kT0;
    for (Aggregate &a : out) {
        t += 60'000 * static_cast<std::int64_t>(1 + rng() % 3);
        a.tMs = t;
        a.samples = static_cast<std::uint32_t>(rng() % 10);
        for (QuantityStats &q : a.q) {
            if (rng() % 3 == 0)
                continue;
            q = {static_cast<std::uint32_t>(1 + rng() % 10),
                 big(rng),
                 big(rng),
                 big(rng),
                 big(rng),
                 big(rng)};
        }
    }
    return out;
}

std::vector<IntSample> withoutMiddle(std::vector<IntSample> v, Quantity q, std::size_t from,
                                     std::size_t to)
{
    for (std::size_t i = from; i < to && i < v.size(); ++i) {
        v[i].mask &= static_cast<std::uint8_t>(~bit(q));
        v[i].v[qi(q)] = 0;
    }
    return v;
}

double bytesPerSample(const std::vector<IntSample> &s)
{
    return static_cast<double>(chunkcodec::encodeSamples(s).size()) / static_cast<double>(s.size());
}

/// Decoding must fail with where == "byte N", N within the blob, and a message saying what
/// was expected or found.
void expectError(const Error &e, qsizetype blobSize)
{
    static const QRegularExpression re(QStringLiteral("^byte (\\d+)$"));
    const QRegularExpressionMatch m = re.match(e.where);
    QVERIFY2(m.hasMatch(), qPrintable(e.where));
    QVERIFY2(m.captured(1).toLongLong() <= blobSize, qPrintable(e.toString()));
    QVERIFY2(e.message.contains(QLatin1String("expected")), qPrintable(e.toString()));
}

} // namespace

Q_DECLARE_METATYPE(std::vector<vocsync::storage::IntSample>)
Q_DECLARE_METATYPE(std::vector<vocsync::storage::Aggregate>)

class TestChunkCodec : public QObject
{
    Q_OBJECT

private slots:
    void samplesRoundTrip_data();
    void samplesRoundTrip();
    void documentedExample();
    void documentedAggregateExample();
    void unsortedInputStaysLossless();
    void runningMeterSize();
    void offMachineSize();
    void zeroColumnCostsAlmostNothing();
    void aggregatesRoundTrip_data();
    void aggregatesRoundTrip();
    void minuteAggregatesOfAnHour();
    void rejectsWrongVersionAndKind();
    void truncatedBlobsFail();
    void corruptBlobsNeverCrash();
    void rejectsImpossibleCounts();
    void rejectsTrailingBytes();
    void encoderRefusesOversizedInput();
};

void TestChunkCodec::samplesRoundTrip_data()
{
    QTest::addColumn<std::vector<IntSample>>("samples");

    IntSample one;
    one.tMs = kT0;
    set(one, Quantity::FrequencyHz, 5000);
    QTest::newRow("empty") << std::vector<IntSample>{};
    QTest::newRow("single sample") << std::vector<IntSample>{one};
    QTest::newRow("two samples") << std::vector<IntSample>{meterHour(1, true)[0],
                                                           meterHour(1, true)[1]};
    QTest::newRow("running hour") << meterHour(2, true);
    QTest::newRow("off hour") << meterHour(3, false);
    QTest::newRow("10000 irregular") << randomSamples(4, 10'000, false, false);
    QTest::newRow("10000 sparse irregular") << randomSamples(5, 10'000, true, false);
    QTest::newRow("big values 2^62") << randomSamples(6, 1'000, false, true);
    QTest::newRow("big sparse values") << randomSamples(7, 1'000, true, true);
    QTest::newRow("current missing in the middle")
        << withoutMiddle(meterHour(8, true), Quantity::CurrentA, 100, 250);
    QTest::newRow("current missing at the start")
        << withoutMiddle(meterHour(9, true), Quantity::CurrentA, 0, 10);
    QTest::newRow("energy missing at the end")
        << withoutMiddle(meterHour(10, true), Quantity::EnergyKwh, 300, 360);

    std::vector<IntSample> extremes(6);
    const std::int64_t values[] = {kI64Min, kI64Max, 0, -1, kI64Max, kI64Min};
    for (std::size_t k = 0; k < extremes.size(); ++k) {
        extremes[k].tMs = k == 0 ? kI64Min : (k == 5 ? kI64Max : static_cast<std::int64_t>(k));
        for (Quantity q : kAllQuantities)
            set(extremes[k], q, values[(k + qi(q)) % 6]);
        extremes[k].quality = static_cast<std::uint8_t>(0xFF - k);
    }
    QTest::newRow("int64 extremes") << extremes;

    std::vector<IntSample> gaps = meterHour(11, true);
    for (std::size_t k = 120; k < gaps.size(); ++k)
        gaps[k].tMs += 1'800'000; // half an hour of silence
    gaps[200].tMs += 7;           // and one jittered poll
    QTest::newRow("gap and jitter") << gaps;
}

void TestChunkCodec::samplesRoundTrip()
{
    QFETCH(std::vector<IntSample>, samples);
    const QByteArray blob = chunkcodec::encodeSamples(samples);
    QCOMPARE(static_cast<std::uint8_t>(blob.at(0)), chunkcodec::kFormatVersion);
    const Result<std::vector<IntSample>> back = chunkcodec::decodeSamples(blob);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(back->size(), samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        QVERIFY2((*back)[i] == samples[i], qPrintable(QStringLiteral("sample %1").arg(i)));
}

void TestChunkCodec::documentedExample()
{
    // The hex dump of docs/chunk-encoding.md: if this changes, the format changed.
    const QByteArray expected = QByteArray::fromHex(
        "0153040b"     // version 1, kind 'S', 4 samples, mask 0x0b: current, voltage, energy
        "02"           // timestamps: mode 2 (delta-of-delta)
        "80b0d1adc168" //   first value 1795478400000
        "a09c01"       //   first delta 10000
        "00"           //   block of 2: width 0, no base: both deltas-of-delta are 0
        "02"           // quality: 2 runs
        "0003"         //   flags 0 x 3
        "0101"         //   flags 1 (backfilled) x 1
        "020301"       // current presence: 2 runs, present 3, absent 1
        "02"           // current values: mode 2 (delta-of-delta)
        "98f702"       //   first value 24012
        "31"           //   first delta -25
        "08"           //   block of 1: width 8, no base
        "8f"           //   143 = (24105 - 23987) - (-25)
        "00"           // voltage presence: everywhere
        "00"           // voltage values: mode 0 (raw)
        "82"           //   block of 4: width 2, base follows
        "f623"         //   base 2299
        "d2"           //   2, 0, 1, 3 (2 bits each, first in the low bits)
        "00"           // energy presence: everywhere
        "01"           // energy values: mode 1 (delta)
        "8eda9601"     //   first value 1234567
        "02"           //   block of 3: width 2, no base
        "2e");         //   deltas 2, 3, 2
    const QByteArray blob = chunkcodec::encodeSamples(docExample());
    QCOMPARE(blob.toHex(), expected.toHex());
    const auto back = chunkcodec::decodeSamples(expected);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QVERIFY(*back == docExample());
}

void TestChunkCodec::documentedAggregateExample()
{
    // docs/chunk-encoding.md: the example's samples in 20 s periods, as rollUp() makes them
    // (first/last kept for the counter only), spelled out so that this stays a codec test.
    std::vector<Aggregate> aggs(2);
    aggs[0].tMs = kT0;
    aggs[0].samples = 2;
    aggs[0].q[qi(Quantity::CurrentA)] = {2, 23987, 24012, 47999, 0, 0};
    aggs[0].q[qi(Quantity::VoltageV)] = {2, 2299, 2301, 4600, 0, 0};
    aggs[0].q[qi(Quantity::EnergyKwh)] = {2, 1234567, 1234569, 2469136, 1234567, 1234569};
    aggs[1].tMs = kT0 + 20'000;
    aggs[1].samples = 2;
    aggs[1].q[qi(Quantity::CurrentA)] = {1, 24105, 24105, 24105, 0, 0};
    aggs[1].q[qi(Quantity::VoltageV)] = {2, 2300, 2302, 4602, 0, 0};
    aggs[1].q[qi(Quantity::EnergyKwh)] = {2, 1234572, 1234574, 2469146, 1234572, 1234574};
    const QByteArray expected = QByteArray::fromHex(
        "0141020b"             // version 1, kind 'A', 2 aggregates, mask 0x0b
        "0280b0d1adc168c0b802" // times: delta-of-delta, first, first delta 20000
        "00020a"               // samples: raw, width 2: 2, 2
        "000206"               // current counts: raw, width 2: 2, 1
        "000fb3dd142f"         //   minimums: raw, width 15: 23987, 24105
        "063231"               //   maximums - min: 25, 0
        "0000"                 //   firsts: raw, width 0: 0, 0
        "0000"                 //   lasts: raw, width 0: 0, 0
        "063231"               //   sums - count x min: 25, 0
        "0400"                 // voltage counts: samples - count: 0, 0
        "02f62302"             //   minimums: 2299, 2300
        "04020a"               //   maximums - min: 2, 2
        "0000"                 //   firsts: 0, 0
        "0000"                 //   lasts: 0, 0
        "04020a"               //   sums - count x min: 2, 2
        "0400"                 // energy counts: samples - count: 0, 0
        "028eda96010a"         //   minimums: 1234567, 1234572
        "04020a"               //   maximums - min: 2, 2
        "0400"                 //   firsts - min: 0, 0
        "0c00"                 //   lasts - max: 0, 0
        "04020a");             //   sums - count x min: 2, 2
    QCOMPARE(chunkcodec::encodeAggregates(aggs).toHex(), expected.toHex());
    const auto back = chunkcodec::decodeAggregates(expected);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QVERIFY(*back == aggs);
}

void TestChunkCodec::unsortedInputStaysLossless()
{
    // Order is the writer's contract; the codec still stores exactly what it was given.
    std::vector<IntSample> s = meterHour(12, true);
    std::swap(s[10], s[20]);
    s[30].tMs = s[29].tMs;
    const auto back = chunkcodec::decodeSamples(chunkcodec::encodeSamples(s));
    QVERIFY(back.ok());
    QVERIFY(*back == s);
}

void TestChunkCodec::runningMeterSize()
{
    double worst = 0;
    for (std::uint64_t seed = 100; seed < 110; ++seed)
        worst = std::max(worst, bytesPerSample(meterHour(seed, true)));
    qInfo("running meter: %.2f bytes/sample (worst of 10 hours, 360 samples each)", worst);
    // 40 bytes for the plain row (8-byte time + 4 x 8-byte ints). The noise alone needs about
    // 12 + 7 + 11 bits (current, voltage, power); the counter and the time about 1.
    QVERIFY2(worst <= 4.5, qPrintable(QString::number(worst)));
    QVERIFY2(worst >= 3.0, qPrintable(QString::number(worst)));
}

void TestChunkCodec::offMachineSize()
{
    double worst = 0;
    for (std::uint64_t seed = 200; seed < 210; ++seed)
        worst = std::max(worst, bytesPerSample(meterHour(seed, false)));
    qInfo("off machine: %.2f bytes/sample", worst);
    // Only the voltage noise is left to pay for: 7 or 8 bits a sample, as the largest of 128
    // Gaussian values (sigma 23) needs a range of 128 or more about half the time.
    QVERIFY2(worst <= 1.15, qPrintable(QString::number(worst)));
}

void TestChunkCodec::zeroColumnCostsAlmostNothing()
{
    std::vector<IntSample> s(360);
    for (std::size_t k = 0; k < s.size(); ++k) {
        s[k].tMs = kT0 + static_cast<std::int64_t>(k) * 10'000;
        set(s[k], Quantity::CurrentA, 0);
    }
    // Header 5; time 13 (mode, 6 + 3 varint bytes, 3 empty blocks); quality 1; presence 1;
    // the 360 zeros 4 (mode and 3 blocks of one byte each).
    const QByteArray blob = chunkcodec::encodeSamples(s);
    QCOMPARE(blob.size(), 24);
    QVERIFY(*chunkcodec::decodeSamples(blob) == s);
}

void TestChunkCodec::aggregatesRoundTrip_data()
{
    QTest::addColumn<std::vector<Aggregate>>("aggregates");

    const std::vector<IntSample> running = meterHour(20, true);
    QTest::newRow("empty") << std::vector<Aggregate>{};
    QTest::newRow("minutes of a running hour") << rollUp(running, 60'000);
    QTest::newRow("minutes of an off hour") << rollUp(meterHour(21, false), 60'000);
    QTest::newRow("one hour rollup") << rollUp(running, 3'600'000);

    std::vector<IntSample> day;
    for (int h = 0; h < 24; ++h) {
        const auto hour = meterHour(30 + static_cast<std::uint64_t>(h), h % 3 != 0,
                                    kT0 + h * 3'600'000LL, 12'345.67 + h * 9);
        day.insert(day.end(), hour.begin(), hour.end());
    }
    QTest::newRow("one day rollup") << rollUp(day, 86'400'000);
    QTest::newRow("hours of a day") << rollUp(day, 3'600'000);

    // Current absent for minutes 10..29: those aggregates have count 0 and zero stats.
    QTest::newRow("quantity absent in the middle")
        << rollUp(withoutMiddle(running, Quantity::CurrentA, 60, 180), 60'000);
    QTest::newRow("irregular sparse samples")
        << rollUp(randomSamples(22, 2'000, true, false), 60'000);
    QTest::newRow("big values") << randomAggregates(23, 500);

    Aggregate extreme;
    extreme.tMs = kI64Min;
    extreme.samples = std::numeric_limits<std::uint32_t>::max();
    extreme.q[0] = {
        std::numeric_limits<std::uint32_t>::max(), kI64Min, kI64Max, -1, kI64Max, kI64Min};
    Aggregate second = extreme;
    second.tMs = kI64Max;
    second.samples = 1;
    second.q[0] = {1, kI64Max, kI64Min, kI64Min, 0, kI64Max};
    second.q[4] = {1, 7, 7, 7, 7, 7};
    QTest::newRow("extremes") << std::vector<Aggregate>{extreme, second};
}

void TestChunkCodec::aggregatesRoundTrip()
{
    QFETCH(std::vector<Aggregate>, aggregates);
    const QByteArray blob = chunkcodec::encodeAggregates(aggregates);
    const Result<std::vector<Aggregate>> back = chunkcodec::decodeAggregates(blob);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(back->size(), aggregates.size());
    for (std::size_t i = 0; i < aggregates.size(); ++i)
        QVERIFY2((*back)[i] == aggregates[i], qPrintable(QStringLiteral("aggregate %1").arg(i)));
}

void TestChunkCodec::minuteAggregatesOfAnHour()
{
    qsizetype worstRunning = 0;
    qsizetype worstOff = 0;
    for (std::uint64_t seed = 300; seed < 310; ++seed) {
        const auto running = rollUp(meterHour(seed, true), 60'000);
        const auto off = rollUp(meterHour(seed + 100, false), 60'000);
        QCOMPARE(running.size(), std::size_t{60});
        worstRunning = std::max(worstRunning, chunkcodec::encodeAggregates(running).size());
        worstOff = std::max(worstOff, chunkcodec::encodeAggregates(off).size());
    }
    qInfo("60 minute aggregates: %lld bytes running, %lld bytes off",
          static_cast<long long>(worstRunning), static_cast<long long>(worstOff));
    // Per running minute: min and max of current ~12 bits and of power ~11 bits, their sums
    // ~14 bits, voltage ~8 bits a field, energy ~3 bits: about 14 bytes (first and last are
    // kept for the counter only, rollup.h). White noise leaves the columns little to share.
    QVERIFY2(worstRunning <= 900, qPrintable(QString::number(worstRunning)));
    QVERIFY2(worstOff <= 280, qPrintable(QString::number(worstOff)));
}

void TestChunkCodec::rejectsWrongVersionAndKind()
{
    QByteArray blob = chunkcodec::encodeSamples(meterHour(40, true));
    QByteArray v2 = blob;
    v2[0] = 2;
    auto r = chunkcodec::decodeSamples(v2);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, QStringLiteral("byte 0"));
    QVERIFY(r.error().message.contains(QLatin1String("format version 2")));

    auto wrongKind = chunkcodec::decodeAggregates(blob);
    QVERIFY(!wrongKind.ok());
    QCOMPARE(wrongKind.error().where, QStringLiteral("byte 1"));

    auto empty = chunkcodec::decodeSamples(QByteArrayView());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().where, QStringLiteral("byte 0"));
    expectError(empty.error(), 0);
}

void TestChunkCodec::truncatedBlobsFail()
{
    const QByteArray samples =
        chunkcodec::encodeSamples(withoutMiddle(meterHour(41, true), Quantity::VoltageV, 50, 60));
    for (qsizetype len = 0; len < samples.size(); ++len) {
        const auto r = chunkcodec::decodeSamples(QByteArrayView(samples).first(len));
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix %1 decoded").arg(len)));
        expectError(r.error(), len);
    }
    const QByteArray aggs = chunkcodec::encodeAggregates(rollUp(meterHour(42, true), 60'000));
    for (qsizetype len = 0; len < aggs.size(); ++len) {
        const auto r = chunkcodec::decodeAggregates(QByteArrayView(aggs).first(len));
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix %1 decoded").arg(len)));
        expectError(r.error(), len);
    }
    // The message names the column: the last byte belongs to the energy values.
    const auto last = chunkcodec::decodeSamples(QByteArrayView(samples).first(samples.size() - 1));
    QVERIFY2(last.error().message.contains(QLatin1String("energy_kwh")),
             qPrintable(last.error().toString()));
}

void TestChunkCodec::corruptBlobsNeverCrash()
{
    // Run under VOCSYNC_SANITIZE=ON to turn any out-of-bounds read into a failure.
    const QByteArray samples = chunkcodec::encodeSamples(randomSamples(43, 300, true, false));
    const QByteArray aggs = chunkcodec::encodeAggregates(rollUp(meterHour(44, true), 60'000));
    std::mt19937_64 rng(45);
    int failures = 0;
    for (int round = 0; round < 4'000; ++round) {
        for (const QByteArray &good : {samples, aggs}) {
            QByteArray bad = good;
            const int flips = 1 + static_cast<int>(rng() % 4);
            for (int f = 0; f < flips; ++f)
                bad[static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(bad.size()))] ^=
                    static_cast<char>(1 + rng() % 255);
            const bool isSamples = &good == &samples;
            const Error e = isSamples ? chunkcodec::decodeSamples(bad).error()
                                      : chunkcodec::decodeAggregates(bad).error();
            if (e.where.isEmpty())
                continue; // still a valid blob, with other values
            ++failures;
            expectError(e, bad.size());
        }
        QByteArray noise(static_cast<qsizetype>(rng() % 64), '\0');
        for (char &c : noise)
            c = static_cast<char>(rng());
        if (!noise.isEmpty())
            noise[0] = 1;
        (void)chunkcodec::decodeSamples(noise);
        (void)chunkcodec::decodeAggregates(noise);
    }
    QVERIFY(failures > 1'000); // most corruptions are detected, none crashes
}

void TestChunkCodec::rejectsImpossibleCounts()
{
    // Version 1, kind 'S', count 2^40: over the limit.
    const auto huge = chunkcodec::decodeSamples(QByteArray::fromHex("01538080808080200000"));
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().where, QStringLiteral("byte 2"));
    QVERIFY2(huge.error().message.contains(QLatin1String("1000000")),
             qPrintable(huge.error().toString()));
    // Count 1,000,000 but 2 bytes follow: refused before allocating anything.
    const auto lie = chunkcodec::decodeAggregates(QByteArray::fromHex("0141c0843d0000"));
    QVERIFY(!lie.ok());
    QCOMPARE(lie.error().where, QStringLiteral("byte 2"));
    // A mask bit beyond the five quantities.
    const auto mask = chunkcodec::decodeSamples(QByteArray::fromHex("01530020"));
    QVERIFY(!mask.ok());
    QCOMPARE(mask.error().where, QStringLiteral("byte 3"));
}

void TestChunkCodec::rejectsTrailingBytes()
{
    QByteArray blob = chunkcodec::encodeSamples(meterHour(46, true));
    const qsizetype size = blob.size();
    blob.append('\0');
    const auto r = chunkcodec::decodeSamples(blob);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, QStringLiteral("byte %1").arg(size));
    QVERIFY(r.error().message.contains(QLatin1String("end of the blob")));
}

void TestChunkCodec::encoderRefusesOversizedInput()
{
    // No error channel in the signature: an empty blob, which every decoder rejects.
    std::vector<IntSample> tooMany(1'000'001);
    for (std::size_t k = 0; k < tooMany.size(); ++k)
        tooMany[k].tMs = static_cast<std::int64_t>(k);
    QVERIFY(chunkcodec::encodeSamples(tooMany).isEmpty());
    tooMany.pop_back();
    const QByteArray most = chunkcodec::encodeSamples(tooMany);
    QVERIFY(!most.isEmpty());
    QCOMPARE(chunkcodec::decodeSamples(most)->size(), tooMany.size());
}

QTEST_APPLESS_MAIN(TestChunkCodec)
#include "tst_chunkcodec.moc"
