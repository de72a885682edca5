// Encoding, strict as the standard writes it (HJ 212-2017 6.3.2 Table 3 order, CRC in
// upper-case hex, CRLF): be strict in what you send.
#include "encoder.h"

#include "hjtime.h"
#include "segmentparser.h"

#include <charconv>
#include <cmath>

namespace vocsync::hj212 {

namespace {

constexpr Part kNumberOrder[] = {
    Part::Cou,     Part::Rtd,       Part::Min,   Part::Avg,      Part::Max,     Part::ZsRtd,
    Part::ZsMin,   Part::ZsAvg,     Part::ZsMax, Part::RS,       Part::RT,      Part::Data,
    Part::DayData, Part::NightData, Part::Ala,   Part::LowValue, Part::UpValue,
};
static_assert(std::size(kNumberOrder) == kPartCount);

void appendInt(QByteArray &out, int v, int width = 0)
{
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    for (auto len = r.ptr - buf; len < width; ++len)
        out.append('0');
    out.append(buf, r.ptr - buf);
}

void appendNumber(QByteArray &out, double v, int decimals)
{
    char buf[400];
    std::to_chars_result r{};
    if (decimals >= 0)
        r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    else
        r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    if (r.ec != std::errc())
        r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

void appendKey(QByteArray &out, const Factor &f, QByteArrayView suffix, bool &first)
{
    if (!first)
        out.append(',');
    first = false;
    out.append(f.code.view());
    out.append('-');
    out.append(suffix);
    out.append('=');
}

// N14 as the standard writes it; milliseconds, which only a device's DataTime brings (a
// tolerated deviation), are kept as 17 digits rather than lost.
void appendTime(QByteArray &out, std::int64_t utcMs, int utcOffsetS)
{
    char t[17];
    writeTime(t, utcMs, utcOffsetS, true);
    const bool ms = t[14] != '0' || t[15] != '0' || t[16] != '0';
    out.append(t, ms ? 17 : 14);
}

} // namespace

void appendFactor(QByteArray &out, const Factor &f, int utcOffsetS)
{
    bool first = true;
    if (f.sampleTimeMs != 0) {
        appendKey(out, f, "SampleTime", first);
        appendTime(out, f.sampleTimeMs, utcOffsetS);
    }
    for (Part part : kNumberOrder) {
        if (!f.has(part))
            continue;
        appendKey(out, f, partName(part), first);
        appendNumber(out, f.value(part), f.decimals[static_cast<int>(part)]);
    }
    if (f.flag != 0) {
        appendKey(out, f, "Flag", first);
        out.append(f.flag);
    }
    if (!f.eflag.isEmpty()) {
        appendKey(out, f, "EFlag", first);
        out.append(f.eflag.view());
    }
    if (!f.sn.isEmpty()) {
        appendKey(out, f, "SN", first);
        out.append(f.sn.view());
    }
    if (!f.info.isNull()) {
        appendKey(out, f, "Info", first);
        out.append(f.info);
    }
}

void appendField(QByteArray &out, const Field &f)
{
    out.append(f.key.view());
    out.append('=');
    out.append(f.value);
}

QByteArray encodeSegmentAt(const Packet &p, const EncodeOptions &options, qsizetype &cpAt)
{
    QByteArray out;
    out.reserve(128 + 32 * static_cast<qsizetype>(p.factors.size() + p.fields.size()));
    const auto header = [&out](QByteArrayView key, QByteArrayView value) {
        out.append(key);
        out.append('=');
        out.append(value);
        out.append(';');
    };
    if (!p.qn.isEmpty())
        header("QN", p.qn.view());
    if (!p.st.isEmpty())
        header("ST", p.st.view());
    if (p.cn >= 0) {
        out.append("CN=");
        appendInt(out, p.cn, 4);
        out.append(';');
    }
    if (!p.pw.isEmpty())
        header("PW", p.pw.view());
    if (!p.mn.isEmpty())
        header("MN", p.mn.view());
    if (p.flag >= 0) {
        out.append("Flag=");
        appendInt(out, p.flag);
        out.append(';');
    }
    if (p.pnum > 0) {
        out.append("PNUM=");
        appendInt(out, p.pnum);
        out.append(";PNO=");
        appendInt(out, p.pno);
        out.append(';');
    }
    for (const Field &f : p.headerFields) {
        appendField(out, f);
        out.append(';');
    }
    cpAt = out.size();
    out.append("CP=&&");
    bool first = true;
    const auto separate = [&out, &first] {
        if (!first)
            out.append(';');
        first = false;
    };
    if (p.dataTimeMs != 0) {
        separate();
        out.append("DataTime=");
        appendTime(out, p.dataTimeMs, options.utcOffsetS);
    }
    for (const Field &f : p.fields) {
        if (f.sameItem && !first)
            out.append(',');
        else
            separate();
        appendField(out, f);
    }
    for (const Factor &f : p.factors) {
        if (f.present == 0 && f.flag == 0 && f.eflag.isEmpty() && f.sampleTimeMs == 0 &&
            f.sn.isEmpty() && f.info.isNull())
            continue;
        separate();
        appendFactor(out, f, options.utcOffsetS);
    }
    out.append("&&");
    return out;
}

QByteArray encodeSegment(const Packet &p, const EncodeOptions &options)
{
    qsizetype cpAt = 0;
    return encodeSegmentAt(p, options, cpAt);
}

Result<QByteArray> encodeFrame(const Packet &p, const EncodeOptions &options)
{
    for (const Factor &f : p.factors) {
        for (int i = 0; i < kPartCount; ++i) {
            if (f.has(static_cast<Part>(i)) && !std::isfinite(f.values[i])) {
                return Error{Hj212Codec::tr("%1-%2 is not a finite number")
                                 .arg(f.code.toString(),
                                      QString::fromLatin1(partName(static_cast<Part>(i)))),
                             QStringLiteral("hj212")};
            }
        }
    }
    qsizetype cpAt = 0;
    const QByteArray segment = encodeSegmentAt(p, options, cpAt);
    if (segment.size() > kMaxSegment) {
        return Error{Hj212Codec::tr("data segment of %1 bytes is over the limit of %2 bytes "
                                    "(split it into sub-packets)")
                         .arg(segment.size())
                         .arg(kMaxSegment),
                     QStringLiteral("hj212")};
    }
    const qsizetype limit = p.version() == Version::V2005 ? kMaxCp2005 : kMaxCp2017;
    if (segment.size() - cpAt > limit) {
        return Error{Hj212Codec::tr("CP of %1 bytes is over the limit of %2 bytes "
                                    "(split it into sub-packets)")
                         .arg(segment.size() - cpAt)
                         .arg(limit),
                     QStringLiteral("hj212")};
    }
    return frameSegment(segment);
}

} // namespace vocsync::hj212
