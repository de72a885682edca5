#include "vocsync/acquisition/samplesource.h"

namespace vocsync::acquisition {

QString linkStateKey(LinkState s)
{
    switch (s) {
    case LinkState::Disconnected: return QStringLiteral("disconnected");
    case LinkState::Connecting: return QStringLiteral("connecting");
    case LinkState::Connected: return QStringLiteral("connected");
    case LinkState::Degraded: return QStringLiteral("degraded");
    }
    return {};
}

} // namespace vocsync::acquisition
