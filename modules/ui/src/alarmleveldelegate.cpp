#include "alarmleveldelegate.h"

#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QApplication>
#include <QPainter>

namespace vocsync::ui {

namespace {
constexpr int kBadgeHeight = 20;
constexpr int kBadgeMinWidth = 48;
constexpr int kInset = 8;
constexpr int kPadding = 20;
} // namespace

void AlarmLevelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto level =
        static_cast<alarms::AlarmLevel>(index.data(AlarmTableModel::LevelRole).toInt());
    const bool acknowledged = index.data(AlarmTableModel::AcknowledgedRole).toBool();
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    const QFontMetrics fm(font);
    const int width = std::max(kBadgeMinWidth, fm.horizontalAdvance(text) + kPadding);
    const QRectF r(option.rect.left() + kInset, option.rect.center().y() - kBadgeHeight / 2 + 1,
                   width, kBadgeHeight);
    const QColor color = Labels::alarmLevelColor(level);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    if (acknowledged) {
        painter->setPen(QPen(color, 1.2));
        painter->setBrush(Labels::alarmLevelSoftColor(level));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
    }
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(acknowledged ? color : QColor(Qt::white));
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
}

QSize AlarmLevelDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int width =
        std::max(kBadgeMinWidth, fm.horizontalAdvance(index.data().toString()) + kPadding);
    return {width + 2 * kInset, kBadgeHeight + 10};
}

} // namespace vocsync::ui
