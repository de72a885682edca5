#include "vocsync/acquisition/devicehealth.h"

namespace vocsync::acquisition {

QString healthStatusKey(DeviceHealth::Status s)
{
    switch (s) {
    case DeviceHealth::Status::Waiting: return QStringLiteral("waiting");
    case DeviceHealth::Status::Ok: return QStringLiteral("ok");
    case DeviceHealth::Status::Retrying: return QStringLiteral("retrying");
    case DeviceHealth::Status::CommFault: return QStringLiteral("comm_fault");
    case DeviceHealth::Status::LinkDown: return QStringLiteral("link_down");
    case DeviceHealth::Status::Disabled: return QStringLiteral("disabled");
    }
    return {};
}

} // namespace vocsync::acquisition
