#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/acquisition/samplesource.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QList>

#include <map>
#include <memory>

namespace vocsync::acquisition {

class Bus;
class TemplateLibrary;

/// Failure handling of the poll scheduler (docs/acquisition.md).
struct PollPolicy
{
    int commFaultAfter = 3;      ///< failed polls in a row that make a comm fault
    int maxBackoffMs = 60000;    ///< longest wait between attempts at a failing device
                                 ///< (a device polled less often waits its own interval)
    int reconnectMinMs = 200;    ///< first wait before reopening a port or connection
    int reconnectMaxMs = 30000;  ///< longest; also never more than the bus's shortest interval
    int ratioRefreshMs = 3600000; ///< how often PT/CT ratio registers are read again
};

/// Polls the station's meters: Modbus RTU on serial ports, Modbus TCP, RTU over TCP and
/// DL/T 645, each device by its template, through one Bus per port or connection (one request
/// in flight per bus). Publishes decoded readings, samples for the devices' monitoring
/// points, device health and, on request, the raw frames. Lives on the acquisition thread;
/// talk to it with queued calls.
class MeterPoller : public SampleSource
{
    Q_OBJECT
public:
    explicit MeterPoller(const TemplateLibrary *templates, PollPolicy policy = {},
                         QObject *parent = nullptr);
    ~MeterPoller() override;

    QString name() const override;
    LinkState linkState() const override;

    /// Sets the devices to poll (those with isPolled() and enabled) and the points they feed.
    /// Called again, it only touches what changed: devices with the same polling settings
    /// keep their connection, schedule and health; test reads go on. Devices with an unknown
    /// template or a bad address are not polled; each is reported in the returned list and as
    /// a CommFault health with the reason.
    QList<Error> configure(const QList<Device> &devices, const QList<MonitoringPoint> &points);
    /// True when `a` and `b` are polled alike (port, line, address, template, timing, ratios).
    static bool samePolling(const Device &a, const Device &b);
    QList<DeviceHealth> health() const;
    QList<BusStatus> buses() const;

public slots:
    void start() override;
    void stop() override;
    /// Polls `device` (not saved anywhere) every `device.pollIntervalMs` through the bus of
    /// its port, beside the configured devices, until stopTestRead. Readings and health come
    /// with `device.id`. Replaces an earlier test device with the same id.
    void startTestRead(const vocsync::Device &device);
    void stopTestRead(const QString &deviceId);
    /// Raw frames of every bus go out through frameLogged while on.
    void setFrameLogging(bool on);

signals:
    void readingReady(const vocsync::acquisition::Reading &reading);
    void healthChanged(const vocsync::acquisition::DeviceHealth &health);
    void busChanged(const vocsync::acquisition::BusStatus &bus);
    void frameLogged(const vocsync::acquisition::FrameRecord &frame);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vocsync::acquisition
