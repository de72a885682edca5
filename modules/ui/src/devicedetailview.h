#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/core/plant.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace vocsync::ui {

class DeviceReadingView;

/// The card under the device tree: everything about the selected device (where and how it is
/// polled, its health and counters, the last error) and the values of its last reading, or of
/// its running test read; for a bus row, the port's state and traffic.
class DeviceDetailView : public QFrame
{
    Q_OBJECT
public:
    explicit DeviceDetailView(QWidget *parent = nullptr);

    DeviceReadingView *readingView() const { return m_readings; }
    QString title() const;
    QString body() const;

    void showNothing();
    /// `reading`: the last one of the device (or of its test read while `testing`).
    void showDevice(const Device &device, const QString &modelName,
                    const std::optional<acquisition::DeviceHealth> &health,
                    const acquisition::Reading *reading, bool testing);
    void showBus(const QString &busId, const std::optional<acquisition::BusStatus> &bus,
                 int deviceCount);

private:
    QLabel *m_title;
    QLabel *m_body;
    DeviceReadingView *m_readings;
};

} // namespace vocsync::ui
