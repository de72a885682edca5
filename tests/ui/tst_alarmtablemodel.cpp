// The alarm table model and its filter: structure checked by QAbstractItemModelTester while
// alarms are set, inserted, updated and removed; names, levels, durations and shelving as the
// panel shows them; each filter alone and combined.
#include "alarmfixture.h"

#include "vocsync/ui/models/alarmfiltermodel.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vocsync;
using namespace alarmfixture;
using alarms::AlarmLevel;
using alarms::AlarmState;
using ui::AlarmFilterModel;
using ui::AlarmTableModel;

namespace {
QList<alarms::Alarm> sampleAlarms()
{
    return {
        alarm(1, "E01", "F02", AlarmLevel::Alarm, AlarmState::ActiveUnacknowledged, t0,
              QStringLiteral("活性炭吸附装置未同时开启")),
        alarm(2, "E01", "F02", AlarmLevel::Warning, AlarmState::ActiveAcknowledged, t0 - 60 * kMin,
              QStringLiteral("滞后开启")),
        alarm(3, "E02", "F04", AlarmLevel::Warning, AlarmState::ClearedUnacknowledged,
              t0 - 120 * kMin, QStringLiteral("RTO提前关闭")),
        alarm(4, "E02", "F04", AlarmLevel::Alarm, AlarmState::Normal, t0 - 180 * kMin,
              QStringLiteral("已恢复")),
    };
}

QStringList ids(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << QString::number(m.index(r, 0).data(AlarmTableModel::AlarmIdRole).toLongLong());
    out.sort();
    return out;
}
} // namespace

class TestAlarmTableModel : public QObject
{
    Q_OBJECT

private slots:
    void currentModeDropsNormalAlarms();
    void showsNamesLevelsAndDurations();
    void updateInsertsUpdatesAndRemoves();
    void shelvedFollowsTheClock();
    void filtersByLevelStateEnterpriseAndText();
    void filterFollowsStateChanges();
};

void TestAlarmTableModel::currentModeDropsNormalAlarms()
{
    AlarmTableModel current(AlarmTableModel::Mode::Current);
    QAbstractItemModelTester tester(&current,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    current.setPlant(plant());
    current.setAlarms(sampleAlarms());
    QCOMPARE(current.rowCount(), 3);
    QCOMPARE(current.rowOf(4), -1);

    AlarmTableModel history(AlarmTableModel::Mode::History);
    QAbstractItemModelTester historyTester(&history,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setAlarms(sampleAlarms());
    QCOMPARE(history.rowCount(), 4);
    QCOMPARE(history.columnCount(), int(AlarmTableModel::ColumnCount));
}

void TestAlarmTableModel::showsNamesLevelsAndDurations()
{
    AlarmTableModel m(AlarmTableModel::Mode::Current);
    m.setPlant(plant());
    m.setAlarms(sampleAlarms());
    m.setNow(t0 + 43 * kMin);
    const int row = m.rowOf(1);
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m.index(row, column).data(role);
    };
    QCOMPARE(cell(AlarmTableModel::EnterpriseColumn).toString(),
             QStringLiteral("湖州某某家具有限公司"));
    QCOMPARE(cell(AlarmTableModel::FacilityColumn).toString(), QStringLiteral("活性炭吸附装置"));
    QCOMPARE(cell(AlarmTableModel::TypeColumn).toString(),
             analysis::eventTypeName(analysis::EventType::TreatmentNotStarted));
    QCOMPARE(cell(AlarmTableModel::LevelColumn).toString(),
             alarms::alarmLevelName(AlarmLevel::Alarm));
    QCOMPARE(cell(AlarmTableModel::StateColumn).toString(),
             alarms::alarmStateName(AlarmState::ActiveUnacknowledged));
    // Raised one minute after t0, shown in the station's zone (UTC+8), to the second.
    QCOMPARE(cell(AlarmTableModel::RaisedColumn).toString(), QStringLiteral("11-24 10:01:00"));
    // Active: duration up to now, 43 minutes.
    QCOMPARE(cell(AlarmTableModel::DurationColumn, AlarmTableModel::SortRole).toLongLong(),
             43 * kMin);
    QVERIFY(cell(AlarmTableModel::DurationColumn).toString().contains(QLatin1String("43")));
    // Cleared: duration up to the clear, whatever the clock says.
    const int cleared = m.rowOf(3);
    QCOMPARE(m.index(cleared, AlarmTableModel::DurationColumn)
                 .data(AlarmTableModel::SortRole)
                 .toLongLong(),
             20 * kMin);
    QCOMPARE(cell(AlarmTableModel::LevelColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(0xc4, 0x1d, 0x1d));
    QVERIFY(cell(AlarmTableModel::MessageColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m.index(m.rowOf(2), AlarmTableModel::MessageColumn)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .bold());
}

void TestAlarmTableModel::updateInsertsUpdatesAndRemoves()
{
    AlarmTableModel m(AlarmTableModel::Mode::Current);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setPlant(plant());
    m.setAlarms(sampleAlarms());
    QSignalSpy changed(&m, &AlarmTableModel::alarmsChanged);

    alarms::Alarm fresh =
        alarm(9, "E02", "F04", AlarmLevel::Warning, AlarmState::ActiveUnacknowledged, t0 + kMin,
              QStringLiteral("新报警"));
    m.updateAlarm(fresh);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.rowOf(9), 0); // newest first

    fresh.state = AlarmState::ActiveAcknowledged;
    fresh.ackBy = QStringLiteral("李工");
    m.updateAlarm(fresh);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.index(m.rowOf(9), 0).data(AlarmTableModel::AcknowledgedRole).toBool(), true);
    QCOMPARE(m.index(m.rowOf(9), AlarmTableModel::AckByColumn).data().toString(),
             QStringLiteral("李工"));

    fresh.state = AlarmState::Normal;
    m.updateAlarm(fresh);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.rowOf(9), -1);
    QCOMPARE(changed.count(), 3);

    // A normal alarm the current table never had is not added.
    m.updateAlarm(alarm(10, "E01", "F02", AlarmLevel::Alarm, AlarmState::Normal, t0, {}));
    QCOMPARE(m.rowCount(), 3);
}

void TestAlarmTableModel::shelvedFollowsTheClock()
{
    AlarmTableModel m(AlarmTableModel::Mode::Current);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    alarms::Alarm a = alarm(1, "E01", "F02", AlarmLevel::Alarm, AlarmState::ActiveUnacknowledged,
                            t0, QStringLiteral("x"));
    a.shelvedUntilMs = t0 + 60 * kMin;
    a.shelvedBy = QStringLiteral("张工");
    m.setAlarms({a});
    m.setNow(t0 + 30 * kMin);
    QVERIFY(m.index(0, 0).data(AlarmTableModel::ShelvedRole).toBool());
    QVERIFY(m.index(0, AlarmTableModel::ShelvedColumn)
                .data()
                .toString()
                .contains(QLatin1String("11:00")));
    m.setNow(t0 + 61 * kMin);
    QVERIFY(!m.index(0, 0).data(AlarmTableModel::ShelvedRole).toBool());
    QVERIFY(m.index(0, AlarmTableModel::ShelvedColumn).data().toString().isEmpty());
}

void TestAlarmTableModel::filtersByLevelStateEnterpriseAndText()
{
    AlarmTableModel m(AlarmTableModel::Mode::History);
    m.setPlant(plant());
    m.setAlarms(sampleAlarms());
    m.setNow(t0 + kMin);
    AlarmFilterModel f;
    f.setSourceModel(&m);
    QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ids(f), QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4")}));

    f.setLevel(AlarmLevel::Alarm);
    QCOMPARE(ids(f), QStringList({QStringLiteral("1"), QStringLiteral("4")}));
    f.setLevel(std::nullopt);

    f.setStateFilter(AlarmFilterModel::StateFilter::Unacknowledged);
    QCOMPARE(ids(f), QStringList({QStringLiteral("1"), QStringLiteral("3")}));
    f.setStateFilter(AlarmFilterModel::StateFilter::Active);
    QCOMPARE(ids(f), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    f.setStateFilter(AlarmFilterModel::StateFilter::Cleared);
    QCOMPARE(ids(f), QStringList({QStringLiteral("3")}));
    f.setStateFilter(AlarmFilterModel::StateFilter::Any);

    f.setEnterprise(QStringLiteral("E02"));
    QCOMPARE(ids(f), QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    // Combined: E02 and alarm level.
    f.setLevel(AlarmLevel::Alarm);
    QCOMPARE(ids(f), QStringList({QStringLiteral("4")}));
    f.setLevel(std::nullopt);
    f.setEnterprise(QString());

    // Text: message, facility name, enterprise name, comment; case-insensitive.
    f.setText(QStringLiteral("rto"));
    QCOMPARE(ids(f), QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    f.setText(QStringLiteral("活性炭"));
    QCOMPARE(ids(f), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    f.setText(QStringLiteral("电话通知"));
    QCOMPARE(ids(f), QStringList({QStringLiteral("2"), QStringLiteral("4")}));
    f.setText(QStringLiteral("不存在的文字"));
    QCOMPARE(f.rowCount(), 0);
}

void TestAlarmTableModel::filterFollowsStateChanges()
{
    AlarmTableModel m(AlarmTableModel::Mode::Current);
    m.setPlant(plant());
    m.setAlarms(sampleAlarms());
    AlarmFilterModel f;
    f.setSourceModel(&m);
    QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.setStateFilter(AlarmFilterModel::StateFilter::Unacknowledged);
    QCOMPARE(ids(f), QStringList({QStringLiteral("1"), QStringLiteral("3")}));
    alarms::Alarm acked = m.alarmAt(m.rowOf(1));
    acked.state = AlarmState::ActiveAcknowledged;
    acked.ackBy = QStringLiteral("王工");
    m.updateAlarm(acked);
    QCOMPARE(ids(f), QStringList({QStringLiteral("3")}));
}

QTEST_MAIN(TestAlarmTableModel)
#include "tst_alarmtablemodel.moc"
