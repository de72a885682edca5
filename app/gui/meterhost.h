#pragma once

#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"

#include <QObject>
#include <QString>

class QThread;

namespace vocsync::acquisition {
class MeterPoller;
}
namespace vocsync::ui {
class DevicesPage;
}

namespace vocsync::gui {

/// Wires meter acquisition (STYLE.md 1: wiring only): the MeterPoller for the plant's polled
/// devices on the acquisition thread, and the devices page: health, ports, readings, the frame
/// log and test reads go to the page by queued signals; saving and removing a device runs on a
/// worker thread (the GUI thread runs no SQL), then the poller is configured again.
class MeterHost : public QObject
{
    Q_OBJECT
public:
    MeterHost(QThread *acquisitionThread, QString dbPath, QObject *parent = nullptr);
    ~MeterHost() override;

    /// Creates the poller on the acquisition thread for `plant`'s devices and starts it.
    void start(const Plant &plant);
    /// Stops polling (blocking until the poller has stopped); call before the thread quits.
    void stop();
    acquisition::MeterPoller *poller() const { return m_poller; }
    const acquisition::TemplateLibrary &templates() const { return m_templates; }
    void connectPage(ui::DevicesPage *page);

signals:
    /// The plant after a device was saved or removed.
    void plantChanged(const vocsync::Plant &plant);

private:
    void save(const Device &device, const QString &previousId);
    void remove(const QString &id);
    /// Saves `device` (unless its id is empty) and removes `removeId` (unless empty) on a
    /// worker; the page hears the outcome.
    void store(const Device &device, const QString &removeId);
    void applied(const Plant &plant);

    QThread *m_thread;
    QString m_dbPath;
    acquisition::TemplateLibrary m_templates; ///< read-only once built: shared with the poller
    acquisition::MeterPoller *m_poller = nullptr; ///< lives on m_thread
    ui::DevicesPage *m_page = nullptr;
    Plant m_plant;
};

} // namespace vocsync::gui
