#include "overviewpage.h"

#include "kpicard.h"
#include "pageheader.h"
#include "statebadgedelegate.h"
#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/plantstatusmodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTreeView>
#include <QVBoxLayout>

namespace vocsync::ui {

OverviewPage::OverviewPage(PlantStatusModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_clock(new QLabel(this)),
      m_enterprises(new KpiCard(theme::accent(), this)),
      m_production(new KpiCard(theme::off(), this)),
      m_treatment(new KpiCard(theme::running(), this)),
      m_noData(new KpiCard(theme::unknown(), this)), m_tree(new QTreeView(this)),
      m_empty(new QLabel(this)), m_body(new QStackedLayout)
{
    auto *header = new PageHeader(this);
    header->setTitle(tr("Enterprises and facilities"));
    header->setSubtitle(tr("Live run state of every supervised facility, from the latest meter "
                           "readings"));
    m_clock->setObjectName(QStringLiteral("pageSubtitle"));
    header->addTrailingWidget(m_clock);

    m_enterprises->setTitle(tr("Supervised enterprises"));
    m_production->setTitle(tr("Production facilities running"));
    m_treatment->setTitle(tr("Treatment facilities running"));
    m_noData->setTitle(tr("Facilities without data"));
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (KpiCard *card : {m_enterprises, m_production, m_treatment, m_noData})
        cards->addWidget(card);

    m_tree->setObjectName(QStringLiteral("overviewTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(PlantStatusModel::StateColumn, new StateBadgeDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlantStatusModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(PlantStatusModel::FacilityIdRole).toString();
        if (!id.isEmpty())
            emit facilityActivated(id);
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("pageSubtitle"));
    m_empty->setText(tr("No enterprise is configured in this station database yet.\n"
                        "Import a plant file with: vocsync-cli plant import <file.json>"));
    m_body->addWidget(m_tree);
    m_body->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(header);
    layout->addLayout(cards);
    layout->addLayout(m_body, 1);

    connect(m_model, &PlantStatusModel::summaryChanged, this, &OverviewPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        resizeColumns();
        updateEmptyState();
    });
    m_tree->expandAll();
    resizeColumns();
    updateSummary();
    updateEmptyState();
}

void OverviewPage::resizeColumns()
{
    // Widths from the longest text each column can show, so Chinese and English both fit
    // and a state change never clips a badge.
    QHeaderView *h = m_tree->header();
    const QFontMetrics fm(m_tree->font());
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics headerFm(bold);
    const auto fit = [&](int column, const QStringList &texts, int extra) {
        int width =
            headerFm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString &t : texts)
            width = std::max(width, fm.horizontalAdvance(t) + extra);
        h->resizeSection(column, width);
    };
    QStringList types;
    for (const Facility &f : m_model->plant().facilities)
        types << Labels::facilityType(f.type);
    QStringList states;
    for (RunState s :
         {RunState::Unknown, RunState::Off, RunState::Idle, RunState::Running, RunState::Overload})
        states << Labels::runState(s);
    fit(PlantStatusModel::KindColumn,
        {Labels::facilityKind(FacilityKind::Production),
         Labels::facilityKind(FacilityKind::Treatment),
         m_model->data(m_model->index(0, PlantStatusModel::KindColumn)).toString()},
        24);
    fit(PlantStatusModel::TypeColumn, types, 24);
    // Facility rows: a badge (text + 20 px, 8 px inset); enterprise rows: a 56 px bar, a gap
    // and "3 / 8 running", with room for two-digit counts.
    const QString share =
        m_model->data(m_model->index(0, PlantStatusModel::StateColumn)).toString();
    const int shareWidth = 8 + 56 + 8 + fm.horizontalAdvance(share + QStringLiteral("00")) + 8;
    fit(PlantStatusModel::StateColumn, states, 8 + 20 + 16);
    h->resizeSection(PlantStatusModel::StateColumn,
                     std::max(h->sectionSize(PlantStatusModel::StateColumn), shareWidth));
    fit(PlantStatusModel::CurrentColumn, {QStringLiteral("0000.0")}, 24);
    fit(PlantStatusModel::PowerColumn, {QStringLiteral("0000.0")}, 24);
    fit(PlantStatusModel::UpdatedColumn, {QStringLiteral("2026-12-31 23:59")}, 24);
}

void OverviewPage::updateEmptyState()
{
    m_body->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_tree) : m_empty);
}

void OverviewPage::updateSummary()
{
    const PlantStatusModel::Summary s = m_model->summary();
    m_enterprises->setValue(QString::number(s.enterprises));
    m_enterprises->setCaption(
        tr("%n facilities supervised", nullptr, s.productionTotal + s.treatmentTotal));
    m_production->setValue(
        QStringLiteral("%1 / %2").arg(s.productionOperating).arg(s.productionTotal));
    m_production->setCaption(tr("running or overloaded now"));
    m_treatment->setValue(
        QStringLiteral("%1 / %2").arg(s.treatmentOperating).arg(s.treatmentTotal));
    m_treatment->setCaption(tr("running or overloaded now"));
    m_noData->setValue(QString::number(s.noData));
    m_noData->setCaption(tr("silent for more than 3 sample intervals"));
}

void OverviewPage::setNow(std::int64_t nowMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(nowMs, timeutil::stationZone());
    m_clock->setText(tr("Station time %1").arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

} // namespace vocsync::ui
