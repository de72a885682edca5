#pragma once

#include <QDialog>

#include <cstdint>

class QButtonGroup;
class QDialogButtonBox;
class QLineEdit;

namespace vocsync::ui {

/// Shelving (ISA-18.2: a temporary, operator-initiated hold of an alarm's notifications):
/// for 1 hour, 8 hours or until the end of the current shift, with the operator's name and a
/// reason, both required.
class ShelveDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { OneHour, EightHours, EndOfShift };

    /// `shiftEndMs`: when the current shift ends (shiftEndMs() of the station's shifts).
    ShelveDialog(const QString &summary, const QString &user, std::int64_t nowMs,
                 std::int64_t shiftEndMs, QWidget *parent = nullptr);

    void setChoice(Choice choice);
    Choice choice() const;
    /// UTC ms until which the alarm is shelved.
    std::int64_t untilMs() const;
    QString user() const;
    QString reason() const;

private:
    void updateButtons();

    std::int64_t m_nowMs;
    std::int64_t m_shiftEndMs;
    QButtonGroup *m_choices;
    QLineEdit *m_user;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace vocsync::ui
