// The samples CSV (docs/samples-csv.md): exact formatting at each point's resolution, round
// trip, and every kind of bad row with its line and column.
#include "vocsync/core/samplecsv.h"
#include "vocsync/core/timeutil.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace vocsync;

namespace {

// 2026-11-24T08:00:00+08:00
constexpr qint64 kT0 = 1795478400000;

Plant csvPlant()
{
    Plant plant;
    MonitoringPoint p1;
    p1.key = 7;
    p1.id = QStringLiteral("P01");
    p1.channels = {{Quantity::CurrentA, 3},
                   {Quantity::VoltageV, 1},
                   {Quantity::PowerKw, 3},
                   {Quantity::EnergyKwh, 2},
                   {Quantity::FrequencyHz, 2}};
    MonitoringPoint p2;
    p2.key = 9;
    p2.id = QStringLiteral("P02");
    p2.channels = {{Quantity::CurrentA, 2}};
    MonitoringPoint p3;
    p3.key = 11;
    p3.id = QStringLiteral("泵-3");
    p3.channels = {{Quantity::PowerKw, 0}, {Quantity::EnergyKwh, 6}};
    plant.points = {p1, p2, p3};
    return plant;
}

QByteArray writeRows(const MonitoringPoint &point, const SampleBatch &samples)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    samplecsv::Writer writer(&buffer);
    if (!writer.write(point, samples))
        qFatal("write failed");
    return buffer.data();
}

struct ReadOutcome
{
    Result<qint64> result = Error{};
    SampleBatch samples;
    QList<size_t> batchSizes;
};

ReadOutcome readText(const QByteArray &text, int batchSize = 10000)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ReadOutcome outcome;
    const Plant plant = csvPlant();
    outcome.result = samplecsv::read(
        &buffer, plant, samplecsv::ReadOptions{QStringLiteral("s.csv"), batchSize},
        [&outcome](SampleBatch &&batch) {
            outcome.batchSizes.append(batch.size());
            outcome.samples.insert(outcome.samples.end(), batch.begin(), batch.end());
        });
    return outcome;
}

QByteArray withHeader(const char *rows)
{
    return samplecsv::header().toUtf8() + "\n" + rows;
}

} // namespace

class TestSampleCsv : public QObject
{
    Q_OBJECT

private slots:
    void header()
    {
        QCOMPARE(samplecsv::header(),
                 QStringLiteral("time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz"));
    }

    void writerFormatsAtDeclaredDecimals()
    {
        const Plant plant = csvPlant();
        Sample s;
        s.tMs = kT0;
        s.set(Quantity::CurrentA, 0.1 + 0.2); // 0.30000000000000004
        s.set(Quantity::VoltageV, 380.1);     // 3801.0000000000005 once scaled
        s.set(Quantity::PowerKw, -0.0004);    // rounds to zero: no "-0.000"
        s.set(Quantity::EnergyKwh, 12345678.91);
        // frequency not present -> empty cell though the point measures it
        Sample t;
        t.tMs = kT0 + 10'123;
        t.set(Quantity::CurrentA, -1.25);
        t.set(Quantity::FrequencyHz, 50);
        QCOMPARE(writeRows(plant.points[0], {s, t}),
                 QByteArray("2026-11-24T08:00:00+08:00,P01,0.300,380.1,0.000,12345678.91,\n"
                            "2026-11-24T08:00:10.123+08:00,P01,-1.250,,,,50.00\n"));
    }

    void writerLeavesUnmeasuredQuantitiesEmpty()
    {
        const Plant plant = csvPlant();
        Sample s;
        s.tMs = kT0;
        s.set(Quantity::CurrentA, 12.3); // P02 has 2 decimals
        s.set(Quantity::VoltageV, 220);  // P02 does not measure voltage
        QCOMPARE(writeRows(plant.points[1], {s}),
                 QByteArray("2026-11-24T08:00:00+08:00,P02,12.30,,,,\n"));
        Sample big;
        big.tMs = kT0;
        big.set(Quantity::PowerKw, 1234.5);       // 0 decimals
        big.set(Quantity::EnergyKwh, 987.654321); // 6 decimals
        QCOMPARE(writeRows(plant.points[2], {big}),
                 QByteArray("2026-11-24T08:00:00+08:00,泵-3,,,1235,987.654321,\n"));
    }

    void roundTrip()
    {
        const Plant plant = csvPlant();
        SampleBatch p1, p3;
        QRandomGenerator rng(42);
        for (int i = 0; i < 500; ++i) {
            Sample s;
            s.point = 7;
            s.tMs = kT0 + i * 10'000 + (i % 3 == 0 ? 250 : 0);
            s.quality = QualityBackfilled;
            s.set(Quantity::CurrentA, static_cast<double>(rng.bounded(-5000, 90000)) / 1000.0);
            s.set(Quantity::VoltageV, static_cast<double>(rng.bounded(3700, 4000)) / 10.0);
            if (i % 5 != 0)
                s.set(Quantity::PowerKw, static_cast<double>(rng.bounded(0, 99999)) / 1000.0);
            s.set(Quantity::EnergyKwh, static_cast<double>(1000000 + i * 7) / 100.0);
            s.set(Quantity::FrequencyHz, static_cast<double>(rng.bounded(4900, 5100)) / 100.0);
            p1.push_back(s);
            Sample t;
            t.point = 11;
            t.tMs = kT0 + i * 60'000;
            t.quality = QualityBackfilled;
            t.set(Quantity::EnergyKwh, static_cast<double>(123456789 + i) / 1e6);
            p3.push_back(t);
        }
        const QByteArray text = samplecsv::header().toUtf8() + "\n" +
                                writeRows(plant.points[0], p1) + writeRows(plant.points[2], p3);
        const ReadOutcome back = readText(text, 128);
        QVERIFY2(back.result.ok(), qPrintable(back.result.error().toString()));
        QCOMPARE(back.result.value(), 1000);
        QCOMPARE(back.batchSizes, (QList<size_t>{128, 128, 128, 128, 128, 128, 128, 104}));
        SampleBatch expected = p1;
        expected.insert(expected.end(), p3.begin(), p3.end());
        QCOMPARE(back.samples.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            const Sample &a = expected[i], &b = back.samples[i];
            QCOMPARE(b.point, a.point);
            QCOMPARE(b.tMs, a.tMs);
            QCOMPARE(b.mask, a.mask);
            QCOMPARE(b.quality, a.quality);
            for (Quantity q : kAllQuantities) {
                if (a.has(q))
                    QCOMPARE(b.value(q), a.value(q)); // exactly the same double
            }
        }
        // Writing what was read gives the same text.
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        again.write(samplecsv::header().toUtf8() + "\n");
        samplecsv::Writer writer(&again);
        QVERIFY(writer.write(plant.points[0],
                             SampleBatch(back.samples.begin(), back.samples.begin() + 500)));
        QVERIFY(writer.write(plant.points[2],
                             SampleBatch(back.samples.begin() + 500, back.samples.end())));
        QCOMPARE(again.data(), text);
    }

    void acceptedTimeForms_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<qint64>("utcMs");
        QTest::newRow("offset") << QStringLiteral("2026-11-24T08:00:00+08:00") << kT0;
        QTest::newRow("Z") << QStringLiteral("2026-11-24T00:00:00Z") << kT0;
        QTest::newRow("negative offset") << QStringLiteral("2026-11-23T19:00:00-05:00") << kT0;
        QTest::newRow("ms") << QStringLiteral("2026-11-24T08:00:00.250+08:00") << kT0 + 250;
        QTest::newRow("station zone") << QStringLiteral("2026-11-24T08:00:00") << kT0;
        QTest::newRow("space") << QStringLiteral("2026-11-24 08:00:00+08:00") << kT0;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z")
                                  << qint64(1835395200000);
    }

    void acceptedTimeForms()
    {
        QFETCH(QString, time);
        QFETCH(qint64, utcMs);
        const ReadOutcome r =
            readText(withHeader(qPrintable(time + QStringLiteral(",P02,1.5,,,,\n"))));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error().toString()));
        QCOMPARE(r.samples.size(), size_t(1));
        QCOMPARE(r.samples[0].tMs, utcMs);
        QCOMPARE(r.samples[0].point, 9u);
        QCOMPARE(r.samples[0].value(Quantity::CurrentA), 1.5);
    }

    void fastTimePathAgreesWithTimeutil()
    {
        // The reader parses canonical times itself; it must agree with timeutil on every one.
        QRandomGenerator rng(7);
        QByteArray text = withHeader("");
        QList<std::int64_t> times;
        for (int i = 0; i < 2000; ++i) {
            // 2000 .. 2100 (the accepted range), whole seconds and milliseconds.
            constexpr std::int64_t kFrom = 946684800000, kTo = 4102444800000;
            const std::int64_t t =
                kFrom +
                static_cast<std::int64_t>(rng.generate64() % static_cast<quint64>(kTo - kFrom)) /
                    (i % 2 ? 1 : 1000) * (i % 2 ? 1 : 1000);
            times.append(t);
            text += timeutil::toIso(t).toUtf8() + ",P02,1,,,,\n";
        }
        const ReadOutcome r = readText(text);
        QVERIFY2(r.result.ok(), qPrintable(r.result.error().toString()));
        for (int i = 0; i < times.size(); ++i) {
            QCOMPARE(r.samples[static_cast<size_t>(i)].tMs, times[i]);
            QCOMPARE(timeutil::parseIso(timeutil::toIso(times[i])).value(), times[i]);
        }
    }

    void crlfAndByteOrderMark()
    {
        const QByteArray text = "\xEF\xBB\xBF" + samplecsv::header().toUtf8() +
                                "\r\n2026-11-24T08:00:00+08:00,P02,2.25,,,,\r\n\r\n";
        const ReadOutcome r = readText(text);
        QVERIFY2(r.result.ok(), qPrintable(r.result.error().toString()));
        QCOMPARE(r.result.value(), 1);
        QCOMPARE(r.samples[0].value(Quantity::CurrentA), 2.25);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const char *ok = "2026-11-24T08:00:00+08:00,P01,1.000,380.0,,,\n";
        const auto row = [ok](const char *name, const char *bad, const QString &error) {
            QTest::newRow(name) << withHeader(ok) + ok + bad << error;
        };
        row("bad time", "2026-11-24T25:00:00+08:00,P01,1,,,,\n",
            QStringLiteral("s.csv:4: column time: '2026-11-24T25:00:00+08:00' is not an ISO 8601 "
                           "date or time (e.g. 2026-11-24T08:00:00+08:00)"));
        row("unknown point", "2026-11-24T08:00:10+08:00,P99,1,,,,\n",
            QStringLiteral("s.csv:4: column point: unknown point 'P99'"));
        row("empty point", "2026-11-24T08:00:10+08:00,,1,,,,\n",
            QStringLiteral("s.csv:4: column point: the point id is empty"));
        row("bad number", "2026-11-24T08:00:10+08:00,P01,1.2.3,,,,\n",
            QStringLiteral("s.csv:4: column current_a: '1.2.3' is not a number; expected digits "
                           "with an optional '-' and '.', e.g. -12.345"));
        row("exponent", "2026-11-24T08:00:10+08:00,P01,,,1e3,,\n",
            QStringLiteral("s.csv:4: column power_kw: '1e3' is not a number; expected digits "
                           "with an optional '-' and '.', e.g. -12.345"));
        row("bare dot", "2026-11-24T08:00:10+08:00,P01,,,,,50.\n",
            QStringLiteral("s.csv:4: column frequency_hz: '50.' is not a number; expected digits "
                           "with an optional '-' and '.', e.g. -12.345"));
        row("too many decimals", "2026-11-24T08:00:10+08:00,P01,1.2345,,,,\n",
            QStringLiteral("s.csv:4: column current_a: '1.2345' has 4 decimals, but point P01 "
                           "measures current_a to 3 decimals"));
        row("decimals on an integer channel", "2026-11-24T08:00:10+08:00,泵-3,,,12.0,,\n",
            QStringLiteral("s.csv:4: column power_kw: '12.0' has 1 decimals, but point 泵-3 "
                           "measures power_kw to 0 decimals"));
        row("unmeasured quantity", "2026-11-24T08:00:10+08:00,P02,1.00,230.0,,,\n",
            QStringLiteral("s.csv:4: column voltage_v: point P02 does not measure voltage_v (it "
                           "measures current_a); leave the cell empty"));
        row("too few columns", "2026-11-24T08:00:10+08:00,P01,1,,,\n",
            QStringLiteral("s.csv:4: the row has 6 columns, expected 7 (time,point,current_a,"
                           "voltage_v,power_kw,energy_kwh,frequency_hz)"));
        row("too many columns", "2026-11-24T08:00:10+08:00,P01,1,,,,,\n",
            QStringLiteral("s.csv:4: the row has 8 columns, expected 7 (time,point,current_a,"
                           "voltage_v,power_kw,energy_kwh,frequency_hz)"));
        row("no value", "2026-11-24T08:00:10+08:00,P01,,,,,\n",
            QStringLiteral("s.csv:4: the row has no value; a sample needs at least one quantity"));
        row("too many digits", "2026-11-24T08:00:10+08:00,P01,,,,12345678901234.5,\n",
            QStringLiteral("s.csv:4: column energy_kwh: '12345678901234.5' has too many digits "
                           "for this resolution (at most 15 digits)"));
        QTest::newRow("wrong header")
            << QByteArray("time,point,current_a,voltage,power_kw,energy_kwh,frequency_hz\n")
            << QStringLiteral("s.csv:1: column 4: expected 'voltage_v', found 'voltage'; the "
                              "header is 'time,point,current_a,voltage_v,power_kw,energy_kwh,"
                              "frequency_hz'");
        QTest::newRow("extra header column")
            << QByteArray("time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz,q\n")
            << QStringLiteral("s.csv:1: column 8: unexpected column 'q'; the header is "
                              "'time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz'");
        QTest::newRow("empty file")
            << QByteArray()
            << QStringLiteral("s.csv:1: the file is empty; expected the header 'time,point,"
                              "current_a,voltage_v,power_kw,energy_kwh,frequency_hz'");
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const ReadOutcome r = readText(text);
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().toString(), error);
    }

    void negativeAndLeadingZeros()
    {
        const ReadOutcome r =
            readText(withHeader("2026-11-24T08:00:00+08:00,P01,-0.5,007.0,-0,,\n"));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error().toString()));
        QCOMPARE(r.samples[0].value(Quantity::CurrentA), -0.5);
        QCOMPARE(r.samples[0].value(Quantity::VoltageV), 7.0);
        QCOMPARE(r.samples[0].value(Quantity::PowerKw), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestSampleCsv)
#include "tst_samplecsv.moc"
