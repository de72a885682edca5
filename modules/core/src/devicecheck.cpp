#include "devicecheck.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace vocsync::plantjson::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::plantjson", text);
}

QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// The rates RS-485 meters and serial servers offer; anything else is a typo ("9660").
constexpr std::array<int, 8> kBaudRates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

bool isModbus(const QString &protocol)
{
    return protocol.startsWith(QLatin1String("modbus_"));
}

class DeviceChecker
{
public:
    DeviceChecker(const Device &device, const QString &path, const Where &where)
        : m_d(device), m_path(path), m_where(where)
    {
    }

    Status run() const
    {
        for (Status (DeviceChecker::*step)() const :
             {&DeviceChecker::protocol, &DeviceChecker::address, &DeviceChecker::port,
              &DeviceChecker::templateId, &DeviceChecker::serial, &DeviceChecker::timing}) {
            if (Status s = (this->*step)(); !s)
                return s;
        }
        return {};
    }

private:
    QString path(const char *key) const
    {
        const QString k = QLatin1String(key);
        return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
    }

    Error fail(const char *key, const QString &message) const
    {
        return Error{message, m_where(path(key))};
    }

    Status range(const char *key, double v, double lo, double hi) const
    {
        if (!std::isfinite(v) || v < lo || v > hi)
            return fail(key,
                        tr("%1 is out of range; expected %2 to %3").arg(num(v), num(lo), num(hi)));
        return {};
    }

    Status nonNegative(const char *key, double v) const
    {
        if (!std::isfinite(v) || v < 0)
            return fail(key, tr("must be a number of at least 0, found %1").arg(num(v)));
        return {};
    }

    Status protocol() const;
    Status address() const;
    Status port() const;
    Status templateId() const;
    Status serial() const;
    Status timing() const;

    const Device &m_d;
    const QString m_path;
    const Where &m_where;
};

Status DeviceChecker::protocol() const
{
    if (!m_d.protocol.isEmpty() && !knownProtocols().contains(m_d.protocol))
        return fail("protocol",
                    tr("unknown protocol '%1'; expected one of %2")
                        .arg(m_d.protocol, knownProtocols().join(QStringLiteral(", "))));
    return {};
}

Status DeviceChecker::address() const
{
    if (!m_d.isPolled())
        return {};
    // Modbus: 0 is the broadcast address, which no meter answers; 248-255 are reserved.
    if (isModbus(m_d.protocol)) {
        const int unit = m_d.address.size() <= 3 && isDigits(m_d.address) ? m_d.address.toInt() : 0;
        if (unit < 1 || unit > 247)
            return fail("address", tr("'%1' is not a Modbus unit id; expected 1 to 247 (0 is "
                                      "broadcast, which no meter answers)")
                                       .arg(m_d.address));
        return {};
    }
    // DL/T 645-2007 4.1: a 6-byte BCD address, written as 12 decimal digits.
    if (m_d.address.size() != 12 || !isDigits(m_d.address))
        return fail("address", tr("'%1' is not a DL/T 645 address; expected 12 decimal digits, "
                                  "e.g. 000012345678")
                                   .arg(m_d.address));
    return {};
}

Status DeviceChecker::port() const
{
    if (!m_d.isPolled())
        return {};
    if (!m_d.isNetwork()) {
        if (m_d.port.trimmed().isEmpty())
            return fail("port", tr("a %1 device needs a port: the serial device it is on, e.g. "
                                   "/dev/ttyUSB0 or COM3")
                                    .arg(m_d.protocol));
        return {};
    }
    if (m_d.port.isEmpty())
        return fail("port", tr("a %1 device needs a port: host:port of the meter or serial "
                               "server, e.g. 192.168.1.20:502")
                                .arg(m_d.protocol));
    const qsizetype colon = m_d.port.lastIndexOf(QLatin1Char(':'));
    const QString host = m_d.port.left(std::max<qsizetype>(colon, 0));
    const QString number = colon < 0 ? QString() : m_d.port.mid(colon + 1);
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    const bool hostOk = !host.isEmpty() && !host.contains(QLatin1Char(' ')) &&
                        (bracketed || !host.contains(QLatin1Char(':')));
    if (!hostOk || !isDigits(number))
        return fail("port", tr("'%1' is not host:port; expected e.g. 192.168.1.20:502 "
                               "([::1]:502 for IPv6)")
                                .arg(m_d.port));
    const int tcpPort = number.size() <= 5 ? number.toInt() : 0;
    if (tcpPort < 1 || tcpPort > 65535)
        return fail("port", tr("TCP port %1 is out of range; expected 1 to 65535").arg(number));
    return {};
}

Status DeviceChecker::templateId() const
{
    // Whether the template exists is the acquisition module's to say: templates live there.
    if (m_d.isPolled() && m_d.templateId.trimmed().isEmpty())
        return fail("template_id", tr("a polled device needs a template_id (the device template "
                                      "that maps its registers)"));
    return {};
}

Status DeviceChecker::serial() const
{
    const SerialSettings &s = m_d.serial;
    if (std::find(kBaudRates.cbegin(), kBaudRates.cend(), s.baud) == kBaudRates.cend()) {
        QStringList rates;
        for (int r : kBaudRates)
            rates.append(QString::number(r));
        return fail("serial.baud", tr("baud rate %1 is not supported; expected one of %2")
                                       .arg(s.baud)
                                       .arg(rates.join(QStringLiteral(", "))));
    }
    if (s.parity != 'N' && s.parity != 'E' && s.parity != 'O')
        return fail("serial.parity", unknownParityMessage(QString(QLatin1Char(s.parity))));
    if (s.dataBits != 7 && s.dataBits != 8)
        return fail("serial.data_bits", tr("data bits must be 7 or 8, found %1").arg(s.dataBits));
    if (s.stopBits != 1 && s.stopBits != 2)
        return fail("serial.stop_bits", tr("stop bits must be 1 or 2, found %1").arg(s.stopBits));
    return range("serial.frame_delay_ms", s.frameDelayMs, 0, 1000);
}

Status DeviceChecker::timing() const
{
    if (Status s = range("poll_interval_ms", m_d.pollIntervalMs, 1000, 3600000); !s)
        return s;
    if (Status s = range("timeout_ms", m_d.timeoutMs, 50, 60000); !s)
        return s;
    if (Status s = nonNegative("pt_ratio", m_d.ptRatio); !s)
        return s;
    return nonNegative("ct_ratio", m_d.ctRatio);
}

} // namespace

const QStringList &knownProtocols()
{
    static const QStringList protocols = {
        QStringLiteral("modbus_rtu"),     QStringLiteral("modbus_tcp"),
        QStringLiteral("modbus_rtu_tcp"), QStringLiteral("dlt645"),
        QStringLiteral("hj212"),          QStringLiteral("simulator")};
    return protocols;
}

QString unknownParityMessage(const QString &parity)
{
    return tr("unknown parity '%1'; expected N (none), E (even) or O (odd)").arg(parity);
}

Status checkDevice(const Device &device, const QString &path, const Where &where)
{
    return DeviceChecker(device, path, where).run();
}

} // namespace vocsync::plantjson::detail
