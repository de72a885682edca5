#include "settingsdialog.h"

#include "vocsync/core/timeutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vocsync::ui {

namespace {
QLineEdit *readOnlyField(const QString &text, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    return field;
}
} // namespace

SettingsDialog::SettingsDialog(const QString &dbPath, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_initial(UiSettings().language())
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    m_language->addItem(tr("System default"), static_cast<int>(UiLanguage::System));
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("中文（简体）"), static_cast<int>(UiLanguage::Chinese));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(UiLanguage::English));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(m_initial)));

    auto *appearance = new QGroupBox(tr("Interface"), this);
    auto *form = new QFormLayout(appearance);
    form->addRow(tr("Language:"), m_language);
    auto *note =
        new QLabel(tr("A new language takes effect when VocSync is started again."), appearance);
    note->setObjectName(QStringLiteral("pageSubtitle"));
    note->setWordWrap(true);
    form->addRow(QString(), note);

    const QTimeZone zone = timeutil::stationZone();
    const QDateTime now = QDateTime::currentDateTime();
    auto *station = new QGroupBox(tr("Station"), this);
    auto *stationForm = new QFormLayout(station);
    stationForm->addRow(
        tr("Time zone:"),
        readOnlyField(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(zone.id()),
                                                    zone.displayName(now, QTimeZone::OffsetName)),
                      station));
    stationForm->addRow(tr("Database:"),
                        readOnlyField(QFileInfo(dbPath).absoluteFilePath(), station));
    auto *zoneNote =
        new QLabel(tr("Times are stored in UTC and shown in the station time zone."), station);
    zoneNote->setObjectName(QStringLiteral("pageSubtitle"));
    zoneNote->setWordWrap(true);
    stationForm->addRow(QString(), zoneNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(appearance);
    layout->addWidget(createAlarmGroup());
    layout->addWidget(station);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::createAlarmGroup()
{
    const UiSettings settings;
    auto *group = new QGroupBox(tr("Alarms"), this);
    auto *form = new QFormLayout(group);
    m_operator = new QLineEdit(settings.configuredOperatorName(), group);
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setPlaceholderText(
        tr("Operating-system user: %1")
            .arg(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))));
    m_sound = new QCheckBox(tr("Sound while an alarm (报警) is unacknowledged"), group);
    m_sound->setObjectName(QStringLiteral("alarmSound"));
    m_sound->setChecked(settings.alarmSoundEnabled());
    m_soundInterval = new QSpinBox(group);
    m_soundInterval->setObjectName(QStringLiteral("alarmSoundInterval"));
    m_soundInterval->setRange(2, 600);
    m_soundInterval->setSuffix(tr(" s"));
    m_soundInterval->setValue(settings.alarmSoundIntervalS());
    connect(m_sound, &QCheckBox::toggled, m_soundInterval, &QWidget::setEnabled);
    m_soundInterval->setEnabled(m_sound->isChecked());
    QStringList shifts;
    for (const QTime &t : settings.shiftStarts())
        shifts << t.toString(QStringLiteral("HH:mm"));
    m_shifts = new QLineEdit(shifts.join(QStringLiteral(", ")), group);
    m_shifts->setObjectName(QStringLiteral("shiftStarts"));
    auto *note = new QLabel(tr("The system beep is used; many Linux desktops mute it or play no "
                               "sound unless an event sound is configured."),
                            group);
    note->setObjectName(QStringLiteral("pageSubtitle"));
    note->setWordWrap(true);
    form->addRow(tr("Operator name:"), m_operator);
    form->addRow(QString(), m_sound);
    form->addRow(tr("Repeat every:"), m_soundInterval);
    form->addRow(QString(), note);
    form->addRow(tr("Shifts start at:"), m_shifts);
    return group;
}

UiLanguage SettingsDialog::language() const
{
    return static_cast<UiLanguage>(m_language->currentData().toInt());
}

bool SettingsDialog::apply()
{
    UiSettings settings;
    settings.setLanguage(language());
    settings.setOperatorName(m_operator->text());
    settings.setAlarmSoundEnabled(m_sound->isChecked());
    settings.setAlarmSoundIntervalS(m_soundInterval->value());
    QList<QTime> starts;
    for (const QString &text : m_shifts->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
        if (t.isValid())
            starts.append(t);
    }
    if (!starts.isEmpty())
        settings.setShiftStarts(starts);
    return language() != m_initial;
}

} // namespace vocsync::ui
