#pragma once

// The body of the HJ 212 fuzz target, shared by tests/fuzz/fuzz_hj212.cpp (libFuzzer, clang)
// and tests/hj212/tst_fuzzcorpus.cpp (the CI replay of the corpus, gcc). Any input must be
// accepted or rejected with a reason and an offset inside the input, never crash, hang or leak
// (the sanitizers check that); and these properties must hold:
// - an accepted packet re-encodes (encodeFrame) to a frame that parses to an equal packet, and
//   encoding that packet again gives the same bytes (the codec is its own inverse);
// - parseFrame without the CRC check accepts what it accepts with it, with an equal packet;
// - parseSegment(s) and parseFrame(frameSegment(s)) agree;
// - toJson gives a valid JSON object, also for a partly decoded (rejected) packet;
// - StreamFramer returns slices of the stream in order, stays within its memory bound, and
//   finds the same frames whatever the read sizes; its frames pass parseFrame's framing checks,
//   also when the stream pauses (flushComplete());
// - Reassembler holds no more than it was fed and nothing past its timeout;
// - parseTime/formatTime round trip.
// run() returns an empty text when all hold, else what failed.

#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/reassembler.h"
#include "vocsync/hj212/streamframer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace hj212fuzz {

namespace hj = vocsync::hj212;

inline QByteArray fieldsDifference(const QByteArray &what, const std::vector<hj::Field> &a,
                                   const std::vector<hj::Field> &b)
{
    if (a.size() != b.size())
        return what + " count: " + QByteArray::number(qsizetype(a.size())) +
               " != " + QByteArray::number(qsizetype(b.size()));
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].key.view() != b[i].key.view() || a[i].value != b[i].value)
            return what + ": '" + a[i].key.toByteArray() + "=" + a[i].value + "' != '" +
                   b[i].key.toByteArray() + "=" + b[i].value + "'";
    }
    return {};
}

/// "what: a != b" for the first difference between two packets, or empty when they are equal.
/// Warnings are not compared: re-encoding repairs what they report.
inline QByteArray packetDifference(const hj::Packet &a, const hj::Packet &b)
{
    auto num = [](const QByteArray &what, long long x, long long y) -> QByteArray {
        return what + ": " + QByteArray::number(x) + " != " + QByteArray::number(y);
    };
    auto text = [](const QByteArray &what, QByteArrayView x, QByteArrayView y) -> QByteArray {
        return what + ": '" + x.toByteArray() + "' != '" + y.toByteArray() + "'";
    };
    if (a.qn.view() != b.qn.view())
        return text("QN", a.qn.view(), b.qn.view());
    if (a.st.view() != b.st.view())
        return text("ST", a.st.view(), b.st.view());
    if (a.pw.view() != b.pw.view())
        return text("PW", a.pw.view(), b.pw.view());
    if (a.mn.view() != b.mn.view())
        return text("MN", a.mn.view(), b.mn.view());
    if (a.cn != b.cn)
        return num("CN", a.cn, b.cn);
    if (a.flag != b.flag)
        return num("Flag", a.flag, b.flag);
    if (a.pnum != b.pnum)
        return num("PNUM", a.pnum, b.pnum);
    if (a.pno != b.pno)
        return num("PNO", a.pno, b.pno);
    if (a.dataTimeMs != b.dataTimeMs)
        return num("DataTime ms", a.dataTimeMs, b.dataTimeMs);
    if (a.factors.size() != b.factors.size())
        return num("factor count", static_cast<long long>(a.factors.size()),
                   static_cast<long long>(b.factors.size()));
    for (std::size_t i = 0; i < a.factors.size(); ++i) {
        const hj::Factor &x = a.factors[i];
        const hj::Factor &y = b.factors[i];
        const QByteArray code = "factor " + x.code.toByteArray();
        if (x.code.view() != y.code.view())
            return text("factor code", x.code.view(), y.code.view());
        if (x.present != y.present)
            return num(code + " parts", x.present, y.present);
        for (int p = 0; p < hj::kPartCount; ++p) {
            if (!x.has(static_cast<hj::Part>(p)))
                continue;
            const QByteArray part =
                code + "-" + hj::partName(static_cast<hj::Part>(p)).toByteArray();
            const double vx = x.values[p];
            const double vy = y.values[p];
            const bool same =
                (std::isnan(vx) && std::isnan(vy)) || std::memcmp(&vx, &vy, sizeof vx) == 0;
            if (!same)
                return part + ": " + QByteArray::number(vx, 'g', 17) +
                       " != " + QByteArray::number(vy, 'g', 17);
            if (x.decimals[p] != y.decimals[p])
                return num(part + " decimals", x.decimals[p], y.decimals[p]);
        }
        if (x.flag != y.flag)
            return num(code + "-Flag", x.flag, y.flag);
        if (x.eflag.view() != y.eflag.view())
            return text(code + "-EFlag", x.eflag.view(), y.eflag.view());
        if (x.sampleTimeMs != y.sampleTimeMs)
            return num(code + "-SampleTime ms", x.sampleTimeMs, y.sampleTimeMs);
        if (x.sn.view() != y.sn.view())
            return text(code + "-SN", x.sn.view(), y.sn.view());
        if (x.info != y.info)
            return text(code + "-Info", x.info, y.info);
    }
    if (QByteArray d = fieldsDifference("header field", a.headerFields, b.headerFields);
        !d.isEmpty())
        return d;
    return fieldsDifference("CP field", a.fields, b.fields);
}

/// Empty when `json` is one valid JSON object.
inline QByteArray jsonProblem(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return "toJson gives invalid JSON (" + error.errorString().toUtf8() + " at " +
               QByteArray::number(error.offset) + "): " + json.left(300);
    if (!doc.isObject())
        return "toJson gives no JSON object: " + json.left(300);
    return {};
}

/// A rejection must name a reason with a key, a message and an offset inside the input.
inline QByteArray rejectionProblem(const hj::Rejection &why, qsizetype inputSize, const char *where)
{
    if (why.offset < 0 || why.offset > inputSize)
        return QByteArray(where) + ": rejection offset " + QByteArray::number(why.offset) +
               " outside the input of " + QByteArray::number(inputSize) + " bytes (" +
               why.message.toUtf8() + ")";
    if (why.message.isEmpty() || hj::reasonKey(why.reason).isEmpty())
        return QByteArray(where) + ": rejection without message or reason key";
    return {};
}

/// An accepted packet: encodeFrame must succeed (the parser enforced the same limits), the frame
/// must parse to an equal packet, and encoding that packet must give the same bytes.
inline QByteArray roundTripProblem(const hj::Packet &p, const char *where)
{
    if (QByteArray j = jsonProblem(hj::toJson(p)); !j.isEmpty())
        return QByteArray(where) + ": " + j;
    const vocsync::Result<QByteArray> frame = hj::encodeFrame(p);
    if (!frame)
        return QByteArray(where) +
               ": accepted packet does not encode: " + frame.error().toString().toUtf8() +
               "; segment: " + hj::encodeSegment(p);
    hj::Packet again;
    hj::Rejection why;
    if (!hj::parseFrame(*frame, again, why))
        return QByteArray(where) + ": re-encoded frame rejected at " +
               QByteArray::number(why.offset) + " (" + why.message.toUtf8() + "): " + *frame;
    if (QByteArray d = packetDifference(p, again); !d.isEmpty())
        return QByteArray(where) + ": packet changed by encode + parse: " + d +
               "; frame: " + *frame;
    const vocsync::Result<QByteArray> frame2 = hj::encodeFrame(again);
    if (!frame2 || *frame2 != *frame)
        return QByteArray(where) + ": encoding is not stable: " + *frame + " then " +
               (frame2 ? *frame2 : frame2.error().toString().toUtf8());
    return {};
}

/// Parses `input` as a frame with the CRC checked and not, checking the properties above.
/// `accepted` tells whether the CRC-checked parse accepted it.
inline QByteArray checkFrame(QByteArrayView input, hj::Packet &p, bool *accepted = nullptr)
{
    hj::Rejection why;
    const bool ok = hj::parseFrame(input, p, why);
    if (accepted)
        *accepted = ok;
    if (!ok) {
        if (QByteArray r = rejectionProblem(why, input.size(), "parseFrame"); !r.isEmpty())
            return r;
        // A partly decoded packet must still print.
        if (QByteArray j = jsonProblem(hj::toJson(p)); !j.isEmpty())
            return "partly decoded packet: " + j;
    } else if (QByteArray r = roundTripProblem(p, "parseFrame"); !r.isEmpty()) {
        return r;
    }
    hj::Packet q;
    hj::ParseOptions noCrc;
    noCrc.checkCrc = false;
    const bool okNoCrc = hj::parseFrame(input, q, why, noCrc);
    if (!okNoCrc) {
        if (ok)
            return "parseFrame without CRC check rejects what it accepts with it: " +
                   why.message.toUtf8();
        return rejectionProblem(why, input.size(), "parseFrame without CRC check");
    }
    if (ok) {
        if (QByteArray d = packetDifference(p, q); !d.isEmpty())
            return "parseFrame with and without CRC check differ: " + d;
        return {};
    }
    return roundTripProblem(q, "parseFrame without CRC check");
}

/// parseSegment on the input, and the same segment framed by frameSegment through parseFrame.
inline QByteArray checkSegment(QByteArrayView input)
{
    hj::Packet p;
    hj::Rejection why;
    const bool ok = hj::parseSegment(input, p, why);
    if (!ok) {
        if (QByteArray r = rejectionProblem(why, input.size(), "parseSegment"); !r.isEmpty())
            return r;
    } else if (QByteArray r = roundTripProblem(p, "parseSegment"); !r.isEmpty()) {
        return r;
    }
    if (input.size() > hj::kMaxSegment)
        return {};
    const QByteArray frame = hj::frameSegment(input);
    hj::Packet q;
    hj::Rejection whyFrame;
    const bool okFrame = hj::parseFrame(frame, q, whyFrame);
    if (ok != okFrame)
        return QByteArray("parseSegment ") + (ok ? "accepts" : "rejects") + " but parseFrame " +
               (okFrame ? "accepts" : "rejects") + " the framed segment (" +
               (ok ? whyFrame.message : why.message).toUtf8() + ")";
    if (ok) {
        if (QByteArray d = packetDifference(p, q); !d.isEmpty())
            return "parseSegment and parseFrame of the framed segment differ: " + d;
    } else if (why.reason != whyFrame.reason) {
        return "parseSegment and parseFrame of the framed segment reject for different reasons: " +
               hj::reasonKey(why.reason).toUtf8() + " / " + hj::reasonKey(whyFrame.reason).toUtf8();
    }
    return {};
}

/// A small deterministic generator seeded from the input, for the read sizes.
class ChunkSizes
{
public:
    explicit ChunkSizes(QByteArrayView input)
    {
        for (char c : input)
            m_state = (m_state ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        if (m_state == 0)
            m_state = 1;
    }
    qsizetype next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        // Mostly small reads (a frame split many times), sometimes a large one.
        return (m_state & 7) == 0 ? 1 + static_cast<qsizetype>((m_state >> 8) % 1500)
                                  : 1 + static_cast<qsizetype>((m_state >> 8) % 40);
    }
    /// The stream goes quiet after this read (one read in four).
    bool quiet() { return ((m_state >> 40) & 3) == 0; }

private:
    std::uint64_t m_state = 14695981039346656037ULL;
};

struct FramedItem
{
    std::int64_t offset;
    QByteArray bytes;
};

/// Feeds `input` to a StreamFramer in reads of `sizes` (or at once), checking its invariants;
/// collects the frames. With `quietFlushes`, some reads are followed by a quiet stream
/// (flushComplete(), as the server calls it for peers that send no terminator).
inline QByteArray runFramer(QByteArrayView input, ChunkSizes *sizes,
                            std::vector<FramedItem> &frames, bool quietFlushes = false)
{
    hj::StreamFramer framer;
    hj::StreamFramer::Item item;
    std::int64_t end = 0; // stream offset just past the last item returned
    qsizetype fed = 0;
    auto drain = [&]() -> QByteArray {
        while (framer.next(item)) {
            const qsizetype at = static_cast<qsizetype>(item.streamOffset);
            if (item.streamOffset < end || at + item.bytes.size() > fed)
                return "StreamFramer item at " + QByteArray::number(item.streamOffset) + " (+" +
                       QByteArray::number(item.bytes.size()) + ") overlaps or is beyond " +
                       QByteArray::number(end) + ".." + QByteArray::number(fed);
            if (input.sliced(at, item.bytes.size()) != item.bytes)
                return "StreamFramer item at " + QByteArray::number(at) +
                       " is not a slice of the stream";
            if (item.bytes.isEmpty())
                return "StreamFramer returned an empty item";
            end = item.streamOffset + item.bytes.size();
            if (item.kind == hj::StreamFramer::Kind::Junk)
                continue;
            if (item.bytes.size() > hj::kMaxFrame)
                return "StreamFramer frame longer than kMaxFrame";
            frames.push_back({item.streamOffset, item.bytes});
        }
        return {};
    };
    while (fed < input.size()) {
        const qsizetype n = sizes ? std::min(sizes->next(), input.size() - fed) : input.size();
        framer.append(input.sliced(fed, n));
        fed += n;
        if (QByteArray d = drain(); !d.isEmpty())
            return d;
        if (quietFlushes && sizes && sizes->quiet()) {
            framer.flushComplete();
            if (QByteArray d = drain(); !d.isEmpty())
                return d;
        }
        if (framer.pending() > hj::kMaxFrame + n)
            return "StreamFramer keeps " + QByteArray::number(framer.pending()) +
                   " bytes after a read of " + QByteArray::number(n);
    }
    framer.finish();
    if (QByteArray d = drain(); !d.isEmpty())
        return d;
    if (framer.pending() != 0)
        return "StreamFramer keeps bytes after finish()";
    if (framer.bytesIn() != input.size())
        return "StreamFramer bytesIn() " + QByteArray::number(framer.bytesIn()) +
               " != " + QByteArray::number(input.size());
    return {};
}

inline QByteArray checkStream(QByteArrayView input)
{
    std::vector<FramedItem> chunked;
    std::vector<FramedItem> whole;
    ChunkSizes sizes(input);
    if (QByteArray d = runFramer(input, &sizes, chunked); !d.isEmpty())
        return d;
    if (QByteArray d = runFramer(input, nullptr, whole); !d.isEmpty())
        return d;
    if (chunked.size() != whole.size())
        return "StreamFramer finds " + QByteArray::number(qsizetype(chunked.size())) +
               " frames in small reads, " + QByteArray::number(qsizetype(whole.size())) +
               " in one read";
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (chunked[i].offset != whole[i].offset || chunked[i].bytes != whole[i].bytes)
            return "StreamFramer frame " + QByteArray::number(qsizetype(i)) +
                   " differs between small reads and one read (at " +
                   QByteArray::number(chunked[i].offset) + " / " +
                   QByteArray::number(whole[i].offset) + ", " +
                   QByteArray::number(chunked[i].bytes.size()) + " / " +
                   QByteArray::number(whole[i].bytes.size()) + " bytes, ending " +
                   chunked[i].bytes.right(6).toHex() + " / " + whole[i].bytes.right(6).toHex() +
                   ")";
    }
    // With quiet times the frames may differ (a frame followed by garbage is handed out when
    // the stream pauses after it), but the invariants hold and every frame is well framed.
    std::vector<FramedItem> quiet;
    ChunkSizes quietSizes(input);
    if (QByteArray d = runFramer(input, &quietSizes, quiet, true); !d.isEmpty())
        return "with quiet times: " + d;
    whole.insert(whole.end(), quiet.begin(), quiet.end());
    // The framer checked header, length, CRC and tail: parseFrame may only reject the content.
    hj::Packet p;
    hj::Rejection why;
    for (const FramedItem &f : whole) {
        if (hj::parseFrame(f.bytes, p, why))
            continue;
        switch (why.reason) {
        case hj::Reason::BadHeader:
        case hj::Reason::BadLength:
        case hj::Reason::LengthMismatch:
        case hj::Reason::BadCrc:
        case hj::Reason::BadTail:
            return "StreamFramer passed a frame that parseFrame rejects for its framing (" +
                   hj::reasonKey(why.reason).toUtf8() + ": " + why.message.toUtf8() +
                   "): " + f.bytes.left(200);
        default:
            break;
        }
    }
    return {};
}

/// Every line of the input parsed on its own, the accepted packets fed to a Reassembler one
/// second apart.
inline QByteArray checkLines(QByteArrayView input)
{
    hj::Reassembler reassembler(60'000);
    hj::Packet p;
    std::int64_t now = 1'000'000;
    int fed = 0;
    qsizetype start = 0;
    while (start < input.size() && fed < 64) {
        qsizetype eol = input.indexOf('\n', start);
        if (eol < 0)
            eol = input.size();
        QByteArrayView line = input.sliced(start, eol - start);
        start = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        bool accepted = false;
        if (QByteArray d = checkFrame(line, p, &accepted); !d.isEmpty())
            return "line: " + d;
        if (!accepted)
            continue;
        ++fed;
        now += 1000;
        const bool part = p.isSubpacket() && p.pnum >= 1 && p.pno >= 1 && p.pno <= p.pnum;
        std::optional<hj::Packet> whole = reassembler.add(p, now);
        if (!whole) {
            if (!part)
                return "Reassembler kept a packet that is not a sub-packet";
            continue;
        }
        // A joined set has bit D and PNUM/PNO cleared; anything else comes back as it was.
        if (part && (whole->isSubpacket() || whole->pnum != 0 || whole->pno != 0))
            return "Reassembler returned a joined packet that still has D or PNUM/PNO";
        if (!part) {
            if (QByteArray d = packetDifference(p, *whole); !d.isEmpty())
                return "Reassembler changed a packet that is not a sub-packet: " + d;
        }
        if (QByteArray j = jsonProblem(hj::toJson(*whole)); !j.isEmpty())
            return "reassembled packet: " + j;
        (void)hj::encodeSegment(*whole);
    }
    if (reassembler.openSets() > fed || reassembler.storedParts() > fed)
        return "Reassembler holds more sets or parts than parts fed";
    (void)reassembler.expire(now + 61'000);
    if (reassembler.openSets() != 0 || reassembler.storedParts() != 0)
        return "Reassembler keeps a set past its timeout";
    return {};
}

/// parseTime on the first 14 and 17 bytes: what it accepts, formatTime writes back the same.
inline QByteArray checkTimes(QByteArrayView input)
{
    for (const qsizetype n : {qsizetype(14), qsizetype(17)}) {
        if (input.size() < n)
            break;
        const QByteArrayView text = input.first(n);
        std::int64_t ms = 0;
        if (!hj::parseTime(text, ms))
            continue;
        const QByteArray back = n == 14 ? hj::formatTime(ms) : hj::formatQnTime(ms);
        if (back != text)
            return "parseTime/formatTime round trip: " + text.toByteArray() + " -> " +
                   QByteArray::number(ms) + " -> " + back;
    }
    return {};
}

/// The whole fuzz body: empty when every property held.
inline QByteArray run(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    hj::Packet p;
    if (QByteArray d = checkFrame(input, p); !d.isEmpty())
        return d;
    if (QByteArray d = checkSegment(input); !d.isEmpty())
        return d;
    if (QByteArray d = checkStream(input); !d.isEmpty())
        return d;
    if (QByteArray d = checkLines(input); !d.isEmpty())
        return d;
    return checkTimes(input);
}

} // namespace hj212fuzz
