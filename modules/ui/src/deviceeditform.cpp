// DeviceEditDialog, part 3: the form's groups (device, connection, polling).
#include "vocsync/ui/deviceeditdialog.h"

#include "devicelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QStackedWidget>

#include <array>

namespace vocsync::ui {

namespace {
// The rates RS-485 meters and serial servers offer (plantjson::validateDevice's list).
constexpr std::array<int, 8> kBaudRates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};

QComboBox *intCombo(const QList<int> &values, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (int v : values)
        combo->addItem(QString::number(v), v);
    return combo;
}
} // namespace

QGroupBox *DeviceEditDialog::createDeviceGroup()
{
    auto *group = new QGroupBox(tr("Device"), this);
    m_id = new QLineEdit(group);
    m_id->setObjectName(QStringLiteral("deviceId"));
    m_id->setPlaceholderText(tr("e.g. PM-101"));
    m_enterprise = new QComboBox(group);
    m_enterprise->setObjectName(QStringLiteral("deviceEnterprise"));
    m_enterprise->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_enterprise->setMinimumContentsLength(16);
    m_protocol = new QComboBox(group);
    m_protocol->setObjectName(QStringLiteral("deviceProtocol"));
    for (const char *key : {"modbus_rtu", "modbus_tcp", "modbus_rtu_tcp", "dlt645"}) {
        const QString k = QLatin1String(key);
        m_protocol->addItem(DeviceLabels::protocolLong(k), k);
    }
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &DeviceEditDialog::protocolChanged);
    m_template = new QComboBox(group);
    m_template->setObjectName(QStringLiteral("deviceTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(16);
    connect(m_template, &QComboBox::currentIndexChanged, this, &DeviceEditDialog::templateChanged);
    m_templateInfo = new QLabel(group);
    m_templateInfo->setObjectName(QStringLiteral("templateInfo"));
    m_templateInfo->setWordWrap(true);
    m_templateInfo->setStyleSheet(QStringLiteral("color: #616e7c; font-weight: normal;"));
    m_templateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enabled = new QCheckBox(tr("Poll this device"), group);
    m_enabled->setObjectName(QStringLiteral("deviceEnabled"));
    m_enabled->setChecked(true);

    auto *form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Device id:"), m_id);
    form->addRow(tr("Enterprise:"), m_enterprise);
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(tr("Template:"), m_template);
    form->addRow(QString(), m_templateInfo);
    form->addRow(QString(), m_enabled);
    return group;
}

QGroupBox *DeviceEditDialog::createConnectionGroup()
{
    auto *group = new QGroupBox(tr("Connection"), this);
    m_port = new QComboBox(group);
    m_port->setObjectName(QStringLiteral("devicePort"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        m_port->addItem(info.systemLocation());
        m_port->setItemData(
            m_port->count() - 1,
            QStringList{info.description(), info.manufacturer()}.join(QLatin1Char(' ')),
            Qt::ToolTipRole);
    }
    m_port->setCurrentIndex(-1);
    m_port->lineEdit()->setPlaceholderText(tr("/dev/ttyUSB0 or COM3"));
    m_host = new QLineEdit(group);
    m_host->setObjectName(QStringLiteral("deviceHost"));
    m_host->setPlaceholderText(tr("host:port, e.g. 192.168.1.20:502"));
    m_portStack = new QStackedWidget(group);
    m_portStack->addWidget(m_port);
    m_portStack->addWidget(m_host);
    m_portStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_unit = new QSpinBox(group);
    m_unit->setObjectName(QStringLiteral("deviceUnit"));
    m_unit->setRange(1, 247);
    m_unit->setPrefix(tr("unit "));
    m_dltAddress = new QLineEdit(group);
    m_dltAddress->setObjectName(QStringLiteral("deviceDltAddress"));
    m_dltAddress->setPlaceholderText(tr("12 digits from the nameplate, e.g. 000012345678"));
    m_dltAddress->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this));
    m_addressStack = new QStackedWidget(group);
    m_addressStack->addWidget(m_unit);
    m_addressStack->addWidget(m_dltAddress);
    m_addressStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    QList<int> rates(kBaudRates.cbegin(), kBaudRates.cend());
    m_baud = intCombo(rates, group);
    m_baud->setObjectName(QStringLiteral("serialBaud"));
    m_parity = new QComboBox(group);
    m_parity->setObjectName(QStringLiteral("serialParity"));
    m_parity->addItem(tr("None (N)"), QStringLiteral("N"));
    m_parity->addItem(tr("Even (E)"), QStringLiteral("E"));
    m_parity->addItem(tr("Odd (O)"), QStringLiteral("O"));
    m_dataBits = intCombo({8, 7}, group);
    m_dataBits->setObjectName(QStringLiteral("serialDataBits"));
    m_stopBits = intCombo({1, 2}, group);
    m_stopBits->setObjectName(QStringLiteral("serialStopBits"));
    m_frameDelay = new QSpinBox(group);
    m_frameDelay->setObjectName(QStringLiteral("serialFrameDelay"));
    m_frameDelay->setRange(0, 1000);
    m_frameDelay->setSuffix(tr(" ms"));
    m_frameDelay->setSpecialValueText(tr("3.5 characters"));
    for (QComboBox *c : {m_baud, m_parity, m_dataBits, m_stopBits})
        connect(c, &QComboBox::activated, this, [this] { m_serialTouched = true; });
    m_baud->setCurrentIndex(m_baud->findData(9600));

    m_serialBox = new QWidget(group);
    auto *line = new QGridLayout(m_serialBox);
    line->setContentsMargins(0, 0, 0, 0);
    line->setHorizontalSpacing(6);
    line->addWidget(new QLabel(tr("Baud rate"), m_serialBox), 0, 0);
    line->addWidget(m_baud, 0, 1);
    line->addWidget(new QLabel(tr("Parity"), m_serialBox), 0, 2);
    line->addWidget(m_parity, 0, 3);
    line->addWidget(new QLabel(tr("Data bits"), m_serialBox), 1, 0);
    line->addWidget(m_dataBits, 1, 1);
    line->addWidget(new QLabel(tr("Stop bits"), m_serialBox), 1, 2);
    line->addWidget(m_stopBits, 1, 3);
    line->addWidget(new QLabel(tr("Frame gap"), m_serialBox), 2, 0);
    line->addWidget(m_frameDelay, 2, 1, 1, 3);
    line->setColumnStretch(1, 1);
    line->setColumnStretch(3, 1);

    auto *form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Port:"), m_portStack);
    form->addRow(tr("Address:"), m_addressStack);
    form->addRow(tr("Serial line:"), m_serialBox);
    return group;
}

QGroupBox *DeviceEditDialog::createPollingGroup()
{
    auto *group = new QGroupBox(tr("Polling"), this);
    m_interval = new QDoubleSpinBox(group);
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_interval->setRange(1.0, 3600.0);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(10.0);
    m_timeout = new QSpinBox(group);
    m_timeout->setObjectName(QStringLiteral("pollTimeout"));
    m_timeout->setRange(50, 60000);
    m_timeout->setSingleStep(100);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(1000);
    const auto ratio = [group](const char *name) {
        auto *spin = new QDoubleSpinBox(group);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(0, 100000);
        spin->setDecimals(2);
        spin->setSpecialValueText(tr("From the meter"));
        return spin;
    };
    m_pt = ratio("ptRatio");
    m_ct = ratio("ctRatio");
    auto *grid = new QGridLayout(group);
    grid->addWidget(new QLabel(tr("Poll every:"), group), 0, 0, Qt::AlignRight);
    grid->addWidget(m_interval, 0, 1);
    grid->addWidget(new QLabel(tr("Timeout:"), group), 0, 2, Qt::AlignRight);
    grid->addWidget(m_timeout, 0, 3);
    grid->addWidget(new QLabel(tr("PT ratio:"), group), 1, 0, Qt::AlignRight);
    grid->addWidget(m_pt, 1, 1);
    grid->addWidget(new QLabel(tr("CT ratio:"), group), 1, 2, Qt::AlignRight);
    grid->addWidget(m_ct, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return group;
}

} // namespace vocsync::ui
