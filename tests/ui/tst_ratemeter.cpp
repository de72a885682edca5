// RateMeter: samples per second in the status bar, from bursty batches.
#include "vocsync/ui/ratemeter.h"

#include <QTest>

using vocsync::ui::RateMeter;

class TestRateMeter : public QObject
{
    Q_OBJECT

private slots:
    void emptyIsZero();
    void steadyBurstsReadTheirMeanRate_data();
    void steadyBurstsReadTheirMeanRate();
    void continuousStream();
    void singleBurstSpreadsOverWindow();
    void decaysAfterTheSourceStops();
    void rateChangeIsFollowed();
    void startBurstOffGridIsIgnored();
};

void TestRateMeter::emptyIsZero()
{
    RateMeter meter;
    QCOMPARE(meter.rate(1000), 0.0);
    meter.add(0, 1000);
    QCOMPARE(meter.rate(1000), 0.0);
}

void TestRateMeter::steadyBurstsReadTheirMeanRate_data()
{
    QTest::addColumn<qint64>("phaseMs");
    QTest::newRow("just after a burst") << qint64(0);
    QTest::newRow("mid cycle") << qint64(5000);
    QTest::newRow("just before the next burst") << qint64(9999);
}

void TestRateMeter::steadyBurstsReadTheirMeanRate()
{
    // 25 meters polled every 10 s: 25 samples per burst, 2.5 samples/s, whatever the phase.
    QFETCH(qint64, phaseMs);
    RateMeter meter(30000);
    std::int64_t t = 1'000'000;
    for (int i = 0; i < 12; ++i, t += 10000)
        meter.add(25, t);
    const std::int64_t last = t - 10000;
    QCOMPARE(meter.rate(last + phaseMs), 2.5);
}

void TestRateMeter::continuousStream()
{
    RateMeter meter(10000);
    for (std::int64_t t = 0; t <= 20000; t += 100)
        meter.add(1, t);
    QCOMPARE(meter.rate(20000), 10.0);
    QCOMPARE(meter.rate(20050), 10.0);
}

void TestRateMeter::singleBurstSpreadsOverWindow()
{
    RateMeter meter(30000);
    meter.add(300, 5000);
    QCOMPARE(meter.rate(5000), 10.0);
}

void TestRateMeter::decaysAfterTheSourceStops()
{
    RateMeter meter(30000);
    std::int64_t t = 0;
    for (int i = 0; i < 4; ++i, t += 10000)
        meter.add(50, t);
    const std::int64_t last = t - 10000; // bursts at 0, 10, 20, 30 s: 5/s
    QCOMPARE(meter.rate(last + 9000), 5.0);
    const double later = meter.rate(last + 25000);
    QVERIFY2(later < 5.0 && later > 0.0, qPrintable(QString::number(later)));
    QCOMPARE(meter.rate(last + 30000), 0.0);
}

void TestRateMeter::rateChangeIsFollowed()
{
    RateMeter meter(20000);
    std::int64_t t = 0;
    for (; t < 60000; t += 1000)
        meter.add(10, t);
    for (; t < 120000; t += 1000)
        meter.add(40, t);
    QCOMPARE(meter.rate(t - 1000), 40.0);
}

void TestRateMeter::startBurstOffGridIsIgnored()
{
    // A source publishes once when it starts (here 5.8 s before its grid), then every 10 s.
    RateMeter meter(30000);
    meter.add(27, 4200);
    meter.add(27, 10000);
    meter.add(27, 20000);
    QCOMPARE(meter.rate(25000), 2.7);
    meter.add(27, 30000);
    QCOMPARE(meter.rate(30000), 2.7);
}

QTEST_APPLESS_MAIN(TestRateMeter)
#include "tst_ratemeter.moc"
