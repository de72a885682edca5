#pragma once

#include "vocsync/acquisition/devicehealth.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace vocsync::ui {

/// Display names and colours of the devices page (health states, protocols, bus kinds), so the
/// tree, the detail card, the dialog and the frame log call things by the same name.
class DeviceLabels
{
    Q_DECLARE_TR_FUNCTIONS(vocsync::ui::DeviceLabels)

public:
    static QString status(acquisition::DeviceHealth::Status status);
    static QColor statusColor(acquisition::DeviceHealth::Status status);
    /// "Modbus RTU", "DL/T 645", ... for a Device::protocol key (short, for tables); the key
    /// when unknown.
    static QString protocol(const QString &key);
    /// "Modbus RTU (RS-485)", "DL/T 645-2007 (RS-485)", ...: what the device editor offers.
    static QString protocolLong(const QString &key);
    /// "Serial port", "Modbus TCP", "RTU over TCP" for a BusStatus::kind.
    static QString busKind(const QString &kind);
    static QColor busColor(bool open);
    /// "9600 8N1" (frame delay left out).
    static QString serialLine(int baud, char parity, int dataBits, int stopBits);
    /// "10 s", "1.5 s", "5 min", "1 h".
    static QString interval(int ms);
    /// "1.2 kB"
    static QString bytes(std::uint64_t count);
    /// The dash shown where there is nothing to show (a simulated device's health).
    static QString none() { return QStringLiteral("—"); }
};

} // namespace vocsync::ui
