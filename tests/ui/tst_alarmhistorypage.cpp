// The alarm history page over a temporary AlarmStore: a search runs off the GUI thread and
// fills the table with counts; enterprise, type, acknowledged-by, text and time range narrow
// it; the CSV export writes what the table shows (BOM, header, names). Also the end of a shift
// used by "shelve until the end of the shift".
#include "alarmfixture.h"

#include "vocsync/alarms/alarmstore.h"
#include "vocsync/ui/alarmhistorypage.h"
#include "vocsync/ui/models/alarmtablemodel.h"
#include "vocsync/ui/shifts.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace alarmfixture;
using alarms::AlarmLevel;
using alarms::AlarmState;

class TestAlarmHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchFillsTableWithCounts();
    void searchNarrowsByEveryField();
    void exportWritesCsv();
    void shiftEnd_data();
    void shiftEnd();

private:
    int search(ui::AlarmHistoryPage &page, const alarms::AlarmQuery &query);

    QTemporaryDir m_dir;
    QString m_dbPath;
};

void TestAlarmHistoryPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("station.db"));
    auto store = alarms::AlarmStore::open(m_dbPath);
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    QList<alarms::Alarm> alarms = {
        alarm(0, "E01", "F02", AlarmLevel::Alarm, AlarmState::Normal, t0 - 48 * 60 * kMin,
              QStringLiteral("活性炭吸附装置未同时开启，持续43分钟")),
        alarm(0, "E01", "F02", AlarmLevel::Warning, AlarmState::ClearedUnacknowledged,
              t0 - 2 * 60 * kMin, QStringLiteral("活性炭吸附装置滞后开启")),
        alarm(0, "E02", "F04", AlarmLevel::Warning, AlarmState::ActiveUnacknowledged, t0,
              QStringLiteral("RTO焚烧炉空转")),
    };
    alarms[1].type = QStringLiteral("late_start");
    alarms[2].type = QStringLiteral("treatment_idle");
    for (alarms::Alarm &a : alarms) {
        a.conditionKey = QStringLiteral("%1|%2").arg(a.facility).arg(a.startMs);
        auto saved = store.value()->saveAlarm(a);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    }
}

int TestAlarmHistoryPage::search(ui::AlarmHistoryPage &page, const alarms::AlarmQuery &query)
{
    QSignalSpy finished(&page, &ui::AlarmHistoryPage::searchFinished);
    page.setQuery(query);
    page.search();
    if (!finished.wait(10000))
        return -1;
    if (!finished.first().at(1).toString().isEmpty())
        qWarning() << finished.first().at(1).toString();
    return finished.first().first().toInt();
}

void TestAlarmHistoryPage::searchFillsTableWithCounts()
{
    ui::AlarmHistoryPage page(m_dbPath, plant());
    alarms::AlarmQuery q;
    q.fromMs = t0 - 7 * 24 * 60 * kMin;
    q.toMs = t0 + 60 * kMin;
    QCOMPARE(search(page, q), 3);
    QCOMPARE(page.model()->rowCount(), 3);
    // Newest first from the store.
    QCOMPARE(page.model()->alarmAt(0).message, QStringLiteral("RTO焚烧炉空转"));
    const QString summary = page.summary();
    QVERIFY2(summary.contains(QLatin1String("3")), qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral("%1 1").arg(alarms::alarmLevelName(AlarmLevel::Alarm))),
        qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral("%1 2").arg(alarms::alarmLevelName(AlarmLevel::Warning))),
        qPrintable(summary));
    // The form shows what was asked, to the minute, in the station's zone.
    QCOMPARE(page.query().fromMs, q.fromMs);
    QCOMPARE(page.query().toMs, q.toMs);
}

void TestAlarmHistoryPage::searchNarrowsByEveryField()
{
    ui::AlarmHistoryPage page(m_dbPath, plant());
    alarms::AlarmQuery q;
    q.fromMs = t0 - 7 * 24 * 60 * kMin;
    q.toMs = t0 + 60 * kMin;
    q.enterprise = QStringLiteral("E02");
    QCOMPARE(search(page, q), 1);
    QCOMPARE(page.model()->alarmAt(0).facility, QStringLiteral("F04"));
    q.enterprise.clear();
    q.type = QStringLiteral("late_start");
    QCOMPARE(search(page, q), 1);
    QCOMPARE(page.query().type, QStringLiteral("late_start"));
    q.type.clear();
    q.ackBy = QStringLiteral("张工");
    QCOMPARE(search(page, q), 1);
    QCOMPARE(page.model()->alarmAt(0).state, AlarmState::Normal);
    q.ackBy.clear();
    q.text = QStringLiteral("活性炭");
    QCOMPARE(search(page, q), 2);
    q.text.clear();
    q.fromMs = t0 - 3 * 60 * kMin; // the two-day-old alarm drops out
    QCOMPARE(search(page, q), 2);
}

void TestAlarmHistoryPage::exportWritesCsv()
{
    ui::AlarmHistoryPage page(m_dbPath, plant());
    alarms::AlarmQuery q;
    q.fromMs = t0 - 7 * 24 * 60 * kMin;
    q.toMs = t0 + 60 * kMin;
    QCOMPARE(search(page, q), 3);
    const QString path = m_dir.filePath(QStringLiteral("export/alarms.csv"));
    // A folder that does not exist: the error names the file.
    const Status failed = page.exportCsv(path);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().where, path);

    const QString good = m_dir.filePath(QStringLiteral("alarms.csv"));
    const Status written = page.exportCsv(good);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header and three alarms
    QVERIFY(text.contains(QStringLiteral("RTO焚烧炉空转")));
    QVERIFY(text.contains(QStringLiteral("嘉兴示例印刷有限公司"))); // names, not ids
    QVERIFY(text.contains(QStringLiteral("已电话通知企业")));
}

void TestAlarmHistoryPage::shiftEnd_data()
{
    QTest::addColumn<std::int64_t>("now");
    QTest::addColumn<std::int64_t>("expected");
    QTest::newRow("morning shift")
        << shanghai(2026, 11, 24, 10, 0) << shanghai(2026, 11, 24, 20, 0);
    QTest::newRow("night shift before midnight")
        << shanghai(2026, 11, 24, 21, 30) << shanghai(2026, 11, 25, 8, 0);
    QTest::newRow("night shift after midnight")
        << shanghai(2026, 11, 25, 2, 0) << shanghai(2026, 11, 25, 8, 0);
    QTest::newRow("exactly at a start")
        << shanghai(2026, 11, 24, 8, 0) << shanghai(2026, 11, 24, 20, 0);
}

void TestAlarmHistoryPage::shiftEnd()
{
    QFETCH(std::int64_t, now);
    QFETCH(std::int64_t, expected);
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    QCOMPARE(ui::shiftEndMs(now, {QTime(20, 0), QTime(8, 0)}, zone), expected);
    QCOMPARE(ui::shiftEndMs(now, {}, zone), now + 8 * 60 * kMin);
}

QTEST_MAIN(TestAlarmHistoryPage)
#include "tst_alarmhistorypage.moc"
