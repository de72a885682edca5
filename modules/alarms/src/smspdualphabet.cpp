#include "vocsync/alarms/smspdu.h"

#include <array>
#include <utility>

namespace vocsync::alarms::sms {

namespace {

// TS 23.038 6.2.1: the GSM 7-bit default alphabet, indexed by code. 0x1B is the escape to
// the extension table and has no character of its own (0 here).
constexpr std::array<char16_t, 128> kDefaultTable = {
    u'@',      u'\u00A3', u'$',      u'\u00A5', u'\u00E8', u'\u00E9', u'\u00F9', u'\u00EC',
    u'\u00F2', u'\u00C7', u'\n',     u'\u00D8', u'\u00F8', u'\r',     u'\u00C5', u'\u00E5',
    u'\u0394', u'_',      u'\u03A6', u'\u0393', u'\u039B', u'\u03A9', u'\u03A0', u'\u03A8',
    u'\u03A3', u'\u0398', u'\u039E', 0,         u'\u00C6', u'\u00E6', u'\u00DF', u'\u00C9',
    u' ',      u'!',      u'"',      u'#',      u'\u00A4', u'%',      u'&',      u'\'',
    u'(',      u')',      u'*',      u'+',      u',',      u'-',      u'.',      u'/',
    u'0',      u'1',      u'2',      u'3',      u'4',      u'5',      u'6',      u'7',
    u'8',      u'9',      u':',      u';',      u'<',      u'=',      u'>',      u'?',
    u'\u00A1', u'A',      u'B',      u'C',      u'D',      u'E',      u'F',      u'G',
    u'H',      u'I',      u'J',      u'K',      u'L',      u'M',      u'N',      u'O',
    u'P',      u'Q',      u'R',      u'S',      u'T',      u'U',      u'V',      u'W',
    u'X',      u'Y',      u'Z',      u'\u00C4', u'\u00D6', u'\u00D1', u'\u00DC', u'\u00A7',
    u'\u00BF', u'a',      u'b',      u'c',      u'd',      u'e',      u'f',      u'g',
    u'h',      u'i',      u'j',      u'k',      u'l',      u'm',      u'n',      u'o',
    u'p',      u'q',      u'r',      u's',      u't',      u'u',      u'v',      u'w',
    u'x',      u'y',      u'z',      u'\u00E4', u'\u00F6', u'\u00F1', u'\u00FC', u'\u00E0',
};
// clang-format on

// TS 23.038 6.2.1.1: the extension table reached through ESC (0x1B); each costs 2 septets.
constexpr std::array<std::pair<std::uint8_t, char16_t>, 10> kExtensionTable = {{
    {0x0A, u'\f'},
    {0x14, u'^'},
    {0x28, u'{'},
    {0x29, u'}'},
    {0x2F, u'\\'},
    {0x3C, u'['},
    {0x3D, u'~'},
    {0x3E, u']'},
    {0x40, u'|'},
    {0x65, u'\u20AC'},
}};

constexpr int kEscape = 0x1B;

} // namespace

int gsm7Code(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0)
        return -1; // the 0 in the table marks ESC, not a character
    for (std::size_t i = 0; i < kDefaultTable.size(); ++i) {
        if (kDefaultTable[i] == u)
            return static_cast<int>(i);
    }
    for (const auto &[code, ch] : kExtensionTable) {
        if (ch == u)
            return (kEscape << 8) | code;
    }
    return -1;
}

QChar gsm7Char(std::uint8_t code, bool escaped)
{
    if (code > 0x7F)
        return {};
    if (escaped) {
        for (const auto &[c, ch] : kExtensionTable) {
            if (c == code)
                return QChar(ch);
        }
    }
    return QChar(kDefaultTable[code]);
}

int gsm7Septets(const QString &text)
{
    int septets = 0;
    for (const QChar c : text) {
        const int code = gsm7Code(c);
        if (code < 0)
            return -1;
        septets += code > 0x7F ? 2 : 1;
    }
    return septets;
}

bool isGsm7(const QString &text)
{
    return gsm7Septets(text) >= 0;
}

} // namespace vocsync::alarms::sms
