#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace vocsync::ui {

class DeviceReadingView;

/// Adds or edits one polled meter: id, enterprise, protocol, template (filtered by protocol),
/// port and serial line, address, poll interval, timeout, PT/CT ratios. Save checks the fields
/// with the plant file's own rules (plantjson::validateDevice) plus a unique id, names the
/// field in the message and keeps everything typed; then it asks for the save
/// (saveRequested) and closes only when saveFinished(true) comes back. "Test read" polls the
/// meter with the unsaved settings under the id "test:<id>" and shows what it decodes.
class DeviceEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existingIds`: the ids of the station's devices (a new id must not be one of them).
    DeviceEditDialog(const QList<Enterprise> &enterprises,
                     const QList<acquisition::TemplateInfo> &templates,
                     const QStringList &existingIds, QWidget *parent = nullptr);
    ~DeviceEditDialog() override;

    /// The id a test read of `deviceId` runs under.
    static QString testIdFor(const QString &deviceId);

    /// Loads a device to edit; without a call the dialog adds a new device.
    void setDevice(const Device &device);
    /// The device's id when it was loaded; empty when adding.
    QString previousId() const { return m_previousId; }
    /// Ports offered besides the machine's serial ports (those of the other devices).
    void setKnownPorts(const QStringList &ports);
    /// The device as the fields describe it now (not saved).
    Device device() const;
    /// Checks the fields; on an error shows "<field>: <what is wrong>", focuses the field and
    /// returns the message. Empty when everything is valid.
    QString validate();
    QString errorText() const;
    /// The template ids the picker offers for the protocol chosen now.
    QStringList offeredTemplates() const;
    /// The id of the running test read; empty when none runs.
    QString testReadId() const { return m_testId; }
    DeviceReadingView *readingView() const { return m_readingView; }

public slots:
    /// Validates, then emits saveRequested; the dialog stays open until saveFinished.
    void accept() override;
    void done(int result) override;
    /// Starts (or restarts with the settings shown now) a test read.
    void startTestRead();
    void stopTestRead();
    void showReading(const vocsync::acquisition::Reading &reading);
    void showHealth(const vocsync::acquisition::DeviceHealth &health);
    /// The answer to saveRequested: closes on success, else shows the error and keeps the
    /// fields as they are.
    void saveFinished(bool ok, const QString &error);

signals:
    void saveRequested(const vocsync::Device &device, const QString &previousId);
    void testReadRequested(const vocsync::Device &device);
    void testReadStopped(const QString &deviceId);

private:
    QGroupBox *createDeviceGroup();
    QGroupBox *createConnectionGroup();
    QGroupBox *createPollingGroup();
    QGroupBox *createTestGroup();
    void protocolChanged();
    void templateChanged();
    QString protocol() const;
    bool isSerial() const;
    void showError(const QString &message, QWidget *field);
    /// The label and the widget of a field named by its JSON path ("serial.parity").
    std::pair<QString, QWidget *> field(const QString &where) const;

    QList<acquisition::TemplateInfo> m_templates;
    QStringList m_existingIds;
    QString m_previousId;
    Device m_base; ///< the loaded device: fields the dialog does not show are kept
    QString m_testId;
    bool m_serialTouched = false;
    bool m_saving = false;

    QLineEdit *m_id = nullptr;
    QComboBox *m_enterprise = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_templateInfo = nullptr;
    QCheckBox *m_enabled = nullptr;
    QStackedWidget *m_portStack = nullptr;
    QComboBox *m_port = nullptr;
    QLineEdit *m_host = nullptr;
    QStackedWidget *m_addressStack = nullptr;
    QSpinBox *m_unit = nullptr;
    QLineEdit *m_dltAddress = nullptr;
    QWidget *m_serialBox = nullptr;
    QComboBox *m_baud = nullptr;
    QComboBox *m_parity = nullptr;
    QComboBox *m_dataBits = nullptr;
    QComboBox *m_stopBits = nullptr;
    QSpinBox *m_frameDelay = nullptr;
    QDoubleSpinBox *m_interval = nullptr;
    QSpinBox *m_timeout = nullptr;
    QDoubleSpinBox *m_pt = nullptr;
    QDoubleSpinBox *m_ct = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_testStatus = nullptr;
    DeviceReadingView *m_readingView = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vocsync::ui
