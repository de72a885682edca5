#include "statebadgedelegate.h"

#include "theme.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/plantstatusmodel.h"

#include <QApplication>
#include <QPainter>

namespace vocsync::ui {

namespace {
constexpr int kBadgeHeight = 20;
constexpr int kBadgeMinWidth = 56;
constexpr int kBarWidth = 56;
constexpr int kBarHeight = 6;
} // namespace

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    // Background, selection and focus as for any cell, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(PlantStatusModel::IsEnterpriseRole).toBool())
        paintShare(painter, option, index);
    else
        paintBadge(painter, option, index);
    painter->restore();
}

void StateBadgeDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto state = static_cast<RunState>(index.data(PlantStatusModel::RunStateRole).toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    const int width = std::max(kBadgeMinWidth, fm.horizontalAdvance(text) + 20);
    const QRect r(option.rect.left() + 8, option.rect.center().y() - kBadgeHeight / 2 + 1, width,
                  kBadgeHeight);
    const QColor color = Labels::runStateColor(state);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(r, kBadgeHeight / 2.0, kBadgeHeight / 2.0);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, text);
}

void StateBadgeDelegate::paintShare(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const int operating = index.data(PlantStatusModel::OperatingCountRole).toInt();
    const int total = index.data(PlantStatusModel::FacilityCountRole).toInt();
    const QRect bar(option.rect.left() + 8, option.rect.center().y() - kBarHeight / 2 + 1,
                    kBarWidth, kBarHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::gridLine());
    painter->drawRoundedRect(bar, 3, 3);
    if (total > 0 && operating > 0) {
        QRect filled = bar;
        filled.setWidth(std::max(kBarHeight, bar.width() * operating / total));
        painter->setBrush(theme::running());
        painter->drawRoundedRect(filled, 3, 3);
    }
    const QRect textRect(bar.right() + 8, option.rect.top(), option.rect.right() - bar.right() - 8,
                         option.rect.height());
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : theme::text());
    painter->setFont(option.font);
    const QString text = m_compact ? QStringLiteral("%1/%2").arg(operating).arg(total)
                                   : index.data(Qt::DisplayRole).toString();
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(
        std::max(s.width() + 24,
                 kBarWidth + 16 + option.fontMetrics.horizontalAdvance(index.data().toString())));
    s.setHeight(std::max(s.height(), kBadgeHeight + 10));
    return s;
}

} // namespace vocsync::ui
