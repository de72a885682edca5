// Data-quality flags (stuck meter, out-of-range values, energy counter faults, sparse hours)
// and the risk ranking of enterprises.
#include "analysisfixture.h"

#include <QTest>

using namespace vocsync;
using namespace vocsync::analysis;
using fixture::at;

namespace {

QList<QualityFlag> flagsOf(const AnalysisResult &r, const QString &check, const QString &point)
{
    QList<QualityFlag> out;
    for (const QualityFlag &q : r.quality)
        if (q.check == check && q.point == point)
            out.append(q);
    return out;
}

AnalysisResult analyzeSamples(const fixture::PlantBuilder &b, const SampleBatch &all, double minutes)
{
    ProfileLearner learner(b.plant());
    learner.push(all);
    Analyzer a(b.plant(), AnalysisOptions{}, learner.profiles(), fixture::kT0);
    a.push(all);
    return a.finish(at(minutes));
}

} // namespace

class TestDataQuality : public QObject
{
    Q_OBJECT

private slots:
    void stuckMeterIsFlaggedAndAStoppedOneIsNot()
    {
        fixture::PlantBuilder b;
        b.facility(QStringLiteral("F1"), FacilityKind::Production);
        b.facility(QStringLiteral("F2"), FacilityKind::Production);
        b.level(QStringLiteral("F1"), 0, 300, 30);
        SampleBatch all = b.samples(300);
        // F1's meter repeats 30.123 A from minute 60 to 240; F2 reads 0 A all along (stopped).
        for (Sample &s : all) {
            if (s.point == 1 && s.tMs >= at(60) && s.tMs < at(240))
                s.set(Quantity::CurrentA, 30.123);
        }
        const AnalysisResult r = analyzeSamples(b, all, 300);
        const QList<QualityFlag> stuck = flagsOf(r, QStringLiteral("stuck_value"), QStringLiteral("F1-M"));
        QCOMPARE(stuck.size(), 1);
        QCOMPARE(stuck[0].startMs, at(60));
        QCOMPARE(stuck[0].endMs, at(240));
        QCOMPARE(stuck[0].evidence.value(QStringLiteral("value")).toDouble(), 30.123);
        QVERIFY(flagsOf(r, QStringLiteral("stuck_value"), QStringLiteral("F2-M")).isEmpty());
    }

    void outOfRangeAndCounterFaults()
    {
        fixture::PlantBuilder b;
        b.facility(QStringLiteral("F1"), FacilityKind::Production);
        b.level(QStringLiteral("F1"), 0, 120, 30);
        SampleBatch all = b.samples(120);
        double shift = 0;
        for (Sample &s : all) {
            if (s.tMs >= at(10) && s.tMs < at(11))
                s.set(Quantity::CurrentA, -5); // six negative readings: one flag
            if (s.tMs == at(30))
                shift = -3; // the counter steps back by 3 kWh
            if (s.tMs == at(60))
                shift += 500; // then jumps by 500 kWh in 10 s
            s.set(Quantity::EnergyKwh, s.value(Quantity::EnergyKwh) + shift);
        }
        const AnalysisResult r = analyzeSamples(b, all, 120);
        const auto range = flagsOf(r, QStringLiteral("out_of_range"), QStringLiteral("F1-M"));
        QCOMPARE(range.size(), 1);
        QCOMPARE(range[0].startMs, at(10));
        QCOMPARE(range[0].endMs, at(11));
        QCOMPARE(range[0].evidence.value(QStringLiteral("quantity")).toString(), QStringLiteral("current_a"));
        const auto back = flagsOf(r, QStringLiteral("counter_backwards"), QStringLiteral("F1-M"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].endMs, at(30));
        const auto jump = flagsOf(r, QStringLiteral("counter_jump"), QStringLiteral("F1-M"));
        QCOMPARE(jump.size(), 1);
        QCOMPARE(jump[0].endMs, at(60));
    }

    void sparseHours()
    {
        fixture::PlantBuilder b;
        b.facility(QStringLiteral("F1"), FacilityKind::Production);
        b.level(QStringLiteral("F1"), 0, 180, 30);
        SampleBatch all = b.samples(180);
        // In the second hour keep one reading in three (120 of 360): sparse, but no gap.
        SampleBatch kept;
        for (const Sample &s : all) {
            const bool secondHour = s.tMs >= at(60) && s.tMs < at(120);
            if (!secondHour || ((s.tMs - fixture::kT0) / 10'000) % 3 == 0)
                kept.push_back(s);
        }
        const AnalysisResult r = analyzeSamples(b, kept, 180);
        const auto sparse = flagsOf(r, QStringLiteral("sparse_hour"), QStringLiteral("F1-M"));
        QCOMPARE(sparse.size(), 1);
        QCOMPARE(sparse[0].startMs, at(60));
        QCOMPARE(sparse[0].evidence.value(QStringLiteral("samples")).toInt(), 120);
        QCOMPARE(sparse[0].evidence.value(QStringLiteral("expected")).toInt(), 360);
        for (const Event &e : r.events)
            QVERIFY(e.type != EventType::DataGap);
    }

    void riskRanksTheEnterpriseThatDoesNotTreat()
    {
        fixture::PlantBuilder b;
        for (const char *e : {"GOOD", "BAD"}) {
            const QString ent = QLatin1String(e);
            b.facility(ent + QStringLiteral("-P"), FacilityKind::Production, ent);
            b.facility(ent + QStringLiteral("-T"), FacilityKind::Treatment, ent);
            b.link(ent + QStringLiteral("-P"), ent + QStringLiteral("-T"));
            for (int day = 0; day < 2; ++day) {
                const double d = day * 1440.0;
                // Production with load steps, so correlation has something to follow.
                b.level(ent + QStringLiteral("-P"), d + 60, d + 300, 30);
                b.level(ent + QStringLiteral("-P"), d + 300, d + 600, 45);
                b.level(ent + QStringLiteral("-P"), d + 600, d + 900, 25);
            }
        }
        for (int day = 0; day < 2; ++day) {
            const double d = day * 1440.0;
            b.level(QStringLiteral("GOOD-T"), d + 55, d + 300, 30);
            b.level(QStringLiteral("GOOD-T"), d + 300, d + 600, 40);
            b.level(QStringLiteral("GOOD-T"), d + 600, d + 905, 28);
            b.level(QStringLiteral("BAD-T"), d + 200, d + 500, 30); // late, early, flat
        }
        const AnalysisResult r = fixture::analyze(b, 2880);
        QCOMPARE(r.enterprises.size(), 2);
        QCOMPARE(r.enterprises[0].id, QStringLiteral("BAD"));
        QVERIFY(r.enterprises[0].risk > r.enterprises[1].risk + 20);
        QVERIFY(*r.enterprises[1].syncRatePercent > 99.9);
        QVERIFY(r.enterprises[1].correlation && *r.enterprises[1].correlation > 0.8);
        QVERIFY(r.enterprises[0].energyRatio && r.enterprises[1].energyRatio);
        QVERIFY(*r.enterprises[0].energyRatio < *r.enterprises[1].energyRatio);
        // Peers: same industry, so each sees the other's ratio.
        QCOMPARE(*r.enterprises[0].peerEnergyRatio, *r.enterprises[1].energyRatio);
        QVERIFY(r.enterprises[0].riskFactors.value(QStringLiteral("energy_ratio")).toDouble() > 0);
    }
};

QTEST_APPLESS_MAIN(TestDataQuality)
#include "tst_dataquality.moc"
