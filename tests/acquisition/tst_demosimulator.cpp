// The demo plant and its deterministic simulator: plant shape, purity of samplesAt(t),
// shift pattern, physics (energy, power, resolution) and generation of every point.
// The injected ground truth is tested in tst_demoanomalies.cpp.
#include "demotesthelpers.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/creditcode.h"
#include "vocsync/core/plantjson.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace demotest;

namespace {

bool sameSample(const Sample &a, const Sample &b)
{
    return a.point == b.point && a.tMs == b.tMs && a.mask == b.mask && a.quality == b.quality &&
           std::memcmp(a.v.data(), b.v.data(), sizeof(double) * a.v.size()) == 0;
}

SampleBatch generateAll(const DemoSimulator &sim, std::int64_t from, std::int64_t to)
{
    SampleBatch all;
    sim.generate(from, to, [&](SampleBatch &&b, std::int64_t) {
        all.insert(all.end(), b.begin(), b.end());
        return true;
    });
    return all;
}

} // namespace

class TestDemoSimulator : public QObject
{
    Q_OBJECT

private slots:
    void plantShape();
    void plantValidates();
    void deterministicForSeed();
    void samplesAtEqualsGenerate();
    void samplesAtIsPureInAnyOrder();
    void reorderedPlantSimulatesTheSame();
    void concurrentCallsAgree();
    void shiftPattern();
    void physics();
    void energyConsistentWithPower();
    void valuesAtChannelResolution();
    void generationCoversEveryPoint();

private:
    const Plant m_plant = keyedPlant();
    const DemoSimulator m_sim{keyedPlant()};
};

void TestDemoSimulator::plantShape()
{
    const Plant &p = m_plant;
    QVERIFY(p.enterprises.size() >= 3);
    QSet<QString> industries;
    for (const Enterprise &e : p.enterprises) {
        QVERIFY2(creditcode::validate(e.creditCode).ok(), qPrintable(e.creditCode));
        QVERIFY(e.address.startsWith(QStringLiteral("浙江省湖州市")));
        QVERIFY(e.longitude > 119.3 && e.longitude < 120.6);
        QVERIFY(e.latitude > 30.3 && e.latitude < 31.2);
        QCOMPARE(e.registrationStatus, QStringLiteral("存续"));
        QVERIFY(!e.legalRepresentative.isEmpty() && e.foundedOn.isValid());
        QVERIFY(e.registeredCapitalWanYuan > 0 && e.staffSize > 0);
        QVERIFY(!e.contacts.isEmpty() && e.contacts.first().phone.size() == 11);
        industries.insert(e.industry.left(4));
        int prod = 0;
        int treat = 0;
        for (const Facility *f : p.facilitiesOf(e.id)) {
            (f->kind == FacilityKind::Production ? prod : treat) += 1;
            QVERIFY(f->thresholds.off < f->thresholds.run);
            QVERIFY(f->thresholds.run < f->thresholds.overload);
            QCOMPARE(f->thresholds.minDwellS, 60);
            QVERIFY(f->ratedPowerKw > 0);
            const QList<const MonitoringPoint *> pts = p.pointsOf(f->id);
            QCOMPARE(pts.size(), 1);
            QCOMPARE(pts.first()->id, f->id + QStringLiteral("-M"));
            QCOMPARE(pts.first()->intervalS, 10);
            QCOMPARE(pts.first()->decimals(Quantity::CurrentA), 3);
            QCOMPARE(pts.first()->decimals(Quantity::VoltageV), 1);
            QCOMPARE(pts.first()->decimals(Quantity::PowerKw), 3);
            QCOMPARE(pts.first()->decimals(Quantity::EnergyKwh), 2);
        }
        QVERIFY2(prod >= 2 && treat >= 2, qPrintable(e.id));
    }
    QVERIFY(industries.size() >= 3);
    QCOMPARE(p.facility(QStringLiteral("E01-F03"))->workshopId, QStringLiteral("E01-W1"));
    // Many-to-many: a production with several treatments and a treatment with several
    // productions; the RTO needs a lead time.
    QHash<QString, int> perProduction;
    QHash<QString, int> perTreatment;
    bool rtoLead = false;
    for (const FacilityLink &l : p.links) {
        ++perProduction[l.productionId];
        ++perTreatment[l.treatmentId];
        rtoLead |= p.facility(l.treatmentId)->type == QLatin1String("rto") && l.leadMinutes >= 5;
    }
    QVERIFY(perProduction.value(QStringLiteral("E01-F01")) >= 2);
    QVERIFY(perTreatment.value(QStringLiteral("E01-F07")) >= 2);
    QVERIFY(rtoLead);
    int withFrequency = 0;
    for (const MonitoringPoint &pt : p.points)
        withFrequency += pt.measures(Quantity::FrequencyHz) ? 1 : 0;
    QVERIFY(withFrequency > 0 && withFrequency < p.points.size());
}

void TestDemoSimulator::plantValidates()
{
    const Status s = plantjson::validate(demoPlant());
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
}

void TestDemoSimulator::deterministicForSeed()
{
    const DemoSimulator a(keyedPlant(), 42);
    const DemoSimulator b(keyedPlant(), 42);
    const SampleBatch sa = generateAll(a, kMonday, kMonday + 2 * kDay);
    const SampleBatch sb = generateAll(b, kMonday, kMonday + 2 * kDay);
    QCOMPARE(sa.size(), sb.size());
    QVERIFY(sa.size() > 2 * 8640 * 20);
    for (size_t i = 0; i < sa.size(); ++i)
        QVERIFY2(sameSample(sa[i], sb[i]), qPrintable(QString::number(i)));

    const DemoSimulator c(keyedPlant(), 43);
    const auto key = [](const InjectedAnomaly &x) {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(x.type, x.facilityId, x.relatedId)
            .arg(x.startMs)
            .arg(x.endMs);
    };
    QStringList la;
    QStringList lc;
    for (const InjectedAnomaly &x : a.anomalies(kMonday, kMonday + 30 * kDay))
        la << key(x);
    for (const InjectedAnomaly &x : c.anomalies(kMonday, kMonday + 30 * kDay))
        lc << key(x);
    QVERIFY(!la.isEmpty() && !lc.isEmpty());
    QVERIFY(la != lc);
    QCOMPARE(la.size(), QSet<QString>(la.begin(), la.end()).size());
}

void TestDemoSimulator::samplesAtEqualsGenerate()
{
    const std::int64_t from = kMonday + 5 * kDay + 3; // Saturday, not on the grid
    const SampleBatch all = generateAll(m_sim, from, from + 2 * kDay);
    QVERIFY(!all.empty());
    QCOMPARE(all.front().tMs, kMonday + 5 * kDay + 10'000);
    size_t i = 0;
    int instants = 0;
    while (i < all.size()) {
        const std::int64_t t = all[i].tMs;
        const SampleBatch at = m_sim.samplesAt(t);
        for (const Sample &s : at) {
            QVERIFY(i < all.size());
            QVERIFY2(sameSample(s, all[i]),
                     qPrintable(QStringLiteral("t=%1 point=%2").arg(t).arg(s.point)));
            ++i;
        }
        QVERIFY(i == all.size() || all[i].tMs == t + 10'000);
        ++instants;
    }
    QCOMPARE(instants, 2 * 8640);
    QVERIFY(m_sim.samplesAt(kMonday + 5).empty()); // off the grid: no meter reports
}

void TestDemoSimulator::samplesAtIsPureInAnyOrder()
{
    // A fresh simulator asked for a late instant first, then an early one, then the late one
    // again: identical to what a simulator that walked forward produces.
    const std::int64_t late = kMonday + 20 * kDay + 10 * 3600'000;
    const std::int64_t early = kMonday + 2 * kDay + 9 * 3600'000;
    const DemoSimulator fresh(keyedPlant());
    const SampleBatch l1 = fresh.samplesAt(late);
    const SampleBatch e1 = fresh.samplesAt(early);
    const SampleBatch l2 = fresh.samplesAt(late);
    const SampleBatch e2 = m_sim.samplesAt(early);
    const SampleBatch l3 = m_sim.samplesAt(late);
    QCOMPARE(l1.size(), l3.size());
    QCOMPARE(e1.size(), e2.size());
    for (size_t i = 0; i < l1.size(); ++i) {
        QVERIFY(sameSample(l1[i], l2[i]));
        QVERIFY(sameSample(l1[i], l3[i]));
    }
    for (size_t i = 0; i < e1.size(); ++i)
        QVERIFY(sameSample(e1[i], e2[i]));
}

void TestDemoSimulator::reorderedPlantSimulatesTheSame()
{
    // A plant reloaded from a database may list things in another order; the simulation
    // follows ids, not positions.
    Plant reversed = keyedPlant();
    std::reverse(reversed.facilities.begin(), reversed.facilities.end());
    std::reverse(reversed.points.begin(), reversed.points.end());
    std::reverse(reversed.links.begin(), reversed.links.end());
    std::reverse(reversed.enterprises.begin(), reversed.enterprises.end());
    const DemoSimulator other(reversed);
    const auto byKey = [](SampleBatch b) {
        std::sort(b.begin(), b.end(),
                  [](const Sample &x, const Sample &y) { return x.point < y.point; });
        return b;
    };
    for (int h = 0; h < 30 * 24; h += 7) {
        const std::int64_t t = kMonday + h * 3600'000LL + 10'000 * (h % 360);
        const SampleBatch a = byKey(m_sim.samplesAt(t));
        const SampleBatch b = byKey(other.samplesAt(t));
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(sameSample(a[i], b[i]));
    }
    QCOMPARE(other.anomalies(kMonday, kMonday + 30 * kDay).size(),
             m_sim.anomalies(kMonday, kMonday + 30 * kDay).size());
}

void TestDemoSimulator::concurrentCallsAgree()
{
    // samplesAt() and generate() may run on several threads (live source, backfill, charts).
    const DemoSimulator shared(keyedPlant());
    std::vector<SampleBatch> results(4);
    std::vector<std::thread> threads;
    for (int k = 0; k < 4; ++k) {
        threads.emplace_back([&, k] {
            for (int d = 0; d < 40; ++d) { // 40 days: the plan cache must evict while in use
                const SampleBatch b =
                    shared.samplesAt(kMonday + ((d * 7 + k) % 40) * kDay + 11 * 3600'000);
                results[k].insert(results[k].end(), b.begin(), b.end());
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int k = 0; k < 4; ++k) {
        SampleBatch expected;
        for (int d = 0; d < 40; ++d) {
            const SampleBatch b =
                m_sim.samplesAt(kMonday + ((d * 7 + k) % 40) * kDay + 11 * 3600'000);
            expected.insert(expected.end(), b.begin(), b.end());
        }
        QCOMPARE(results[k].size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY(sameSample(results[k][i], expected[i]));
    }
}

void TestDemoSimulator::shiftPattern()
{
    const MonitoringPoint *booth = m_plant.point(QStringLiteral("E01-F01-M"));
    const Facility *f = m_plant.facility(QStringLiteral("E01-F01"));
    int runningAt10 = 0;
    for (int d = 0; d < 5; ++d) { // Monday to Friday
        const std::int64_t day = kMonday + 7 * kDay + d * kDay;
        QCOMPARE(currentAt(m_sim, booth->key, day + 3 * 3600'000), 0.0);
        QCOMPARE(currentAt(m_sim, booth->key, day + 22 * 3600'000), 0.0);
        const double at10 = currentAt(m_sim, booth->key, day + 10 * 3600'000);
        runningAt10 += at10 >= f->thresholds.run ? 1 : 0;
        // lunch break
        QCOMPARE(currentAt(m_sim, booth->key, day + 12 * 3600'000 + 30 * kMinute), 0.0);
    }
    QVERIFY2(runningAt10 >= 4, qPrintable(QString::number(runningAt10)));
    const std::int64_t saturday = kMonday + 12 * kDay;
    const std::int64_t sunday = kMonday + 13 * kDay;
    QVERIFY(currentAt(m_sim, booth->key, saturday + 10 * 3600'000) >= f->thresholds.run);
    QCOMPARE(currentAt(m_sim, booth->key, saturday + 15 * 3600'000), 0.0);
    for (int h = 0; h < 24; h += 2)
        QCOMPARE(currentAt(m_sim, booth->key, sunday + h * 3600'000), 0.0);

    // The chemical plant runs at night and on Sunday.
    const MonitoringPoint *still = m_plant.point(QStringLiteral("E03-F04-M"));
    const Facility *sf = m_plant.facility(QStringLiteral("E03-F04"));
    QVERIFY(currentAt(m_sim, still->key, sunday + 3 * 3600'000) >= sf->thresholds.run);
    QVERIFY(currentAt(m_sim, still->key, kMonday + 3 * 3600'000) >= sf->thresholds.run);
}

void TestDemoSimulator::physics()
{
    const std::int64_t from = kMonday + 7 * kDay;
    for (const Sample &s : generateAll(m_sim, from, from + kDay)) {
        const MonitoringPoint *pt = m_plant.pointByKey(s.point);
        QVERIFY(pt);
        QCOMPARE(s.mask, pt->mask());
        const double i = s.value(Quantity::CurrentA);
        const double u = s.value(Quantity::VoltageV);
        const double p = s.value(Quantity::PowerKw);
        // Energised meter: line voltage within a few percent, off or not.
        QVERIFY2(u > 370 && u < 405, qPrintable(QString::number(u)));
        QVERIFY(i >= 0);
        if (i == 0) {
            QCOMPARE(p, 0.0);
            if (pt->measures(Quantity::FrequencyHz) &&
                m_plant.facility(pt->facilityId)->type == QLatin1String("exhaust_fan"))
                QCOMPARE(s.value(Quantity::FrequencyHz), 0.0);
            continue;
        }
        const double pf = p * 1000.0 / (std::sqrt(3.0) * u * i);
        QVERIFY2(pf > 0.4 && pf < 0.95, qPrintable(QString::number(pf)));
        QVERIFY(i < m_plant.facility(pt->facilityId)->thresholds.overload);
        if (pt->measures(Quantity::FrequencyHz)) {
            const double hz = s.value(Quantity::FrequencyHz);
            QVERIFY(hz >= 0 && hz <= 50.02);
        }
    }
}

void TestDemoSimulator::energyConsistentWithPower()
{
    const std::int64_t from = kMonday + 7 * kDay;
    const SampleBatch all = generateAll(m_sim, from, from + 2 * kDay);
    QHash<std::uint32_t, const Sample *> last;
    QHash<std::uint32_t, double> integral;
    QHash<std::uint32_t, double> counted;
    for (const Sample &s : all) {
        const Sample *prev = last.value(s.point, nullptr);
        last[s.point] = &s;
        if (!prev)
            continue;
        const double e0 = prev->value(Quantity::EnergyKwh);
        const double e1 = s.value(Quantity::EnergyKwh);
        QVERIFY2(e1 >= e0, qPrintable(QStringLiteral("point %1 at %2").arg(s.point).arg(s.tMs)));
        if (s.tMs - prev->tMs != 10'000)
            continue; // across a silent meter
        integral[s.point] +=
            (prev->value(Quantity::PowerKw) + s.value(Quantity::PowerKw)) / 2 * 10.0 / 3600.0;
        counted[s.point] += e1 - e0;
    }
    int checked = 0;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (it.value() < 5)
            continue;
        const double ratio = integral.value(it.key()) / it.value();
        QVERIFY2(std::abs(ratio - 1) < 0.02,
                 qPrintable(QStringLiteral("point %1: %2 kWh counted, %3 integrated")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(integral.value(it.key()))));
        ++checked;
    }
    QVERIFY(checked >= 20);
    // The counter never resets across midnight either: day starts continue the day before.
    const SampleBatch before = m_sim.samplesAt(from + kDay - 10'000);
    const SampleBatch after = m_sim.samplesAt(from + kDay);
    for (size_t i = 0; i < std::min(before.size(), after.size()); ++i) {
        if (before[i].point == after[i].point)
            QVERIFY(after[i].value(Quantity::EnergyKwh) >= before[i].value(Quantity::EnergyKwh));
    }
}

void TestDemoSimulator::valuesAtChannelResolution()
{
    const std::int64_t from = kMonday + 3 * kDay;
    for (const Sample &s : generateAll(m_sim, from, from + kDay)) {
        const MonitoringPoint *pt = m_plant.pointByKey(s.point);
        for (const Channel &c : pt->channels) {
            const double scaled = s.value(c.quantity) * std::pow(10.0, c.decimals);
            QVERIFY2(std::abs(scaled - std::round(scaled)) < 1e-6,
                     qPrintable(QStringLiteral("%1 %2 = %3")
                                    .arg(pt->id, quantityKey(c.quantity))
                                    .arg(s.value(c.quantity), 0, 'g', 17)));
        }
    }
}

void TestDemoSimulator::generationCoversEveryPoint()
{
    // Every point every 10 s except silent meters, in batches whose progress only moves
    // forward. Speed is measured by tests/benchmarks/bench_demosimulator.cpp.
    const std::int64_t from = kMonday;
    const std::int64_t to = kMonday + 30 * kDay;
    const DemoSimulator sim(keyedPlant());
    std::int64_t count = 0;
    std::int64_t reached = 0;
    bool increasing = true;
    QVERIFY(sim.generate(from, to, [&](SampleBatch &&b, std::int64_t r) {
        count += static_cast<std::int64_t>(b.size());
        increasing &= r > reached;
        reached = r;
        return true;
    }));
    QVERIFY(increasing);
    std::int64_t silent = 0;
    for (const InjectedAnomaly &a : sim.anomalies(from, to)) {
        if (a.type == QLatin1String("data_gap"))
            silent += (a.endMs - a.startMs) / 10'000;
    }
    QCOMPARE(count, 30 * 8640 * static_cast<std::int64_t>(m_plant.points.size()) - silent);
    QCOMPARE(reached, to);
    // Stopping: the sink returns false and generate() reports it.
    int batches = 0;
    QVERIFY(!sim.generate(from, to, [&](SampleBatch &&, std::int64_t) { return ++batches < 3; }));
    QCOMPARE(batches, 3);
}

QTEST_APPLESS_MAIN(TestDemoSimulator)
#include "tst_demosimulator.moc"
