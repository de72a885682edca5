#include "meter/devicedriver.h"
#include "meter/drivers.h"

#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"
#include "vocsync/dlt645/frame.h"

#include <QCoreApplication>

namespace vocsync::acquisition {

std::unique_ptr<DeviceDriver> makeDriver(const Device &device, const TemplateLibrary &templates,
                                         int ratioRefreshMs, QString *error)
{
    const auto fail = [&](const QString &why) -> std::unique_ptr<DeviceDriver> {
        if (error)
            *error = why;
        return nullptr;
    };
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("vocsync::acquisition", s);
    };
    if (device.protocol == QLatin1String("dlt645")) {
        const dlt645::DeviceTemplate *t = templates.dlt645Template(device.templateId);
        if (!t) {
            return fail(tr("no DL/T 645 template \"%1\" (see the device template folders)")
                            .arg(device.templateId));
        }
        const auto address = dlt645::Address::fromString(device.address);
        if (!address)
            return fail(tr("address \"%1\": %2").arg(device.address, address.error().message));
        return makeDlt645Driver(*t, *address);
    }
    const bool tcp = device.protocol == QLatin1String("modbus_tcp");
    if (!tcp && device.protocol != QLatin1String("modbus_rtu") &&
        device.protocol != QLatin1String("modbus_rtu_tcp")) {
        return fail(tr("protocol \"%1\" is not polled by the station").arg(device.protocol));
    }
    const modbus::DeviceTemplate *t = templates.modbusTemplate(device.templateId);
    if (!t) {
        return fail(tr("no Modbus template \"%1\" (see the device template folders)")
                        .arg(device.templateId));
    }
    bool ok = false;
    const int unit = device.address.toInt(&ok);
    // Unit 0 is broadcast (no reply); 248-255 are reserved (Modbus over Serial Line 2.2).
    // Modbus TCP gateways accept 0 and 255 for the gateway itself.
    const int lowest = tcp ? 0 : 1;
    const int highest = tcp ? 255 : 247;
    if (!ok || unit < lowest || unit > highest) {
        return fail(tr("unit id \"%1\" is not a number from %2 to %3")
                        .arg(device.address)
                        .arg(lowest)
                        .arg(highest));
    }
    return makeModbusDriver(*t, static_cast<std::uint8_t>(unit), tcp, device.ptRatio,
                            device.ctRatio, ratioRefreshMs);
}

} // namespace vocsync::acquisition
