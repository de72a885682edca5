// BCD data fields of DL/T 645-2007 (数据格式 of appendix A): packed BCD, lowest byte first,
// a fixed number of digits after the point, and for signed quantities the top bit of the
// highest byte as the sign (current, power, power factor).
#include "vocsync/dlt645/frame.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace vocsync::dlt645 {

namespace {

double pow10(int n)
{
    double p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

} // namespace

Result<double> decodeBcd(QByteArrayView payload, int decimals, bool signedMsb)
{
    if (payload.isEmpty() || payload.size() > 8)
        return Error{QCoreApplication::translate("vocsync::dlt645",
                                                 "BCD field of %1 bytes (expected 1 to 8)")
                         .arg(payload.size()),
                     {}};
    bool negative = false;
    // Accumulate as an integer: 16 BCD digits fit in 64 bits without rounding.
    std::uint64_t digits = 0;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        auto b = static_cast<std::uint8_t>(payload[i]);
        if (signedMsb && i == payload.size() - 1) {
            negative = (b & 0x80) != 0;
            b = static_cast<std::uint8_t>(b & 0x7F);
        }
        const int hi = b >> 4;
        const int lo = b & 0x0F;
        if (hi > 9 || lo > 9)
            return Error{
                QCoreApplication::translate("vocsync::dlt645", "byte %1 (0x%2) is not BCD")
                    .arg(i)
                    .arg(QString::number(b, 16).rightJustified(2, QLatin1Char('0')).toUpper()),
                {}};
        digits = digits * 100 + static_cast<std::uint64_t>(hi * 10 + lo);
    }
    const double value = static_cast<double>(digits) / pow10(decimals);
    return negative ? -value : value;
}

QByteArray encodeBcd(double value, int bytes, int decimals, bool signedMsb)
{
    if (bytes < 1 || bytes > 8)
        return {};
    const bool negative = signedMsb && value < 0;
    // Values beyond the field saturate at its largest value (all 9s, or 7 then 9s with a sign
    // bit), a negative value in an unsigned field at 0, rather than wrapping to a wrong number.
    const double limit = (signedMsb ? 8 * pow10(2 * bytes - 1) : pow10(2 * bytes)) - 1;
    double magnitude = 0;
    if (!std::isnan(value) && (signedMsb || value > 0))
        magnitude = std::min(std::round(std::fabs(value) * pow10(decimals)), limit);
    auto digits = static_cast<std::uint64_t>(magnitude);
    QByteArray out(bytes, '\0');
    for (int i = 0; i < bytes; ++i) {
        const auto pair = static_cast<int>(digits % 100);
        digits /= 100;
        out[i] = static_cast<char>(((pair / 10) << 4) | (pair % 10));
    }
    if (negative && magnitude > 0)
        out[bytes - 1] = static_cast<char>(static_cast<std::uint8_t>(out[bytes - 1]) | 0x80);
    return out;
}

} // namespace vocsync::dlt645
