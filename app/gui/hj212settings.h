#pragma once

#include "vocsync/acquisition/hj212server.h"

#include <QHostAddress>

namespace vocsync::gui {

/// The station's HJ 212 server settings in QSettings (the only place their keys are spelled):
/// hj212/enabled (default true), hj212/address (default: every interface), hj212/port
/// (default kDefaultPort), hj212/idleTimeoutS (300) and hj212/backfill (true). Transmitters are
/// configured with the station's address and this port.
struct Hj212Settings
{
    /// HJ 212 names no port; platforms use what they like (6000s, 8000s are common). VocSync's
    /// default is 9212, easy to tell from the standard's name and rarely taken.
    static constexpr quint16 kDefaultPort = 9212;

    bool enabled = true;
    QHostAddress address = QHostAddress::Any;
    quint16 port = kDefaultPort;
    int idleTimeoutS = 300;
    bool backfill = true;

    static Hj212Settings load();
    /// The server settings these give (limits and timings at their defaults otherwise).
    acquisition::Hj212ServerSettings serverSettings() const;
};

} // namespace vocsync::gui
