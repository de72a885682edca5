#include "alarmcenter.h"

#include "alarmbanner.h"
#include "alarmhistoryloader.h"
#include "vocsync/alarms/alarmengine.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/alarmhistorypage.h"
#include "vocsync/ui/alarmpanelpage.h"
#include "vocsync/ui/alarmrulespage.h"
#include "vocsync/ui/alarmsound.h"
#include "vocsync/ui/models/alarmtablemodel.h"

#include <QDateTime>
#include <QSet>

namespace vocsync::ui {

namespace {
/// The trend's longest quick range is 30 days; a day more covers alarms that began before.
constexpr std::int64_t kChartHistoryMs = 31 * timeutil::kDayMs;
/// Alarm changes come in bursts (a replay, a tick): read the history once they settle.
constexpr int kChartReloadMs = 2000;
} // namespace

AlarmCenter::AlarmCenter(alarms::AlarmEngine *engine, const Plant &plant, const QString &dbPath,
                         QWidget *pageParent)
    : QObject(pageParent), m_panel(new AlarmPanelPage(engine, plant, pageParent)),
      m_history(new AlarmHistoryPage(dbPath, plant, pageParent)),
      m_rules(new AlarmRulesPage(engine, plant, pageParent)),
      m_banner(new AlarmBanner(m_panel->model(), pageParent)),
      m_sound(new AlarmSound(m_panel->model(), this)),
      m_chartLoader(new AlarmHistoryLoader(dbPath, this))
{
    m_sound->loadSettings();
    connect(m_banner, &AlarmBanner::activated, this, &AlarmCenter::alarmActivated);
    m_chartReload.setSingleShot(true);
    m_chartReload.setInterval(kChartReloadMs);
    connect(&m_chartReload, &QTimer::timeout, this, &AlarmCenter::loadChartAlarms);
    connect(m_panel->model(), &AlarmTableModel::alarmsChanged, this, [this] {
        publishChartAlarms();
        m_chartReload.start();
    });
    connect(m_chartLoader, &AlarmHistoryLoader::loaded, this,
            [this](const AlarmHistoryLoader::Reply &reply) {
                // Without stored history (no database tables) the current alarms still show.
                if (reply.error.isEmpty())
                    m_stored = reply.alarms;
                publishChartAlarms();
            });
    loadChartAlarms();
}

void AlarmCenter::tick(std::int64_t nowMs)
{
    m_panel->setNow(nowMs);
    m_sound->update();
}

void AlarmCenter::reloadSettings()
{
    m_sound->loadSettings();
}

void AlarmCenter::loadChartAlarms()
{
    alarms::AlarmQuery query;
    query.fromMs = QDateTime::currentMSecsSinceEpoch() - kChartHistoryMs;
    m_chartLoader->request(query);
}

void AlarmCenter::publishChartAlarms()
{
    QList<alarms::Alarm> all = m_panel->model()->alarms();
    QSet<qint64> seen;
    for (const alarms::Alarm &a : std::as_const(all))
        seen.insert(a.id);
    for (const alarms::Alarm &a : std::as_const(m_stored)) {
        if (!seen.contains(a.id))
            all.append(a);
    }
    emit chartAlarmsChanged(all);
}

} // namespace vocsync::ui
