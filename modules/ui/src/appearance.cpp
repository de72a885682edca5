#include "vocsync/ui/appearance.h"

#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace vocsync::ui {

namespace {

QString styleSheet()
{
    // Object names select the few custom surfaces; everything else keeps Fusion's drawing.
    return QStringLiteral(R"(
QWidget#sideBar { background: %1; }
QLabel#brandTitle { color: #ffffff; font-size: 17px; font-weight: 600; }
QLabel#brandSubtitle { color: %2; font-size: 12px; }
QListWidget#navigation { background: transparent; border: none; color: %2; font-size: 14px;
    outline: none; }
QListWidget#navigation::item { padding: 10px 12px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected { background: %3; color: #ffffff;
    border-left: 3px solid #4dabf7; }
QListWidget#navigation::item:hover:!selected { background: #223345; }
QLabel#pageTitle { font-size: 18px; font-weight: 600; color: %4; }
QLabel#pageSubtitle { color: %5; }
QFrame#card { background: #ffffff; border: 1px solid %6; border-radius: 6px; }
QLabel#cardTitle { color: %5; font-size: 13px; }
QLabel#cardValue { font-size: 26px; font-weight: 600; color: %4; }
QLabel#cardCaption { color: %5; font-size: 12px; }
QTreeView { background: #ffffff; border: 1px solid %6; border-radius: 4px;
    alternate-background-color: #f7f9fb; }
QTreeView::item { min-height: 30px; }
QTreeView::item:selected { background: #dbe9f6; color: %4; }
QHeaderView::section { background: #f3f5f8; color: %5; border: none;
    border-bottom: 1px solid %6; border-right: 1px solid #e6eaef; padding: 6px 8px;
    font-weight: 600; }
QPushButton#rangeButton { background: #ffffff; border: 1px solid %6; padding: 4px 14px;
    min-height: 22px; color: %4; }
QPushButton#rangeButton:checked { background: %7; border-color: %7; color: #ffffff; }
QPushButton#rangeButton:hover:!checked { background: #f0f4f8; }
QToolButton#liveButton { border: 1px solid %6; border-radius: 3px; padding: 4px 10px;
    background: #ffffff; color: %4; }
QToolButton#liveButton:checked { background: #e6f4ea; border-color: #2b8a3e; color: #2b8a3e; }
QTableView, QListWidget#ruleList { background: #ffffff; border: 1px solid %6; border-radius: 4px;
    alternate-background-color: #f7f9fb; selection-background-color: #dbe9f6;
    selection-color: %4; }
QListWidget#ruleList::item { padding: 4px 6px; border-bottom: 1px solid #eef1f5; }
QListWidget#ruleList::item:selected { background: #dbe9f6; color: %4; }
QScrollArea#card { background: #ffffff; border: 1px solid %6; border-radius: 6px; }
QLabel#detailTitle { font-size: 15px; font-weight: 600; color: %4; }
QLabel#historySummary { color: %4; padding: 0 2px; }
QGroupBox { font-weight: 600; color: %4; border: 1px solid %6; border-radius: 6px;
    margin-top: 10px; padding: 12px 8px 6px 8px; background: #fbfcfd; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QPushButton#primaryButton, QPushButton[primary="true"] { background: %7; color: #ffffff;
    border: 1px solid %7; border-radius: 3px; padding: 5px 16px; font-weight: 600; }
QPushButton#primaryButton:disabled, QPushButton[primary="true"]:disabled { background: #9fb8cf;
    border-color: #9fb8cf; }
QToolButton#menuButton { border: 1px solid %6; border-radius: 3px; padding: 4px 10px;
    background: #ffffff; color: %4; }
QToolButton#menuButton:disabled { color: #a5aeb9; }
QFrame#alarmBanner { background: %8; border-bottom: 1px solid #9b1c1c; }
QFrame#alarmBanner[acknowledged="true"] { background: %9; border-bottom: 1px solid #f0b4b4; }
QFrame#alarmBanner QLabel { color: #ffffff; font-weight: 600; }
QFrame#alarmBanner[acknowledged="true"] QLabel { color: %8; }
QPushButton#alarmBannerButton { background: rgba(255, 255, 255, 0.16); color: #ffffff;
    border: 1px solid rgba(255, 255, 255, 0.6); border-radius: 3px; padding: 3px 12px; }
QFrame#alarmBanner[acknowledged="true"] QPushButton#alarmBannerButton { color: %8;
    border-color: %8; background: #ffffff; }
QStatusBar { background: #f8f9fb; border-top: 1px solid %6; color: %5; }
QStatusBar::item { border: none; }
QStatusBar QLabel { padding: 0 8px; }
QProgressBar { border: 1px solid %6; border-radius: 3px; background: #ffffff; text-align: center;
    max-height: 16px; }
QProgressBar::chunk { background: %7; border-radius: 2px; }
)")
        .arg(theme::sidebar().name(), theme::sidebarText().name(), theme::sidebarSelected().name(),
             theme::text().name(), theme::textMuted().name(), theme::border().name(),
             theme::accent().name(), theme::severityAlarm().name(),
             theme::severityAlarmSoft().name());
}

QPalette palette()
{
    QPalette p;
    p.setColor(QPalette::Window, theme::window());
    p.setColor(QPalette::WindowText, theme::text());
    p.setColor(QPalette::Base, theme::surface());
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    p.setColor(QPalette::Text, theme::text());
    p.setColor(QPalette::Button, QColor(0xf8, 0xf9, 0xfb));
    p.setColor(QPalette::ButtonText, theme::text());
    p.setColor(QPalette::Highlight, theme::accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, theme::surface());
    p.setColor(QPalette::ToolTipText, theme::text());
    p.setColor(QPalette::PlaceholderText, theme::textMuted());
    p.setColor(QPalette::Disabled, QPalette::Text, theme::unknown());
    p.setColor(QPalette::Disabled, QPalette::ButtonText, theme::unknown());
    p.setColor(QPalette::Disabled, QPalette::WindowText, theme::unknown());
    return p;
}

} // namespace

void applyAppearance(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QFont font = QApplication::font();
    // Noto Sans CJK SC first: its Latin glyphs are fine, and Han characters get Simplified
    // Chinese shapes whatever the process locale is.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(10);
    QApplication::setFont(font);
    QApplication::setPalette(palette());
    app.setStyleSheet(styleSheet());
}

} // namespace vocsync::ui
