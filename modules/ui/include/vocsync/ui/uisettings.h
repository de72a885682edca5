#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>

namespace vocsync::ui {

/// The language the user picked in the settings dialog. System follows the desktop locale:
/// Chinese on any zh_* locale, English otherwise.
enum class UiLanguage { System, Chinese, English };

QString uiLanguageKey(UiLanguage language); ///< "system", "zh_CN", "en"
std::optional<UiLanguage> uiLanguageFromKey(const QString &key);
/// The catalog to load for a choice on a desktop with `system` locale: "zh_CN" or "en".
QString translationLocaleName(UiLanguage language, const QLocale &system);

/// Typed access to the workstation's QSettings (STYLE.md 7): every key is declared once, in
/// uisettings.cpp, and nothing else in the program spells a settings key.
class UiSettings
{
public:
    UiSettings() = default;

    UiLanguage language() const;
    void setLanguage(UiLanguage language);

    /// IANA id of the station's time zone (timeutil::stationZone); Asia/Shanghai by default.
    QByteArray stationTimeZone() const;
    void setStationTimeZone(const QByteArray &ianaId);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    /// Index of the page shown last in the main window's navigation.
    int lastPage() const;
    void setLastPage(int page);

    /// The facility and time span the trend page showed last.
    QString trendFacilityId() const;
    void setTrendFacilityId(const QString &facilityId);
    std::int64_t trendSpanMs() const;
    void setTrendSpanMs(std::int64_t spanMs);

    /// Who acknowledges and shelves alarms at this workstation: the name set in the settings,
    /// else the operating-system user.
    QString operatorName() const;
    /// The configured name only (empty: the OS user is used).
    QString configuredOperatorName() const;
    void setOperatorName(const QString &name);

    /// The alarm sound: repeated while a 报警 is unacknowledged (on by default, every 10 s).
    bool alarmSoundEnabled() const;
    void setAlarmSoundEnabled(bool enabled);
    int alarmSoundIntervalS() const;
    void setAlarmSoundIntervalS(int seconds);

    /// Start times of the station's shifts, in its time zone (default 08:00 and 20:00): "shelve
    /// until the end of the shift" means until the next of these.
    QList<QTime> shiftStarts() const;
    void setShiftStarts(const QList<QTime> &starts);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace vocsync::ui
