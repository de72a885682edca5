#include "channelsettings.h"

#include <QSettings>

namespace vocsync::gui {

namespace {
const QString kModemPort = QStringLiteral("alarms/smsModem/port");
const QString kModemBaud = QStringLiteral("alarms/smsModem/baudRate");
const QString kModemSmsc = QStringLiteral("alarms/smsModem/smsc");
const QString kGatewayUrl = QStringLiteral("alarms/smsGateway/url");
const QString kGatewayMethod = QStringLiteral("alarms/smsGateway/method"); ///< "get" / "post"
const QString kGatewayBody = QStringLiteral("alarms/smsGateway/body");
const QString kGatewayHeaders = QStringLiteral("alarms/smsGateway/headers"); ///< "Name: value"
const QString kGatewaySuccess = QStringLiteral("alarms/smsGateway/successContains");
const QString kBureauPhones = QStringLiteral("alarms/bureauPhones");
} // namespace

ChannelSettings ChannelSettings::load()
{
    const QSettings s;
    ChannelSettings c;
    if (const QString port = s.value(kModemPort).toString().trimmed(); !port.isEmpty()) {
        alarms::GsmModemConfig modem;
        modem.portName = port;
        modem.baudRate = s.value(kModemBaud, modem.baudRate).toInt();
        modem.smsc = s.value(kModemSmsc).toString().trimmed();
        c.modem = modem;
    }
    if (const QString url = s.value(kGatewayUrl).toString().trimmed(); !url.isEmpty()) {
        alarms::SmsGatewayConfig gateway;
        gateway.urlTemplate = url;
        gateway.method =
            s.value(kGatewayMethod).toString().compare(QLatin1String("get"), Qt::CaseInsensitive) ==
                    0
                ? alarms::SmsGatewayConfig::Method::Get
                : alarms::SmsGatewayConfig::Method::Post;
        gateway.bodyTemplate = s.value(kGatewayBody).toString();
        for (const QString &h : s.value(kGatewayHeaders).toStringList()) {
            const qsizetype colon = h.indexOf(QLatin1Char(':'));
            if (colon > 0)
                gateway.headers.append(
                    {h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
        }
        gateway.successContains = s.value(kGatewaySuccess).toString();
        c.gateway = gateway;
    }
    c.bureauPhones = s.value(kBureauPhones).toStringList();
    return c;
}

} // namespace vocsync::gui
