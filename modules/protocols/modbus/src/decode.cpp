#include "vocsync/modbus/devicetemplate.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace vocsync::modbus {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::modbus", text);
}

QString hexAddress(int address)
{
    return QLatin1String("0x") +
           QStringLiteral("%1").arg(address, 4, 16, QLatin1Char('0')).toUpper();
}

/// Rounds to `decimals` places: the meter's declared resolution, which storage keeps as an
/// integer, so the value must sit exactly on that grid.
double roundTo(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    const double scaled = value * factor;
    if (!std::isfinite(scaled))
        return value; // far beyond double's exact range: rounding would change nothing
    return std::round(scaled) / factor;
}

double ratioFactor(RatioKind kind, const Ratios &ratios)
{
    switch (kind) {
    case RatioKind::None:
        return 1;
    case RatioKind::Pt:
        return ratios.pt;
    case RatioKind::Ct:
        return ratios.ct;
    case RatioKind::PtCt:
        return ratios.pt * ratios.ct;
    }
    return 1;
}

DecodedValue decodeOne(const ValueDef &def, const RegisterImage &image, const Ratios &ratios)
{
    DecodedValue out;
    out.key = def.key;
    const int count = registerCount(def.type);
    std::array<std::uint16_t, 4> words{};
    if (!image.get(def.function, def.address, count, words.data())) {
        out.error = count == 1
                        ? tr("register %1 (function %2) not read")
                              .arg(hexAddress(def.address))
                              .arg(def.function)
                        : tr("registers %1..%2 (function %3) not read")
                              .arg(hexAddress(def.address), hexAddress(def.address + count - 1))
                              .arg(def.function);
        return out;
    }
    const double raw = decodeRaw(def.type, def.order, words.data());
    if (std::isnan(raw)) {
        out.error = tr("the meter sent NaN (not a number)");
        return out;
    }
    const double value = (raw * def.scale + def.offset) * ratioFactor(def.ratio, ratios);
    if (!std::isfinite(value)) {
        out.error = tr("value is infinite");
        return out;
    }
    out.value = roundTo(value, def.decimals);
    out.ok = true;
    return out;
}

/// The ratio register's value if the image holds it and it is a usable ratio, else 1.
double meterRatio(const std::optional<ValueDef> &def, const RegisterImage &image)
{
    if (!def)
        return 1;
    const DecodedValue v = decodeOne(*def, image, Ratios{1, 1});
    return v.ok && v.value > 0 ? v.value : 1;
}

} // namespace

Ratios effectiveRatios(const DeviceTemplate &t, const RegisterImage &image,
                       const Ratios &configured)
{
    Ratios r;
    r.pt = configured.pt > 0 ? configured.pt : meterRatio(t.ptRegister, image);
    r.ct = configured.ct > 0 ? configured.ct : meterRatio(t.ctRegister, image);
    return r;
}

std::vector<DecodedValue> decodeValues(const DeviceTemplate &t, const RegisterImage &image,
                                       const Ratios &ratios)
{
    std::vector<DecodedValue> out;
    out.reserve(t.values.size());
    for (const ValueDef &def : t.values)
        out.push_back(decodeOne(def, image, ratios));
    return out;
}

} // namespace vocsync::modbus
