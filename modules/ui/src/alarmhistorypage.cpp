#include "vocsync/ui/alarmhistorypage.h"

#include "alarmcolumns.h"
#include "alarmhistoryloader.h"
#include "alarmleveldelegate.h"
#include "pageheader.h"
#include "vocsync/analysis/event.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/alarmfiltermodel.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace vocsync::ui {

using Model = AlarmTableModel;

namespace {
const QString kEditFormat = QStringLiteral("yyyy-MM-dd HH:mm");

/// QDateTimeEdit has no time zone in Qt 6.4: it shows station wall-clock time as a zone-less
/// value, converted here.
QDateTime toWallClock(std::int64_t utcMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone());
    return QDateTime(t.date(), t.time());
}

std::int64_t fromWallClock(const QDateTime &wall)
{
    return QDateTime(wall.date(), wall.time(), timeutil::stationZone()).toMSecsSinceEpoch();
}
} // namespace

AlarmHistoryPage::AlarmHistoryPage(const QString &dbPath, const Plant &plant, QWidget *parent)
    : QWidget(parent), m_loader(new AlarmHistoryLoader(dbPath, this)),
      m_model(new Model(Model::Mode::History, this)), m_sorter(new AlarmFilterModel(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("alarmHistoryPage"));
    m_model->setPlant(plant);
    m_sorter->setSourceModel(m_model);

    auto *header = new PageHeader(this);
    header->setTitle(tr("Alarm history"));
    header->setSubtitle(tr("Every alarm the station raised, with who acknowledged it and why"));

    m_table->setObjectName(QStringLiteral("alarmHistoryTable"));
    m_table->setModel(m_sorter);
    m_table->setItemDelegateForColumn(Model::LevelColumn, new AlarmLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->sortByColumn(Model::RaisedColumn, Qt::DescendingOrder);
    m_table->setColumnHidden(Model::ShelvedColumn, true);
    fitAlarmColumns(m_table, m_model);

    m_summary->setObjectName(QStringLiteral("historySummary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(header);
    layout->addWidget(createForm());
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_loader, &AlarmHistoryLoader::loaded, this,
            [this](const AlarmHistoryLoader::Reply &reply) {
                m_model->setAlarms(reply.alarms);
                m_search->setEnabled(true);
                updateSummary(reply.error, reply.alarms.size() >= reply.query.limit);
                emit searchFinished(static_cast<int>(reply.alarms.size()), reply.error);
            });
    setLastDays(7);
    updateSummary(QString(), false);
}

AlarmHistoryPage::~AlarmHistoryPage() = default;

QWidget *AlarmHistoryPage::createForm()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);

    m_from = new QDateTimeEdit(card);
    m_to = new QDateTimeEdit(card);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(kEditFormat);
        e->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    auto *range = new QHBoxLayout;
    range->setSpacing(6);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), card));
    range->addWidget(m_to);
    for (const auto &[label, days] :
         {std::pair{tr("Today"), 1}, std::pair{tr("7 days"), 7}, std::pair{tr("30 days"), 30}}) {
        auto *quick = new QPushButton(label, card);
        connect(quick, &QPushButton::clicked, this, [this, d = days] {
            setLastDays(d);
            search();
        });
        range->addWidget(quick);
    }
    range->addStretch(1);

    m_enterprise = new QComboBox(card);
    m_enterprise->setObjectName(QStringLiteral("historyEnterprise"));
    m_enterprise->addItem(tr("All enterprises"), QString());
    for (const Enterprise &e : m_model->plant().enterprises)
        m_enterprise->addItem(e.name, e.id);
    m_type = new QComboBox(card);
    m_type->setObjectName(QStringLiteral("historyType"));
    m_type->addItem(tr("All types"), QString());
    for (int t = 0; t < analysis::kEventTypeCount; ++t) {
        const auto type = static_cast<analysis::EventType>(t);
        m_type->addItem(analysis::eventTypeName(type), analysis::eventTypeKey(type));
    }
    m_type->addItem(Labels::alarmType(QStringLiteral("threshold")), QStringLiteral("threshold"));
    m_ackBy = new QLineEdit(card);
    m_ackBy->setObjectName(QStringLiteral("historyAckBy"));
    m_ackBy->setPlaceholderText(tr("Operator name"));
    m_text = new QLineEdit(card);
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setPlaceholderText(tr("Text in message, facility or comment"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::returnPressed, this, &AlarmHistoryPage::search);
    connect(m_ackBy, &QLineEdit::returnPressed, this, &AlarmHistoryPage::search);

    m_search = new QPushButton(tr("Search"), card);
    m_search->setObjectName(QStringLiteral("primaryButton"));
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, &AlarmHistoryPage::search);
    m_export = new QPushButton(tr("Export CSV…"), card);
    connect(m_export, &QPushButton::clicked, this, &AlarmHistoryPage::exportWithDialog);

    grid->addWidget(new QLabel(tr("Raised between"), card), 0, 0);
    grid->addLayout(range, 0, 1, 1, 5);
    grid->addWidget(new QLabel(tr("Enterprise"), card), 1, 0);
    grid->addWidget(m_enterprise, 1, 1);
    grid->addWidget(new QLabel(tr("Type"), card), 1, 2);
    grid->addWidget(m_type, 1, 3);
    grid->addWidget(new QLabel(tr("Acknowledged by"), card), 2, 0);
    grid->addWidget(m_ackBy, 2, 1);
    grid->addWidget(new QLabel(tr("Text"), card), 2, 2);
    grid->addWidget(m_text, 2, 3);
    grid->addWidget(m_search, 1, 5);
    grid->addWidget(m_export, 2, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(4, 12);
    return card;
}

alarms::AlarmQuery AlarmHistoryPage::query() const
{
    alarms::AlarmQuery q;
    q.fromMs = fromWallClock(m_from->dateTime());
    q.toMs = fromWallClock(m_to->dateTime());
    q.enterprise = m_enterprise->currentData().toString();
    q.type = m_type->currentData().toString();
    q.ackBy = m_ackBy->text().trimmed();
    q.text = m_text->text().trimmed();
    q.limit = m_limit;
    return q;
}

void AlarmHistoryPage::setQuery(const alarms::AlarmQuery &query)
{
    if (query.fromMs > 0)
        m_from->setDateTime(toWallClock(query.fromMs));
    if (query.toMs > 0)
        m_to->setDateTime(toWallClock(query.toMs));
    m_enterprise->setCurrentIndex(std::max(m_enterprise->findData(query.enterprise), 0));
    m_type->setCurrentIndex(std::max(m_type->findData(query.type), 0));
    m_ackBy->setText(query.ackBy);
    m_text->setText(query.text);
    m_limit = query.limit > 0 ? query.limit : 10000;
}

void AlarmHistoryPage::setLastDays(int days)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t todayStart = timeutil::localDayStart(now);
    // Whole station days: from midnight `days - 1` days ago to the end of today.
    m_from->setDateTime(toWallClock(todayStart - (days - 1) * timeutil::kDayMs));
    m_to->setDateTime(toWallClock(todayStart + timeutil::kDayMs - timeutil::kMinuteMs));
}

void AlarmHistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isSearching())
        search();
}

bool AlarmHistoryPage::isSearching() const
{
    return m_loader->isBusy();
}

void AlarmHistoryPage::search()
{
    m_search->setEnabled(false);
    m_summary->setText(tr("Searching…"));
    m_loader->request(query());
}

QString AlarmHistoryPage::summary() const
{
    return m_summary->text();
}

void AlarmHistoryPage::updateSummary(const QString &error, bool truncated)
{
    if (!error.isEmpty()) {
        m_summary->setText(tr("The search failed: %1").arg(error));
        return;
    }
    int alarmLevel = 0;
    int acknowledged = 0;
    std::int64_t totalMs = 0;
    for (const alarms::Alarm &a : m_model->alarms()) {
        alarmLevel += a.level == alarms::AlarmLevel::Alarm ? 1 : 0;
        acknowledged += a.ackMs > 0 ? 1 : 0;
        if (a.clearedMs > 0)
            totalMs += a.clearedMs - a.startMs;
    }
    const int total = static_cast<int>(m_model->alarms().size());
    QString text = tr("%n alarm(s)", nullptr, total) +
                   tr(" · %1 %2 · %3 %4 · acknowledged %5 · unacknowledged %6")
                       .arg(alarms::alarmLevelName(alarms::AlarmLevel::Alarm))
                       .arg(alarmLevel)
                       .arg(alarms::alarmLevelName(alarms::AlarmLevel::Warning))
                       .arg(total - alarmLevel)
                       .arg(acknowledged)
                       .arg(total - acknowledged) +
                   tr(" · cleared conditions lasted %1 in total").arg(Labels::duration(totalMs));
    if (truncated)
        text += tr(" · only the newest %1 are shown: narrow the search").arg(m_limit);
    m_summary->setText(text);
    m_export->setEnabled(total > 0);
}

Status AlarmHistoryPage::exportCsv(const QString &path) const
{
    QList<alarms::Alarm> shown;
    shown.reserve(m_sorter->rowCount());
    for (int r = 0; r < m_sorter->rowCount(); ++r) {
        alarms::Alarm a = m_model->alarmAt(m_sorter->mapToSource(m_sorter->index(r, 0)).row());
        // People open the file in Excel: names, as the table shows them, not station ids.
        a.enterprise = m_model->enterpriseName(a.enterprise);
        a.facility = m_model->facilityName(a.facility);
        shown.append(a);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{file.errorString(), path};
    file.write(alarms::alarmsToCsv(shown));
    if (!file.commit())
        return Error{file.errorString(), path};
    return {};
}

void AlarmHistoryPage::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1/alarms-%2.csv")
            .arg(dir, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export alarms"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export alarms"),
                             tr("The file could not be written: %1").arg(s.error().toString()));
}

} // namespace vocsync::ui
