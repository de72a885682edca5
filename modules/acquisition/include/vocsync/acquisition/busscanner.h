#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/core/plant.h"

#include <QList>
#include <QObject>

#include <memory>

namespace vocsync::acquisition {

class Bus;

/// What to look for: a port (a Device with protocol, port, serial settings and timeout; its
/// address and template are ignored) and the unit ids and register to probe.
struct ScanOptions
{
    Device link;
    int firstUnit = 1;
    int lastUnit = 247;
    std::uint8_t function = 3;
    std::uint16_t address = 0;
    std::uint16_t count = 1;
};

/// A unit that answered: with data, or with an exception (it is there, it just has no such
/// register).
struct ScanHit
{
    int unit = 0;
    int rttMs = 0;
    QString answer; ///< "registers: 0x00e6" or "exception: illegal data address (02)"
};

/// Finds the Modbus unit ids on a bus or behind a gateway: one read per unit id, one at a
/// time, through the same Bus (framing, silence, timeouts) the poller uses.
class BusScanner : public QObject
{
    Q_OBJECT
public:
    explicit BusScanner(QObject *parent = nullptr);
    ~BusScanner() override;

    /// Starts the scan; false with `error` when the port settings are unusable.
    bool start(const ScanOptions &options, QString *error);

signals:
    void probed(int unit, bool found, const QString &detail);
    void frameLogged(const vocsync::acquisition::FrameRecord &frame);
    void finished(const QList<vocsync::acquisition::ScanHit> &hits);
    /// The port could not be opened or broke: the scan stopped.
    void failed(const QString &reason);

private:
    void onHealth(const DeviceHealth &h);
    void onReading(const Reading &r);

    std::unique_ptr<Bus> m_bus;
    QList<ScanHit> m_hits;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace vocsync::acquisition
