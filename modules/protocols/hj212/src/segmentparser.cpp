// The header fields of an HJ 212 data segment (HJ 212-2017 6.3.2 Table 3, HJ/T 212-2005
// 6.3.2), parsed by key in any order (2005's own examples vary it).
#include "segmentparser.h"

#include <bit>
#include <cstring>

namespace vocsync::hj212 {

namespace {

enum HeaderBit : unsigned {
    BitQn = 1,
    BitSt = 2,
    BitCn = 4,
    BitPw = 8,
    BitMn = 16,
    BitFlag = 32,
    BitPnum = 64,
    BitPno = 128
};

bool allDigits(QByteArrayView v)
{
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return !v.isEmpty();
}

int toInt(QByteArrayView digits)
{
    int v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

bool isUpperAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

bool isMn2017(QByteArrayView mn)
{
    if (mn.size() != 24)
        return false;
    for (char c : mn) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

} // namespace

bool SegmentParser::fail(Reason r, qsizetype at, const QString &message)
{
    m_why.reason = r;
    m_why.offset = m_base + at;
    m_why.message = message;
    return false;
}

void SegmentParser::warn(qsizetype at, const QString &message)
{
    m_out.warnings.push_back(Warning{m_base + at, message});
}

SegmentParser::SegmentParser(QByteArrayView segment, qsizetype base, Packet &out, Rejection &why,
                             const ParseOptions &options)
    : m_s(segment.data()), m_n(segment.size()), m_base(base), m_out(out), m_why(why),
      m_options(options)
{
    out.qn.clear();
    out.st.clear();
    out.cn = -1;
    out.pw.clear();
    out.mn.clear();
    out.flag = -1;
    out.pnum = 0;
    out.pno = 0;
    out.headerFields.clear();
    out.dataTimeMs = 0;
    out.fields.clear();
    out.warnings.clear();
}

Factor &SegmentParser::newFactor()
{
    const auto i = static_cast<size_t>(m_factorCount++);
    if (i >= m_out.factors.size())
        return m_out.factors.emplace_back();
    Factor &f = m_out.factors[i];
    // Only the parts the previous packet set are non-zero (Factor::set() is how values get
    // in); zeroing all 17 would cost more than the rest of the factor's decoding.
    for (std::uint32_t bits = f.present; bits != 0; bits &= bits - 1) {
        const int part = std::countr_zero(bits);
        f.values[part] = 0;
        f.decimals[part] = 0;
    }
    f.present = 0;
    f.flag = 0;
    f.eflag.clear();
    f.sampleTimeMs = 0;
    f.sn.clear();
    if (!f.info.isNull())
        f.info = QByteArray();
    return f;
}

bool SegmentParser::parse()
{
    HeaderSeen seen;
    qsizetype pos = 0;
    while (true) {
        if (pos >= m_n) {
            return fail(Reason::MissingField, m_n,
                        Hj212Codec::tr("no CP: the data segment ends without \"CP=&&...&&\""));
        }
        qsizetype i = pos;
        while (i < m_n && m_s[i] != '=' && m_s[i] != ';')
            ++i;
        if (i == m_n || m_s[i] == ';') {
            return fail(Reason::BadField, pos,
                        Hj212Codec::tr("header item \"%1\" has no '='").arg(text(pos, i)));
        }
        const QByteArrayView key = view(pos, i);
        if (is(key, "CP")) {
            if (!checkHeader(seen, pos))
                return false;
            return parseCp(pos, i + 1);
        }
        const qsizetype valueAt = i + 1;
        const void *semi = std::memchr(m_s + valueAt, ';', static_cast<size_t>(m_n - valueAt));
        const qsizetype valueEnd = semi ? static_cast<const char *>(semi) - m_s : m_n;
        if (!headerField(key, pos, valueAt, valueEnd, seen))
            return false;
        crcTo(valueEnd);
        pos = valueEnd + 1;
    }
}

bool SegmentParser::headerField(QByteArrayView key, qsizetype keyAt, qsizetype valueAt,
                                qsizetype valueEnd, HeaderSeen &seen)
{
    const QByteArrayView value = view(valueAt, valueEnd);
    unsigned bit = 0;
    if (is(key, "QN"))
        bit = BitQn;
    else if (is(key, "ST"))
        bit = BitSt;
    else if (is(key, "CN"))
        bit = BitCn;
    else if (is(key, "PW"))
        bit = BitPw;
    else if (is(key, "MN"))
        bit = BitMn;
    else if (is(key, "Flag"))
        bit = BitFlag;
    else if (is(key, "PNUM"))
        bit = BitPnum;
    else if (is(key, "PNO"))
        bit = BitPno;

    if (bit == 0) {
        // Not in either standard ("RF" of 2025 implementations): kept, so nothing is lost.
        if (key.isEmpty() || key.size() > FactorCode::capacity()) {
            return fail(
                Reason::BadField, keyAt,
                Hj212Codec::tr("bad header field name \"%1\"").arg(text(keyAt, valueAt - 1)));
        }
        Field &f = m_out.headerFields.emplace_back();
        f.key.assign(key);
        f.value = value.toByteArray();
        warn(keyAt, Hj212Codec::tr("header field %1 is not in HJ 212-2017: kept")
                        .arg(text(keyAt, valueAt - 1)));
        return true;
    }
    if (seen.mask & bit) {
        return fail(Reason::DuplicateField, keyAt,
                    Hj212Codec::tr("header field %1 given twice").arg(text(keyAt, valueAt - 1)));
    }
    seen.mask |= bit;
    const auto bad = [&](const QString &what) {
        return fail(Reason::BadField, valueAt, what.arg(text(valueAt, valueEnd)));
    };

    switch (bit) {
    case BitQn: {
        std::int64_t t = 0;
        if (value.size() != 17 || !parseTime(value, t, m_options.utcOffsetS)) {
            return fail(Reason::BadTime, valueAt,
                        Hj212Codec::tr("QN \"%1\" is not a time YYYYMMDDhhmmsszzz")
                            .arg(text(valueAt, valueEnd)));
        }
        m_out.qn.assign(value);
        return true;
    }
    case BitSt:
        if (value.size() != 2 || !isUpperAlnum(value[0]) || !isUpperAlnum(value[1]))
            return bad(Hj212Codec::tr("ST \"%1\" is not 2 characters 0-9 A-Z"));
        m_out.st.assign(value);
        return true;
    case BitCn:
        if (value.size() != 4 || !allDigits(value))
            return bad(Hj212Codec::tr("CN \"%1\" is not 4 digits"));
        m_out.cn = toInt(value);
        return true;
    case BitPw:
        if (!m_out.pw.assign(value))
            return bad(Hj212Codec::tr("PW \"%1\" is longer than 15 characters"));
        return true;
    case BitMn:
        if (value.isEmpty() || !m_out.mn.assign(value))
            return bad(Hj212Codec::tr("MN \"%1\" is empty or longer than 31 characters"));
        seen.mnValue = valueAt;
        return true;
    case BitFlag:
        if (value.size() > 3 || !allDigits(value) || toInt(value) > 255)
            return bad(Hj212Codec::tr("Flag \"%1\" is not a number 0..255"));
        m_out.flag = toInt(value);
        return true;
    default:
        break;
    }
    // PNUM, PNO: up to 4 digits (HJ/T 212-2005 N4; 2017's widths include "PNUM=").
    const bool pnum = bit == BitPnum;
    if (value.size() > 4 || !allDigits(value) || toInt(value) == 0) {
        return bad(pnum ? Hj212Codec::tr("PNUM \"%1\" is not a number 1..9999")
                        : Hj212Codec::tr("PNO \"%1\" is not a number 1..9999"));
    }
    if (value.size() > 1 && value[0] == '0') {
        warn(valueAt, Hj212Codec::tr("%1 \"%2\" is zero-padded")
                          .arg(pnum ? QStringLiteral("PNUM") : QStringLiteral("PNO"),
                               text(valueAt, valueEnd)));
    }
    (pnum ? m_out.pnum : m_out.pno) = toInt(value);
    (pnum ? seen.pnumValue : seen.pnoValue) = valueAt;
    return true;
}

bool SegmentParser::checkHeader(const HeaderSeen &seen, qsizetype cpAt)
{
    const auto missing = [&](const char *name) {
        return fail(Reason::MissingField, cpAt,
                    Hj212Codec::tr("no %1 in the header").arg(QLatin1String(name)));
    };
    if (!(seen.mask & BitSt))
        return missing("ST");
    if (!(seen.mask & BitCn))
        return missing("CN");
    const Version version = m_out.version();
    const int cn = m_out.cn;
    const bool answer = cn >= 9011 && cn <= 9014;
    // HJ/T 212-2005 App. C: the 9014 data answer is "ST=91;CN=9014;CP=&&QN=..;CN=..&&" and
    // the 9013 notice answer may be written the same way: no MN, PW or Flag.
    const bool shortAnswer2005 = version == Version::V2005 && (cn == 9013 || cn == 9014);
    if (!(seen.mask & BitMn) && !shortAnswer2005)
        return missing("MN");
    // An empty "PW=" counts as no PW: the encoder leaves empty header fields out, so a packet
    // accepted with one could not be written back as it was read.
    if ((!(seen.mask & BitPw) || m_out.pw.isEmpty()) && !shortAnswer2005)
        return missing("PW");
    if (!(seen.mask & BitFlag) && !answer)
        warn(cpAt, Hj212Codec::tr("no Flag: taken as 0 (HJ/T 212-2005)"));
    if (version != Version::V2005) {
        // The 2017 answers echo the QN of what they answer, so a packet that asks for an
        // answer or is one needs it; an upload without QN stays unambiguous.
        if (!(seen.mask & BitQn)) {
            if (m_out.answerRequested() || answer)
                return missing("QN");
            warn(cpAt, Hj212Codec::tr("no QN"));
        }
        if ((seen.mask & BitMn) && !isMn2017(m_out.mn.view()))
            warn(seen.mnValue, Hj212Codec::tr("MN \"%1\" is not 24 hex digits (HJ 212-2017)")
                                   .arg(m_out.mn.toString()));
    }
    const bool hasPnum = seen.mask & BitPnum;
    const bool hasPno = seen.mask & BitPno;
    if (m_out.isSubpacket() && !(hasPnum && hasPno)) {
        if (version != Version::V2005)
            return missing(hasPnum ? "PNO" : "PNUM");
        // HJ/T 212-2005 App. C writes Flag=3 on requests that are not split.
        warn(cpAt, Hj212Codec::tr("Flag bit D set without PNUM/PNO: taken as one packet"));
    }
    if (hasPnum != hasPno)
        return missing(hasPnum ? "PNO" : "PNUM");
    if (hasPnum && m_out.pno > m_out.pnum) {
        return fail(
            Reason::BadField, seen.pnoValue,
            Hj212Codec::tr("PNO %1 is greater than PNUM %2").arg(m_out.pno).arg(m_out.pnum));
    }
    if (hasPnum && !m_out.isSubpacket() && version != Version::V2005)
        warn(seen.pnumValue, Hj212Codec::tr("PNUM/PNO given without Flag bit D"));
    return true;
}

} // namespace vocsync::hj212
