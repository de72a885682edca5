#pragma once

#include "vocsync/ui/uisettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace vocsync::ui {

/// Workstation preferences: the interface language (applied at the next start, when the
/// translators are installed), the alarm operator's name, sound and shifts, and, read only,
/// the station time zone and the database file.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &dbPath, QWidget *parent = nullptr);

    UiLanguage language() const;

    /// Saves the choice; true when it differs from what the running program uses.
    bool apply();

private:
    QWidget *createAlarmGroup();

    QComboBox *m_language;
    QLineEdit *m_operator = nullptr;
    QCheckBox *m_sound = nullptr;
    QSpinBox *m_soundInterval = nullptr;
    QLineEdit *m_shifts = nullptr;
    UiLanguage m_initial;
};

} // namespace vocsync::ui
