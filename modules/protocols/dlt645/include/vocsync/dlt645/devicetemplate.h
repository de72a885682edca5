#pragma once

#include "vocsync/core/quantity.h"
#include "vocsync/core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace vocsync::dlt645 {

/// One data item a DL/T 645-2007 meter is read for (appendix A data identifiers).
struct ValueDef
{
    QString key;            ///< "ua", "ia", "p", "pf", "f", "ep_imp"
    QString name;           ///< e.g. "A相电压"
    std::uint32_t di = 0;   ///< data identifier DI3..DI0 as written in the standard, 0x02010100
    int bytes = 2;          ///< payload length
    int decimals = 1;       ///< BCD digits after the point (XXX.X -> 1)
    bool signedMsb = false; ///< top bit is the sign
    double scale = 1;       ///< applied after BCD decoding (e.g. 0.001 for W -> kW)
    QString unit;
    std::optional<Quantity> quantity; ///< the stored quantity this value feeds, if any
};

/// A DL/T 645 meter's read list ("protocol": "dlt645" in resources/devices/).
struct DeviceTemplate
{
    QString id;
    QString manufacturer;
    QString model;
    QString description;
    QString manual;
    std::vector<ValueDef> values;
    int defaultBaud = 2400;   ///< DL/T 645-2007 default line: 2400 bit/s, 8E1
    char defaultParity = 'E';
};

/// Parses a template; errors name `where` and the JSON path.
Result<DeviceTemplate> parseTemplate(const QByteArray &json, const QString &where);

} // namespace vocsync::dlt645
