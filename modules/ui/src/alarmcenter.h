#pragma once

#include "vocsync/alarms/alarm.h"
#include "vocsync/core/plant.h"

#include <QObject>
#include <QTimer>

#include <cstdint>

class QWidget;

namespace vocsync::alarms {
class AlarmEngine;
}

namespace vocsync::ui {

class AlarmBanner;
class AlarmHistoryLoader;
class AlarmHistoryPage;
class AlarmPanelPage;
class AlarmRulesPage;
class AlarmSound;

/// The alarm side of the main window, so the window stays a shell: creates the alarm panel,
/// history and rule pages, the banner and the sound over one AlarmEngine, and collects the
/// alarms of the last month (stored history plus current ones) for the trend's markers.
class AlarmCenter : public QObject
{
    Q_OBJECT
public:
    AlarmCenter(alarms::AlarmEngine *engine, const Plant &plant, const QString &dbPath,
                QWidget *pageParent);

    AlarmPanelPage *panel() const { return m_panel; }
    AlarmHistoryPage *history() const { return m_history; }
    AlarmRulesPage *rules() const { return m_rules; }
    AlarmBanner *banner() const { return m_banner; }
    AlarmSound *sound() const { return m_sound; }

    void tick(std::int64_t nowMs);
    /// Reads the sound settings again (after the settings dialog).
    void reloadSettings();

signals:
    /// Alarms of the last month for the charts (history merged with the current ones).
    void chartAlarmsChanged(const QList<vocsync::alarms::Alarm> &alarms);
    /// The banner was clicked on this alarm.
    void alarmActivated(qint64 alarmId);

private:
    void loadChartAlarms();
    void publishChartAlarms();

    AlarmPanelPage *m_panel;
    AlarmHistoryPage *m_history;
    AlarmRulesPage *m_rules;
    AlarmBanner *m_banner;
    AlarmSound *m_sound;
    AlarmHistoryLoader *m_chartLoader;
    QList<alarms::Alarm> m_stored;
    QTimer m_chartReload;
};

} // namespace vocsync::ui
