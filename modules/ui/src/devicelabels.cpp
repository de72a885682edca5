#include "devicelabels.h"

#include "theme.h"

#include <QLocale>

namespace vocsync::ui {

using Status = acquisition::DeviceHealth::Status;

QString DeviceLabels::status(Status status)
{
    switch (status) {
    case Status::Waiting:
        return tr("Waiting");
    case Status::Ok:
        return tr("OK");
    case Status::Retrying:
        return tr("Retrying");
    case Status::CommFault:
        return tr("Comm fault");
    case Status::LinkDown:
        return tr("Link down");
    case Status::Disabled:
        return tr("Disabled");
    }
    return {};
}

QColor DeviceLabels::statusColor(Status status)
{
    switch (status) {
    case Status::Ok:
        return theme::running();
    case Status::Retrying:
        return theme::idle();
    case Status::CommFault:
        return theme::overload();
    case Status::LinkDown:
        // Grey-red: not the meter's fault, but nothing is read either.
        return QColor(0x9a, 0x5b, 0x5b);
    case Status::Disabled:
        return theme::unknown();
    case Status::Waiting:
        return QColor(0x5f, 0x86, 0xab);
    }
    return theme::unknown();
}

QString DeviceLabels::protocol(const QString &key)
{
    if (key == QLatin1String("modbus_rtu"))
        return tr("Modbus RTU");
    if (key == QLatin1String("modbus_tcp"))
        return tr("Modbus TCP");
    if (key == QLatin1String("modbus_rtu_tcp"))
        return tr("RTU over TCP");
    if (key == QLatin1String("dlt645"))
        return tr("DL/T 645");
    if (key == QLatin1String("hj212"))
        return tr("HJ 212");
    if (key == QLatin1String("simulator"))
        return tr("Simulator");
    return key;
}

QString DeviceLabels::protocolLong(const QString &key)
{
    if (key == QLatin1String("modbus_rtu"))
        return tr("Modbus RTU (RS-485)");
    if (key == QLatin1String("modbus_tcp"))
        return tr("Modbus TCP");
    if (key == QLatin1String("modbus_rtu_tcp"))
        return tr("Modbus RTU over TCP (serial server)");
    if (key == QLatin1String("dlt645"))
        return tr("DL/T 645-2007 (RS-485)");
    return protocol(key);
}

QString DeviceLabels::busKind(const QString &kind)
{
    if (kind == QLatin1String("serial"))
        return tr("Serial port");
    if (kind == QLatin1String("tcp"))
        return tr("Modbus TCP");
    if (kind == QLatin1String("rtu_tcp"))
        return tr("RTU over TCP");
    return kind;
}

QColor DeviceLabels::busColor(bool open)
{
    return open ? theme::running() : statusColor(Status::LinkDown);
}

QString DeviceLabels::serialLine(int baud, char parity, int dataBits, int stopBits)
{
    return QStringLiteral("%1 %2%3%4")
        .arg(baud)
        .arg(dataBits)
        .arg(QChar::fromLatin1(parity))
        .arg(stopBits);
}

QString DeviceLabels::interval(int ms)
{
    if (ms % 3600000 == 0)
        return tr("%1 h").arg(ms / 3600000);
    if (ms % 60000 == 0)
        return tr("%1 min").arg(ms / 60000);
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString DeviceLabels::bytes(std::uint64_t count)
{
    return QLocale().formattedDataSize(static_cast<qint64>(count), 1,
                                       QLocale::DataSizeTraditionalFormat);
}

} // namespace vocsync::ui
