#pragma once

#include "vocsync/alarms/alarm.h"

#include <QFrame>

#include <cstdint>
#include <optional>

class QLabel;

namespace vocsync::ui {

class AlarmTableModel;

/// The card beside the alarm table: everything about the selected alarm (where, what, when,
/// the evidence the analysis found, who acknowledged or shelved it).
class AlarmDetailView : public QFrame
{
    Q_OBJECT
public:
    explicit AlarmDetailView(const AlarmTableModel *names, QWidget *parent = nullptr);

    void setAlarm(const std::optional<alarms::Alarm> &alarm, std::int64_t nowMs);

private:
    QString evidenceHtml(const alarms::Alarm &alarm) const;

    const AlarmTableModel *m_names;
    QLabel *m_title;
    QLabel *m_body;
};

} // namespace vocsync::ui
