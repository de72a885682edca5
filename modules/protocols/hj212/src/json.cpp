// toJson(): one compact JSON object per packet, the line `vocsync-cli hj212 parse` writes.
#include "vocsync/hj212/codec.h"

#include "hjtime.h"

#include <charconv>
#include <cmath>

namespace vocsync::hj212 {

namespace {

// Length of the valid UTF-8 sequence at s (at most n bytes), 0 when invalid.
int utf8Length(const unsigned char *s, qsizetype n)
{
    const unsigned c = s[0];
    int len = 0;
    unsigned min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    unsigned cp = c & (0x7F >> len);
    for (int i = 1; i < len; ++i) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

void appendString(QByteArray &out, QByteArrayView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(static_cast<char>(c));
        } else if (c < 0x20) {
            const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            out.append(esc, 6);
        } else if (c >= 0x80) {
            // Bytes that are not UTF-8 (a GBK device) become U+FFFD: the line stays valid.
            const int len = utf8Length(s + i, n - i);
            if (len == 0) {
                out.append("\\ufffd");
                ++i;
                continue;
            }
            out.append(reinterpret_cast<const char *>(s + i), len);
            i += len;
            continue;
        } else {
            out.append(static_cast<char>(c));
        }
        ++i;
    }
    out.append('"');
}

void appendString(QByteArray &out, const QString &text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

void appendNumber(QByteArray &out, double v, int decimals)
{
    if (!std::isfinite(v)) {
        out.append("null");
        return;
    }
    char buf[400];
    std::to_chars_result r{};
    if (decimals >= 0)
        r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    else
        r = std::to_chars(buf, buf + sizeof buf, v);
    if (r.ec != std::errc())
        r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

void appendInt(QByteArray &out, std::int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

// "2016-08-01 08:58:57" (".223" when there are milliseconds), in the peer's zone.
void appendTimeText(QByteArray &out, std::int64_t utcMs, int utcOffsetS)
{
    char t[17];
    writeTime(t, utcMs, utcOffsetS, true);
    const char text[] = {'"',  t[0], t[1], t[2], t[3], '-',   t[4],  t[5], '-',   t[6],
                         t[7], ' ',  t[8], t[9], ':',  t[10], t[11], ':',  t[12], t[13]};
    out.append(text, sizeof text);
    if (t[14] != '0' || t[15] != '0' || t[16] != '0') {
        out.append('.');
        out.append(t + 14, 3);
    }
    out.append('"');
}

void appendKey(QByteArray &out, const char *key, bool &first)
{
    if (!first)
        out.append(',');
    first = false;
    out.append('"');
    out.append(key);
    out.append("\":");
}

void appendFields(QByteArray &out, const std::vector<Field> &fields)
{
    out.append('{');
    bool first = true;
    for (const Field &f : fields) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, f.key.view());
        out.append(':');
        appendString(out, QByteArrayView(f.value));
    }
    out.append('}');
}

void appendFactor(QByteArray &out, const Factor &f, int utcOffsetS)
{
    appendString(out, f.code.view());
    out.append(":{");
    bool first = true;
    for (int i = 0; i < kPartCount; ++i) {
        const auto part = static_cast<Part>(i);
        if (!f.has(part))
            continue;
        if (!first)
            out.append(',');
        first = false;
        appendString(out, partName(part));
        out.append(':');
        appendNumber(out, f.value(part), f.decimals[i]);
    }
    if (f.flag != 0) {
        appendKey(out, "Flag", first);
        appendString(out, QByteArrayView(&f.flag, 1));
    }
    if (!f.eflag.isEmpty()) {
        appendKey(out, "EFlag", first);
        appendString(out, f.eflag.view());
    }
    if (f.sampleTimeMs != 0) {
        appendKey(out, "SampleTime", first);
        appendTimeText(out, f.sampleTimeMs, utcOffsetS);
        appendKey(out, "SampleTimeMs", first);
        appendInt(out, f.sampleTimeMs);
    }
    if (!f.sn.isEmpty()) {
        appendKey(out, "SN", first);
        appendString(out, f.sn.view());
    }
    if (!f.info.isNull()) {
        appendKey(out, "Info", first);
        appendString(out, QByteArrayView(f.info));
    }
    out.append('}');
}

} // namespace

QByteArray toJson(const Packet &p, const ParseOptions &options)
{
    QByteArray out;
    out.reserve(256 + 64 * static_cast<qsizetype>(p.factors.size()));
    bool first = true;
    out.append('{');
    const auto text = [&](const char *key, QByteArrayView v, bool present) {
        appendKey(out, key, first);
        if (present)
            appendString(out, v);
        else
            out.append("null");
    };
    text("qn", p.qn.view(), !p.qn.isEmpty());
    text("st", p.st.view(), !p.st.isEmpty());
    appendKey(out, "cn", first);
    if (p.cn >= 0)
        appendInt(out, p.cn);
    else
        out.append("null");
    text("pw", p.pw.view(), !p.pw.isEmpty());
    text("mn", p.mn.view(), !p.mn.isEmpty());
    appendKey(out, "flag", first);
    if (p.flag >= 0)
        appendInt(out, p.flag);
    else
        out.append("null");
    appendKey(out, "version", first);
    switch (p.version()) {
    case Version::V2005:
        out.append("\"2005\"");
        break;
    case Version::V2017:
        out.append("\"2017\"");
        break;
    case Version::V2025:
        out.append("\"2025\"");
        break;
    }
    appendKey(out, "answer", first);
    out.append(p.answerRequested() ? "true" : "false");
    appendKey(out, "subpackets", first);
    out.append(p.isSubpacket() ? "true" : "false");
    appendKey(out, "pnum", first);
    appendInt(out, p.pnum);
    appendKey(out, "pno", first);
    appendInt(out, p.pno);
    if (!p.headerFields.empty()) {
        appendKey(out, "headerFields", first);
        appendFields(out, p.headerFields);
    }
    appendKey(out, "dataTime", first);
    if (p.dataTimeMs != 0)
        appendTimeText(out, p.dataTimeMs, options.utcOffsetS);
    else
        out.append("null");
    appendKey(out, "dataTimeMs", first);
    if (p.dataTimeMs != 0)
        appendInt(out, p.dataTimeMs);
    else
        out.append("null");
    appendKey(out, "factors", first);
    out.append('{');
    for (size_t i = 0; i < p.factors.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendFactor(out, p.factors[i], options.utcOffsetS);
    }
    out.append('}');
    appendKey(out, "fields", first);
    appendFields(out, p.fields);
    appendKey(out, "warnings", first);
    out.append('[');
    for (size_t i = 0; i < p.warnings.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"offset\":");
        appendInt(out, p.warnings[i].offset);
        out.append(",\"message\":");
        appendString(out, p.warnings[i].message);
        out.append('}');
    }
    out.append("]}");
    return out;
}

} // namespace vocsync::hj212
