// PlantStatusModel: tree structure (checked by QAbstractItemModelTester), the live state badge
// logic against facility thresholds, staleness after 3 silent intervals, and summaries.
#include "vocsync/ui/models/plantstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace vocsync;
using vocsync::ui::PlantStatusModel;

namespace {

constexpr std::int64_t kT0 = 1'795'000'000'000; // 2026-11-19, any fixed instant will do

Facility facility(const QString &id, const QString &enterprise, FacilityKind kind,
                  Quantity quantity, double off, double run, double overload)
{
    Facility f;
    f.id = id;
    f.enterpriseId = enterprise;
    f.name = QStringLiteral("Facility ") + id;
    f.kind = kind;
    f.type = kind == FacilityKind::Production ? QStringLiteral("spray_booth")
                                              : QStringLiteral("exhaust_fan");
    f.thresholds.quantity = quantity;
    f.thresholds.off = off;
    f.thresholds.run = run;
    f.thresholds.overload = overload;
    return f;
}

MonitoringPoint point(std::uint32_t key, const QString &facilityId, int intervalS = 10)
{
    MonitoringPoint p;
    p.key = key;
    p.id = facilityId + QStringLiteral("-M");
    p.facilityId = facilityId;
    p.name = p.id;
    p.intervalS = intervalS;
    p.channels = {{Quantity::CurrentA, 3}, {Quantity::PowerKw, 3}};
    return p;
}

/// E1: a treatment fan judged by power (listed first in the plant), a spray booth judged by
/// current, and a booth without a meter. E2: one booth on a 60 s meter.
Plant testPlant()
{
    Plant plant;
    Enterprise e1;
    e1.id = QStringLiteral("E1");
    e1.name = QStringLiteral("Alpha Furniture");
    e1.industry = QStringLiteral("Furniture");
    Enterprise e2;
    e2.id = QStringLiteral("E2");
    e2.name = QStringLiteral("Beta Printing");
    plant.enterprises = {e1, e2};
    plant.facilities = {
        facility(QStringLiteral("F2"), QStringLiteral("E1"), FacilityKind::Treatment,
                 Quantity::PowerKw, 0.5, 3, 0),
        facility(QStringLiteral("F1"), QStringLiteral("E1"), FacilityKind::Production,
                 Quantity::CurrentA, 1, 5, 30),
        facility(QStringLiteral("F3"), QStringLiteral("E1"), FacilityKind::Production,
                 Quantity::CurrentA, 1, 5, 30),
        facility(QStringLiteral("F4"), QStringLiteral("E2"), FacilityKind::Production,
                 Quantity::CurrentA, 2, 8, 0),
    };
    plant.points = {point(1, QStringLiteral("F1")), point(2, QStringLiteral("F2")),
                    point(4, QStringLiteral("F4"), 60)};
    return plant;
}

Sample sample(std::uint32_t key, std::int64_t tMs, double currentA, double powerKw)
{
    Sample s;
    s.point = key;
    s.tMs = tMs;
    s.set(Quantity::CurrentA, currentA);
    s.set(Quantity::PowerKw, powerKw);
    return s;
}

} // namespace

class TestPlantStatusModel : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void instantState_data();
    void instantState();
    void staleAfterThreeIntervals();
    void olderAndUnknownSamplesIgnored();
    void enterpriseSummaryRow();
    void summaryCounts();
    void dataChangedForFacilityAndEnterprise();
    void displayedValues();
};

void TestPlantStatusModel::structure()
{
    PlantStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlant(testPlant());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PlantStatusModel::ColumnCount));
    const QModelIndex e1 = model.index(0, 0);
    QCOMPARE(e1.data().toString(), QStringLiteral("Alpha Furniture"));
    QCOMPARE(model.rowCount(e1), 3);
    QCOMPARE(model.rowCount(model.index(1, 0)), 1);
    // Production first, treatment after, plant order otherwise.
    QCOMPARE(model.index(0, 0, e1).data(PlantStatusModel::FacilityIdRole).toString(),
             QStringLiteral("F1"));
    QCOMPARE(model.index(1, 0, e1).data(PlantStatusModel::FacilityIdRole).toString(),
             QStringLiteral("F3"));
    QCOMPARE(model.index(2, 0, e1).data(PlantStatusModel::FacilityIdRole).toString(),
             QStringLiteral("F2"));
    QCOMPARE(model.parent(model.index(2, 3, e1)), e1);
    QCOMPARE(model.facilityIndex(QStringLiteral("F4")).parent().row(), 1);
    QVERIFY(!model.facilityIndex(QStringLiteral("nope")).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0, e1)), 0);
    QCOMPARE(model.index(0, PlantStatusModel::KindColumn, e1).data().toString(),
             QStringLiteral("Production"));
    QCOMPARE(model.index(2, PlantStatusModel::TypeColumn, e1).data().toString(),
             QStringLiteral("Exhaust fan"));

    // The tester also watches resets and updates.
    model.refresh(kT0);
    model.applySamples({sample(1, kT0, 12, 6), sample(2, kT0, 20, 9)});
    model.refresh(kT0 + 3600'000);
    model.setPlant(testPlant());
    QCOMPARE(model.facilityState(QStringLiteral("F1")), RunState::Unknown);
}

void TestPlantStatusModel::instantState_data()
{
    QTest::addColumn<QString>("facility");
    QTest::addColumn<std::uint32_t>("key");
    QTest::addColumn<double>("currentA");
    QTest::addColumn<double>("powerKw");
    QTest::addColumn<int>("expected");
    // F1 by current: off < 1 <= idle < 5 <= running < 30 <= overload.
    QTest::newRow("booth off") << "F1" << 1u << 0.4 << 9.0 << int(RunState::Off);
    QTest::newRow("booth idle") << "F1" << 1u << 3.0 << 9.0 << int(RunState::Idle);
    QTest::newRow("booth at run threshold") << "F1" << 1u << 5.0 << 0.0 << int(RunState::Running);
    QTest::newRow("booth running") << "F1" << 1u << 24.0 << 0.0 << int(RunState::Running);
    QTest::newRow("booth overload") << "F1" << 1u << 31.5 << 0.0 << int(RunState::Overload);
    // F2 by power (its current is ignored): off < 0.5 <= idle < 3 <= running, no overload.
    QTest::newRow("fan off") << "F2" << 2u << 50.0 << 0.2 << int(RunState::Off);
    QTest::newRow("fan idle") << "F2" << 2u << 50.0 << 1.0 << int(RunState::Idle);
    QTest::newRow("fan running") << "F2" << 2u << 0.0 << 500.0 << int(RunState::Running);
    // F4 has no overload level.
    QTest::newRow("no overload level") << "F4" << 4u << 900.0 << 0.0 << int(RunState::Running);
}

void TestPlantStatusModel::instantState()
{
    QFETCH(QString, facility);
    QFETCH(std::uint32_t, key);
    QFETCH(double, currentA);
    QFETCH(double, powerKw);
    QFETCH(int, expected);
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.refresh(kT0);
    QCOMPARE(model.facilityState(facility), RunState::Unknown);
    model.applySamples({sample(key, kT0 - 1000, currentA, powerKw)});
    QCOMPARE(int(model.facilityState(facility)), expected);
    const QModelIndex state = model.facilityIndex(facility, PlantStatusModel::StateColumn);
    QCOMPARE(state.data(PlantStatusModel::RunStateRole).toInt(), expected);
}

void TestPlantStatusModel::staleAfterThreeIntervals()
{
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.applySamples({sample(1, kT0, 12, 6), sample(4, kT0, 12, 6)});
    model.refresh(kT0 + 30'000); // exactly 3 intervals of 10 s: still valid
    QCOMPARE(model.facilityState(QStringLiteral("F1")), RunState::Running);
    model.refresh(kT0 + 30'001);
    QCOMPARE(model.facilityState(QStringLiteral("F1")), RunState::Unknown);
    // The 60 s meter of F4 is allowed 180 s.
    QCOMPARE(model.facilityState(QStringLiteral("F4")), RunState::Running);
    model.refresh(kT0 + 180'001);
    QCOMPARE(model.facilityState(QStringLiteral("F4")), RunState::Unknown);
    // Values stay visible (greyed) after the state went unknown.
    const QModelIndex current =
        model.facilityIndex(QStringLiteral("F1"), PlantStatusModel::CurrentColumn);
    QCOMPARE(current.data(PlantStatusModel::ValueRole).toDouble(), 12.0);
    QVERIFY(current.data(Qt::ForegroundRole).isValid());
    // A new sample brings the state back.
    model.applySamples({sample(1, kT0 + 180'000, 0.2, 0)});
    QCOMPARE(model.facilityState(QStringLiteral("F1")), RunState::Off);
    // F3 has no point at all.
    QCOMPARE(model.facilityState(QStringLiteral("F3")), RunState::Unknown);
}

void TestPlantStatusModel::olderAndUnknownSamplesIgnored()
{
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.refresh(kT0);
    QSignalSpy summary(&model, &PlantStatusModel::summaryChanged);
    model.applySamples({sample(1, kT0, 12, 6)});
    model.applySamples({sample(1, kT0 - 10'000, 0.1, 0)});
    QCOMPARE(model.facilityState(QStringLiteral("F1")), RunState::Running);
    QCOMPARE(model.facilityIndex(QStringLiteral("F1"), 0)
                 .data(PlantStatusModel::LastUpdateRole)
                 .toLongLong(),
             kT0);
    model.applySamples({sample(99, kT0, 1, 1)});
    QCOMPARE(summary.count(), 1);
}

void TestPlantStatusModel::enterpriseSummaryRow()
{
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.refresh(kT0);
    model.applySamples({sample(1, kT0, 12, 6), sample(2, kT0, 4, 0.1)});
    const QModelIndex e1 = model.index(0, PlantStatusModel::StateColumn);
    QVERIFY(e1.data(PlantStatusModel::IsEnterpriseRole).toBool());
    QCOMPARE(e1.data(PlantStatusModel::OperatingCountRole).toInt(), 1);
    QCOMPARE(e1.data(PlantStatusModel::FacilityCountRole).toInt(), 3);
    QCOMPARE(e1.data().toString(), QStringLiteral("1 / 3 running"));
    // Enterprise power: sum of facilities with a valid state.
    QCOMPARE(model.index(0, PlantStatusModel::PowerColumn).data().toString(),
             QStringLiteral("6.1"));
    // The industry is in the enterprise's tooltip, not in the facility type column.
    QVERIFY(model.index(0, PlantStatusModel::TypeColumn).data().toString().isEmpty());
    QVERIFY(model.index(0, PlantStatusModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Furniture")));
    model.applySamples({sample(2, kT0 + 10'000, 4, 7.5)});
    QCOMPARE(e1.data(PlantStatusModel::OperatingCountRole).toInt(), 2);
    QCOMPARE(model.index(0, PlantStatusModel::UpdatedColumn)
                 .data(PlantStatusModel::LastUpdateRole)
                 .toLongLong(),
             kT0 + 10'000);
}

void TestPlantStatusModel::summaryCounts()
{
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.refresh(kT0);
    PlantStatusModel::Summary s = model.summary();
    QCOMPARE(s.enterprises, 2);
    QCOMPARE(s.productionTotal, 3);
    QCOMPARE(s.treatmentTotal, 1);
    QCOMPARE(s.noData, 4);
    model.applySamples({sample(1, kT0, 40, 6), sample(2, kT0, 4, 9), sample(4, kT0, 1, 0)});
    s = model.summary();
    QCOMPARE(s.productionOperating, 1); // F1 overloaded counts as operating, F4 is off
    QCOMPARE(s.treatmentOperating, 1);
    QCOMPARE(s.noData, 1); // F3 without meter
}

void TestPlantStatusModel::dataChangedForFacilityAndEnterprise()
{
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.refresh(kT0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySamples({sample(4, kT0, 12, 6)});
    QCOMPARE(changed.count(), 2);
    const QModelIndex facilityTopLeft = changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(facilityTopLeft, model.facilityIndex(QStringLiteral("F4")));
    const QModelIndex enterpriseTopLeft = changed.at(1).at(0).value<QModelIndex>();
    QVERIFY(!enterpriseTopLeft.parent().isValid());
    QCOMPARE(enterpriseTopLeft.row(), 1);
    changed.clear();
    model.refresh(kT0 + 60'000); // F4's 60 s meter is still fresh: nothing changes
    QCOMPARE(changed.count(), 0);
    model.refresh(kT0 + 200'000);
    QCOMPARE(changed.count(), 2);
}

void TestPlantStatusModel::displayedValues()
{
    PlantStatusModel model;
    model.setPlant(testPlant());
    model.refresh(kT0);
    const QModelIndex current =
        model.facilityIndex(QStringLiteral("F1"), PlantStatusModel::CurrentColumn);
    QCOMPARE(current.data().toString(), QStringLiteral("—"));
    Sample s;
    s.point = 1;
    s.tMs = kT0;
    s.set(Quantity::CurrentA, 23.456);
    model.applySamples({s});
    QCOMPARE(current.data().toString(), QStringLiteral("23.5"));
    // The point sent no power: the column keeps saying so.
    QCOMPARE(
        model.facilityIndex(QStringLiteral("F1"), PlantStatusModel::PowerColumn).data().toString(),
        QStringLiteral("—"));
    QVERIFY(std::isnan(model.facilityIndex(QStringLiteral("F1"), PlantStatusModel::PowerColumn)
                           .data(PlantStatusModel::ValueRole)
                           .toDouble()));
    QCOMPARE(
        model.facilityIndex(QStringLiteral("F1"), PlantStatusModel::StateColumn).data().toString(),
        QStringLiteral("Running"));
    QCOMPARE(model.headerData(PlantStatusModel::PowerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Power (kW)"));
}

QTEST_MAIN(TestPlantStatusModel)
#include "tst_plantstatusmodel.moc"
