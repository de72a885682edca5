#include "vocsync/ui/alarmsound.h"

#include "vocsync/ui/models/alarmtablemodel.h"
#include "vocsync/ui/uisettings.h"

#include <QApplication>

namespace vocsync::ui {

AlarmSound::AlarmSound(const AlarmTableModel *alarms, QObject *parent)
    : QObject(parent), m_alarms(alarms), m_beeper([] { QApplication::beep(); })
{
    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &AlarmSound::ring);
    connect(m_alarms, &AlarmTableModel::alarmsChanged, this, &AlarmSound::update);
}

void AlarmSound::setEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

void AlarmSound::setIntervalMs(int intervalMs)
{
    m_timer.setInterval(std::max(intervalMs, 100));
}

void AlarmSound::setBeeper(Beeper beeper)
{
    m_beeper = std::move(beeper);
}

void AlarmSound::loadSettings()
{
    const UiSettings settings;
    setIntervalMs(settings.alarmSoundIntervalS() * 1000);
    setEnabled(settings.alarmSoundEnabled());
}

bool AlarmSound::shouldRing() const
{
    const std::int64_t now = m_alarms->now();
    for (const alarms::Alarm &a : m_alarms->alarms()) {
        if (a.level == alarms::AlarmLevel::Alarm && !a.acknowledged() && !a.shelved(now))
            return true;
    }
    return false;
}

void AlarmSound::update()
{
    const bool ring = m_enabled && shouldRing();
    if (ring == m_timer.isActive())
        return;
    if (!ring) {
        m_timer.stop();
        return;
    }
    // At once when the first alarm comes, then every interval.
    m_timer.start();
    m_beeper();
}

void AlarmSound::ring()
{
    if (m_enabled && shouldRing())
        m_beeper();
    else
        m_timer.stop();
}

} // namespace vocsync::ui
