#include "vocsync/ui/transmitterspage.h"

#include "elidedlabel.h"
#include "pageheader.h"
#include "theme.h"
#include "transmitterlabels.h"
#include "transmittersdelegate.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/models/transmittertablemodel.h"
#include "vocsync/ui/models/upstreamtablemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace vocsync::ui {

using acquisition::TransmitterStatus;
using Model = TransmitterTableModel;
using L = TransmitterLabels;

namespace {
constexpr int kTickMs = 1000;
/// Five transmitter rows with the header, and the command bar.
constexpr int kTopHeight = 30 + 5 * 28 + 4 + 8 + 46;
/// The upstream card: title, header and three platforms.
constexpr int kUpstreamHeight = 10 + 28 + 8 + 30 + 3 * 26 + 4 + 12;

} // namespace

TransmittersPage::TransmittersPage(const Plant &plant, QWidget *parent)
    : QWidget(parent), m_model(new Model(this)), m_upstream(new UpstreamTableModel(this)),
      m_table(new QTableView(this)), m_packetLog(new PacketLogView(this)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("transmittersPage"));
    auto *header = new PageHeader(this);
    header->setTitle(tr("Transmitters (HJ 212)"));
    header->setSubtitle(tr("Data acquisition transmitters reporting over HJ 212, their packets, "
                           "commands to them, and forwarding to the central platforms"));
    m_listen = new QLabel(this);
    m_listen->setObjectName(QStringLiteral("transmittersListen"));
    m_listen->setTextFormat(Qt::RichText);
    header->addTrailingWidget(m_listen);
    setListening(0, QString());

    m_table->setObjectName(QStringLiteral("transmitterTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TransmittersDelegate(Model::StatusColorRole, m_table));
    setUpTable(m_table);
    // The columns that matter in the room of a 1400-pixel window: the name (in the MN's
    // tooltip and the command line) and the protocol version (in the status tooltip) give way.
    m_table->setColumnHidden(Model::NameColumn, true);
    m_table->setColumnHidden(Model::VersionColumn, true);
    fitColumns();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(8);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(createCommandBar());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_packetLog);
    split->addWidget(createUpstreamPanel());
    split->setChildrenCollapsible(false);
    // The packet log takes what the window gives beyond five transmitters and three platforms.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    split->setSizes({kTopHeight, 330, kUpstreamHeight});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(createSummaryBar());
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_packetLog->setMn(selectedMn());
        updateCommands();
    });
    connect(m_model, &Model::transmittersFlushed, this, [this](const QStringList &mns) {
        if (mns.contains(selectedMn()))
            updateCommands();
        updateSummary();
    });
    connect(m_model, &Model::rowsInserted, this, [this] {
        fitContentColumns();
        updateSummary();
        if (selectedMn().isEmpty())
            m_table->selectRow(0);
    });
    connect(m_model, &Model::modelReset, this, [this] {
        fitContentColumns();
        updateSummary();
    });
    const auto upstreamRows = [this] {
        fitUpstreamColumns();
        updateUpstreamSummary();
    };
    connect(m_upstream, &UpstreamTableModel::rowsInserted, this, upstreamRows);
    connect(m_upstream, &UpstreamTableModel::modelReset, this, upstreamRows);
    connect(m_upstream, &UpstreamTableModel::dataChanged, this,
            &TransmittersPage::updateUpstreamSummary);
    connect(m_packetLog, &PacketLogView::packetLoggingChanged, this,
            &TransmittersPage::packetLoggingChanged);
    connect(&m_tick, &QTimer::timeout, this, &TransmittersPage::tick);
    m_tick.start(kTickMs);

    // HJ 212 packets come seconds apart, not milliseconds: logging them costs nothing.
    m_packetLog->setLogging(true);
    setPlant(plant);
    updateSummary();
    updateCommands();
    updateUpstreamSummary();
}

TransmittersPage::~TransmittersPage() = default;

QWidget *TransmittersPage::createSummaryBar()
{
    auto *bar = new QWidget(this);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_rejection = new ElidedLabel(bar);
    m_rejection->setObjectName(QStringLiteral("transmittersRejection"));
    m_rejection->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejection, 1);
    return bar;
}

QString TransmittersPage::selectedMn() const
{
    return m_table->currentIndex().data(Model::MnRole).toString();
}

void TransmittersPage::selectTransmitter(const QString &mn)
{
    const int row = m_model->rowOf(mn);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, Model::MnColumn));
}

void TransmittersPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TransmittersPage::setFactorLookup(PacketLogView::FactorLookup lookup)
{
    m_packetLog->setFactorLookup(std::move(lookup));
}

void TransmittersPage::setPlant(const Plant &plant)
{
    m_plant = plant;
    m_model->setPlant(plant);
    fitContentColumns();
}

void TransmittersPage::setTransmitters(const QList<TransmitterStatus> &transmitters)
{
    const QString selected = selectedMn();
    m_model->setTransmitters(transmitters);
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        selectTransmitter(selected);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateCommands();
}

void TransmittersPage::updateTransmitter(const TransmitterStatus &status)
{
    m_model->updateTransmitter(status);
}

void TransmittersPage::appendPacket(const acquisition::PacketRecord &packet)
{
    m_packetLog->appendPacket(packet);
}

void TransmittersPage::setUpstreamTargets(const QList<sync::UpstreamStatus> &targets)
{
    m_upstream->setTargets(targets);
}

void TransmittersPage::updateUpstream(const sync::UpstreamStatus &status)
{
    m_upstream->updateTarget(status);
}

void TransmittersPage::setListening(quint16 port, const QString &error)
{
    if (port > 0) {
        m_listen->setText(tr("<span style='color:%1'>●</span> Listening on TCP port %2")
                              .arg(theme::running().name())
                              .arg(port));
        m_listen->setToolTip(tr("Transmitters connect to this computer's address and this port"));
        return;
    }
    m_listen->setText(
        error.isEmpty()
            ? tr("<span style='color:%1'>●</span> Not listening").arg(theme::unknown().name())
            : tr("<span style='color:%1'>●</span> Not listening: %2")
                  .arg(theme::severityAlarm().name(), error.toHtmlEscaped()));
    m_listen->setToolTip(error);
}

QString TransmittersPage::listenText() const
{
    return m_listen->text();
}

QString TransmittersPage::summary() const
{
    return m_summary->text();
}

QString TransmittersPage::rejectionText() const
{
    return m_rejection->fullText();
}

void TransmittersPage::updateSummary()
{
    std::map<L::State, int> counts;
    std::uint64_t errors = 0;
    for (const TransmitterStatus &t : m_model->transmitters()) {
        ++counts[L::state(t)];
        errors += t.errors;
    }
    QStringList parts;
    for (const auto &[state, n] : counts) {
        parts << QStringLiteral("<span style='color:%1'>●</span> %2 %3")
                     .arg(L::stateColor(state).name())
                     .arg(n)
                     .arg(L::stateText(state).toHtmlEscaped());
    }
    if (errors > 0)
        parts << tr("%1 rejected packet(s)").arg(L::count(errors));
    const QString head = tr("%n registered transmitter(s)", nullptr, m_model->rowCount());
    const QString joined = parts.join(QStringLiteral(" · "));
    m_summary->setText(parts.isEmpty() ? head : tr("%1: %2").arg(head, joined));
}

void TransmittersPage::showRejected(const QString &mn, const QString &peer, const QString &reason,
                                    bool alarm)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(m_clock(), timeutil::stationZone())
                             .toString(QStringLiteral("HH:mm:ss"));
    const QString who = mn.isEmpty() ? peer : tr("MN %1 (%2)").arg(mn, peer);
    m_rejection->setFullText(tr("%1 rejected from %2: %3").arg(when, who, reason));
    m_rejection->setStyleSheet(
        QStringLiteral("color: %1;%2")
            .arg(alarm ? theme::severityAlarm().name() : theme::severityWarning().name(),
                 alarm ? QStringLiteral(" font-weight: 600;") : QString()));
}

void TransmittersPage::updateUpstreamSummary()
{
    std::int64_t pending = 0;
    int connected = 0;
    for (const sync::UpstreamStatus &t : m_upstream->targets()) {
        pending += t.pending;
        connected += t.connected ? 1 : 0;
    }
    const int n = m_upstream->rowCount();
    m_upstreamTable->setVisible(n > 0);
    m_upstreamEmpty->setVisible(n == 0);
    m_upstreamSummary->setText(
        n == 0
            ? QString()
            : tr("%1 of %2 connected · %3 packet(s) waiting in the store-and-forward queue")
                  .arg(connected)
                  .arg(n)
                  .arg(L::count(static_cast<std::uint64_t>(std::max<std::int64_t>(pending, 0)))));
}

void TransmittersPage::tick()
{
    m_upstream->setNow(m_clock());
}

} // namespace vocsync::ui
