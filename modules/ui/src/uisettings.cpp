#include "vocsync/ui/uisettings.h"

#include "vocsync/core/timeutil.h"

#include <QStringList>

#include <algorithm>

namespace vocsync::ui {

namespace {
// The only place the settings keys are spelled.
const QString kLanguage = QStringLiteral("ui/language");
const QString kStationTimeZone = QStringLiteral("station/timeZone");
const QString kMainWindowGeometry = QStringLiteral("ui/mainWindow/geometry");
const QString kMainWindowState = QStringLiteral("ui/mainWindow/state");
const QString kLastPage = QStringLiteral("ui/mainWindow/lastPage");
const QString kTrendFacility = QStringLiteral("ui/trend/facility");
const QString kTrendSpanMs = QStringLiteral("ui/trend/spanMs");
const QString kOperatorName = QStringLiteral("alarms/operatorName");
const QString kAlarmSound = QStringLiteral("alarms/sound");
const QString kAlarmSoundIntervalS = QStringLiteral("alarms/soundIntervalS");
const QString kShiftStarts = QStringLiteral("alarms/shiftStarts");

constexpr int kDefaultSoundIntervalS = 10;

constexpr std::int64_t kDefaultTrendSpanMs = timeutil::kDayMs;
} // namespace

QString uiLanguageKey(UiLanguage language)
{
    switch (language) {
    case UiLanguage::System:
        return QStringLiteral("system");
    case UiLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("system");
}

std::optional<UiLanguage> uiLanguageFromKey(const QString &key)
{
    for (UiLanguage l : {UiLanguage::System, UiLanguage::Chinese, UiLanguage::English}) {
        if (uiLanguageKey(l) == key)
            return l;
    }
    return std::nullopt;
}

QString translationLocaleName(UiLanguage language, const QLocale &system)
{
    switch (language) {
    case UiLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::System:
        break;
    }
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

UiLanguage UiSettings::language() const
{
    return uiLanguageFromKey(m_settings.value(kLanguage).toString()).value_or(UiLanguage::System);
}

void UiSettings::setLanguage(UiLanguage language)
{
    m_settings.setValue(kLanguage, uiLanguageKey(language));
}

QByteArray UiSettings::stationTimeZone() const
{
    return m_settings.value(kStationTimeZone, QByteArrayLiteral("Asia/Shanghai")).toByteArray();
}

void UiSettings::setStationTimeZone(const QByteArray &ianaId)
{
    m_settings.setValue(kStationTimeZone, ianaId);
}

QByteArray UiSettings::mainWindowGeometry() const
{
    return m_settings.value(kMainWindowGeometry).toByteArray();
}

void UiSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kMainWindowGeometry, geometry);
}

QByteArray UiSettings::mainWindowState() const
{
    return m_settings.value(kMainWindowState).toByteArray();
}

void UiSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(kMainWindowState, state);
}

int UiSettings::lastPage() const
{
    return m_settings.value(kLastPage, 0).toInt();
}

void UiSettings::setLastPage(int page)
{
    m_settings.setValue(kLastPage, page);
}

QString UiSettings::trendFacilityId() const
{
    return m_settings.value(kTrendFacility).toString();
}

void UiSettings::setTrendFacilityId(const QString &facilityId)
{
    m_settings.setValue(kTrendFacility, facilityId);
}

std::int64_t UiSettings::trendSpanMs() const
{
    const qint64 span = m_settings.value(kTrendSpanMs, qint64{kDefaultTrendSpanMs}).toLongLong();
    return span > 0 ? span : kDefaultTrendSpanMs;
}

void UiSettings::setTrendSpanMs(std::int64_t spanMs)
{
    m_settings.setValue(kTrendSpanMs, qint64{spanMs});
}

QString UiSettings::operatorName() const
{
    const QString configured = configuredOperatorName();
    if (!configured.isEmpty())
        return configured;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user;
}

QString UiSettings::configuredOperatorName() const
{
    return m_settings.value(kOperatorName).toString().trimmed();
}

void UiSettings::setOperatorName(const QString &name)
{
    m_settings.setValue(kOperatorName, name.trimmed());
}

bool UiSettings::alarmSoundEnabled() const
{
    return m_settings.value(kAlarmSound, true).toBool();
}

void UiSettings::setAlarmSoundEnabled(bool enabled)
{
    m_settings.setValue(kAlarmSound, enabled);
}

int UiSettings::alarmSoundIntervalS() const
{
    const int s = m_settings.value(kAlarmSoundIntervalS, kDefaultSoundIntervalS).toInt();
    return s > 0 ? s : kDefaultSoundIntervalS;
}

void UiSettings::setAlarmSoundIntervalS(int seconds)
{
    m_settings.setValue(kAlarmSoundIntervalS, std::max(seconds, 1));
}

QList<QTime> UiSettings::shiftStarts() const
{
    const QStringList texts =
        m_settings
            .value(kShiftStarts, QStringList{QStringLiteral("08:00"), QStringLiteral("20:00")})
            .toStringList();
    QList<QTime> starts;
    for (const QString &t : texts) {
        const QTime time = QTime::fromString(t.trimmed(), QStringLiteral("HH:mm"));
        if (time.isValid() && !starts.contains(time))
            starts.append(time);
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

void UiSettings::setShiftStarts(const QList<QTime> &starts)
{
    QStringList texts;
    for (const QTime &t : starts)
        texts << t.toString(QStringLiteral("HH:mm"));
    m_settings.setValue(kShiftStarts, texts);
}

} // namespace vocsync::ui
