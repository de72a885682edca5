#include "vocsync/ui/deviceeditdialog.h"

#include "devicelabels.h"
#include "vocsync/ui/devicereadingview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace vocsync::ui {

namespace {
void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}
} // namespace

DeviceEditDialog::DeviceEditDialog(const QList<Enterprise> &enterprises,
                                   const QList<acquisition::TemplateInfo> &templates,
                                   const QStringList &existingIds, QWidget *parent)
    : QDialog(parent), m_templates(templates), m_existingIds(existingIds)
{
    setObjectName(QStringLiteral("deviceEditDialog"));
    setWindowTitle(tr("Add device"));
    QGroupBox *deviceGroup = createDeviceGroup();
    for (const Enterprise &e : enterprises)
        m_enterprise->addItem(e.name, e.id);
    m_enterprise->addItem(tr("(no enterprise)"), QString());

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(deviceGroup);
    left->addWidget(createConnectionGroup());
    left->addWidget(createPollingGroup());
    left->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c41d1d; font-weight: 600;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("primaryButton"));
    save->setText(tr("Save"));
    // The button box polished its buttons already: the style sheet's rule needs a new look.
    save->style()->unpolish(save);
    save->style()->polish(save);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeviceEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeviceEditDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addLayout(left, 0);
    columns->addWidget(createTestGroup(), 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    protocolChanged();
    resize(1000, 680);
}

DeviceEditDialog::~DeviceEditDialog() = default;

QString DeviceEditDialog::testIdFor(const QString &deviceId)
{
    return QStringLiteral("test:") + deviceId;
}

QString DeviceEditDialog::protocol() const
{
    return m_protocol->currentData().toString();
}

bool DeviceEditDialog::isSerial() const
{
    const QString p = protocol();
    return p == QLatin1String("modbus_rtu") || p == QLatin1String("dlt645");
}

void DeviceEditDialog::protocolChanged()
{
    const bool dlt = protocol() == QLatin1String("dlt645");
    m_portStack->setCurrentWidget(isSerial() ? static_cast<QWidget *>(m_port) : m_host);
    m_addressStack->setCurrentWidget(dlt ? static_cast<QWidget *>(m_dltAddress) : m_unit);
    // A serial server or a TCP meter has its line settings configured on the device itself.
    m_serialBox->setEnabled(isSerial());
    if (!m_serialTouched && m_previousId.isEmpty()) {
        // DL/T 645-2007 meters ship at 2400 8E1; Modbus meters mostly at 9600 8N1.
        selectData(m_baud, dlt ? 2400 : 9600);
        selectData(m_parity, dlt ? QStringLiteral("E") : QStringLiteral("N"));
    }

    const QString family = dlt ? QStringLiteral("dlt645") : QStringLiteral("modbus");
    const QString current = m_template->currentData().toString();
    const QSignalBlocker block(m_template);
    m_template->clear();
    for (const acquisition::TemplateInfo &t : std::as_const(m_templates)) {
        if (t.protocol != family)
            continue;
        QString text = QStringList{t.manufacturer, t.model}.join(QLatin1Char(' '));
        if (t.user)
            text = tr("%1 (user template)").arg(text);
        m_template->addItem(text, t.id);
    }
    if (m_template->count() == 0) {
        m_template->addItem(tr("No %1 templates installed").arg(DeviceLabels::protocol(protocol())),
                            QString());
    }
    m_template->setCurrentIndex(std::max(0, m_template->findData(current)));
    templateChanged();
}

void DeviceEditDialog::templateChanged()
{
    const QString id = m_template->currentData().toString();
    for (const acquisition::TemplateInfo &t : std::as_const(m_templates)) {
        if (t.id != id)
            continue;
        QString html = QStringLiteral("%1").arg(t.description.toHtmlEscaped());
        if (!t.manual.isEmpty())
            html += QStringLiteral("<br>") + tr("Manual: %1").arg(t.manual.toHtmlEscaped());
        html += QStringLiteral("<br>") + tr("Template id: %1").arg(t.id.toHtmlEscaped());
        m_templateInfo->setText(html);
        return;
    }
    m_templateInfo->setText(
        tr("Templates are read from the shipped set and from %1.")
            .arg(acquisition::TemplateLibrary::userDirectory().toHtmlEscaped()));
}

QStringList DeviceEditDialog::offeredTemplates() const
{
    QStringList ids;
    for (int i = 0; i < m_template->count(); ++i) {
        if (!m_template->itemData(i).toString().isEmpty())
            ids.append(m_template->itemData(i).toString());
    }
    return ids;
}

void DeviceEditDialog::setKnownPorts(const QStringList &ports)
{
    const QString typed = m_port->currentText();
    for (const QString &port : ports) {
        if (!port.isEmpty() && m_port->findText(port) < 0)
            m_port->addItem(port);
    }
    m_port->setEditText(typed);
}

void DeviceEditDialog::setDevice(const Device &device)
{
    m_base = device;
    m_previousId = device.id;
    setWindowTitle(tr("Edit device %1").arg(device.id));
    m_id->setText(device.id);
    selectData(m_enterprise, device.enterpriseId);
    if (m_protocol->findData(device.protocol) < 0)
        m_protocol->addItem(DeviceLabels::protocolLong(device.protocol), device.protocol);
    m_serialTouched = true; // the loaded line settings are the device's, keep them
    selectData(m_protocol, device.protocol);
    protocolChanged();
    selectData(m_template, device.templateId);
    if (device.isNetwork()) {
        m_host->setText(device.port);
    } else {
        m_port->setEditText(device.port);
    }
    if (device.protocol == QLatin1String("dlt645"))
        m_dltAddress->setText(device.address);
    else
        m_unit->setValue(device.address.toInt());
    selectData(m_baud, device.serial.baud);
    selectData(m_parity, QString(QLatin1Char(device.serial.parity)));
    selectData(m_dataBits, device.serial.dataBits);
    selectData(m_stopBits, device.serial.stopBits);
    m_frameDelay->setValue(device.serial.frameDelayMs);
    m_interval->setValue(device.pollIntervalMs / 1000.0);
    m_timeout->setValue(device.timeoutMs);
    m_pt->setValue(device.ptRatio);
    m_ct->setValue(device.ctRatio);
    m_enabled->setChecked(device.enabled);
}

Device DeviceEditDialog::device() const
{
    Device d = m_base;
    d.id = m_id->text().trimmed();
    d.enterpriseId = m_enterprise->currentData().toString();
    d.protocol = protocol();
    d.templateId = m_template->currentData().toString();
    for (const acquisition::TemplateInfo &t : m_templates) {
        if (t.id == d.templateId && !t.model.isEmpty())
            d.model = t.model;
    }
    d.port = isSerial() ? m_port->currentText().trimmed() : m_host->text().trimmed();
    d.address = d.protocol == QLatin1String("dlt645") ? m_dltAddress->text().trimmed()
                                                      : QString::number(m_unit->value());
    d.serial.baud = m_baud->currentData().toInt();
    d.serial.parity = m_parity->currentData().toString().at(0).toLatin1();
    d.serial.dataBits = m_dataBits->currentData().toInt();
    d.serial.stopBits = m_stopBits->currentData().toInt();
    d.serial.frameDelayMs = m_frameDelay->value();
    d.pollIntervalMs = static_cast<int>(std::lround(m_interval->value() * 1000.0));
    d.timeoutMs = m_timeout->value();
    d.ptRatio = m_pt->value();
    d.ctRatio = m_ct->value();
    d.enabled = m_enabled->isChecked();
    return d;
}

} // namespace vocsync::ui
