// The CP data area (HJ 212-2017 6.3.3 Table 4, HJ/T 212-2005 6.3.3): "CP=&&item;item&&",
// an item is "key=value[,key=value...]", factor keys are "code-Suffix", log text is "//...//"
// and may hold any of ; , = &. This is the hot path of the parser: one pass over the bytes,
// no strings built for well-formed packets.
#include "segmentparser.h"

#include <array>

namespace vocsync::hj212 {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Byte classes for the CP scan: one table load per byte instead of a chain of compares.
enum : std::uint8_t { kEq = 1, kSep = 2, kDash = 4 };
constexpr std::array<std::uint8_t, 256> makeClasses()
{
    std::array<std::uint8_t, 256> t{};
    t['='] = kEq;
    t[';'] = kSep;
    t[','] = kSep;
    t['-'] = kDash;
    return t;
}
constexpr std::array<std::uint8_t, 256> kClass = makeClasses();

inline std::uint8_t classOf(char c)
{
    return kClass[static_cast<unsigned char>(c)];
}

} // namespace

bool SegmentParser::parseCp(qsizetype cpAt, qsizetype valueAt)
{
    const qsizetype limit = m_out.version() == Version::V2005 ? kMaxCp2005 : kMaxCp2017;
    if (m_n - cpAt > limit) {
        return fail(
            Reason::TooLong, cpAt + limit,
            Hj212Codec::tr("CP is %1 bytes, over the limit of %2").arg(m_n - cpAt).arg(limit));
    }
    if (m_n - valueAt < 2 || m_s[valueAt] != '&' || m_s[valueAt + 1] != '&')
        return fail(Reason::BadCp, valueAt, Hj212Codec::tr("CP does not start with \"&&\""));
    const qsizetype begin = valueAt + 2;
    if (m_n - begin < 2 || m_s[m_n - 2] != '&' || m_s[m_n - 1] != '&') {
        // Say where the CP really closes when it does, and what follows it.
        const QByteArrayView rest = view(begin, m_n);
        const qsizetype close = rest.lastIndexOf(QByteArrayView("&&"));
        if (close >= 0) {
            return fail(Reason::BadCp, begin + close + 2,
                        Hj212Codec::tr("text after the closing \"&&\" of CP: \"%1\"")
                            .arg(text(begin + close + 2, m_n)));
        }
        return fail(Reason::BadCp, m_n, Hj212Codec::tr("CP is not closed by \"&&\""));
    }
    const qsizetype end = m_n - 2;
    qsizetype p = begin;
    while (p < end) {
        // Items and keys may be surrounded by spaces (HJ/T 212-2005 App. C writes " &&").
        if (isSpace(m_s[p])) {
            const qsizetype from = p;
            while (p < end && isSpace(m_s[p]))
                ++p;
            if (!m_spaceWarned) {
                warn(from, Hj212Codec::tr("spaces around a CP item"));
                m_spaceWarned = true;
            }
            continue;
        }
        if (m_s[p] == ';' || m_s[p] == ',') {
            warn(p, p + 1 == end
                        ? Hj212Codec::tr("'%1' before the closing \"&&\"").arg(QLatin1Char(m_s[p]))
                        : Hj212Codec::tr("empty CP item"));
            ++p;
            continue;
        }
        const qsizetype keyAt = p;
        qsizetype dashAt = -1;
        std::uint8_t c = 0;
        for (; p < end; ++p) {
            c = classOf(m_s[p]);
            if (c & (kEq | kSep))
                break;
            if ((c & kDash) && dashAt < 0)
                dashAt = p;
        }
        if (p == end || c != kEq) {
            return fail(Reason::BadCp, keyAt,
                        Hj212Codec::tr("CP item \"%1\" has no '='").arg(text(keyAt, p)));
        }
        qsizetype keyEnd = p;
        while (keyEnd > keyAt && isSpace(m_s[keyEnd - 1]))
            --keyEnd;
        qsizetype valueFrom = p + 1;
        while (valueFrom < end && isSpace(m_s[valueFrom]))
            ++valueFrom;
        if ((keyEnd != p || valueFrom != p + 1) && !m_spaceWarned) {
            warn(keyEnd, Hj212Codec::tr("spaces around '=' in a CP item"));
            m_spaceWarned = true;
        }
        qsizetype valueEnd;
        qsizetype next;
        if (end - valueFrom >= 4 && m_s[valueFrom] == '/' && m_s[valueFrom + 1] == '/') {
            // Log text: "//...//", which may contain the separators (HJ 212-2017 C.40).
            const QByteArrayView body = view(valueFrom + 2, end);
            const qsizetype close = body.indexOf(QByteArrayView("//"));
            if (close < 0) {
                return fail(Reason::BadCp, valueFrom,
                            Hj212Codec::tr("log text of %1 is not closed by \"//\"")
                                .arg(text(keyAt, keyEnd)));
            }
            valueEnd = valueFrom + 2 + close + 2;
            next = valueEnd;
            while (next < end && isSpace(m_s[next]))
                ++next;
            if (next < end && m_s[next] != ';' && m_s[next] != ',') {
                return fail(
                    Reason::BadCp, next,
                    Hj212Codec::tr("text after the log text of %1").arg(text(keyAt, keyEnd)));
            }
        } else {
            valueEnd = valueFrom;
            while (valueEnd < end && !(classOf(m_s[valueEnd]) & kSep))
                ++valueEnd;
            next = valueEnd;
            while (valueEnd > valueFrom && isSpace(m_s[valueEnd - 1]))
                --valueEnd;
            if (valueEnd != next && !m_spaceWarned) {
                warn(valueEnd, Hj212Codec::tr("spaces around a CP item"));
                m_spaceWarned = true;
            }
        }
        if (!item(keyAt, dashAt < keyEnd ? dashAt : -1, keyEnd, valueFrom, valueEnd))
            return false;
        m_sep = next < end ? m_s[next] : 0;
        crcTo(next);
        p = next;
        if (p < end) {
            ++p; // the separator
            if (p == end)
                warn(p - 1,
                     Hj212Codec::tr("'%1' before the closing \"&&\"").arg(QLatin1Char(m_s[p - 1])));
        }
    }
    return true;
}

bool SegmentParser::item(qsizetype keyAt, qsizetype dashAt, qsizetype keyEnd, qsizetype valueAt,
                         qsizetype valueEnd)
{
    if (keyEnd == keyAt)
        return fail(Reason::BadCp, keyAt, Hj212Codec::tr("CP item without a key"));
    if (dashAt < 0)
        return fieldItem(view(keyAt, keyEnd), keyAt, valueAt, valueEnd);
    return factorItem(view(keyAt, dashAt), view(dashAt + 1, keyEnd), keyAt, valueAt, valueEnd);
}

} // namespace vocsync::hj212
