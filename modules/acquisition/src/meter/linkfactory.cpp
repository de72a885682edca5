#include "meter/bus.h"
#include "meter/link.h"

#include <QCoreApplication>

namespace vocsync::acquisition {

Bus::Kind Bus::kindOf(const Device &device)
{
    if (device.protocol == QLatin1String("modbus_tcp"))
        return Kind::Tcp;
    if (device.protocol == QLatin1String("modbus_rtu_tcp"))
        return Kind::RtuTcp;
    return Kind::Serial;
}

std::unique_ptr<Link> makeLink(const Device &device, QString *error)
{
    const QString port = device.port.trimmed();
    if (!device.isNetwork()) {
        if (port.isEmpty()) {
            *error =
                QCoreApplication::translate("vocsync::acquisition::Link", "no serial port set");
            return nullptr;
        }
        return makeSerialLink(port, device.serial);
    }
    const qsizetype colon = port.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int number = colon > 0 ? port.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || number < 1 || number > 65535) {
        *error =
            QCoreApplication::translate("vocsync::acquisition::Link", "\"%1\" is not host:port")
                .arg(port);
        return nullptr;
    }
    return makeTcpLink(port.left(colon), static_cast<quint16>(number));
}

} // namespace vocsync::acquisition
