#include "historyrequestdialog.h"

#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/messages.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vocsync::ui {

namespace {
/// QDateTimeEdit has no time zone in Qt 6.4: it shows station wall-clock time as a zone-less
/// value, converted here (as the alarm history page does).
QDateTime toWallClock(std::int64_t utcMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone());
    return QDateTime(t.date(), t.time());
}

std::int64_t fromWallClock(const QDateTime &wall)
{
    return QDateTime(wall.date(), wall.time(), timeutil::stationZone()).toMSecsSinceEpoch();
}
} // namespace

HistoryRequestDialog::HistoryRequestDialog(const QString &transmitter, std::int64_t nowMs,
                                           QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_from(new QDateTimeEdit(this)),
      m_to(new QDateTimeEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Request history"));
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->addItem(tr("Minute data (2051)"), hj212::cn::MinuteData);
    m_kind->addItem(tr("Hour data (2061)"), hj212::cn::HourData);
    m_kind->addItem(tr("Day data (2031)"), hj212::cn::DayData);
    m_kind->addItem(tr("Real-time data (2011)"), hj212::cn::RealTimeData);
    const std::int64_t to = timeutil::floorTo(nowMs, timeutil::kMinuteMs);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &HistoryRequestDialog::validate);
    }
    m_from->setObjectName(QStringLiteral("historyRequestFrom"));
    m_to->setObjectName(QStringLiteral("historyRequestTo"));
    m_from->setDateTime(toWallClock(to - timeutil::kHourMs));
    m_to->setDateTime(toWallClock(to));
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(theme::severityAlarm().name()));

    auto *intro = new QLabel(tr("Ask %1 to send its stored data of a time range again. What "
                                "arrives is stored as backfilled.")
                                 .arg(transmitter),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Data"), m_kind);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

int HistoryRequestDialog::cn() const
{
    return m_kind->currentData().toInt();
}

std::int64_t HistoryRequestDialog::fromMs() const
{
    return fromWallClock(m_from->dateTime());
}

std::int64_t HistoryRequestDialog::toMs() const
{
    return fromWallClock(m_to->dateTime());
}

void HistoryRequestDialog::validate()
{
    const bool ok = fromMs() < toMs();
    m_problem->setText(ok ? QString() : tr("The range must end after it begins."));
    m_problem->setVisible(!ok);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace vocsync::ui
