#include "shelvedialog.h"

#include "vocsync/core/timeutil.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vocsync::ui {

ShelveDialog::ShelveDialog(const QString &summary, const QString &user, std::int64_t nowMs,
                           std::int64_t shiftEndMs, QWidget *parent)
    : QDialog(parent), m_nowMs(nowMs), m_shiftEndMs(shiftEndMs), m_choices(new QButtonGroup(this)),
      m_user(new QLineEdit(user, this)), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("shelveDialog"));
    setWindowTitle(tr("Shelve alarms"));
    setMinimumWidth(460);

    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);
    what->setObjectName(QStringLiteral("pageSubtitle"));

    const QString shiftEnd = QDateTime::fromMSecsSinceEpoch(shiftEndMs, timeutil::stationZone())
                                 .toString(QStringLiteral("HH:mm"));
    auto *hour = new QRadioButton(tr("For 1 hour"), this);
    auto *eight = new QRadioButton(tr("For 8 hours"), this);
    auto *shift = new QRadioButton(tr("Until the end of the shift (%1)").arg(shiftEnd), this);
    m_choices->addButton(hour, OneHour);
    m_choices->addButton(eight, EightHours);
    m_choices->addButton(shift, EndOfShift);
    hour->setChecked(true);
    auto *choices = new QVBoxLayout;
    choices->setSpacing(4);
    for (QAbstractButton *b : m_choices->buttons())
        choices->addWidget(b);

    m_user->setObjectName(QStringLiteral("shelveUser"));
    m_reason->setObjectName(QStringLiteral("shelveReason"));
    m_reason->setPlaceholderText(tr("Why notifications may wait (required)"));
    auto *form = new QFormLayout;
    form->addRow(tr("Shelve:"), choices);
    form->addRow(tr("Operator:"), m_user);
    form->addRow(tr("Reason:"), m_reason);

    auto *note = new QLabel(tr("A shelved alarm stays in the list; it sends no notifications and "
                               "no sound until the time is up."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("pageSubtitle"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Shelve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ShelveDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &ShelveDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    updateButtons();
    m_reason->setFocus();
}

void ShelveDialog::setChoice(Choice choice)
{
    if (QAbstractButton *b = m_choices->button(choice))
        b->setChecked(true);
}

ShelveDialog::Choice ShelveDialog::choice() const
{
    return static_cast<Choice>(m_choices->checkedId());
}

std::int64_t ShelveDialog::untilMs() const
{
    switch (choice()) {
    case OneHour:
        return m_nowMs + timeutil::kHourMs;
    case EightHours:
        return m_nowMs + 8 * timeutil::kHourMs;
    case EndOfShift:
        return m_shiftEndMs;
    }
    return m_nowMs + timeutil::kHourMs;
}

QString ShelveDialog::user() const
{
    return m_user->text().trimmed();
}

QString ShelveDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ShelveDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty() && !reason().isEmpty());
}

} // namespace vocsync::ui
