#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace vocsync::acquisition {

/// How a polled device is doing (the devices page, the CLI and the status bar show it).
struct DeviceHealth
{
    enum class Status : std::uint8_t {
        Waiting,    ///< not polled yet
        Ok,         ///< the last poll succeeded
        Retrying,   ///< the last poll failed, fewer than commFaultAfter in a row
        CommFault,  ///< commFaultAfter failures in a row: suspended, retried with backoff
        LinkDown,   ///< its port or connection is down (not the device's own fault)
        Disabled,   ///< not polled (configuration)
    };

    QString deviceId;
    QString busId;              ///< the port: "/dev/ttyUSB0" or "host:port"
    Status status = Status::Waiting;
    std::int64_t lastSeenMs = 0; ///< UTC ms of the last good reply (0: never)
    int lastRttMs = -1;         ///< request sent -> reply complete, last good poll
    double avgRttMs = 0;        ///< exponential average over good polls
    std::uint64_t polls = 0;    ///< polls finished (good or not)
    std::uint64_t good = 0;
    std::uint64_t timeouts = 0;
    std::uint64_t badFrames = 0;  ///< CRC, framing, wrong unit or function
    std::uint64_t exceptions = 0; ///< Modbus exception or DL/T 645 abnormal replies
    int consecutiveFailures = 0;
    QString lastError;          ///< e.g. "timeout after 1000 ms (unit 3, 0x0000 x 40)"
    std::int64_t lastErrorMs = 0;
    std::int64_t nextPollMs = 0; ///< UTC ms of the next scheduled poll
};
QString healthStatusKey(DeviceHealth::Status s); ///< "waiting", "ok", "retrying", "comm_fault", ...

/// One decoded value of a reading.
struct ReadingValue
{
    QString key;
    QString name;
    QString unit;
    double value = 0;
    int decimals = 3;
    bool ok = false;
    QString error;
};

/// Everything one poll of a device decoded (test read, CLI, devices page).
struct Reading
{
    QString deviceId;
    std::int64_t tMs = 0;  ///< UTC ms the poll started
    int rttMs = 0;         ///< whole poll: first request to last reply
    double ptRatio = 1;    ///< the ratios in effect
    double ctRatio = 1;
    std::vector<ReadingValue> values;
};

/// One frame on a line, for the raw frame log.
struct FrameRecord
{
    enum class Direction : std::uint8_t { Tx, Rx };
    std::int64_t tMs = 0;
    QString busId;
    QString deviceId;
    Direction direction = Direction::Tx;
    QByteArray bytes;
    QString note;  ///< "" for good frames, else what was wrong ("CRC error", "timeout", ...)
};

/// State of one port or connection.
struct BusStatus
{
    QString busId;
    QString kind;           ///< "serial", "tcp", "rtu_tcp"
    bool open = false;
    QString detail;         ///< e.g. "connection refused; retry in 2 s"
    std::uint64_t bytesTx = 0;
    std::uint64_t bytesRx = 0;
};

} // namespace vocsync::acquisition

Q_DECLARE_METATYPE(vocsync::acquisition::DeviceHealth)
Q_DECLARE_METATYPE(vocsync::acquisition::Reading)
Q_DECLARE_METATYPE(vocsync::acquisition::FrameRecord)
Q_DECLARE_METATYPE(vocsync::acquisition::BusStatus)
