#include "vocsync/ui/statetimelinepage.h"

#include "dayanalysis.h"
#include "kpicard.h"
#include "pageheader.h"
#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/statetimelinewidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vocsync::ui {

struct StateTimelinePage::Worker
{
    QFutureWatcher<DayAnalysis> watcher;
};

namespace {
std::int64_t dayStartMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), timeutil::stationZone()).toMSecsSinceEpoch();
}

QDate today()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(),
                                          timeutil::stationZone())
        .date();
}
} // namespace

StateTimelinePage::StateTimelinePage(const QString &dbPath, const Plant &plant, QWidget *parent)
    : QWidget(parent), m_worker(std::make_unique<Worker>()), m_dbPath(dbPath), m_plant(plant),
      m_sync(new KpiCard(theme::running(), this)), m_production(new KpiCard(theme::accent(), this)),
      m_eventCount(new KpiCard(theme::severityWarning(), this)),
      m_completeness(new KpiCard(theme::unknown(), this)),
      m_timeline(new StateTimelineWidget(this)), m_events(new QTableWidget(this))
{
    setObjectName(QStringLiteral("stateTimelinePage"));
    auto *header = new PageHeader(this);
    header->setTitle(tr("Run-state timeline"));
    header->setSubtitle(tr("One station day of an enterprise: the state of every facility, the "
                           "anomalies found, and the day's synchronous operation rate"));
    header->addTrailingWidget(createToolbar());

    m_sync->setTitle(tr("Sync rate of the day"));
    m_production->setTitle(tr("Production time"));
    m_eventCount->setTitle(tr("Anomalies"));
    m_completeness->setTitle(tr("Data completeness"));
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (KpiCard *card : {m_sync, m_production, m_eventCount, m_completeness})
        cards->addWidget(card);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("card"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_timeline);

    m_events->setObjectName(QStringLiteral("timelineEvents"));
    m_events->setColumnCount(6);
    m_events->setHorizontalHeaderLabels({tr("Start"), tr("End"), tr("Duration"), tr("Facility"),
                                         tr("Anomaly"), tr("Production facility")});
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setAlternatingRowColors(true);
    m_events->setShowGrid(false);
    m_events->setWordWrap(false);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_events->verticalHeader()->setDefaultSectionSize(28);
    const QFontMetrics fm(font());
    for (int c : {0, 1})
        m_events->horizontalHeader()->resizeSection(
            c, fm.horizontalAdvance(QStringLiteral("00-00 00:00:00")) + 24);
    m_events->horizontalHeader()->resizeSection(2, 110);
    m_events->horizontalHeader()->resizeSection(3, 200);
    m_events->horizontalHeader()->resizeSection(4, 150);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_events);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_events->setMinimumHeight(90);
    // The bands come first; the list scrolls beyond a few rows.
    m_events->setMaximumHeight(150);
    splitter->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pageSubtitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addLayout(cards);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(&m_worker->watcher, &QFutureWatcher<DayAnalysis>::finished, this, [this] {
        m_running = false;
        // A reply for an older choice is dropped: the pending request shows the current one.
        if (m_pending) {
            startNext();
            return;
        }
        const DayAnalysis day = m_worker->watcher.result();
        showAnalysis(day);
        emit analysisFinished(day.error.isEmpty());
    });
    m_timeline->setMessage(tr("Choose an enterprise and a day"));
}

StateTimelinePage::~StateTimelinePage()
{
    m_worker->watcher.waitForFinished();
}

QWidget *StateTimelinePage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_enterprise = new QComboBox(bar);
    m_enterprise->setObjectName(QStringLiteral("timelineEnterprise"));
    for (const Enterprise &e : m_plant.enterprises)
        m_enterprise->addItem(QIcon(QStringLiteral(":/icons/enterprise.svg")), e.name, e.id);
    m_enterprise->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_day = new QDateEdit(today(), bar);
    m_day->setObjectName(QStringLiteral("timelineDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_day->setMaximumDate(today());
    m_day->setMinimumWidth(
        m_day->fontMetrics().horizontalAdvance(m_day->date().toString(m_day->displayFormat())) +
        48);
    auto *previous = new QToolButton(bar);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous day"));
    auto *next = new QToolButton(bar);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next day"));
    auto *todayButton = new QPushButton(tr("Today"), bar);
    connect(previous, &QToolButton::clicked, this,
            [this] { m_day->setDate(m_day->date().addDays(-1)); });
    connect(next, &QToolButton::clicked, this,
            [this] { m_day->setDate(m_day->date().addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { m_day->setDate(today()); });
    connect(m_day, &QDateEdit::dateChanged, this, &StateTimelinePage::refresh);
    connect(m_enterprise, &QComboBox::currentIndexChanged, this, &StateTimelinePage::refresh);
    layout->addWidget(m_enterprise);
    layout->addSpacing(8);
    layout->addWidget(previous);
    layout->addWidget(m_day);
    layout->addWidget(next);
    layout->addWidget(todayButton);
    return bar;
}

void StateTimelinePage::setEnterprise(const QString &enterpriseId)
{
    const int i = m_enterprise->findData(enterpriseId);
    if (i >= 0)
        m_enterprise->setCurrentIndex(i);
}

QString StateTimelinePage::enterpriseId() const
{
    return m_enterprise->currentData().toString();
}

void StateTimelinePage::setDay(const QDate &day)
{
    m_day->setMaximumDate(std::max(today(), day));
    m_day->setDate(day);
}

QDate StateTimelinePage::day() const
{
    return m_day->date();
}

bool StateTimelinePage::isBusy() const
{
    // Not the watcher's state: a finished future is busy until its result is shown.
    return m_running || m_pending;
}

void StateTimelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        refresh();
}

void StateTimelinePage::refresh()
{
    if (enterpriseId().isEmpty())
        return;
    m_requested = true;
    m_pending = true;
    m_status->setText(tr("Analysing the stored samples…"));
    if (!m_running)
        startNext();
}

void StateTimelinePage::startNext()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_running = true;
    const std::int64_t from = dayStartMs(m_day->date());
    const std::int64_t to = dayStartMs(m_day->date().addDays(1));
    m_worker->watcher.setFuture(QtConcurrent::run(analyseDay, m_dbPath, m_plant, enterpriseId(),
                                                  from, to, QDateTime::currentMSecsSinceEpoch(),
                                                  analysis::AnalysisOptions{}));
}

void StateTimelinePage::showAnalysis(const DayAnalysis &day)
{
    if (!day.error.isEmpty()) {
        m_timeline->setMessage(day.error);
        m_status->setText(tr("The analysis failed: %1").arg(day.error));
        m_events->setRowCount(0);
        return;
    }
    const Plant sub = enterprisePlant(m_plant, day.enterpriseId);
    StateTimelineData data;
    data.fromMs = day.dayFromMs;
    data.toMs = day.dayToMs;
    data.nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const Facility &f : sub.facilities)
        data.facilityNames.insert(f.id, f.name);
    std::int64_t productionMs = 0;
    for (const analysis::FacilityStates &fs : day.result.facilities) {
        const Facility *f = sub.facility(fs.facility);
        if (!f)
            continue;
        TimelineBand band;
        band.facilityId = f->id;
        band.title = f->name;
        band.subtitle = QStringLiteral("%1 · %2").arg(Labels::facilityKind(f->kind),
                                                      Labels::facilityType(f->type));
        band.production = f->kind == FacilityKind::Production;
        band.states = analysis::clip(fs.states, day.dayFromMs, day.dayToMs);
        for (const analysis::SyncFigures &s : day.daySync) {
            if (s.production == f->id) {
                band.syncRatePercent = s.ratePercent();
                productionMs += s.productionMs;
            }
        }
        data.bands.append(band);
    }
    for (const analysis::Event &e : day.result.events) {
        if (e.endMs > day.dayFromMs && e.startMs < day.dayToMs)
            data.events.append(e);
    }
    m_timeline->setData(data);

    m_sync->setValue(day.enterpriseSyncRate
                         ? QStringLiteral("%1 %").arg(*day.enterpriseSyncRate, 0, 'f', 1)
                         : QStringLiteral("—"));
    m_sync->setCaption(tr("time-weighted over the production facilities"));
    m_production->setValue(
        tr("%1 h").arg(static_cast<double>(productionMs) / timeutil::kHourMs, 0, 'f', 1));
    m_production->setCaption(tr("summed over the production facilities"));
    m_eventCount->setValue(QString::number(data.events.size()));
    m_eventCount->setCaption(tr("anomalies touching this day"));
    m_completeness->setValue(QStringLiteral("%1 %").arg(day.completenessPercent, 0, 'f', 1));
    m_completeness->setCaption(tr("time with valid data"));
    fillEvents(day);
    m_status->setText(tr("%1 samples analysed · %2 (station time)")
                          .arg(day.samples)
                          .arg(m_day->date().toString(QStringLiteral("yyyy-MM-dd"))));
}

void StateTimelinePage::fillEvents(const DayAnalysis &day)
{
    m_events->setRowCount(0);
    const QTimeZone zone = timeutil::stationZone();
    const QString format = QStringLiteral("MM-dd HH:mm:ss");
    const Plant sub = enterprisePlant(m_plant, day.enterpriseId);
    const auto name = [&sub](const QString &id) {
        const Facility *f = sub.facility(id);
        return f ? f->name : id;
    };
    for (const analysis::Event &e : day.result.events) {
        if (e.endMs <= day.dayFromMs || e.startMs >= day.dayToMs)
            continue;
        const int row = m_events->rowCount();
        m_events->insertRow(row);
        const QStringList cells = {QDateTime::fromMSecsSinceEpoch(e.startMs, zone).toString(format),
                                   QDateTime::fromMSecsSinceEpoch(e.endMs, zone).toString(format),
                                   Labels::duration(e.durationMs()),
                                   name(e.facility),
                                   analysis::eventTypeName(e.type),
                                   e.related.isEmpty() ? QString() : name(e.related)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 4)
                item->setForeground(e.severity == analysis::Severity::Alarm
                                        ? theme::severityAlarm()
                                        : theme::severityWarning());
            m_events->setItem(row, c, item);
        }
    }
}

} // namespace vocsync::ui
