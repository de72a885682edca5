#pragma once

#include <QStyledItemDelegate>

namespace vocsync::ui {

/// Paints the level column of AlarmTableModel as a badge in the level's colour: filled while
/// the alarm is unacknowledged, outlined once acknowledged (ISA-18.2: what still needs the
/// operator stands out).
class AlarmLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace vocsync::ui
