#pragma once

#include <QStyledItemDelegate>

namespace vocsync::ui {

/// Paints the device tree: bus rows as one group header across the row (port, kind, line
/// settings, device count, an open/closed badge, detail and traffic; the view spans their
/// first column), and the status column of device rows as a coloured pill (the colour of
/// StatusColorRole). Other cells, and cells without a colour, are drawn as usual.
class DeviceTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBus(QPainter *painter, const QStyleOptionViewItem &option,
                  const QModelIndex &index) const;
    /// Draws a pill at `left`, vertically centred in `rect`; returns its right edge.
    static int paintBadge(QPainter *painter, const QRect &rect, int left, const QString &text,
                          const QColor &color, const QFont &font);
};

} // namespace vocsync::ui
