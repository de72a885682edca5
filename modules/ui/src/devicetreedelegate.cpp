#include "devicetreedelegate.h"

#include "theme.h"
#include "vocsync/ui/models/devicetablemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace vocsync::ui {

using Model = DeviceTableModel;

namespace {
constexpr int kBadgeHeight = 20;
constexpr int kBadgeMinWidth = 52;
constexpr int kBadgePadding = 20;
constexpr int kGap = 14;

/// Background, selection and focus as for any cell, without the text.
void paintCell(QPainter *painter, QStyleOptionViewItem opt)
{
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}
} // namespace

int DeviceTreeDelegate::paintBadge(QPainter *painter, const QRect &rect, int left,
                                   const QString &text, const QColor &color, const QFont &font)
{
    QFont small = font;
    small.setBold(false);
    small.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    const int width = std::min(std::max(kBadgeMinWidth, fm.horizontalAdvance(text) + kBadgePadding),
                               std::max(kBadgeMinWidth, rect.right() - left - 4));
    const QRect r(left, rect.center().y() - kBadgeHeight / 2 + 1, width, kBadgeHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(r, kBadgeHeight / 2.0, kBadgeHeight / 2.0);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, r.width() - 8));
    painter->restore();
    return r.right();
}

void DeviceTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const bool bus = index.data(Model::IsBusRole).toBool();
    if (bus && index.column() == Model::IdColumn) {
        paintBus(painter, option, index);
        return;
    }
    const QColor color = index.data(Model::StatusColorRole).value<QColor>();
    if (bus || index.column() != Model::StatusColumn || !color.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintCell(painter, opt);
    paintBadge(painter, option.rect, option.rect.left() + 6, index.data(Qt::DisplayRole).toString(),
               color, option.font);
}

void DeviceTreeDelegate::paintBus(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintCell(painter, opt);
    const auto text = [&index](int column) {
        return index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
    };
    const QRect rect = option.rect.adjusted(4, 0, -8, 0);
    int x = rect.left();
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(theme::text());
    const QString name = text(Model::IdColumn);
    painter->drawText(QRect(x, rect.top(), rect.width(), rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, name);
    x += QFontMetrics(bold).horizontalAdvance(name) + kGap;

    QStringList facts{text(Model::ModelColumn)};
    for (int column : {Model::ProtocolColumn, Model::AddressColumn}) {
        if (!text(column).isEmpty())
            facts << text(column);
    }
    const QString what = facts.join(QStringLiteral(" · "));
    painter->setFont(option.font);
    painter->setPen(theme::textMuted());
    painter->drawText(QRect(x, rect.top(), std::max(0, rect.right() - x), rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, what);
    x += option.fontMetrics.horizontalAdvance(what) + kGap;

    const QModelIndex status = index.siblingAtColumn(Model::StatusColumn);
    const QColor color = status.data(Model::StatusColorRole).value<QColor>();
    if (color.isValid())
        x = paintBadge(painter, rect, x, status.data().toString(), color, option.font) + kGap;

    const QString detail = text(Model::LastErrorColumn);
    const QColor detailColor =
        index.siblingAtColumn(Model::LastErrorColumn).data(Qt::ForegroundRole).value<QColor>();
    painter->setPen(detailColor.isValid() ? detailColor : theme::textMuted());
    const int room = std::max(0, rect.right() - x);
    painter->drawText(QRect(x, rect.top(), room, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(detail, Qt::ElideRight, room));
    painter->restore();
}

QSize DeviceTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == Model::StatusColumn)
        s.setWidth(std::max(s.width(), option.fontMetrics.horizontalAdvance(
                                           index.data(Qt::DisplayRole).toString()) +
                                           kBadgePadding + 16));
    s.setHeight(std::max(s.height(), kBadgeHeight + 6));
    return s;
}

} // namespace vocsync::ui
