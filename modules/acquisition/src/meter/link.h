#pragma once

#include "vocsync/core/plant.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSerialPort;
class QTcpSocket;

namespace vocsync::acquisition {

/// A byte pipe to a field bus: a serial port or a TCP connection. Opening is asynchronous;
/// `opened` or `failed` follows. Any error closes the link (a USB adapter that was unplugged
/// is reopened later by the bus, TOOLCHAIN.md 8: Qt 6.4 reports a vanished pty as ReadError
/// in a busy loop, so ReadError closes the port as ResourceError does).
class Link : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Link() override = default;

    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual qint64 write(const QByteArray &bytes) = 0;
    /// Drops whatever the OS received but we did not read yet.
    virtual void discardInput() = 0;
    /// Microseconds one byte takes on the line (0 for TCP).
    virtual double byteTimeUs() const = 0;

signals:
    void opened();
    void failed(const QString &reason); ///< open failed or the open link broke; now closed
    void received(const QByteArray &bytes);
};

std::unique_ptr<Link> makeSerialLink(const QString &port, const SerialSettings &settings);
std::unique_ptr<Link> makeTcpLink(const QString &host, quint16 port);
/// The link for `device`'s port: TCP for network protocols ("host:port"), else its serial
/// port with its line settings; nullptr with `error` saying what is wrong with the port.
std::unique_ptr<Link> makeLink(const Device &device, QString *error);

} // namespace vocsync::acquisition
