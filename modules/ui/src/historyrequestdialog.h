#pragma once

#include <QDialog>

#include <cstdint>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace vocsync::ui {

/// Asks which history to request from a transmitter (minute, hour or day data, or real-time
/// data for transmitters that keep it) and for which range, in the station's time zone.
class HistoryRequestDialog : public QDialog
{
    Q_OBJECT
public:
    /// `nowMs`: the range offered is the hour before it.
    HistoryRequestDialog(const QString &transmitter, std::int64_t nowMs, QWidget *parent = nullptr);

    int cn() const;
    std::int64_t fromMs() const;
    std::int64_t toMs() const;

private:
    void validate();

    QComboBox *m_kind;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_problem;
};

} // namespace vocsync::ui
