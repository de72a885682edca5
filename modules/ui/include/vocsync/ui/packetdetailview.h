#pragma once

#include "vocsync/acquisition/hj212server.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vocsync::ui {

class ElidedLabel;
struct OrderedJson;

/// One packet of the HJ 212 packet log, raw and decoded side by side: the frame as it was on
/// the wire (wrapped, fixed font), and the codec's JSON as a tree (factors labelled with their
/// names and units when a lookup is set) or as indented text. A rejected packet shows why.
class PacketDetailView : public QWidget
{
    Q_OBJECT
public:
    /// "非甲烷总烃 · mg/m³" for a factor code of a transmitter; empty when unknown.
    using FactorLookup = std::function<QString(const QString &mn, const QString &code)>;

    explicit PacketDetailView(QWidget *parent = nullptr);

    void setFactorLookup(FactorLookup lookup);
    void showPacket(const acquisition::PacketRecord &packet, int cn);
    void showNothing();
    /// The packet shown, if any.
    const std::optional<acquisition::PacketRecord> &packet() const { return m_packet; }

    QString summaryText() const;
    QString errorText() const;
    QString rawText() const;
    QString jsonText() const;
    QTreeWidget *tree() const { return m_tree; }
    /// Shows the decoded packet as indented JSON text instead of the tree.
    void setJsonShown(bool shown);

private:
    QWidget *createRawPane();
    QWidget *createDecodedPane();
    void fillTree(const OrderedJson &root);
    /// Top-level members (depth 0) and lists open; records of plain values stay closed.
    /// `factor`: the node is a factor keyed by its code (its meaning goes in the value).
    void addNode(QTreeWidgetItem *parent, const QString &label, const OrderedJson &node, int depth,
                 bool factor);

    ElidedLabel *m_summary;
    QLabel *m_error;
    QPlainTextEdit *m_raw = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QStackedWidget *m_decoded = nullptr;
    QToolButton *m_treeButton = nullptr;
    QToolButton *m_jsonButton = nullptr;
    FactorLookup m_lookup;
    std::optional<acquisition::PacketRecord> m_packet;
    int m_cn = -1;
};

} // namespace vocsync::ui
