#include "trendpage.h"

#include "pageheader.h"
#include "statebadgedelegate.h"
#include "trendplot.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/plantstatusmodel.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace vocsync::ui {

namespace {
constexpr int kLoadDebounceMs = 120;
constexpr std::int64_t kRecentKeepMs = 30 * timeutil::kMinuteMs;
/// Loaded history reaches this share of the visible span beyond each edge, so short pans
/// need no new query.
constexpr std::int64_t kMarginDivisor = 4;

struct QuickRange
{
    const char *label;
    std::int64_t spanMs;
};
constexpr std::array<QuickRange, 4> kQuickRanges = {{
    {QT_TRANSLATE_NOOP("vocsync::ui::TrendPage", "1 h"), timeutil::kHourMs},
    {QT_TRANSLATE_NOOP("vocsync::ui::TrendPage", "24 h"), timeutil::kDayMs},
    {QT_TRANSLATE_NOOP("vocsync::ui::TrendPage", "7 d"), 7 * timeutil::kDayMs},
    {QT_TRANSLATE_NOOP("vocsync::ui::TrendPage", "30 d"), 30 * timeutil::kDayMs},
}};

const MonitoringPoint *primaryPoint(const Plant &plant, const Facility &facility)
{
    const QList<const MonitoringPoint *> points = plant.pointsOf(facility.id);
    for (const MonitoringPoint *p : points) {
        if (p->measures(facility.thresholds.quantity))
            return p;
    }
    return points.isEmpty() ? nullptr : points.first();
}
} // namespace

TrendPage::TrendPage(PlantStatusModel *model, const QString &dbPath, QWidget *parent)
    : QWidget(parent), m_model(model), m_loader(dbPath), m_header(new PageHeader(this)),
      m_picker(new QTreeView(this)), m_plot(new TrendPlot(this)), m_level(new QLabel(this)),
      m_range(new QLabel(this))
{
    m_header->setTitle(tr("Trend"));
    m_header->setSubtitle(tr("Select a facility on the left"));

    m_picker->setObjectName(QStringLiteral("facilityPicker"));
    m_picker->setModel(m_model);
    m_picker->header()->hide();
    for (int c = 0; c < PlantStatusModel::ColumnCount; ++c) {
        if (c != PlantStatusModel::NameColumn && c != PlantStatusModel::StateColumn)
            m_picker->setColumnHidden(c, true);
    }
    m_picker->header()->setStretchLastSection(false);
    m_picker->header()->setSectionResizeMode(PlantStatusModel::NameColumn, QHeaderView::Stretch);
    m_picker->header()->resizeSection(PlantStatusModel::StateColumn, 110);
    auto *badges = new StateBadgeDelegate(m_picker);
    badges->setCompact(true);
    m_picker->setItemDelegateForColumn(PlantStatusModel::StateColumn, badges);
    m_picker->setIconSize(QSize(16, 16));
    m_picker->setUniformRowHeights(true);
    m_picker->setFixedWidth(360);
    m_picker->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_picker, &QTreeView::expandAll);
    connect(m_picker->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(PlantStatusModel::FacilityIdRole).toString();
                if (!id.isEmpty())
                    showFacility(id);
            });

    auto *plotCard = new QFrame(this);
    plotCard->setObjectName(QStringLiteral("card"));
    auto *plotLayout = new QVBoxLayout(plotCard);
    plotLayout->setContentsMargins(8, 8, 8, 4);
    plotLayout->setSpacing(4);
    plotLayout->addWidget(m_plot, 1);
    auto *hint = new QLabel(tr("Mouse wheel: zoom · drag: pan the time axis"), plotCard);
    hint->setObjectName(QStringLiteral("pageSubtitle"));
    m_range->setObjectName(QStringLiteral("pageSubtitle"));
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(8, 0, 4, 0);
    footer->addWidget(hint);
    footer->addStretch(1);
    footer->addWidget(m_range);
    plotLayout->addLayout(footer);

    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(createToolbar());
    right->addWidget(plotCard, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_picker);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(kLoadDebounceMs);
    connect(&m_loadTimer, &QTimer::timeout, this, &TrendPage::ensureLoaded);
    connect(&m_loader, &HistoryLoader::loaded, this, &TrendPage::onLoaded);
    connect(m_plot, &TrendPlot::viewChanged, this, [this] {
        m_loadTimer.start();
        updateRangeLabel();
        selectRangeButton(m_plot->isFollowing() ? m_plot->viewSpanMs() : -1);
    });
    connect(m_plot, &TrendPlot::followingChanged, this, [this](bool following) {
        const QSignalBlocker block(m_live);
        m_live->setChecked(following);
    });
    m_plot->followLast(timeutil::kDayMs);
    m_plot->setMessage(tr("Select a facility to show its trend"));
}

QWidget *TrendPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_ranges = new QButtonGroup(this);
    for (size_t i = 0; i < kQuickRanges.size(); ++i) {
        auto *button = new QPushButton(tr(kQuickRanges[i].label), bar);
        button->setObjectName(QStringLiteral("rangeButton"));
        button->setCheckable(true);
        button->setToolTip(tr("Show the last %1 and follow live data").arg(button->text()));
        m_ranges->addButton(button, static_cast<int>(i));
        layout->addWidget(button);
    }
    connect(m_ranges, &QButtonGroup::idClicked, this,
            [this](int id) { m_plot->followLast(kQuickRanges[static_cast<size_t>(id)].spanMs); });
    layout->addSpacing(12);
    m_live = new QToolButton(bar);
    m_live->setObjectName(QStringLiteral("liveButton"));
    m_live->setCheckable(true);
    m_live->setChecked(true);
    m_live->setText(tr("Live"));
    m_live->setIcon(QIcon(QStringLiteral(":/icons/live.svg")));
    m_live->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_live->setToolTip(tr("Keep the chart at the current time as new samples arrive"));
    connect(m_live, &QToolButton::toggled, m_plot, &TrendPlot::setFollowing);
    layout->addWidget(m_live);
    layout->addStretch(1);
    m_level->setObjectName(QStringLiteral("pageSubtitle"));
    layout->addWidget(m_level);
    return bar;
}

void TrendPage::showFacility(const QString &facilityId)
{
    if (facilityId == m_facilityId)
        return;
    const Plant &plant = m_model->plant();
    const Facility *facility = plant.facility(facilityId);
    if (!facility)
        return;
    m_facilityId = facilityId;
    const MonitoringPoint *point = primaryPoint(plant, *facility);
    m_point = point ? point->key : 0;
    m_intervalS = point ? std::max(point->intervalS, 1) : 10;
    m_recent.clear();
    m_loaded = false;
    m_plot->clearData();
    m_level->clear();

    const Enterprise *enterprise = plant.enterprise(facility->enterpriseId);
    m_header->setTitle(facility->name);
    const QString where = enterprise ? enterprise->name : QString();
    m_header->setSubtitle(point ? tr("%1 · %2 · %3 · monitoring point %4, every %5 s")
                                      .arg(where, Labels::facilityKind(facility->kind),
                                           Labels::facilityType(facility->type), point->name)
                                      .arg(point->intervalS)
                                : tr("%1 · %2 · %3")
                                      .arg(where, Labels::facilityKind(facility->kind),
                                           Labels::facilityType(facility->type)));
    const QModelIndex index = m_model->facilityIndex(facilityId);
    if (m_picker->currentIndex() != index)
        m_picker->setCurrentIndex(index);
    m_picker->scrollTo(index);
    updateAlarmMarkers();
    if (m_point == 0)
        m_plot->setMessage(tr("This facility has no stored monitoring point"));
    else
        m_plot->setMessage(tr("Loading history…"));
    ensureLoaded();
    emit facilityChanged(facilityId);
}

void TrendPage::addSamples(const SampleBatch &batch)
{
    if (m_point == 0)
        return;
    SampleBatch mine;
    for (const Sample &s : batch) {
        if (s.point == m_point)
            mine.push_back(s);
    }
    if (mine.empty())
        return;
    m_recent.insert(m_recent.end(), mine.begin(), mine.end());
    while (!m_recent.empty() && m_recent.front().tMs < m_recent.back().tMs - kRecentKeepMs)
        m_recent.pop_front();
    if (m_loaded)
        m_plot->appendSamples(mine);
}

void TrendPage::setNow(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    m_plot->setNow(nowMs);
}

void TrendPage::reload()
{
    m_loaded = false;
    ensureLoaded();
}

bool TrendPage::hasData() const
{
    return m_loaded && m_plot->hasData();
}

std::int64_t TrendPage::spanMs() const
{
    return m_plot->viewSpanMs();
}

void TrendPage::setSpanMs(std::int64_t spanMs)
{
    m_plot->followLast(spanMs);
}

void TrendPage::ensureLoaded()
{
    if (m_point == 0)
        return;
    const std::int64_t from = m_plot->viewFromMs();
    const std::int64_t to = m_plot->viewToMs();
    const std::int64_t span = std::max<std::int64_t>(to - from, 1);
    if (m_loaded) {
        // Same density (within a factor 1.5) and the view inside what was read: nothing to do.
        const bool sameDensity = span * 3 >= m_loadedSpanMs * 2 && span * 2 <= m_loadedSpanMs * 3;
        const bool covered =
            from >= m_loadedFromMs && (to <= m_loadedToMs || m_plot->isFollowing());
        if (sameDensity && covered)
            return;
    }
    storage::SeriesRequest request;
    request.point = m_point;
    request.fromMs = from - span / kMarginDivisor;
    request.toMs = to + span / kMarginDivisor;
    const int widthPx = std::max(800, m_plot->axisRect()->width());
    request.minPoints = static_cast<int>(widthPx * (request.toMs - request.fromMs) / span);
    m_loader.request(request);
}

void TrendPage::onLoaded(const HistoryLoader::Reply &reply)
{
    if (reply.request.point != m_point)
        return;
    if (!reply.error.isEmpty()) {
        m_plot->setMessage(tr("Could not read the stored history: %1").arg(reply.error));
        return;
    }
    const storage::Series &series = reply.series;
    const std::int64_t bucketMs = storage::resolutionMs(series.resolution, m_intervalS);
    m_plot->setSeries(series, bucketMs);
    // Live samples that arrived while the query ran, newer than what it found.
    m_plot->appendSamples(SampleBatch(m_recent.begin(), m_recent.end()));
    m_loaded = true;
    m_loadedFromMs = reply.request.fromMs;
    m_loadedToMs = reply.request.toMs;
    m_loadedSpanMs =
        (reply.request.toMs - reply.request.fromMs) * kMarginDivisor / (kMarginDivisor + 2);
    m_plot->setMessage(m_plot->hasData() ? QString() : tr("No data stored in this period"));
    m_level->setText(tr("Level: %1").arg(Labels::resolution(series.resolution)));
    emit historyLoaded();
}

void TrendPage::updateRangeLabel()
{
    const QTimeZone zone = timeutil::stationZone();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_plot->viewFromMs(), zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_plot->viewToMs(), zone);
    m_range->setText(tr("%1 – %2 (%3)")
                         .arg(from.toString(format), to.toString(format),
                              zone.displayName(from, QTimeZone::OffsetName)));
}

void TrendPage::selectRangeButton(std::int64_t spanMs)
{
    // Tolerate the rounding of the axis range to whole milliseconds.
    m_ranges->setExclusive(false);
    for (size_t i = 0; i < kQuickRanges.size(); ++i) {
        const std::int64_t diff = std::abs(kQuickRanges[i].spanMs - spanMs);
        m_ranges->button(static_cast<int>(i))->setChecked(diff < 1000);
    }
    m_ranges->setExclusive(true);
}

void TrendPage::setAlarms(const QList<alarms::Alarm> &alarms)
{
    m_alarms = alarms;
    updateAlarmMarkers();
}

int TrendPage::alarmMarkerCount() const
{
    return m_plot->alarmMarkerCount();
}

void TrendPage::updateAlarmMarkers()
{
    QList<AlarmMarker> markers;
    for (const alarms::Alarm &a : std::as_const(m_alarms)) {
        if (m_facilityId.isEmpty() || (a.facility != m_facilityId && a.related != m_facilityId))
            continue;
        AlarmMarker m;
        m.alarmId = a.id;
        m.startMs = a.startMs;
        m.endMs = a.clearedMs;
        m.level = a.level;
        m.label =
            QStringLiteral("%1 %2").arg(alarms::alarmLevelName(a.level), Labels::alarmType(a.type));
        markers.append(m);
    }
    m_plot->setAlarmMarkers(markers);
}

} // namespace vocsync::ui
