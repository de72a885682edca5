#pragma once

#include <QStyledItemDelegate>

namespace vocsync::ui {

/// Paints the status cells of the transmitters page's tables as coloured pills (the look of
/// the devices page's badges): a cell whose `colorRole` holds a colour gets a pill with its
/// text; other cells are drawn as usual.
class TransmittersDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TransmittersDelegate(int colorRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The width a pill with `text` needs in a cell of `font`, margins included.
    static int badgeWidth(const QFont &font, const QString &text);

private:
    int m_colorRole;
};

} // namespace vocsync::ui
