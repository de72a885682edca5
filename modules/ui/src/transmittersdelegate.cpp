#include "transmittersdelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace vocsync::ui {

namespace {
constexpr int kBadgeHeight = 20;
constexpr int kBadgeMinWidth = 52;
constexpr int kBadgePadding = 20;
constexpr int kMargin = 6;

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setBold(false);
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}
} // namespace

TransmittersDelegate::TransmittersDelegate(int colorRole, QObject *parent)
    : QStyledItemDelegate(parent), m_colorRole(colorRole)
{
}

int TransmittersDelegate::badgeWidth(const QFont &font, const QString &text)
{
    const QFontMetrics fm(badgeFont(font));
    return std::max(kBadgeMinWidth, fm.horizontalAdvance(text) + kBadgePadding) + 2 * kMargin;
}

void TransmittersDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QColor color = index.data(m_colorRole).value<QColor>();
    if (!color.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // background, selection and focus as for any cell, without the text
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFont small = badgeFont(option.font);
    const QFontMetrics fm(small);
    const QRect cell = option.rect;
    const int width = std::min(std::max(kBadgeMinWidth, fm.horizontalAdvance(text) + kBadgePadding),
                               std::max(kBadgeMinWidth, cell.width() - 2 * kMargin));
    const QRect r(cell.left() + kMargin, cell.center().y() - kBadgeHeight / 2 + 1, width,
                  kBadgeHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(r, kBadgeHeight / 2.0, kBadgeHeight / 2.0);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, r.width() - 8));
    painter->restore();
}

QSize TransmittersDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_colorRole).value<QColor>().isValid())
        s.setWidth(
            std::max(s.width(), badgeWidth(option.font, index.data(Qt::DisplayRole).toString())));
    s.setHeight(std::max(s.height(), kBadgeHeight + 6));
    return s;
}

} // namespace vocsync::ui
