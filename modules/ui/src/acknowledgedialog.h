#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace vocsync::ui {

/// Asks who acknowledges and why (ISA-18.2: an acknowledgement is a person's statement that
/// the alarm was seen): the operator's name, prefilled from the settings or the OS user, and a
/// comment, which is required; common comments can be picked from a list.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `summary`: what is acknowledged, e.g. the alarm's message or "3 alarms".
    AcknowledgeDialog(const QString &summary, const QString &user, QWidget *parent = nullptr);

    QString user() const;
    QString comment() const;

private:
    void updateButtons();

    QLineEdit *m_user;
    QComboBox *m_presets;
    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};

} // namespace vocsync::ui
