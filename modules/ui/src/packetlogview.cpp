#include "vocsync/ui/packetlogview.h"

#include "packetfiltermodel.h"
#include "theme.h"
#include "vocsync/ui/models/packetlogmodel.h"
#include "vocsync/ui/packetdetailview.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vocsync::ui {

using acquisition::PacketRecord;

namespace {
QToolButton *toolButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(QLatin1String(objectName));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

PacketLogView::PacketLogView(QWidget *parent)
    : QFrame(parent), m_model(new PacketLogModel(this)), m_filter(new PacketFilterModel(this)),
      m_table(new QTableView(this)), m_detail(new PacketDetailView(this))
{
    setObjectName(QStringLiteral("card"));
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("packetTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *h = m_table->horizontalHeader();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(PacketLogModel::CommandColumn, QHeaderView::Stretch);
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics fm(font());
    const int han = fm.horizontalAdvance(QChar(0x4E2D));
    h->resizeSection(PacketLogModel::TimeColumn,
                     fixed.horizontalAdvance(QStringLiteral("00:00:00.000")) + 20);
    h->resizeSection(PacketLogModel::DirectionColumn,
                     std::max(4 * han, fm.horizontalAdvance(tr("→ Out")) + 20));
    h->resizeSection(PacketLogModel::MnColumn,
                     fixed.horizontalAdvance(QStringLiteral("010000A8900016F000169DC0")) + 16);
    h->resizeSection(PacketLogModel::ResultColumn,
                     std::max(5 * han, fm.horizontalAdvance(tr("Length mismatch")) + 16));
    h->resizeSection(
        PacketLogModel::SizeColumn,
        std::max(fm.horizontalAdvance(
                     m_model->headerData(PacketLogModel::SizeColumn, Qt::Horizontal).toString()),
                 fm.horizontalAdvance(QStringLiteral("1,040"))) +
            22);
    // The MN column is for "all transmitters"; for one transmitter it says the same each row.
    // The size is in the detail's first line.
    m_table->setColumnHidden(PacketLogModel::MnColumn, true);
    m_table->setColumnHidden(PacketLogModel::SizeColumn, true);
    h->setMinimumSectionSize(40);
    const int commandWidth =
        std::max(fm.horizontalAdvance(tr("2011 Real-time data")), 9 * han) + 16;
    m_table->setMinimumWidth(h->sectionSize(PacketLogModel::TimeColumn) +
                             h->sectionSize(PacketLogModel::DirectionColumn) + commandWidth +
                             h->sectionSize(PacketLogModel::ResultColumn) + 24);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({m_table->minimumWidth(), 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(createToolBar());
    layout->addWidget(split, 1);

    m_appendTimer.setSingleShot(true);
    m_appendTimer.setInterval(kAppendIntervalMs);
    connect(&m_appendTimer, &QTimer::timeout, this, &PacketLogView::flush);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_following = false;
                updateDetail();
            });
    connect(m_table, &QTableView::pressed, this, [this] { m_following = false; });
    updateCount();
}

PacketLogView::~PacketLogView() = default;

QWidget *PacketLogView::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *title = new QLabel(tr("Packet log"), bar);
    title->setObjectName(QStringLiteral("detailTitle"));

    // The look of the devices page's "Log frames": green while packets are being logged.
    m_logging = toolButton(tr("Log packets"), "packetLogging", bar);
    m_logging->setCheckable(true);
    m_logging->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 3px; padding: 4px 10px; "
                       "background: #ffffff; color: %2; }"
                       "QToolButton:checked { background: #e6f4ea; border-color: %3; color: %3; }")
            .arg(theme::border().name(), theme::text().name(), theme::running().name()));
    m_logging->setToolTip(tr("Ask the HJ 212 server for every packet received and sent"));
    connect(m_logging, &QToolButton::toggled, this, &PacketLogView::packetLoggingChanged);
    m_pause = toolButton(tr("Pause"), "menuButton", bar);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the list to read it; new packets are held and shown on "
                           "resume"));
    connect(m_pause, &QToolButton::toggled, this, &PacketLogView::setPaused);
    QToolButton *clear = toolButton(tr("Clear"), "menuButton", bar);
    connect(clear, &QToolButton::clicked, this, &PacketLogView::clear);

    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("packetScope"));
    m_scope->addItem(tr("Selected transmitter"), false);
    m_scope->addItem(tr("All transmitters"), true);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_scope, &QComboBox::activated, this,
            [this] { setShowAll(m_scope->currentData().toBool()); });
    m_errorsOnly = toolButton(tr("Rejected only"), "menuButton", bar);
    m_errorsOnly->setCheckable(true);
    connect(m_errorsOnly, &QToolButton::toggled, this, &PacketLogView::setErrorsOnly);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("pageSubtitle"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_logging);
    layout->addWidget(m_pause);
    layout->addWidget(clear);
    layout->addSpacing(4);
    layout->addWidget(m_scope);
    layout->addWidget(m_errorsOnly);
    layout->addSpacing(4);
    layout->addWidget(m_count, 1);
    return bar;
}

QAbstractItemModel *PacketLogView::visibleModel() const
{
    return m_filter;
}

bool PacketLogView::isLogging() const
{
    return m_logging->isChecked();
}

bool PacketLogView::isPaused() const
{
    return m_pause->isChecked();
}

QString PacketLogView::mnFilter() const
{
    return m_filter->mn();
}

QString PacketLogView::countText() const
{
    return m_count->text();
}

void PacketLogView::setFactorLookup(FactorLookup lookup)
{
    m_detail->setFactorLookup(std::move(lookup));
}

void PacketLogView::appendPacket(const PacketRecord &packet)
{
    m_pending.push_back(packet);
    // Held packets are a ring too: a long pause keeps only what the log could show.
    if (m_pending.size() > static_cast<size_t>(PacketLogModel::kCapacity))
        m_pending.pop_front();
    if (isPaused()) {
        updateCount();
        return;
    }
    if (!m_appendTimer.isActive())
        m_appendTimer.start();
}

void PacketLogView::flush()
{
    m_appendTimer.stop();
    if (m_pending.empty() || isPaused())
        return;
    QScrollBar *scroll = m_table->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;
    m_model->append(QList<PacketRecord>(m_pending.cbegin(), m_pending.cend()));
    m_pending.clear();
    if (atBottom || m_following)
        m_table->scrollToBottom();
    updateCount();
    if (m_following)
        updateDetail();
}

void PacketLogView::setMn(const QString &mn)
{
    m_mn = mn;
    if (m_scope->currentData().toBool())
        return;
    if (m_filter->mn() == mn)
        return;
    m_filter->setMn(mn);
    m_following = true;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_table->scrollToBottom();
    updateCount();
    updateDetail();
}

void PacketLogView::setShowAll(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
    m_table->setColumnHidden(PacketLogModel::MnColumn, !all);
    m_filter->setMn(all ? QString() : m_mn);
    m_following = true;
    m_table->setCurrentIndex({});
    m_table->scrollToBottom();
    updateCount();
    updateDetail();
}

void PacketLogView::setErrorsOnly(bool on)
{
    if (m_errorsOnly->isChecked() != on) {
        m_errorsOnly->setChecked(on); // back here through toggled
        return;
    }
    m_filter->setErrorsOnly(on);
    updateCount();
    updateDetail();
}

void PacketLogView::setLogging(bool on)
{
    m_logging->setChecked(on);
}

void PacketLogView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // back here through toggled
        return;
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        flush();
    updateCount();
}

void PacketLogView::clear()
{
    m_pending.clear();
    m_model->clear();
    m_following = true;
    updateCount();
    updateDetail();
}

void PacketLogView::selectRow(int row)
{
    m_following = false;
    m_table->setCurrentIndex(m_filter->index(row, 0));
    updateDetail();
}

void PacketLogView::updateDetail()
{
    QModelIndex shown = m_following ? QModelIndex() : m_table->currentIndex();
    // Following: the newest packet received (what a transmitter said is what one looks for;
    // the station's 9014 answer usually comes after it), else the newest of all.
    const int rows = m_filter->rowCount();
    for (int row = rows - 1; !shown.isValid() && row >= std::max(0, rows - kFollowScan); --row) {
        const QModelIndex i = m_filter->index(row, 0);
        if (m_model->packet(m_filter->mapToSource(i).row()).incoming)
            shown = i;
    }
    if (!shown.isValid() && rows > 0)
        shown = m_filter->index(rows - 1, 0);
    if (!shown.isValid()) {
        m_detail->showNothing();
        return;
    }
    const int row = m_filter->mapToSource(shown).row();
    m_detail->showPacket(m_model->packet(row), m_model->cn(row));
}

void PacketLogView::updateCount()
{
    const int shown = m_filter->rowCount();
    QString text = tr("%n packet(s)", nullptr, shown);
    if (shown != m_model->rowCount())
        text = tr("%1 of %2").arg(text, QLocale().toString(m_model->rowCount()));
    if (isPaused() && !m_pending.empty())
        text = tr("%1 · %n new held while paused", nullptr, static_cast<int>(m_pending.size()))
                   .arg(text);
    m_count->setText(text);
}

} // namespace vocsync::ui
