#include "vocsync/ui/devicespage.h"

#include "devicedetailview.h"
#include "devicetreedelegate.h"
#include "pageheader.h"
#include "vocsync/ui/deviceeditdialog.h"
#include "vocsync/ui/framelogview.h"
#include "vocsync/ui/models/devicetablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace vocsync::ui {

using Model = DeviceTableModel;
using acquisition::DeviceHealth;

DevicesPage::DevicesPage(const Plant &plant, QWidget *parent)
    : QWidget(parent), m_model(new Model(this)), m_tree(new QTreeView(this)),
      m_detail(new DeviceDetailView(this)), m_frameLog(new FrameLogView(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Devices"), question) == QMessageBox::Yes;
    };

    auto *header = new PageHeader(this);
    header->setTitle(tr("Devices"));
    header->setSubtitle(tr("The meters the station polls, by port: their health, their last "
                           "values and the raw frames on the lines"));

    m_tree->setObjectName(QStringLiteral("deviceTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new DeviceTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIndentation(16);
    m_tree->setTextElideMode(Qt::ElideRight);
    // Denser than the overview's tree: a station has dozens of meters.
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { min-height: 24px; } "
                                         "QHeaderView::section { padding: 6px 5px; }"));
    fitColumns();

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_detail);
    bottom->addWidget(m_frameLog);
    bottom->setStretchFactor(0, 4);
    bottom->setStretchFactor(1, 5);
    bottom->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(440);
    m_frameLog->setMinimumWidth(360);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_tree);
    m_vertical->addWidget(bottom);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 0);
    // Proportions only (QSplitter scales them to its height): the tree gets the larger part.
    m_vertical->setSizes({400, 300});
    bottom->setSizes({500, 650});
    m_vertical->setCollapsible(0, false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c41d1d; font-weight: 600;"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(createActions());
    layout->addWidget(m_message);
    layout->addWidget(m_vertical, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_testId != DeviceEditDialog::testIdFor(selectedDeviceId()))
            setTestRead(false);
        updateDetail();
        updateActions();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, &DevicesPage::editSelected);
    connect(m_model, &Model::healthFlushed, this, [this](const QStringList &ids) {
        if (ids.contains(selectedDeviceId()))
            updateDetail();
        updateSummary();
    });
    connect(m_frameLog, &FrameLogView::frameLoggingChanged, this,
            &DevicesPage::frameLoggingChanged);
    setPlant(plant);
}

DevicesPage::~DevicesPage()
{
    // No signal from a half-destroyed page: the dialog's stop would reach a dead receiver.
    if (m_dialog)
        m_dialog->disconnect(this);
}

QWidget *DevicesPage::createActions()
{
    auto *bar = new QWidget(this);
    auto *add = new QPushButton(tr("Add device…"), bar);
    add->setObjectName(QStringLiteral("primaryButton"));
    connect(add, &QPushButton::clicked, this, &DevicesPage::addDevice);
    m_edit = new QPushButton(tr("Edit…"), bar);
    m_edit->setObjectName(QStringLiteral("deviceEdit"));
    connect(m_edit, &QPushButton::clicked, this, &DevicesPage::editSelected);
    m_remove = new QPushButton(tr("Remove…"), bar);
    m_remove->setObjectName(QStringLiteral("deviceRemove"));
    connect(m_remove, &QPushButton::clicked, this, &DevicesPage::removeSelected);
    m_test = new QPushButton(tr("Test read"), bar);
    m_test->setObjectName(QStringLiteral("deviceTestRead"));
    m_test->setCheckable(true);
    m_test->setToolTip(tr("Poll the selected device now, beside its schedule, and show the "
                          "values it returns"));
    connect(m_test, &QPushButton::toggled, this, &DevicesPage::setTestRead);
    m_showLog = new QToolButton(bar);
    m_showLog->setObjectName(QStringLiteral("menuButton"));
    m_showLog->setText(tr("Frame log"));
    m_showLog->setCheckable(true);
    m_showLog->setChecked(true);
    connect(m_showLog, &QToolButton::toggled, this,
            [this](bool shown) { m_vertical->widget(1)->setVisible(shown); });
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextFormat(Qt::RichText);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(add);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);
    layout->addSpacing(10);
    layout->addWidget(m_test);
    layout->addSpacing(16);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_showLog);
    return bar;
}

void DevicesPage::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

DeviceReadingView *DevicesPage::readingView() const
{
    return m_detail->readingView();
}

DeviceEditDialog *DevicesPage::editDialog() const
{
    return m_dialog;
}

QString DevicesPage::selectedDeviceId() const
{
    return m_tree->currentIndex().data(Model::DeviceIdRole).toString();
}

void DevicesPage::selectDevice(const QString &deviceId)
{
    const QModelIndex index = m_model->deviceIndex(deviceId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

QString DevicesPage::message() const
{
    return m_message->text();
}

QString DevicesPage::summary() const
{
    return m_summary->text();
}

void DevicesPage::setPlant(const Plant &plant)
{
    const QString selected = selectedDeviceId();
    const QString bus = m_tree->currentIndex().data(Model::IsBusRole).toBool()
                            ? m_tree->currentIndex().data(Model::BusIdRole).toString()
                            : QString();
    m_plant = plant;
    m_model->setDevices(plant.devices);
    // Bus rows are group headers across the row (DeviceTreeDelegate).
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {}, true);
    m_tree->expandAll();
    fitContentColumns();
    if (!selected.isEmpty())
        selectDevice(selected);
    else if (!bus.isEmpty())
        m_tree->setCurrentIndex(m_model->busIndex(bus));
    if (!m_testId.isEmpty() && !m_model->device(selectedDeviceId()))
        setTestRead(false);
    updateDetail();
    updateActions();
    updateSummary();
}

void DevicesPage::setTemplates(const QList<acquisition::TemplateInfo> &templates)
{
    m_templates = templates;
    m_model->setTemplates(templates);
    fitContentColumns();
}

void DevicesPage::updateHealth(const DeviceHealth &health)
{
    m_model->updateHealth(health);
    if (m_dialog)
        m_dialog->showHealth(health);
}

void DevicesPage::updateBus(const acquisition::BusStatus &bus)
{
    m_model->updateBus(bus);
}

void DevicesPage::showReading(const acquisition::Reading &reading)
{
    m_lastReading.insert(reading.deviceId, reading);
    if (m_dialog)
        m_dialog->showReading(reading);
    const QString selected = selectedDeviceId();
    if (!selected.isEmpty() &&
        (reading.deviceId == selected || (!m_testId.isEmpty() && reading.deviceId == m_testId)))
        updateDetail();
}

void DevicesPage::appendFrame(const acquisition::FrameRecord &frame)
{
    m_frameLog->appendFrame(frame);
}

void DevicesPage::saveFinished(bool ok, const QString &error)
{
    if (!m_pendingRemoval.isEmpty()) {
        const QString id = m_pendingRemoval;
        m_pendingRemoval.clear();
        showMessage(ok ? QString() : tr("%1 was not removed: %2").arg(id, error));
        return;
    }
    if (m_dialog) {
        m_dialog->saveFinished(ok, error);
        return;
    }
    showMessage(ok ? QString() : tr("Not saved: %1").arg(error));
}

void DevicesPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DevicesPage::addDevice()
{
    openDialog(nullptr);
}

void DevicesPage::editSelected()
{
    const Device *device = m_model->device(selectedDeviceId());
    if (device && device->isPolled())
        openDialog(device);
}

void DevicesPage::openDialog(const Device *device)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    // The dialog's test read of this device would share the page's test id.
    setTestRead(false);
    QStringList ids;
    QStringList ports;
    for (const Device &d : std::as_const(m_plant.devices)) {
        ids.append(d.id);
        if (d.isPolled() && !d.isNetwork() && !ports.contains(d.port))
            ports.append(d.port);
    }
    auto *dialog = new DeviceEditDialog(m_plant.enterprises, m_templates, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownPorts(ports);
    if (device)
        dialog->setDevice(*device);
    connect(dialog, &DeviceEditDialog::saveRequested, this, &DevicesPage::saveRequested);
    connect(dialog, &DeviceEditDialog::testReadRequested, this, &DevicesPage::testReadRequested);
    connect(dialog, &DeviceEditDialog::testReadStopped, this, &DevicesPage::testReadStopped);
    connect(dialog, &DeviceEditDialog::accepted, this,
            [this, dialog] { selectDevice(dialog->device().id); });
    m_dialog = dialog;
    dialog->open();
}

bool DevicesPage::removeSelected()
{
    const QString id = selectedDeviceId();
    if (id.isEmpty())
        return false;
    if (!m_confirm(tr("Remove device %1 from the station? It is no longer polled; the data it "
                      "delivered stays in the database.")
                       .arg(id)))
        return false;
    setTestRead(false);
    m_pendingRemoval = id;
    emit removeRequested(id);
    return true;
}

void DevicesPage::setTestRead(bool on)
{
    const Device *device = on ? m_model->device(selectedDeviceId()) : nullptr;
    if (!m_testId.isEmpty()) {
        const QString id = m_testId;
        m_testId.clear();
        m_lastReading.remove(id);
        emit testReadStopped(id);
    }
    if (device && device->isPolled()) {
        Device test = *device;
        test.id = DeviceEditDialog::testIdFor(device->id);
        test.enabled = true;
        m_testId = test.id;
        emit testReadRequested(test);
    }
    {
        const QSignalBlocker block(m_test);
        m_test->setChecked(!m_testId.isEmpty());
    }
    updateDetail();
}

} // namespace vocsync::ui
