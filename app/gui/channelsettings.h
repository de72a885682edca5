#pragma once

#include "vocsync/alarms/gsmmodemchannel.h"
#include "vocsync/alarms/smsgatewaychannel.h"

#include <QStringList>

#include <optional>

namespace vocsync::gui {

/// The station's SMS channels and the bureau's phone numbers as configured in QSettings (the
/// only place their keys are spelled). A channel is present only when configured: a modem
/// needs alarms/smsModem/port, a gateway alarms/smsGateway/url.
struct ChannelSettings
{
    std::optional<alarms::GsmModemConfig> modem;
    std::optional<alarms::SmsGatewayConfig> gateway;
    QStringList bureauPhones;

    static ChannelSettings load();
};

} // namespace vocsync::gui
