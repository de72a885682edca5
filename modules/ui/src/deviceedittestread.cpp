// DeviceEditDialog, part 2: checking the fields, saving, and the test read.
#include "vocsync/ui/deviceeditdialog.h"

#include "devicelabels.h"
#include "vocsync/core/plantjson.h"
#include "vocsync/ui/devicereadingview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vocsync::ui {

QGroupBox *DeviceEditDialog::createTestGroup()
{
    auto *group = new QGroupBox(tr("Test read"), this);
    auto *intro = new QLabel(tr("Polls the meter with the settings on the left, without saving "
                                "anything, and shows what the template decodes."),
                             group);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #616e7c; font-weight: normal;"));
    m_testButton = new QPushButton(tr("Test read"), group);
    m_testButton->setObjectName(QStringLiteral("testReadButton"));
    m_testButton->setToolTip(tr("Start polling with these settings (again, after a change)"));
    m_stopButton = new QPushButton(tr("Stop"), group);
    m_stopButton->setObjectName(QStringLiteral("testStopButton"));
    m_stopButton->setEnabled(false);
    connect(m_testButton, &QPushButton::clicked, this, &DeviceEditDialog::startTestRead);
    connect(m_stopButton, &QPushButton::clicked, this, &DeviceEditDialog::stopTestRead);
    m_testStatus = new QLabel(group);
    m_testStatus->setObjectName(QStringLiteral("testReadStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextFormat(Qt::RichText);
    m_testStatus->setStyleSheet(QStringLiteral("font-weight: normal;"));
    m_readingView = new DeviceReadingView(group);
    m_readingView->setStyleSheet(QStringLiteral("font-weight: normal;"));
    m_readingView->clear(tr("No test read yet."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_testStatus);
    layout->addWidget(m_readingView, 1);
    return group;
}

std::pair<QString, QWidget *> DeviceEditDialog::field(const QString &where) const
{
    const bool dlt = protocol() == QLatin1String("dlt645");
    if (where == QLatin1String("id"))
        return {tr("Device id"), m_id};
    if (where == QLatin1String("enterprise_id"))
        return {tr("Enterprise"), m_enterprise};
    if (where == QLatin1String("protocol"))
        return {tr("Protocol"), m_protocol};
    if (where == QLatin1String("template_id"))
        return {tr("Template"), m_template};
    if (where == QLatin1String("port"))
        return {tr("Port"), isSerial() ? static_cast<QWidget *>(m_port) : m_host};
    if (where == QLatin1String("address"))
        return {tr("Address"), dlt ? static_cast<QWidget *>(m_dltAddress) : m_unit};
    if (where == QLatin1String("serial.baud"))
        return {tr("Baud rate"), m_baud};
    if (where == QLatin1String("serial.parity"))
        return {tr("Parity"), m_parity};
    if (where == QLatin1String("serial.data_bits"))
        return {tr("Data bits"), m_dataBits};
    if (where == QLatin1String("serial.stop_bits"))
        return {tr("Stop bits"), m_stopBits};
    if (where == QLatin1String("serial.frame_delay_ms"))
        return {tr("Frame gap"), m_frameDelay};
    if (where == QLatin1String("poll_interval_ms"))
        return {tr("Poll interval"), m_interval};
    if (where == QLatin1String("timeout_ms"))
        return {tr("Timeout"), m_timeout};
    if (where == QLatin1String("pt_ratio"))
        return {tr("PT ratio"), m_pt};
    if (where == QLatin1String("ct_ratio"))
        return {tr("CT ratio"), m_ct};
    return {where, nullptr};
}

void DeviceEditDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

QString DeviceEditDialog::errorText() const
{
    return m_error->text();
}

QString DeviceEditDialog::validate()
{
    const Device d = device();
    const Status checked = plantjson::validateDevice(d);
    if (!checked) {
        const auto [label, widget] = field(checked.error().where);
        const QString message = tr("%1: %2").arg(label, checked.error().message);
        showError(message, widget);
        return message;
    }
    if (d.id != m_previousId && m_existingIds.contains(d.id)) {
        const QString message =
            tr("%1: '%2' is already used by another device").arg(tr("Device id"), d.id);
        showError(message, m_id);
        return message;
    }
    if (d.id.startsWith(testIdFor(QString()))) {
        const QString message =
            tr("%1: ids starting with 'test:' are kept for test reads").arg(tr("Device id"));
        showError(message, m_id);
        return message;
    }
    showError(QString(), nullptr);
    return {};
}

void DeviceEditDialog::accept()
{
    if (m_saving || !validate().isEmpty())
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    emit saveRequested(device(), m_previousId);
}

void DeviceEditDialog::saveFinished(bool ok, const QString &error)
{
    if (!m_saving)
        return;
    m_saving = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    if (ok) {
        QDialog::accept();
        return;
    }
    showError(tr("Not saved: %1").arg(error), nullptr);
}

void DeviceEditDialog::done(int result)
{
    stopTestRead();
    QDialog::done(result);
}

void DeviceEditDialog::startTestRead()
{
    Device test = device();
    const QString id = test.id.isEmpty() ? QStringLiteral("new") : test.id;
    test.id = testIdFor(id);
    test.enabled = true;
    if (const Status checked = plantjson::validateDevice(test); !checked) {
        const auto [label, widget] = field(checked.error().where);
        showError(tr("%1: %2").arg(label, checked.error().message), widget);
        return;
    }
    showError(QString(), nullptr);
    if (!m_testId.isEmpty() && m_testId != test.id)
        emit testReadStopped(m_testId);
    m_testId = test.id;
    m_stopButton->setEnabled(true);
    m_testButton->setText(tr("Restart test"));
    m_testStatus->setText(
        tr("Polling %1 every %2…")
            .arg(test.port.toHtmlEscaped(), DeviceLabels::interval(test.pollIntervalMs)));
    m_readingView->clear(tr("Waiting for the first reply…"));
    emit testReadRequested(test);
}

void DeviceEditDialog::stopTestRead()
{
    if (m_testId.isEmpty())
        return;
    const QString id = m_testId;
    m_testId.clear();
    m_stopButton->setEnabled(false);
    m_testButton->setText(tr("Test read"));
    m_testStatus->setText(m_testStatus->text() + QStringLiteral(" ") + tr("(stopped)"));
    emit testReadStopped(id);
}

void DeviceEditDialog::showReading(const acquisition::Reading &reading)
{
    if (m_testId.isEmpty() || reading.deviceId != m_testId)
        return;
    m_readingView->setReading(reading);
}

void DeviceEditDialog::showHealth(const acquisition::DeviceHealth &health)
{
    if (m_testId.isEmpty() || health.deviceId != m_testId)
        return;
    QString text = QStringLiteral("<b style='color:%1'>%2</b>")
                       .arg(DeviceLabels::statusColor(health.status).name(),
                            DeviceLabels::status(health.status).toHtmlEscaped());
    text += QStringLiteral(" · ") +
            tr("%1 of %n poll(s) good", nullptr, static_cast<int>(health.polls)).arg(health.good);
    if (health.lastRttMs >= 0)
        text += QStringLiteral(" · ") + tr("round trip %1 ms").arg(health.lastRttMs);
    if (!health.lastError.isEmpty() && health.status != acquisition::DeviceHealth::Status::Ok)
        text += QStringLiteral("<br><span style='color:#c41d1d'>%1</span>")
                    .arg(health.lastError.toHtmlEscaped());
    m_testStatus->setText(text);
}

} // namespace vocsync::ui
