#include "vocsync/ui/packetdetailview.h"

#include "elidedlabel.h"
#include "orderedjson.h"
#include "theme.h"
#include "transmitterlabels.h"
#include "vocsync/core/timeutil.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vocsync::ui {

using acquisition::PacketRecord;

namespace {
QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("cardTitle"));
    return label;
}

QPlainTextEdit *textPane(const char *objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

/// "Rtd=0.804 · Flag=N" from the scalar members of an object (a factor's parts).
QString scalarSummary(const OrderedJson &node)
{
    QStringList parts;
    for (const OrderedJson &c : node.children) {
        if (c.isScalar())
            parts << QStringLiteral("%1=%2").arg(c.key, c.text);
    }
    return parts.join(QStringLiteral(" · "));
}

/// Lists and objects holding other lists or objects open; a record of plain values (a
/// factor, its parts) stays closed: its summary says it all.
bool holdsContainers(const OrderedJson &node)
{
    for (const OrderedJson &c : node.children) {
        if (c.kind == OrderedJson::Kind::Array)
            return true;
        if (c.kind != OrderedJson::Kind::Object)
            continue;
        for (const OrderedJson &g : c.children) {
            if (!g.isScalar())
                return true;
        }
    }
    return false;
}
} // namespace

PacketDetailView::PacketDetailView(QWidget *parent)
    : QWidget(parent), m_summary(new ElidedLabel(this)), m_error(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("packetSummary"));
    m_error->setObjectName(QStringLiteral("packetError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(theme::severityAlarm().name()));
    m_error->hide();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createRawPane());
    split->addWidget(createDecodedPane());
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    showNothing();
}

QWidget *PacketDetailView::createRawPane()
{
    auto *pane = new QWidget(this);
    m_raw = textPane("packetRaw", pane);
    // A frame is one line of up to 1,040 characters: wrap it anywhere, not at spaces only.
    m_raw->setWordWrapMode(QTextOption::WrapAnywhere);
    m_raw->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(caption(tr("Raw frame"), pane));
    head->addStretch(1);
    // The same height as the decoded pane's toggle, so the two text areas start level.
    auto *spacer = new QToolButton(pane);
    spacer->setObjectName(QStringLiteral("menuButton"));
    spacer->setText(tr("Tree"));
    spacer->setEnabled(false);
    spacer->setFixedWidth(0);
    spacer->setStyleSheet(QStringLiteral("border: none; padding: 4px 0;"));
    head->addWidget(spacer);
    layout->addLayout(head);
    layout->addWidget(m_raw, 1);
    return pane;
}

QWidget *PacketDetailView::createDecodedPane()
{
    auto *pane = new QWidget(this);
    m_tree = new QTreeWidget(pane);
    m_tree->setObjectName(QStringLiteral("packetTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(14);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(
        0, QFontMetrics(m_tree->font()).horizontalAdvance(QStringLiteral("headerFields")) + 40);
    m_json = textPane("packetJson", pane);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_decoded = new QStackedWidget(pane);
    m_decoded->addWidget(m_tree);
    m_decoded->addWidget(m_json);

    m_treeButton = new QToolButton(pane);
    m_treeButton->setObjectName(QStringLiteral("menuButton"));
    m_treeButton->setText(tr("Tree"));
    m_treeButton->setCheckable(true);
    m_treeButton->setChecked(true);
    m_jsonButton = new QToolButton(pane);
    m_jsonButton->setObjectName(QStringLiteral("menuButton"));
    m_jsonButton->setText(tr("JSON"));
    m_jsonButton->setCheckable(true);
    m_jsonButton->setToolTip(tr("The decoded packet as the codec writes it (vocsync-cli hj212 "
                                "parse)"));
    auto *group = new QButtonGroup(pane);
    group->addButton(m_treeButton);
    group->addButton(m_jsonButton);
    connect(m_jsonButton, &QToolButton::toggled, this, &PacketDetailView::setJsonShown);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->setSpacing(4);
    head->addWidget(caption(tr("Decoded"), pane));
    head->addStretch(1);
    head->addWidget(m_treeButton);
    head->addWidget(m_jsonButton);
    layout->addLayout(head);
    layout->addWidget(m_decoded, 1);
    return pane;
}

void PacketDetailView::setFactorLookup(FactorLookup lookup)
{
    m_lookup = std::move(lookup);
    if (m_packet)
        showPacket(PacketRecord(*m_packet), m_cn);
}

void PacketDetailView::setJsonShown(bool shown)
{
    if (m_jsonButton->isChecked() != shown) {
        (shown ? m_jsonButton : m_treeButton)->setChecked(true); // back here through toggled
        return;
    }
    m_decoded->setCurrentIndex(shown ? 1 : 0);
}

void PacketDetailView::showNothing()
{
    m_packet.reset();
    m_cn = -1;
    m_summary->setFullText(tr("No packet selected"));
    m_error->hide();
    m_raw->clear();
    m_tree->clear();
    m_json->clear();
}

void PacketDetailView::showPacket(const PacketRecord &packet, int cn)
{
    m_packet = packet;
    m_cn = cn;
    QStringList facts{QDateTime::fromMSecsSinceEpoch(packet.tMs, timeutil::stationZone())
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                      packet.incoming ? tr("in from %1").arg(packet.peer)
                                      : tr("out to %1").arg(packet.peer)};
    if (!packet.mn.isEmpty())
        facts << tr("MN %1").arg(packet.mn);
    if (cn >= 0)
        facts << TransmitterLabels::command(cn);
    facts << tr("%n byte(s)", nullptr, static_cast<int>(packet.raw.size()));
    m_summary->setFullText(facts.join(QStringLiteral(" · ")));
    m_error->setText(packet.ok ? QString() : tr("Rejected: %1").arg(packet.error));
    m_error->setVisible(!packet.ok);
    // Frames are ASCII but for -Info text, which HJ 212 writes in UTF-8 (hj212.md §13.1).
    m_raw->setPlainText(QString::fromUtf8(packet.raw));

    m_tree->clear();
    if (packet.json.isEmpty()) {
        m_json->setPlainText(packet.ok ? QString() : tr("(not decoded: the packet was rejected)"));
        auto *item = new QTreeWidgetItem(m_tree, {tr("(not decoded)"), packet.error});
        item->setForeground(1, theme::severityAlarm());
        return;
    }
    const std::optional<OrderedJson> root = OrderedJson::parse(packet.json);
    if (!root) {
        m_json->setPlainText(QString::fromUtf8(packet.json));
        new QTreeWidgetItem(m_tree, {tr("(not JSON)"), QString::fromUtf8(packet.json)});
        return;
    }
    m_json->setPlainText(root->pretty());
    fillTree(*root);
}

void PacketDetailView::fillTree(const OrderedJson &root)
{
    if (root.kind != OrderedJson::Kind::Object) {
        addNode(m_tree->invisibleRootItem(), tr("value"), root, 0, false);
        return;
    }
    for (const OrderedJson &member : root.children)
        addNode(m_tree->invisibleRootItem(), member.key, member, 0, false);
    // The header is in the raw frame beside; what a packet says starts at its data time.
    const QList<QTreeWidgetItem *> data =
        m_tree->findItems(QStringLiteral("dataTime"), Qt::MatchExactly, 0);
    if (!data.isEmpty())
        m_tree->scrollToItem(data.first(), QAbstractItemView::PositionAtTop);
}

void PacketDetailView::addNode(QTreeWidgetItem *parent, const QString &label,
                               const OrderedJson &node, int depth, bool factor)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, label);
    if (node.isScalar()) {
        item->setText(1, node.text);
        item->setToolTip(1, node.text);
        return;
    }
    const bool array = node.kind == OrderedJson::Kind::Array;
    QString value = scalarSummary(node);
    bool records = false; // no scalar of its own: a list of things, shown by its count
    for (const OrderedJson &c : node.children)
        records = records || !c.isScalar();
    if (array || (records && value.isEmpty()))
        value = tr("%n item(s)", nullptr, static_cast<int>(node.children.size()));
    // toJson keys the factors by code: {"factors": {"a24088": {"Rtd": 0.804, ...}}}.
    if (factor && m_lookup && m_packet) {
        const QString meaning = m_lookup(m_packet->mn, label);
        if (!meaning.isEmpty())
            value = value.isEmpty() ? meaning : QStringLiteral("%1 — %2").arg(meaning, value);
    }
    item->setText(1, value);
    item->setToolTip(1, value);
    const bool factors = depth == 0 && label == QLatin1String("factors");
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        const OrderedJson &c = node.children[i];
        addNode(item, array ? QStringLiteral("[%1]").arg(i) : c.key, c, depth + 1, factors);
    }
    item->setExpanded(depth == 0 || holdsContainers(node));
}

QString PacketDetailView::summaryText() const
{
    return m_summary->fullText();
}

QString PacketDetailView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PacketDetailView::rawText() const
{
    return m_raw->toPlainText();
}

QString PacketDetailView::jsonText() const
{
    return m_json->toPlainText();
}

} // namespace vocsync::ui
