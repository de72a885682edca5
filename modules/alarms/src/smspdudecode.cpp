#include "vocsync/alarms/smspdu.h"

#include <QCoreApplication>

#include <cctype>

namespace vocsync::alarms::sms {

namespace {

Error decodeError(const char *text, qsizetype offset)
{
    return Error{QCoreApplication::translate("vocsync::alarms::sms", text),
                 QStringLiteral("octet %1").arg(offset)};
}

// Bounds-checked octet reader: a truncated PDU gives an error naming the octet, not a crash.
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}
    qsizetype pos() const { return m_pos; }
    qsizetype left() const { return m_data.size() - m_pos; }
    bool u8(std::uint8_t &out)
    {
        if (left() < 1)
            return false;
        out = static_cast<std::uint8_t>(m_data.at(m_pos++));
        return true;
    }
    bool bytes(qsizetype n, QByteArray &out)
    {
        if (n < 0 || left() < n)
            return false;
        out = m_data.mid(m_pos, n);
        m_pos += n;
        return true;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

// Semi-octets back to digits; 'F' ends the number, A..E are '*', '#', 'a', 'b', 'c'
// (TS 23.040 9.1.2.3).
QString digitsOf(const QByteArray &octets, int count)
{
    static const char kDigits[] = "0123456789*#abc";
    QString out;
    for (int i = 0; i < count && i / 2 < octets.size(); ++i) {
        const auto octet = static_cast<std::uint8_t>(octets.at(i / 2));
        const int nibble = i % 2 == 0 ? octet & 0x0F : octet >> 4;
        if (nibble == 0xF)
            break;
        out += QLatin1Char(kDigits[nibble]);
    }
    return out;
}

void readConcatenation(const QByteArray &udh, DecodedSubmit &d)
{
    for (qsizetype i = 0; i + 1 < udh.size();) {
        const auto iei = static_cast<std::uint8_t>(udh.at(i));
        const auto len = static_cast<std::uint8_t>(udh.at(i + 1));
        const QByteArray ie = udh.mid(i + 2, len);
        i += 2 + len;
        if (ie.size() != len)
            return;
        auto at = [&ie](int k) { return static_cast<std::uint8_t>(ie.at(k)); };
        if (iei == 0x00 && len == 3) { // TS 23.040 9.2.3.24.1
            d.concatenated = true;
            d.reference = at(0);
            d.total = at(1);
            d.sequence = at(2);
        } else if (iei == 0x08 && len == 4) { // TS 23.040 9.2.3.24.8
            d.concatenated = true;
            d.reference = at(0) << 8 | at(1);
            d.total = at(2);
            d.sequence = at(3);
        }
    }
}

QString unpackGsm7(const QByteArray &ud, int startBit, int septets)
{
    QString text;
    bool escaped = false;
    for (int i = 0; i < septets; ++i) {
        const int bit = startBit + 7 * i;
        unsigned v = static_cast<std::uint8_t>(ud.at(bit / 8));
        if (bit / 8 + 1 < ud.size())
            v |= static_cast<unsigned>(static_cast<std::uint8_t>(ud.at(bit / 8 + 1))) << 8;
        const auto code = static_cast<std::uint8_t>((v >> (bit % 8)) & 0x7F);
        if (code == 0x1B && !escaped) {
            escaped = true;
            continue;
        }
        text += gsm7Char(code, escaped);
        escaped = false;
    }
    return text;
}

} // namespace

Result<DecodedSubmit> decodeSubmit(const QByteArray &hex)
{
    for (const char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return decodeError("not a hexadecimal PDU", 0);
    }
    if (hex.size() % 2 != 0)
        return decodeError("odd number of hex digits", hex.size() / 2);
    Reader r(QByteArray::fromHex(hex));
    DecodedSubmit d;
    std::uint8_t len = 0;
    std::uint8_t toa = 0;
    QByteArray octets;
    if (!r.u8(len))
        return decodeError("empty PDU", r.pos());
    if (len > 0) {
        if (!r.u8(toa) || !r.bytes(len - 1, octets))
            return decodeError("truncated service centre address", r.pos());
        d.smsc = (toa == 0x91 ? QStringLiteral("+") : QString()) + digitsOf(octets, 2 * (len - 1));
    }
    const qsizetype tpduStart = r.pos();
    std::uint8_t digits = 0;
    if (!r.u8(d.firstOctet) || !r.u8(d.messageReference))
        return decodeError("truncated TPDU", r.pos());
    if ((d.firstOctet & 0x03) != 0x01)
        return decodeError("not an SMS-SUBMIT (TP-MTI is not 01)", tpduStart);
    if (!r.u8(digits) || !r.u8(d.typeOfAddress) || !r.bytes((digits + 1) / 2, octets))
        return decodeError("truncated destination address", r.pos());
    d.number =
        (d.typeOfAddress == 0x91 ? QStringLiteral("+") : QString()) + digitsOf(octets, digits);
    if (!r.u8(d.pid) || !r.u8(d.dcs))
        return decodeError("truncated TP-PID/TP-DCS", r.pos());

    const int vpf = (d.firstOctet >> 3) & 0x03; // TS 23.040 9.2.3.3
    if (vpf == 0x02) {
        std::uint8_t vp = 0;
        if (!r.u8(vp))
            return decodeError("truncated TP-VP", r.pos());
        d.validity = vp;
    } else if (vpf != 0 && !r.bytes(7, octets)) {
        return decodeError("truncated TP-VP", r.pos());
    }

    std::uint8_t udl = 0;
    if (!r.u8(udl))
        return decodeError("truncated TP-UDL", r.pos());
    d.userDataLength = udl;
    const bool ucs2 = (d.dcs & 0xCC) == 0x08; // general coding group, alphabet bits 10
    if ((d.dcs & 0xE0) != 0 || (d.dcs & 0x0C) == 0x04 || (d.dcs & 0x0C) == 0x0C)
        return decodeError("unsupported TP-DCS (only GSM 7-bit and UCS-2 are decoded)",
                           r.pos() - 2);
    const qsizetype udOctets = ucs2 ? udl : (udl * 7 + 7) / 8;
    QByteArray ud;
    if (!r.bytes(udOctets, ud))
        return decodeError("user data shorter than TP-UDL", r.pos());
    if (r.left() != 0)
        return decodeError("octets after the user data", r.pos());

    qsizetype headerOctets = 0;
    if (d.firstOctet & 0x40) {
        if (!ud.isEmpty())
            headerOctets = 1 + static_cast<std::uint8_t>(ud.at(0));
        if (ud.isEmpty() || headerOctets > ud.size())
            return decodeError("user data header longer than the user data", tpduStart);
        d.udh = ud.mid(1, headerOctets - 1);
        readConcatenation(d.udh, d);
    }
    if (ucs2) {
        const QByteArray body = ud.mid(headerOctets);
        if (body.size() % 2 != 0)
            return decodeError("odd number of UCS-2 octets", r.pos());
        for (qsizetype i = 0; i < body.size(); i += 2) {
            const auto hi = static_cast<std::uint8_t>(body.at(i));
            const auto lo = static_cast<std::uint8_t>(body.at(i + 1));
            d.text += QChar(static_cast<char16_t>(hi << 8 | lo));
        }
    } else {
        const int startBit = static_cast<int>((headerOctets * 8 + 6) / 7 * 7);
        if (startBit / 7 > udl)
            return decodeError("user data header longer than TP-UDL", tpduStart);
        d.text = unpackGsm7(ud, startBit, udl - startBit / 7);
    }
    d.tpduLength = static_cast<int>(r.pos() - tpduStart);
    return d;
}

} // namespace vocsync::alarms::sms
