// The state timeline: the widget paints a hand-built timeline (pixel colours checked at known
// times on each band and on the event strip; tooltips name the event and the state), and the
// page analyses a stored day end to end (samples written to a temporary station database,
// the worker's states, events and sync rate shown).
#include "alarmfixture.h"

#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/statetimelinepage.h"
#include "vocsync/ui/statetimelinewidget.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace alarmfixture;
using analysis::StateInterval;

namespace {
constexpr std::int64_t kHour = 60 * kMin;
const std::int64_t kDay = shanghai(2026, 11, 23, 0, 0);

ui::StateTimelineData handBuilt()
{
    ui::StateTimelineData d;
    d.fromMs = kDay;
    d.toMs = kDay + 24 * kHour;
    ui::TimelineBand production;
    production.facilityId = QStringLiteral("F01");
    production.title = QStringLiteral("喷漆房1");
    production.production = true;
    production.syncRatePercent = 62.5;
    production.states = {{RunState::Running, kDay, kDay + 12 * kHour},
                         {RunState::Off, kDay + 12 * kHour, kDay + 24 * kHour}};
    ui::TimelineBand treatment;
    treatment.facilityId = QStringLiteral("F02");
    treatment.title = QStringLiteral("活性炭吸附装置");
    treatment.states = {{RunState::Idle, kDay, kDay + 6 * kHour},
                        {RunState::Overload, kDay + 6 * kHour, kDay + 12 * kHour}};
    d.bands = {production, treatment};
    analysis::Event e =
        syncEvent(kDay + 8 * kHour, kDay + 10 * kHour, false, analysis::EventType::TreatmentIdle);
    e.severity = analysis::Severity::Alarm;
    d.events = {e};
    d.facilityNames = {{QStringLiteral("F01"), QStringLiteral("喷漆房1")},
                       {QStringLiteral("F02"), QStringLiteral("活性炭吸附装置")}};
    return d;
}

Plant storedPlant(const QString &dbPath)
{
    Plant p = plant();
    for (Facility &f : p.facilities) {
        f.thresholds.quantity = Quantity::CurrentA;
        f.thresholds.off = 1;
        f.thresholds.run = 5;
        f.thresholds.hysteresis = 0.5;
        f.thresholds.minDwellS = 60;
    }
    for (MonitoringPoint &m : p.points)
        m.key = 0;
    auto conn = storage::Connection::open(dbPath);
    if (!conn || !storage::plantrepository::save(conn.value().db(), p))
        return {};
    auto loaded = storage::plantrepository::load(conn.value().db());
    return loaded ? loaded.value() : Plant{};
}
} // namespace

class TestStateTimeline : public QObject
{
    Q_OBJECT

private slots:
    void widgetDrawsBands();
    void widgetToolTips();
    void widgetMessageReplacesBands();
    void pageAnalysesStoredDay();
};

void TestStateTimeline::widgetDrawsBands()
{
    ui::StateTimelineWidget w;
    w.resize(1100, 220);
    w.setData(handBuilt());
    const QImage image = w.grab().toImage();
    QCOMPARE(image.width(), 1100);
    const auto colourAt = [&](int row, int hour) {
        const QRect band = w.bandRect(row);
        return QColor(image.pixel(w.xForTime(kDay + hour * kHour), band.center().y()));
    };
    QCOMPARE(colourAt(0, 3), ui::Labels::runStateColor(RunState::Running));
    QCOMPARE(colourAt(0, 18), ui::Labels::runStateColor(RunState::Off));
    QCOMPARE(colourAt(1, 3), ui::Labels::runStateColor(RunState::Idle));
    QCOMPARE(colourAt(1, 7), ui::Labels::runStateColor(RunState::Overload));
    // Inside the event span the band keeps its state colour (only the edge is outlined).
    QCOMPARE(colourAt(1, 9), ui::Labels::runStateColor(RunState::Overload));
    // No interval after 12:00: unknown.
    QCOMPARE(colourAt(1, 18), ui::Labels::runStateColor(RunState::Unknown));
    // The event strip under the band: the alarm colour inside the event, nothing outside.
    const QRect strip = w.eventStripRect(1);
    QCOMPARE(QColor(image.pixel(w.xForTime(kDay + 9 * kHour), strip.center().y())),
             ui::Labels::alarmLevelColor(alarms::AlarmLevel::Alarm));
    QVERIFY(QColor(image.pixel(w.xForTime(kDay + 14 * kHour), strip.center().y())) !=
            ui::Labels::alarmLevelColor(alarms::AlarmLevel::Alarm));
    // Rows do not overlap and the bands span the time axis.
    QVERIFY(w.bandRect(1).top() > w.bandRect(0).bottom());
    QCOMPARE(w.xForTime(kDay), w.bandRect(0).left());
    QCOMPARE(w.xForTime(kDay + 24 * kHour), w.bandRect(0).left() + w.bandRect(0).width());
}

void TestStateTimeline::widgetToolTips()
{
    ui::StateTimelineWidget w;
    w.resize(1100, 220);
    w.setData(handBuilt());
    const QPoint onEvent(w.xForTime(kDay + 9 * kHour), w.eventStripRect(1).center().y());
    const QString eventTip = w.toolTipAt(onEvent);
    QVERIFY2(eventTip.contains(analysis::eventTypeName(analysis::EventType::TreatmentIdle)),
             qPrintable(eventTip));
    QVERIFY(eventTip.contains(QStringLiteral("喷漆房1")));             // related facility
    QVERIFY(eventTip.contains(QStringLiteral("2026-11-23 08:00:00"))); // start, station zone
    QVERIFY(eventTip.contains(QStringLiteral("2026-11-23 10:00:00"))); // end
    QVERIFY(eventTip.contains(ui::Labels::duration(2 * kHour)));
    QVERIFY(eventTip.contains(QStringLiteral("production_level_a"))); // evidence

    const QPoint onBand(w.xForTime(kDay + 3 * kHour), w.bandRect(0).center().y());
    const QString bandTip = w.toolTipAt(onBand);
    QVERIFY2(bandTip.contains(ui::Labels::runState(RunState::Running)), qPrintable(bandTip));
    QVERIFY(bandTip.contains(QStringLiteral("00:00:00")));
    QVERIFY(bandTip.contains(QStringLiteral("12:00:00")));
    QVERIFY(w.toolTipAt(QPoint(2, 2)).isEmpty());
}

void TestStateTimeline::widgetMessageReplacesBands()
{
    ui::StateTimelineWidget w;
    w.resize(1100, 220);
    w.setData(handBuilt());
    w.setMessage(QStringLiteral("无数据"));
    const QImage image = w.grab().toImage();
    const QRect band = w.bandRect(0);
    QVERIFY(QColor(image.pixel(w.xForTime(kDay + 3 * kHour), band.center().y())) !=
            ui::Labels::runStateColor(RunState::Running));
}

void TestStateTimeline::pageAnalysesStoredDay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("station.db"));
    const Plant p = storedPlant(dbPath);
    QCOMPARE(p.points.size(), 4);
    QVERIFY(p.points.first().key != 0);

    // F01 (production) runs 08:00-12:00 while its adsorber F02 stays off: not started.
    // F03 and F04 run together 09:00-11:00: in sync.
    storage::SampleWriter writer(dbPath);
    QVERIFY(writer.start().ok());
    const auto current = [](const QString &facility, std::int64_t t) {
        const std::int64_t h = (t - kDay) / kHour;
        if (facility == QLatin1String("F01"))
            return h >= 8 && h < 12 ? 20.0 : 0.2;
        if (facility == QLatin1String("F03") || facility == QLatin1String("F04"))
            return h >= 9 && h < 11 ? 15.0 : 0.1;
        return 0.1;
    };
    for (std::int64_t t = kDay - kHour; t < kDay + 25 * kHour; t += 10'000) {
        SampleBatch batch;
        for (const MonitoringPoint &m : p.points) {
            Sample s;
            s.point = m.key;
            s.tMs = t;
            s.set(Quantity::CurrentA, current(m.facilityId, t));
            s.set(Quantity::PowerKw, current(m.facilityId, t) * 0.6);
            batch.push_back(s);
        }
        writer.enqueue(std::move(batch));
    }
    QVERIFY(writer.flush().ok());
    writer.stop();

    ui::StateTimelinePage page(dbPath, p);
    page.resize(1200, 800);
    QSignalSpy finished(&page, &ui::StateTimelinePage::analysisFinished);
    page.setEnterprise(QStringLiteral("E01"));
    page.setDay(QDate(2026, 11, 23));
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !page.isBusy(), 30000);
    QVERIFY(finished.last().first().toBool());

    const ui::StateTimelineData &d = page.timeline()->data();
    QCOMPARE(d.fromMs, kDay);
    QCOMPARE(d.toMs, kDay + 24 * kHour);
    QCOMPARE(d.bands.size(), 2); // E01's two facilities only
    QCOMPARE(d.bands.at(0).facilityId, QStringLiteral("F01"));
    QCOMPARE(analysis::stateAt(d.bands.at(0).states, kDay + 10 * kHour), RunState::Running);
    QCOMPARE(analysis::stateAt(d.bands.at(0).states, kDay + 14 * kHour), RunState::Off);
    QCOMPARE(analysis::stateAt(d.bands.at(1).states, kDay + 10 * kHour), RunState::Off);
    // The production facility ran with its treatment off the whole time: 0 % in sync.
    QVERIFY(d.bands.at(0).syncRatePercent.has_value());
    QCOMPARE(*d.bands.at(0).syncRatePercent, 0.0);
    const auto notStarted = std::find_if(d.events.cbegin(), d.events.cend(), [](const auto &e) {
        return e.type == analysis::EventType::TreatmentNotStarted;
    });
    QVERIFY(notStarted != d.events.cend());
    QCOMPARE(notStarted->facility, QStringLiteral("F02"));
    QCOMPARE(notStarted->related, QStringLiteral("F01"));
    QVERIFY(std::abs(notStarted->startMs - (kDay + 8 * kHour)) <= 2 * kMin);
    QVERIFY(page.events()->rowCount() >= 1);

    // The other enterprise: both run together, 100 %.
    finished.clear();
    page.setEnterprise(QStringLiteral("E02"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !page.isBusy(), 30000);
    const ui::StateTimelineData &d2 = page.timeline()->data();
    QCOMPARE(d2.bands.size(), 2);
    QCOMPARE(d2.bands.at(0).facilityId, QStringLiteral("F03"));
    QVERIFY(d2.bands.at(0).syncRatePercent.has_value());
    QVERIFY2(*d2.bands.at(0).syncRatePercent > 95.0,
             qPrintable(QString::number(*d2.bands.at(0).syncRatePercent)));
}

QTEST_MAIN(TestStateTimeline)
#include "tst_statetimeline.moc"
