// Meter addresses of DL/T 645-2007 (帧格式, 地址域 A0..A5): six bytes holding twelve BCD digits,
// sent with the lowest two digits first; 0xAA in every byte is the wildcard of point-to-point
// links.
#include "vocsync/dlt645/frame.h"

#include <QCoreApplication>

namespace vocsync::dlt645 {

namespace {

constexpr int kDigits = 12;
constexpr std::uint8_t kWildcardByte = 0xAA;

} // namespace

Result<Address> Address::fromString(const QString &digits)
{
    if (digits.size() != kDigits)
        return Error{QCoreApplication::translate(
                         "vocsync::dlt645", "meter address \"%1\" has %2 characters, expected 12 "
                                            "digits")
                         .arg(digits)
                         .arg(digits.size()),
                     {}};
    if (digits.compare(QLatin1String("AAAAAAAAAAAA"), Qt::CaseInsensitive) == 0)
        return wildcard();
    Address a;
    for (int i = 0; i < kDigits; ++i) {
        if (!digits.at(i).isDigit() || digits.at(i).unicode() > '9')
            return Error{
                QCoreApplication::translate(
                    "vocsync::dlt645", "meter address \"%1\": character %2 is not a decimal digit")
                    .arg(digits)
                    .arg(i + 1),
                {}};
    }
    // The nameplate prints the most significant digits first; the wire starts with A0, the
    // last two digits.
    for (int byte = 0; byte < 6; ++byte) {
        const int pos = kDigits - 2 * (byte + 1);
        const int hi = digits.at(pos).unicode() - '0';
        const int lo = digits.at(pos + 1).unicode() - '0';
        a.wire[static_cast<std::size_t>(byte)] = static_cast<std::uint8_t>((hi << 4) | lo);
    }
    return a;
}

Address Address::wildcard()
{
    Address a;
    a.wire.fill(kWildcardByte);
    return a;
}

QString Address::toString() const
{
    QString s;
    s.reserve(kDigits);
    // Upper-case hex of each BCD byte prints its two digits, and "AA" for wildcard bytes.
    for (auto it = wire.rbegin(); it != wire.rend(); ++it)
        s += QStringLiteral("%1").arg(*it, 2, 16, QLatin1Char('0')).toUpper();
    return s;
}

} // namespace vocsync::dlt645
