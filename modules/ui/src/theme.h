#pragma once

#include <QColor>

/// The workstation's palette: a restrained industrial scheme (slate chrome, white work areas,
/// one blue accent) where colour is reserved for state, so a red badge stands out.
namespace vocsync::ui::theme {

inline QColor sidebar()
{
    return QColor(0x1c, 0x2a, 0x39);
}
inline QColor sidebarText()
{
    return QColor(0xc5, 0xd0, 0xdc);
}
inline QColor sidebarSelected()
{
    return QColor(0x27, 0x3d, 0x55);
}
inline QColor window()
{
    return QColor(0xee, 0xf1, 0xf5);
}
inline QColor surface()
{
    return QColor(0xff, 0xff, 0xff);
}
inline QColor border()
{
    return QColor(0xd6, 0xdc, 0xe4);
}
inline QColor text()
{
    return QColor(0x1f, 0x29, 0x33);
}
inline QColor textMuted()
{
    return QColor(0x61, 0x6e, 0x7c);
}
inline QColor accent()
{
    return QColor(0x17, 0x69, 0xaa);
}
inline QColor gridLine()
{
    return QColor(0xe4, 0xe8, 0xee);
}

inline QColor running()
{
    return QColor(0x2b, 0x8a, 0x3e);
}
inline QColor idle()
{
    return QColor(0xd9, 0x8e, 0x04);
}
inline QColor off()
{
    return QColor(0x6b, 0x77, 0x85);
}
inline QColor overload()
{
    return QColor(0xc9, 0x2a, 0x2a);
}
inline QColor unknown()
{
    return QColor(0xa5, 0xae, 0xb9);
}

/// Alarm levels: 预警 (warning) amber-orange, 报警 (alarm) red; distinct from the run-state
/// colours so an alarm badge is never read as a facility state.
inline QColor severityWarning()
{
    return QColor(0xe0, 0x70, 0x0b);
}
inline QColor severityAlarm()
{
    return QColor(0xc4, 0x1d, 0x1d);
}
/// Background of the alarm banner and of unacknowledged 报警 rows.
inline QColor severityAlarmSoft()
{
    return QColor(0xfd, 0xec, 0xec);
}
inline QColor severityWarningSoft()
{
    return QColor(0xff, 0xf4, 0xe5);
}

inline QColor currentTrace()
{
    return QColor(0x17, 0x69, 0xaa);
}
inline QColor powerTrace()
{
    return QColor(0xd9, 0x48, 0x0f);
}

} // namespace vocsync::ui::theme
