#pragma once

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <functional>

namespace vocsync::ui {

class AlarmTableModel;

/// The audible alarm: a beep repeated every `interval` while any 报警 (alarm level) is
/// unacknowledged and not shelved, silent once every one is acknowledged (ISA-18.2: the
/// audible indication stops at acknowledgement). Uses QApplication::beep(), which many Linux
/// desktops mute or route to a system sound that may be switched off.
class AlarmSound : public QObject
{
    Q_OBJECT
public:
    using Beeper = std::function<void()>;

    explicit AlarmSound(const AlarmTableModel *alarms, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_timer.interval(); }
    /// Replaces QApplication::beep (tests count the beeps).
    void setBeeper(Beeper beeper);
    /// Reads on/off and the interval from UiSettings.
    void loadSettings();

    /// True while an alarm-level alarm waits for acknowledgement and is not shelved.
    bool shouldRing() const;
    bool isRinging() const { return m_timer.isActive(); }

public slots:
    /// Re-evaluates after the alarms or the clock changed.
    void update();

private:
    void ring();

    const AlarmTableModel *m_alarms;
    QTimer m_timer;
    Beeper m_beeper;
    bool m_enabled = true;
};

} // namespace vocsync::ui
