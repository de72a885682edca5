#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/core/quantity.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace vocsync {
struct Device;
}

namespace vocsync::acquisition {

class TemplateLibrary;

/// What a reply scan found in the receive buffer.
struct ReplyScan
{
    enum Status {
        Incomplete, ///< wait for more bytes
        Complete,   ///< a good reply: the driver kept its data
        Exception,  ///< the device answered that it cannot serve the request
        Skip,       ///< a stale frame (an earlier request's late reply): drop it, keep waiting
        Invalid,    ///< a broken or foreign frame: the request failed
        NoAnswer,   ///< a gateway says the device behind it did not answer: a timeout
    };
    Status status = Incomplete;
    qsizetype length = 0; ///< bytes the frame took
    QString error;        ///< Exception and Invalid: what was wrong
};

/// One device's protocol for the bus: the requests of a poll, how to recognise their replies,
/// and what the replies decode to. Pure of I/O and timing; the Bus does both.
class DeviceDriver
{
public:
    virtual ~DeviceDriver() = default;

    /// Starts a poll; returns how many requests it takes (sent one after another).
    virtual int beginPoll(std::int64_t steadyMs) = 0;
    /// Request i's bytes; `transactionId` is for Modbus TCP's MBAP header.
    virtual QByteArray request(int i, std::uint16_t transactionId) = 0;
    /// Bytes the reply to request i takes, for the time it needs on a serial line.
    virtual int replyBytes(int i) const = 0;
    virtual ReplyScan scanReply(int i, QByteArrayView buffer) = 0;
    /// "unit 3, function 3, 0x0000 x 40", for error texts.
    virtual QString describe(int i) const = 0;
    /// The values of the poll whose every request was answered (Complete or Exception).
    virtual Reading finishPoll() = 0;
    /// Stored quantities of the last finished poll.
    virtual std::vector<std::pair<Quantity, double>> quantities() const = 0;
};

/// Makes the driver for `device` from its template, or says why it cannot.
/// `framingTcp`: Modbus TCP (MBAP) rather than RTU frames.
std::unique_ptr<DeviceDriver> makeDriver(const Device &device, const TemplateLibrary &templates,
                                         int ratioRefreshMs, QString *error);

} // namespace vocsync::acquisition
