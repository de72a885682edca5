// The HJ 212 frame (HJ 212-2017 6.3.1 Table 2): "##" + 4-digit length + data segment + CRC16
// as 4 hex digits + CRLF. Tolerated (../shared/hj212.md §13.2, §13.3): lower-case CRC hex, LF
// alone or no terminator when the length frames the packet.
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/crc.h"

#include "segmentparser.h"

namespace vocsync::hj212 {

namespace {

constexpr qsizetype kHeaderSize = 6; // "##" + LLLL
constexpr qsizetype kCrcSize = 4;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool reject(Rejection &why, Reason r, qsizetype at, QString message)
{
    why.reason = r;
    why.offset = at;
    why.message = std::move(message);
    return false;
}

// A rejection before the segment was looked at: nothing decoded.
bool rejectFrame(Packet &out, Rejection &why, Reason r, qsizetype at, QString message)
{
    out.clear();
    return reject(why, r, at, std::move(message));
}

bool rejectFrame(Packet &out)
{
    out.clear();
    return false;
}

// When the frame does not fit its declared length, the real segment usually still ends in
// "&&" + CRC + terminator: report the length the frame really has. True when it did.
bool lengthMismatch(QByteArrayView frame, int declared, Rejection &why)
{
    QByteArrayView f = frame;
    if (f.endsWith('\n'))
        f.chop(1);
    if (f.endsWith('\r'))
        f.chop(1);
    const qsizetype segEnd = f.size() - kCrcSize;
    if (segEnd < kHeaderSize + 2 || f[segEnd - 1] != '&' || f[segEnd - 2] != '&')
        return false;
    for (qsizetype i = segEnd; i < f.size(); ++i) {
        if (hexValue(f[i]) < 0)
            return false;
    }
    const qsizetype actual = segEnd - kHeaderSize;
    if (actual == declared)
        return false;
    reject(why, Reason::LengthMismatch, 2,
           Hj212Codec::tr("declared length %1, but the data segment is %2 bytes")
               .arg(declared)
               .arg(actual));
    return true;
}

} // namespace

QString reasonKey(Reason r)
{
    switch (r) {
    case Reason::BadHeader:
        return QStringLiteral("bad_header");
    case Reason::BadLength:
        return QStringLiteral("bad_length");
    case Reason::TooLong:
        return QStringLiteral("too_long");
    case Reason::LengthMismatch:
        return QStringLiteral("length_mismatch");
    case Reason::BadCrc:
        return QStringLiteral("bad_crc");
    case Reason::BadTail:
        return QStringLiteral("bad_tail");
    case Reason::MissingField:
        return QStringLiteral("missing_field");
    case Reason::DuplicateField:
        return QStringLiteral("duplicate_field");
    case Reason::BadField:
        return QStringLiteral("bad_field");
    case Reason::BadTime:
        return QStringLiteral("bad_time");
    case Reason::BadCp:
        return QStringLiteral("bad_cp");
    case Reason::BadFactor:
        return QStringLiteral("bad_factor");
    }
    return QStringLiteral("unknown");
}

bool parseFrame(QByteArrayView frame, Packet &out, Rejection &why, const ParseOptions &options)
{
    const char *s = frame.data();
    const qsizetype n = frame.size();
    for (qsizetype i = 0; i < 2; ++i) {
        if (i >= n || s[i] != '#') {
            return rejectFrame(out, why, Reason::BadHeader, i,
                               Hj212Codec::tr("the frame does not start with \"##\""));
        }
    }
    int declared = 0;
    for (qsizetype i = 2; i < kHeaderSize; ++i) {
        if (i >= n) {
            return rejectFrame(out, why, Reason::LengthMismatch, n,
                               Hj212Codec::tr("the frame ends inside its length field"));
        }
        if (s[i] < '0' || s[i] > '9') {
            return rejectFrame(out, why, Reason::BadLength, i,
                               Hj212Codec::tr("the length \"%1\" is not 4 decimal digits")
                                   .arg(QString::fromLatin1(s + 2, std::min<qsizetype>(4, n - 2))));
        }
        declared = declared * 10 + (s[i] - '0');
    }
    if (declared > kMaxSegment) {
        return rejectFrame(out, why, Reason::TooLong, 2,
                           Hj212Codec::tr("declared data segment of %1 bytes, over the limit of %2")
                               .arg(declared)
                               .arg(kMaxSegment));
    }
    const qsizetype segEnd = kHeaderSize + declared;
    const qsizetype tailAt = segEnd + kCrcSize;
    if (n < tailAt) {
        if (lengthMismatch(frame, declared, why))
            return rejectFrame(out);
        return rejectFrame(
            out, why, Reason::LengthMismatch, n,
            Hj212Codec::tr("the frame ends after %1 bytes; its declared length %2 needs "
                           "%3 with the CRC")
                .arg(n)
                .arg(declared)
                .arg(tailAt));
    }
    unsigned found = 0;
    bool lowerCase = false;
    for (qsizetype i = segEnd; i < tailAt; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0) {
            if (lengthMismatch(frame, declared, why))
                return rejectFrame(out);
            return rejectFrame(out, why, Reason::BadCrc, i,
                               Hj212Codec::tr("the CRC \"%1\" is not 4 hex digits")
                                   .arg(QString::fromUtf8(s + segEnd, kCrcSize)));
        }
        lowerCase = lowerCase || (s[i] >= 'a' && s[i] <= 'f');
        found = (found << 4) | static_cast<unsigned>(h);
    }
    const qsizetype tail = n - tailAt;
    const bool crlf = tail == 2 && s[tailAt] == '\r' && s[tailAt + 1] == '\n';
    const bool lf = tail == 1 && s[tailAt] == '\n';
    if (tail != 0 && !crlf && !lf) {
        if (lengthMismatch(frame, declared, why))
            return rejectFrame(out);
        return rejectFrame(out, why, Reason::BadTail, tailAt,
                           Hj212Codec::tr("%1 bytes after the CRC are not CR LF").arg(tail));
    }
    const QByteArrayView segment(s + kHeaderSize, declared);
    SegmentParser parser(segment, kHeaderSize, out, why, options);
    if (options.checkCrc)
        parser.enableCrc();
    const bool parsed = parser.run();
    // A CRC mismatch outranks what the parser found: the bytes are damaged.
    if (options.checkCrc) {
        const unsigned expected = parser.crc();
        if (expected != found) {
            const QString hint =
                isPossibleCrc(static_cast<std::uint16_t>(found))
                    ? QString()
                    : Hj212Codec::tr(" (not a possible HJ 212 CRC: a Modbus CRC?)");
            return reject(
                why, Reason::BadCrc, segEnd,
                Hj212Codec::tr("CRC mismatch: expected %1, found %2%3")
                    .arg(
                        QString::number(expected, 16).rightJustified(4, QLatin1Char('0')).toUpper(),
                        QString::fromLatin1(s + segEnd, kCrcSize), hint));
        }
    }
    if (!parsed)
        return false;
    if (lowerCase)
        out.warnings.push_back(Warning{segEnd, Hj212Codec::tr("CRC in lower-case hex")});
    if (tail == 0)
        out.warnings.push_back(Warning{tailAt, Hj212Codec::tr("no CR LF after the CRC")});
    else if (lf)
        out.warnings.push_back(Warning{tailAt, Hj212Codec::tr("LF without CR after the CRC")});
    return true;
}

bool parseSegment(QByteArrayView segment, Packet &out, Rejection &why, const ParseOptions &options)
{
    if (segment.size() > kMaxSegment) {
        return rejectFrame(out, why, Reason::TooLong, kMaxSegment,
                           Hj212Codec::tr("data segment of %1 bytes, over the limit of %2")
                               .arg(segment.size())
                               .arg(kMaxSegment));
    }
    return SegmentParser(segment, 0, out, why, options).run();
}

QByteArray frameSegment(QByteArrayView segment)
{
    // Four digits cannot say more; an empty result tells the caller nothing was framed.
    if (segment.size() > 9999)
        return {};
    QByteArray out;
    out.reserve(segment.size() + 12);
    char head[6] = {'#', '#'};
    auto len = static_cast<unsigned>(segment.size());
    for (int i = 5; i >= 2; --i, len /= 10)
        head[i] = static_cast<char>('0' + len % 10);
    out.append(head, 6);
    out.append(segment);
    static constexpr char kHex[] = "0123456789ABCDEF";
    const unsigned crc = crc16(segment);
    const char tail[6] = {kHex[(crc >> 12) & 15],
                          kHex[(crc >> 8) & 15],
                          kHex[(crc >> 4) & 15],
                          kHex[crc & 15],
                          '\r',
                          '\n'};
    out.append(tail, 6);
    return out;
}

} // namespace vocsync::hj212
