#include "vocsync/ui/alarmpanelpage.h"

#include "acknowledgedialog.h"
#include "alarmcolumns.h"
#include "alarmdetailview.h"
#include "alarmleveldelegate.h"
#include "kpicard.h"
#include "pageheader.h"
#include "shelvedialog.h"
#include "theme.h"
#include "vocsync/alarms/alarmengine.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/models/alarmfiltermodel.h"
#include "vocsync/ui/models/alarmtablemodel.h"
#include "vocsync/ui/shifts.h"
#include "vocsync/ui/uisettings.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vocsync::ui {

using Model = AlarmTableModel;
using StateFilter = AlarmFilterModel::StateFilter;

AlarmPanelPage::AlarmPanelPage(alarms::AlarmEngine *engine, const Plant &plant, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new Model(Model::Mode::Current, this)),
      m_filter(new AlarmFilterModel(this)), m_table(new QTableView(this)),
      m_detail(new AlarmDetailView(m_model, this)),
      m_alarmCount(new KpiCard(theme::severityAlarm(), this)),
      m_warningCount(new KpiCard(theme::severityWarning(), this)),
      m_unackCount(new KpiCard(theme::accent(), this)),
      m_shelvedCount(new KpiCard(theme::off(), this)), m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
    setObjectName(QStringLiteral("alarmPanelPage"));
    m_model->setPlant(plant);
    m_model->setAlarms(m_engine->currentAlarms());
    m_filter->setSourceModel(m_model);

    auto *header = new PageHeader(this);
    header->setTitle(tr("Current alarms"));
    header->setSubtitle(tr("Alarms not yet back to normal: acknowledge them with a comment, shelve "
                           "them for a while, or open the facility's trend"));

    m_alarmCount->setTitle(tr("Active alarms (报警)"));
    m_warningCount->setTitle(tr("Active warnings (预警)"));
    m_unackCount->setTitle(tr("Unacknowledged"));
    m_shelvedCount->setTitle(tr("Shelved"));
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (KpiCard *card : {m_alarmCount, m_warningCount, m_unackCount, m_shelvedCount})
        cards->addWidget(card);

    m_table->setObjectName(QStringLiteral("alarmTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(Model::LevelColumn, new AlarmLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->sortByColumn(Model::RaisedColumn, Qt::DescendingOrder);
    m_table->setColumnHidden(Model::AckByColumn, true);
    m_table->setColumnHidden(Model::CommentColumn, true);
    fitAlarmColumns(m_table, m_model);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(250);
    splitter->setSizes({1000, 260});
    m_table->setColumnHidden(Model::MessageColumn, true); // the details show it

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(header);
    layout->addLayout(cards);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_engine, &alarms::AlarmEngine::alarmRaised, m_model, &Model::updateAlarm);
    connect(m_engine, &alarms::AlarmEngine::alarmChanged, m_model, &Model::updateAlarm);
    connect(m_model, &Model::alarmsChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlarmPanelPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit trendRequested(index.data(Model::FacilityIdRole).toString());
    });
    updateSummary();
    updateActions();
}

QWidget *AlarmPanelPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_level = new QComboBox(bar);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("All levels"), -1);
    m_level->addItem(alarms::alarmLevelName(alarms::AlarmLevel::Alarm),
                     static_cast<int>(alarms::AlarmLevel::Alarm));
    m_level->addItem(alarms::alarmLevelName(alarms::AlarmLevel::Warning),
                     static_cast<int>(alarms::AlarmLevel::Warning));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_level->currentData().toInt();
        m_filter->setLevel(level < 0 ? std::nullopt
                                     : std::optional(static_cast<alarms::AlarmLevel>(level)));
    });

    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), static_cast<int>(StateFilter::Any));
    m_state->addItem(tr("Unacknowledged"), static_cast<int>(StateFilter::Unacknowledged));
    m_state->addItem(tr("Condition active"), static_cast<int>(StateFilter::Active));
    m_state->addItem(tr("Cleared, unacknowledged"), static_cast<int>(StateFilter::Cleared));
    m_state->addItem(tr("Shelved"), static_cast<int>(StateFilter::Shelved));
    m_state->addItem(tr("Not shelved"), static_cast<int>(StateFilter::NotShelved));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(static_cast<StateFilter>(m_state->currentData().toInt()));
    });

    m_enterprise = new QComboBox(bar);
    m_enterprise->setObjectName(QStringLiteral("enterpriseFilter"));
    m_enterprise->addItem(tr("All enterprises"), QString());
    for (const Enterprise &e : m_model->plant().enterprises)
        m_enterprise->addItem(e.name, e.id);
    m_enterprise->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_enterprise->setMinimumContentsLength(12);
    connect(m_enterprise, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEnterprise(m_enterprise->currentData().toString()); });

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("textFilter"));
    m_search->setPlaceholderText(tr("Search message, facility, type…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AlarmFilterModel::setText);

    layout->addWidget(m_level);
    layout->addWidget(m_state);
    layout->addWidget(m_enterprise);
    layout->addWidget(m_search, 1);
    layout->addSpacing(12);
    layout->addWidget(createActions());
    return bar;
}

QWidget *AlarmPanelPage::createActions()
{
    auto *actions = new QWidget(this);
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_ack = new QPushButton(tr("Acknowledge…"), actions);
    m_ack->setObjectName(QStringLiteral("primaryButton"));
    connect(m_ack, &QPushButton::clicked, this, &AlarmPanelPage::acknowledgeSelected);

    m_shelve = new QToolButton(actions);
    m_shelve->setObjectName(QStringLiteral("menuButton"));
    m_shelve->setText(tr("Shelve"));
    m_shelve->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_shelve);
    menu->addAction(tr("For 1 hour…"), this, [this] { shelveSelected(ShelveDialog::OneHour); });
    menu->addAction(tr("For 8 hours…"), this, [this] { shelveSelected(ShelveDialog::EightHours); });
    menu->addAction(tr("Until the end of the shift…"), this,
                    [this] { shelveSelected(ShelveDialog::EndOfShift); });
    m_shelve->setMenu(menu);

    m_unshelve = new QPushButton(tr("Unshelve"), actions);
    connect(m_unshelve, &QPushButton::clicked, this, &AlarmPanelPage::unshelveSelected);
    m_trend = new QPushButton(tr("Trend"), actions);
    m_trend->setToolTip(tr("Open the trend of the selected alarm's facility"));
    connect(m_trend, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit trendRequested(rows.first().data(Model::FacilityIdRole).toString());
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_ack, m_shelve, m_unshelve, m_trend})
        layout->addWidget(w);
    return actions;
}

void AlarmPanelPage::setNow(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    m_model->setNow(nowMs);
    updateSummary();
    updateActions();
}

void AlarmPanelPage::selectAlarm(qint64 alarmId)
{
    const int row = m_model->rowOf(alarmId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_level->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        m_enterprise->setCurrentIndex(0);
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void AlarmPanelPage::selectFirstIfNone()
{
    if (m_table->selectionModel()->hasSelection() || m_filter->rowCount() == 0)
        return;
    m_table->selectRow(0);
}

QList<qint64> AlarmPanelPage::selectedAlarmIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(Model::AlarmIdRole).toLongLong());
    return ids;
}

Status AlarmPanelPage::acknowledgeAlarms(const QList<qint64> &ids, const QString &user,
                                         const QString &comment)
{
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->alarmAt(row).acknowledged())
            continue;
        if (const Status s = m_engine->acknowledge(id, user, comment); !s)
            return s;
    }
    return {};
}

Status AlarmPanelPage::shelveAlarms(const QList<qint64> &ids, std::int64_t untilMs,
                                    const QString &user, const QString &reason)
{
    for (qint64 id : ids) {
        if (const Status s = m_engine->shelve(id, untilMs, user, reason); !s)
            return s;
    }
    return {};
}

Status AlarmPanelPage::unshelveAlarms(const QList<qint64> &ids, const QString &user)
{
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_model->alarmAt(row).shelved(m_nowMs))
            continue;
        if (const Status s = m_engine->unshelve(id, user); !s)
            return s;
    }
    return {};
}

QString AlarmPanelPage::selectionSummary(const QList<qint64> &ids) const
{
    if (ids.size() == 1) {
        const int row = m_model->rowOf(ids.first());
        if (row >= 0) {
            const alarms::Alarm &a = m_model->alarmAt(row);
            return tr("%1 · %2 · %3")
                .arg(m_model->enterpriseName(a.enterprise), m_model->facilityName(a.facility),
                     a.message);
        }
    }
    return tr("%n selected alarm(s)", nullptr, static_cast<int>(ids.size()));
}

void AlarmPanelPage::acknowledgeSelected()
{
    const QList<qint64> ids = selectedAlarmIds();
    if (ids.isEmpty())
        return;
    AcknowledgeDialog dialog(selectionSummary(ids), UiSettings().operatorName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showError(acknowledgeAlarms(ids, dialog.user(), dialog.comment()));
}

void AlarmPanelPage::shelveSelected(int choice)
{
    const QList<qint64> ids = selectedAlarmIds();
    if (ids.isEmpty())
        return;
    const UiSettings settings;
    const std::int64_t end = shiftEndMs(m_nowMs, settings.shiftStarts(), timeutil::stationZone());
    ShelveDialog dialog(selectionSummary(ids), settings.operatorName(), m_nowMs, end, this);
    dialog.setChoice(static_cast<ShelveDialog::Choice>(choice));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showError(shelveAlarms(ids, dialog.untilMs(), dialog.user(), dialog.reason()));
}

void AlarmPanelPage::unshelveSelected()
{
    showError(unshelveAlarms(selectedAlarmIds(), UiSettings().operatorName()));
}

void AlarmPanelPage::showError(const Status &status)
{
    if (status)
        return;
    QMessageBox::warning(this, tr("Alarm"),
                         tr("The alarm could not be changed: %1").arg(status.error().toString()));
}

void AlarmPanelPage::updateSummary()
{
    int alarmsActive = 0;
    int warningsActive = 0;
    int unack = 0;
    int shelved = 0;
    for (const alarms::Alarm &a : m_model->alarms()) {
        if (a.active() && a.level == alarms::AlarmLevel::Alarm)
            ++alarmsActive;
        else if (a.active())
            ++warningsActive;
        unack += a.acknowledged() ? 0 : 1;
        shelved += a.shelved(m_nowMs) ? 1 : 0;
    }
    m_alarmCount->setValue(QString::number(alarmsActive));
    m_alarmCount->setCaption(tr("enterprise and bureau are told"));
    m_warningCount->setValue(QString::number(warningsActive));
    m_warningCount->setCaption(tr("the enterprise is told"));
    m_unackCount->setValue(QString::number(unack));
    m_unackCount->setCaption(tr("waiting for an operator"));
    m_shelvedCount->setValue(QString::number(shelved));
    m_shelvedCount->setCaption(tr("notifications on hold"));
}

void AlarmPanelPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool anyUnack = false;
    bool anyShelved = false;
    for (const QModelIndex &r : rows) {
        anyUnack |= !r.data(Model::AcknowledgedRole).toBool();
        anyShelved |= r.data(Model::ShelvedRole).toBool();
    }
    m_ack->setEnabled(anyUnack);
    m_shelve->setEnabled(!rows.isEmpty());
    m_unshelve->setEnabled(anyShelved);
    m_trend->setEnabled(rows.size() == 1);
    if (rows.size() == 1) {
        const int row = m_model->rowOf(rows.first().data(Model::AlarmIdRole).toLongLong());
        m_detail->setAlarm(row >= 0 ? std::optional(m_model->alarmAt(row)) : std::nullopt, m_nowMs);
    } else {
        m_detail->setAlarm(std::nullopt, m_nowMs);
    }
}

} // namespace vocsync::ui
