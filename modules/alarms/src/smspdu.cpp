#include "vocsync/alarms/smspdu.h"

#include <QCoreApplication>

namespace vocsync::alarms::sms {

namespace {

// TS 23.040 9.2.3.24: a single SMS carries 140 octets of user data; the concatenation header
// (UDHL + IEI 00 + length 03 + ref + total + seq) takes 6 of them.
constexpr int kGsm7Single = 160;
constexpr int kGsm7Part = 153;
constexpr int kUcs2Single = 70;
constexpr int kUcs2Part = 67;
constexpr int kMaxDigits = 20; // TS 23.040 9.1.2.5: address value at most 10 octets

constexpr std::uint8_t kMtiSubmit = 0x01;
constexpr std::uint8_t kVpfRelative = 0x10;
constexpr std::uint8_t kUdhi = 0x40;
constexpr std::uint8_t kToaInternational = 0x91;
constexpr std::uint8_t kToaUnknown = 0x81;

struct Address
{
    std::uint8_t toa = kToaUnknown;
    QString digits;
};

// Accepts "+8613800138000", "138 0013 8000", "0571-8888 8888"; spaces, '-' and brackets are
// only layout. TON/NPI (TS 23.040 9.1.2.5): 0x91 international/ISDN, else 0x81 unknown/ISDN.
Result<Address> parseAddress(const QString &number, const QString &field)
{
    Address a;
    QString s = number.trimmed();
    if (s.startsWith(QLatin1Char('+'))) {
        a.toa = kToaInternational;
        s.remove(0, 1);
    }
    for (const QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Error{
                QCoreApplication::translate("vocsync::alarms::sms", "not a phone number: '%1'")
                    .arg(number),
                field};
        a.digits += c;
    }
    if (a.digits.isEmpty())
        return Error{QCoreApplication::translate("vocsync::alarms::sms", "empty phone number"),
                     field};
    if (a.digits.size() > kMaxDigits)
        return Error{QCoreApplication::translate("vocsync::alarms::sms",
                                                 "phone number longer than %1 digits: '%2'")
                         .arg(kMaxDigits)
                         .arg(number),
                     field};
    return a;
}

// Semi-octets, low nibble first, 'F' filling the last high nibble (TS 23.040 9.1.2.3).
QByteArray semiOctets(const QString &digits)
{
    QByteArray out;
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int lo = digits.at(i).unicode() - u'0';
        const int hi = i + 1 < digits.size() ? digits.at(i + 1).unicode() - u'0' : 0xF;
        out.append(static_cast<char>((hi << 4) | lo));
    }
    return out;
}

// Packs septets after `header` (UDHL + UDH, may be empty), with fill bits so that the first
// septet starts on a septet boundary (TS 23.040 9.2.3.24). Returns the UD; `udl` is in septets.
QByteArray packGsm7(const QByteArray &header, const QList<std::uint8_t> &septets, int &udl)
{
    const int headerBits = static_cast<int>(header.size()) * 8;
    const int start = (headerBits + 6) / 7 * 7; // header bits + fill bits
    udl = start / 7 + static_cast<int>(septets.size());
    QByteArray out((udl * 7 + 7) / 8, '\0');
    for (qsizetype i = 0; i < header.size(); ++i)
        out[i] = header.at(i);
    int bit = start;
    for (const std::uint8_t septet : septets) {
        const unsigned shifted = static_cast<unsigned>(septet & 0x7F) << (bit % 8);
        out[bit / 8] =
            static_cast<char>(static_cast<std::uint8_t>(out.at(bit / 8)) | (shifted & 0xFF));
        if (shifted > 0xFF)
            out[bit / 8 + 1] = static_cast<char>(shifted >> 8);
        bit += 7;
    }
    return out;
}

QList<std::uint8_t> gsm7Codes(const QString &text)
{
    QList<std::uint8_t> codes;
    for (const QChar c : text) {
        const int code = gsm7Code(c);
        if (code > 0x7F)
            codes.append(static_cast<std::uint8_t>(code >> 8));
        codes.append(static_cast<std::uint8_t>(code & 0x7F));
    }
    return codes;
}

QByteArray ucs2Bytes(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        out.append(static_cast<char>(c.unicode() >> 8));
        out.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return out;
}

// Cuts before the unit that would overflow `limit`; `width` says how many units a piece at
// `i` takes and how much budget it costs, so escapes and surrogate pairs stay whole.
template <typename Width> QStringList cut(const QString &text, int limit, Width width)
{
    QStringList parts;
    QString current;
    int used = 0;
    for (qsizetype i = 0; i < text.size();) {
        const auto [units, cost] = width(i);
        if (used + cost > limit) {
            parts.append(current);
            current.clear();
            used = 0;
        }
        current += text.mid(i, units);
        used += cost;
        i += units;
    }
    parts.append(current);
    return parts;
}

} // namespace

TextSplit splitText(const QString &text)
{
    TextSplit split;
    const int septets = gsm7Septets(text);
    if (septets >= 0) {
        split.alphabet = Alphabet::Gsm7;
        if (septets <= kGsm7Single) {
            split.parts = QStringList{text};
            return split;
        }
        split.parts = cut(text, kGsm7Part, [&](qsizetype i) {
            return std::pair<qsizetype, int>(1, gsm7Code(text.at(i)) > 0x7F ? 2 : 1);
        });
        return split;
    }
    split.alphabet = Alphabet::Ucs2;
    if (text.size() <= kUcs2Single) {
        split.parts = QStringList{text};
        return split;
    }
    split.parts = cut(text, kUcs2Part, [&](qsizetype i) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        return std::pair<qsizetype, int>(pair ? 2 : 1, pair ? 2 : 1);
    });
    return split;
}

Result<QList<SubmitPart>> encodeSubmit(const QString &number, const QString &text,
                                       const SubmitOptions &options)
{
    const Result<Address> da = parseAddress(number, QStringLiteral("number"));
    if (!da)
        return da.error();
    QByteArray sca(1, '\0'); // "00": the modem uses the SMSC stored on the SIM
    if (!options.smsc.trimmed().isEmpty()) {
        const Result<Address> smsc = parseAddress(options.smsc, QStringLiteral("smsc"));
        if (!smsc)
            return smsc.error();
        const QByteArray digits = semiOctets(smsc->digits);
        sca = QByteArray(1, static_cast<char>(digits.size() + 1));
        sca.append(static_cast<char>(smsc->toa));
        sca.append(digits);
    }

    const TextSplit split = splitText(text);
    const int total = static_cast<int>(split.parts.size());
    if (total > 255)
        return Error{
            QCoreApplication::translate("vocsync::alarms::sms",
                                        "message needs %1 SMS, at most 255 can be concatenated")
                .arg(total),
            QStringLiteral("text")};

    QList<SubmitPart> parts;
    for (int seq = 1; seq <= total; ++seq) {
        const bool concatenated = total > 1;
        std::uint8_t firstOctet = kMtiSubmit;
        if (options.validity)
            firstOctet |= kVpfRelative;
        if (concatenated)
            firstOctet |= kUdhi;

        QByteArray tpdu;
        tpdu.append(static_cast<char>(firstOctet));
        tpdu.append('\0'); // TP-MR: the modem assigns the reference it answers in +CMGS
        tpdu.append(static_cast<char>(da->digits.size()));
        tpdu.append(static_cast<char>(da->toa));
        tpdu.append(semiOctets(da->digits));
        tpdu.append('\0'); // TP-PID: plain short message
        tpdu.append(static_cast<char>(split.alphabet == Alphabet::Gsm7 ? 0x00 : 0x08));
        if (options.validity)
            tpdu.append(static_cast<char>(*options.validity));

        QByteArray header;
        if (concatenated) {
            // UDHL 05, IEI 00 (concatenated, 8-bit reference), IEDL 03 (TS 23.040 9.2.3.24.1)
            header = QByteArray::fromHex("05000300");
            header[3] = static_cast<char>(options.reference);
            header.append(static_cast<char>(total));
            header.append(static_cast<char>(seq));
        }
        const QString &partText = split.parts.at(seq - 1);
        QByteArray ud;
        int udl = 0;
        if (split.alphabet == Alphabet::Gsm7) {
            ud = packGsm7(header, gsm7Codes(partText), udl);
        } else {
            ud = header + ucs2Bytes(partText);
            udl = static_cast<int>(ud.size());
        }
        tpdu.append(static_cast<char>(udl));
        tpdu.append(ud);

        SubmitPart part;
        part.hex = QByteArray(sca + tpdu).toHex().toUpper();
        part.tpduLength = static_cast<int>(tpdu.size());
        part.sequence = seq;
        part.total = total;
        parts.append(part);
    }
    return parts;
}

} // namespace vocsync::alarms::sms
