#include "hj212settings.h"

#include <QLoggingCategory>
#include <QSettings>

namespace vocsync::gui {

namespace {
Q_LOGGING_CATEGORY(lcSettings, "vocsync.app.hj212")

const QString kEnabled = QStringLiteral("hj212/enabled");
const QString kAddress = QStringLiteral("hj212/address");
const QString kPort = QStringLiteral("hj212/port");
const QString kIdleTimeout = QStringLiteral("hj212/idleTimeoutS");
const QString kBackfill = QStringLiteral("hj212/backfill");
} // namespace

Hj212Settings Hj212Settings::load()
{
    const QSettings s;
    Hj212Settings h;
    h.enabled = s.value(kEnabled, h.enabled).toBool();
    if (const QString address = s.value(kAddress).toString().trimmed(); !address.isEmpty()) {
        if (!h.address.setAddress(address)) {
            h.address = QHostAddress::Any;
            qCWarning(lcSettings).noquote()
                << kAddress << "is not an IP address, listening on all:" << address;
        }
    }
    bool ok = false;
    const uint port = s.value(kPort, h.port).toUInt(&ok);
    if (ok && port <= 65535)
        h.port = static_cast<quint16>(port);
    else
        qCWarning(lcSettings).noquote() << kPort << "is not a TCP port, using" << h.port;
    const int idle = s.value(kIdleTimeout, h.idleTimeoutS).toInt(&ok);
    if (ok && idle > 0)
        h.idleTimeoutS = idle;
    h.backfill = s.value(kBackfill, h.backfill).toBool();
    return h;
}

acquisition::Hj212ServerSettings Hj212Settings::serverSettings() const
{
    acquisition::Hj212ServerSettings settings;
    settings.address = address;
    settings.port = port;
    settings.idleTimeoutS = idleTimeoutS;
    settings.backfill = backfill;
    return settings;
}

} // namespace vocsync::gui
