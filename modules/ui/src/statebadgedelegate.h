#pragma once

#include <QStyledItemDelegate>

namespace vocsync::ui {

/// Paints the state column of PlantStatusModel: a coloured badge per facility, and for an
/// enterprise a bar of the share of its facilities that are operating.
class StateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Compact: enterprise rows show "3/8" instead of the model's sentence (narrow pickers).
    void setCompact(bool compact) { m_compact = compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintShare(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;

    bool m_compact = false;
};

} // namespace vocsync::ui
