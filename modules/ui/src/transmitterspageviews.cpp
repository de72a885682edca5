// TransmittersPage, part 4: the upstream panel, and the column widths of the page's tables
// (they must show their columns side by side in a 1400-pixel window).
#include "vocsync/ui/transmitterspage.h"

#include "theme.h"
#include "transmitterlabels.h"
#include "transmittersdelegate.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/models/transmittertablemodel.h"
#include "vocsync/ui/models/upstreamtablemodel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace vocsync::ui {

using Model = TransmitterTableModel;
using L = TransmitterLabels;

void TransmittersPage::setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(28);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *h = table->horizontalHeader();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setStretchLastSection(true);
    h->setMinimumSectionSize(40);
    h->setHighlightSections(false);
}
QWidget *TransmittersPage::createUpstreamPanel()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *title = new QLabel(tr("Upstream platforms"), card);
    title->setObjectName(QStringLiteral("detailTitle"));
    m_upstreamSummary = new QLabel(card);
    m_upstreamSummary->setObjectName(QStringLiteral("pageSubtitle"));
    m_upstreamTable = new QTableView(card);
    m_upstreamTable->setObjectName(QStringLiteral("upstreamTable"));
    m_upstreamTable->setModel(m_upstream);
    m_upstreamTable->setItemDelegate(
        new TransmittersDelegate(UpstreamTableModel::StatusColorRole, m_upstreamTable));
    setUpTable(m_upstreamTable);
    m_upstreamTable->verticalHeader()->setDefaultSectionSize(26);
    m_upstreamEmpty = new QLabel(
        tr("No upstream platform is configured. Platforms (host, port, MN and password per "
           "forwarded source) are kept in the station database, table upstream_target."),
        card);
    m_upstreamEmpty->setObjectName(QStringLiteral("pageSubtitle"));
    m_upstreamEmpty->setWordWrap(true);
    m_upstreamEmpty->setAlignment(Qt::AlignCenter);
    fitUpstreamColumns();

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->setSpacing(12);
    head->addWidget(title);
    head->addWidget(m_upstreamSummary, 1);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_upstreamTable, 1);
    layout->addWidget(m_upstreamEmpty, 1);
    return card;
}

void TransmittersPage::fitColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    const QFontMetrics fm(m_table->font());
    QFont bold = m_table->font();
    bold.setWeight(QFont::DemiBold); // the style sheet's header sections
    const QFontMetrics headerFm(bold);
    const auto fit = [&](int column, const QStringList &samples, int padding) {
        int w =
            headerFm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 18;
        for (const QString &s : samples)
            w = std::max(w, fm.horizontalAdvance(s) + padding);
        h->resizeSection(column, w);
    };
    int status = 0;
    for (const auto s :
         {L::State::Waiting, L::State::Online, L::State::Backfilling, L::State::Offline})
        status =
            std::max(status, TransmittersDelegate::badgeWidth(m_table->font(), L::stateText(s)));
    h->resizeSection(
        Model::StatusColumn,
        std::max(status, headerFm.horizontalAdvance(
                             m_model->headerData(Model::StatusColumn, Qt::Horizontal).toString()) +
                             18));
    fit(Model::VersionColumn, {L::version(1)}, 16);
    fit(Model::LastPacketColumn, {QStringLiteral("12-31 23:59:59")}, 16);
    fit(Model::PacketsColumn, {QStringLiteral("99,999")}, 14);
    fit(Model::ErrorsColumn, {QStringLiteral("9,999")}, 14);
    fit(Model::SamplesColumn, {QStringLiteral("999,999")}, 14);
    fit(Model::BackfilledColumn, {QStringLiteral("99,999")}, 14);
    fitContentColumns();
}

void TransmittersPage::fitContentColumns()
{
    // MNs, names, enterprises and addresses vary: those columns follow the rows, with a cap so
    // that the counters and the last error stay in view.
    QHeaderView *h = m_table->horizontalHeader();
    QFont bold = m_table->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics fm(m_table->font());
    const struct
    {
        int column;
        int minimum;
        int cap;
    } columns[] = {
        {Model::MnColumn, fm.horizontalAdvance(QStringLiteral("010000A8900016F000169DC0")), 240},
        {Model::NameColumn, 0, 150},
        {Model::EnterpriseColumn, 0, 190},
        {Model::PeerColumn, fm.horizontalAdvance(QStringLiteral("127.0.0.1:65535")), 160}};
    for (const auto &c : columns) {
        int width =
            std::max(c.minimum, QFontMetrics(bold).horizontalAdvance(
                                    m_model->headerData(c.column, Qt::Horizontal).toString())) +
            18;
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(
                width, fm.horizontalAdvance(m_model->index(row, c.column).data().toString()) + 18);
        h->resizeSection(c.column, std::min(width, c.cap));
    }
}

void TransmittersPage::fitUpstreamColumns()
{
    using U = UpstreamTableModel;
    QHeaderView *h = m_upstreamTable->horizontalHeader();
    const QFontMetrics fm(m_upstreamTable->font());
    QFont bold = m_upstreamTable->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics headerFm(bold);
    // Samples for the fixed columns; the rows for names, addresses and answers, with caps so
    // that the last error stays in view.
    const auto fit = [&](int column, QStringList samples, int padding, int cap) {
        int w =
            headerFm.horizontalAdvance(m_upstream->headerData(column, Qt::Horizontal).toString()) +
            18;
        for (int row = 0; row < m_upstream->rowCount(); ++row)
            samples << m_upstream->index(row, column).data().toString();
        for (const QString &s : std::as_const(samples))
            w = std::max(w, fm.horizontalAdvance(s) + padding);
        h->resizeSection(column, std::min(w, cap));
    };
    constexpr int kNoCap = 1000;
    fit(U::NameColumn, {}, 18, 230);
    fit(U::EndpointColumn, {QStringLiteral("127.0.0.1:65535")}, 18, 170);
    h->resizeSection(
        U::StatusColumn,
        std::max(TransmittersDelegate::badgeWidth(m_upstreamTable->font(), tr("Disconnected")),
                 TransmittersDelegate::badgeWidth(m_upstreamTable->font(), tr("Connected"))));
    fit(U::PendingColumn, {QStringLiteral("99,999")}, 14, kNoCap);
    fit(U::AckedColumn, {QStringLiteral("999,999")}, 14, kNoCap);
    fit(U::OldestPendingColumn, {U::ago(23 * timeutil::kHourMs + 59 * timeutil::kMinuteMs)}, 16,
        kNoCap);
    fit(U::LastAnswerColumn, {QStringLiteral("12-31 23:59:59 · 9014")}, 16, 230);
    fit(U::NextTryColumn, {U::in(59 * timeutil::kMinuteMs)}, 16, kNoCap);
}

} // namespace vocsync::ui
