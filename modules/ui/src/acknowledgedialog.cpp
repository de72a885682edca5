#include "acknowledgedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vocsync::ui {

AcknowledgeDialog::AcknowledgeDialog(const QString &summary, const QString &user, QWidget *parent)
    : QDialog(parent), m_user(new QLineEdit(user, this)), m_presets(new QComboBox(this)),
      m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge alarms"));
    setMinimumWidth(460);

    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);
    what->setObjectName(QStringLiteral("pageSubtitle"));

    m_user->setObjectName(QStringLiteral("ackUser"));
    m_comment->setObjectName(QStringLiteral("ackComment"));
    m_comment->setPlaceholderText(tr("What was done or found (required)"));
    m_comment->setFixedHeight(90);
    m_presets->setObjectName(QStringLiteral("ackPresets"));
    m_presets->addItem(tr("Common comments…"));
    m_presets->addItem(tr("Enterprise notified by phone"));
    m_presets->addItem(tr("On-site inspection arranged"));
    m_presets->addItem(tr("Planned maintenance of the treatment facility"));
    m_presets->addItem(tr("Meter or communication fault, not a real stop"));
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        m_comment->setPlainText(m_presets->itemText(index));
        m_presets->setCurrentIndex(0);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Operator:"), m_user);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(QString(), m_presets);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &AcknowledgeDialog::updateButtons);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
    m_comment->setFocus();
}

QString AcknowledgeDialog::user() const
{
    return m_user->text().trimmed();
}

QString AcknowledgeDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void AcknowledgeDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty() && !comment().isEmpty());
}

} // namespace vocsync::ui
