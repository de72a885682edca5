#pragma once

#include "meter/devicedriver.h"
#include "meter/link.h"
#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/core/plant.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace vocsync::acquisition {

/// A device on a bus, with its schedule and health.
struct BusDevice
{
    Device config;
    std::unique_ptr<DeviceDriver> driver;
    DeviceHealth health;
    std::int64_t dueMs = 0;   ///< steady ms of the next poll
    std::int64_t phaseMs = 0; ///< offset of the first poll after the bus opens (stagger)
    bool removed = false;     ///< removed while the bus was inside a listener call
};

/// What a bus tells its owner (same thread, direct calls).
struct BusListener
{
    std::function<void(BusDevice &, const Reading &)> reading;
    std::function<void(const DeviceHealth &)> health;
    std::function<void(const BusStatus &)> status;
    std::function<void(const FrameRecord &)> frame; ///< only while frame logging is on
};

/// One port or connection with the devices behind it: one request in flight, the most
/// overdue device first (so no device starves when the schedule asks more than the line
/// carries), missed polls skipped rather than queued (no burst after a reconnect), a failing
/// device backed off on its own schedule so it delays the others by at most one timeout,
/// and the port reopened with backoff when it breaks (docs/acquisition.md).
class Bus : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Serial, Tcp, RtuTcp };
    /// The kind of bus `device`'s protocol needs.
    static Kind kindOf(const Device &device);

    Bus(QString id, Kind kind, std::unique_ptr<Link> link, SerialSettings serial, PollPolicy policy,
        BusListener listener, QObject *parent = nullptr);
    ~Bus() override;

    const QString &id() const { return m_id; }
    Kind kind() const { return m_kind; }
    const SerialSettings &serial() const { return m_serial; }
    BusStatus status() const;

    void addDevice(std::unique_ptr<BusDevice> device);
    bool removeDevice(const QString &deviceId);
    BusDevice *device(const QString &deviceId);
    std::vector<const BusDevice *> devices() const;
    bool isEmpty() const;

    void start();
    void stop();
    void setFrameLogging(bool on) { m_logFrames = on; }

private:
    enum class State { Closed, Opening, Idle, Busy };

    /// Held by every entry point (slots, public calls). A listener may remove devices (a slot
    /// on readingReady that reconfigures the poller): they are only marked then, and erased
    /// when the outermost scope ends, so no device is freed under the code that calls out.
    class Scope
    {
    public:
        explicit Scope(Bus *bus) : m_bus(bus) { ++bus->m_depth; }
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Bus *m_bus;
    };

    std::int64_t now() const { return m_clock.elapsed(); }
    std::int64_t wallMs(std::int64_t steadyMs) const;
    void onOpened();
    void onFailed(const QString &reason);
    void onReceived(const QByteArray &bytes);
    void onTimeout();
    void scheduleReconnect();
    void pump();
    BusDevice *mostOverdue();
    void startPoll(BusDevice &d);
    void sendCurrent();
    void replyDone(qsizetype length, const QString &exception);
    void finishPoll();
    void failPoll(std::uint64_t DeviceHealth::*counter, const QString &error);
    void settle(); ///< back to Idle after the line's silence between frames
    int silenceMs() const;
    int drainMs() const; ///< quiet needed after a request failed or was abandoned
    int shortestIntervalMs() const;
    void logFrame(FrameRecord::Direction dir, const QByteArray &bytes, const QString &note);
    void publish(BusDevice &d);
    void publishStatus();
    void publishTraffic(); ///< publishStatus at most once a second

    QString m_id;
    Kind m_kind;
    std::unique_ptr<Link> m_link;
    SerialSettings m_serial;
    PollPolicy m_policy;
    BusListener m_listener;
    std::vector<std::unique_ptr<BusDevice>> m_devices;
    QElapsedTimer m_clock;
    QTimer m_wake;    ///< next due poll, the silence between frames, reconnect
    QTimer m_timeout; ///< reply timeout of the request in flight
    State m_state = State::Closed;
    bool m_running = false;
    bool m_logFrames = false;
    int m_reconnectDelayMs = 0;
    QString m_detail;
    std::uint64_t m_bytesTx = 0;
    std::uint64_t m_bytesRx = 0;
    std::int64_t m_statusPublishedMs = -1000000;
    int m_depth = 0;
    bool m_removalsPending = false;
    std::vector<FrameRecord> m_frames; ///< logged, handed to the listener when a Scope ends
    // The poll in flight.
    BusDevice *m_current = nullptr;
    int m_requests = 0;
    int m_index = 0;
    std::int64_t m_pollStartMs = 0;
    std::int64_t m_sentMs = 0;
    std::uint16_t m_tid = 0;
    QByteArray m_rx;
    QString m_pollException;       ///< an exception reply in this poll (the device still answered)
    bool m_sendPending = false;    ///< the next request waits for the line's silence
    std::int64_t m_lineFreeAt = 0; ///< steady ms from which the line may carry a new request
};

} // namespace vocsync::acquisition
