#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;
class QTreeView;

namespace vocsync::ui {

class DeviceDetailView;
class DeviceEditDialog;
class DeviceReadingView;
class DeviceTableModel;
class FrameLogView;

/// The devices page: the buses and their meters with live health, the selected device's
/// details and last reading, add / edit / remove, a test read, and the raw frame log.
///
/// It never touches the poller or the database: it asks by signals (saveRequested,
/// removeRequested, testReadRequested, testReadStopped, frameLoggingChanged) and is told by
/// slots (setPlant, updateHealth, updateBus, showReading, appendFrame, saveFinished), so the
/// composition root can connect it to the acquisition thread with queued connections.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks the user to confirm; the default shows a question box.
    using Confirm = std::function<bool(const QString &question)>;

    explicit DevicesPage(const Plant &plant = {}, QWidget *parent = nullptr);
    ~DevicesPage() override;

    void setConfirm(Confirm confirm);
    DeviceTableModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    FrameLogView *frameLog() const { return m_frameLog; }
    DeviceReadingView *readingView() const;
    /// The add/edit dialog while it is open.
    DeviceEditDialog *editDialog() const;
    QString selectedDeviceId() const;
    void selectDevice(const QString &deviceId);
    /// The id of the page's own test read (of the selected device); empty when none runs.
    QString testReadId() const { return m_testId; }
    /// The error of the last save or removal asked from the page (not from the dialog).
    QString message() const;
    /// "9 devices: 6 OK · 1 retrying ..." as shown above the tree.
    QString summary() const;

public slots:
    void setPlant(const vocsync::Plant &plant);
    void setTemplates(const QList<vocsync::acquisition::TemplateInfo> &templates);
    void updateHealth(const vocsync::acquisition::DeviceHealth &health);
    void updateBus(const vocsync::acquisition::BusStatus &bus);
    void showReading(const vocsync::acquisition::Reading &reading);
    void appendFrame(const vocsync::acquisition::FrameRecord &frame);
    /// The answer to saveRequested or removeRequested.
    void saveFinished(bool ok, const QString &error);

    void addDevice();
    void editSelected();
    /// Asks for confirmation, then emits removeRequested; true when asked.
    bool removeSelected();
    /// Starts or stops the test read of the selected device (the page's Test read button).
    void setTestRead(bool on);

signals:
    void saveRequested(const vocsync::Device &device, const QString &previousId);
    void removeRequested(const QString &id);
    void testReadRequested(const vocsync::Device &device);
    void testReadStopped(const QString &id);
    void frameLoggingChanged(bool on);

private:
    QWidget *createActions();
    void fitColumns();
    void fitContentColumns();
    void openDialog(const Device *device);
    void updateDetail();
    void updateActions();
    void updateSummary();
    void showMessage(const QString &text);

    Plant m_plant;
    QList<acquisition::TemplateInfo> m_templates;
    QHash<QString, acquisition::Reading> m_lastReading;
    DeviceTableModel *m_model;
    QTreeView *m_tree;
    DeviceDetailView *m_detail;
    FrameLogView *m_frameLog;
    QSplitter *m_vertical = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QToolButton *m_showLog = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPointer<DeviceEditDialog> m_dialog;
    Confirm m_confirm;
    QString m_testId;
    QString m_pendingRemoval;
};

} // namespace vocsync::ui
