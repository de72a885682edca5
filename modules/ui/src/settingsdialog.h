#pragma once

#include "vocsync/ui/uisettings.h"

#include <QDialog>

class QComboBox;

namespace vocsync::ui {

/// Workstation preferences: the interface language (applied at the next start, when the
/// translators are installed), and, read only, the station time zone and the database file.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &dbPath, QWidget *parent = nullptr);

    UiLanguage language() const;

    /// Saves the choice; true when it differs from what the running program uses.
    bool apply();

private:
    QComboBox *m_language;
    UiLanguage m_initial;
};

} // namespace vocsync::ui
