#include "settingsdialog.h"

#include "vocsync/core/timeutil.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
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
    layout->addWidget(station);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

UiLanguage SettingsDialog::language() const
{
    return static_cast<UiLanguage>(m_language->currentData().toInt());
}

bool SettingsDialog::apply()
{
    UiSettings settings;
    settings.setLanguage(language());
    return language() != m_initial;
}

} // namespace vocsync::ui
