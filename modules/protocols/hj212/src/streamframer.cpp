// Cutting a TCP stream into HJ 212 frames (../shared/hj212.md §13.4, as lua-HJ212's
// packet.lua does): find "##", wait for the declared length, check CRC and tail, and on any
// failure skip that "##" and rescan, so one bad frame never hides the next good one.
#include "vocsync/hj212/streamframer.h"
#include "vocsync/hj212/crc.h"

#include "segmentparser.h"

namespace vocsync::hj212 {

namespace {

constexpr qsizetype kHead = 6; // "##" + LLLL
constexpr qsizetype kCrc = 4;

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

} // namespace

StreamFramer::StreamFramer(int maxSegment) : m_maxSegment(std::clamp(maxSegment, 0, 9999)) {}

void StreamFramer::append(QByteArrayView bytes)
{
    // Drop what was handed out already, so the buffer holds at most one frame and one read.
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_base += m_pos;
        m_pos = 0;
    }
    if (m_finished && m_buf.isEmpty())
        m_finished = false;
    m_quietFlush = false;
    m_buf.append(bytes.data(), bytes.size());
    m_bytesIn += bytes.size();
}

qsizetype StreamFramer::pending() const
{
    return m_buf.size() - m_pos;
}

void StreamFramer::finish()
{
    m_finished = true;
}

void StreamFramer::flushComplete()
{
    m_quietFlush = true;
}

bool StreamFramer::next(Item &out)
{
    const char *s = m_buf.constData() + m_pos;
    const qsizetype avail = m_buf.size() - m_pos;
    const auto give = [&](Kind kind, qsizetype size, Reason reason, qsizetype at, QString why) {
        out.kind = kind;
        out.bytes = QByteArray(s, size);
        out.streamOffset = m_base + m_pos;
        out.why = Rejection{reason, at, std::move(why)};
        m_pos += size;
        if (m_pos == m_buf.size() && m_finished) {
            m_buf.clear();
            m_base += m_pos;
            m_pos = 0;
            m_finished = false;
        }
        return true;
    };
    // A bad frame: junk from its "##" to the next "##" (at least one byte skipped).
    const auto junk = [&](Reason reason, qsizetype at, QString why) {
        const qsizetype found = QByteArrayView(s, avail).indexOf(QByteArrayView("##"), 1);
        qsizetype size = found;
        if (found < 0) {
            // Keep a trailing '#': it may be the first half of the next "##".
            size = (!m_finished && s[avail - 1] == '#') ? avail - 1 : avail;
            size = std::max<qsizetype>(size, 1);
        }
        return give(Kind::Junk, size, reason, at, std::move(why));
    };

    if (avail <= 0)
        return false;
    if (m_skipTerminator) {
        // The frame before was flushed on a quiet stream; its late terminator is not junk.
        const qsizetype n = s[0] == '\n' ? 1 : (s[0] == '\r' && avail >= 2 && s[1] == '\n') ? 2 : 0;
        if (n == 0 && s[0] == '\r' && avail == 1 && !m_finished)
            return false;
        m_skipTerminator = false;
        if (n > 0) {
            m_pos += n;
            return next(out);
        }
    }
    // In a run of '#' the frame starts at the last two: "###0101" is noise + "##0101".
    if (s[0] != '#' || (avail >= 2 && s[1] != '#') || (avail >= 3 && s[2] == '#')) {
        qsizetype found = QByteArrayView(s, avail).indexOf(QByteArrayView("##"), 0);
        while (found >= 0 && found + 2 < avail && s[found + 2] == '#')
            ++found;
        qsizetype size = found;
        if (found < 0)
            size = (!m_finished && s[avail - 1] == '#') ? avail - 1 : avail;
        if (size <= 0)
            return false;
        return give(Kind::Junk, size, Reason::BadHeader, 0,
                    Hj212Codec::tr("%1 bytes before \"##\"").arg(size));
    }
    if (avail < kHead) {
        if (!m_finished)
            return false;
        return give(Kind::Junk, avail, Reason::LengthMismatch, avail,
                    Hj212Codec::tr("the stream ended inside a frame header"));
    }
    int declared = 0;
    for (qsizetype i = 2; i < kHead; ++i) {
        if (s[i] < '0' || s[i] > '9') {
            return junk(Reason::BadLength, i,
                        Hj212Codec::tr("the length \"%1\" is not 4 decimal digits")
                            .arg(QString::fromLatin1(s + 2, 4)));
        }
        declared = declared * 10 + (s[i] - '0');
    }
    if (declared > m_maxSegment) {
        return junk(Reason::TooLong, 2,
                    Hj212Codec::tr("declared data segment of %1 bytes, over the limit of %2")
                        .arg(declared)
                        .arg(m_maxSegment));
    }
    const qsizetype crcAt = kHead + declared;
    const qsizetype tailAt = crcAt + kCrc;
    if (avail < tailAt) {
        if (!m_finished)
            return false;
        return give(
            Kind::Junk, avail, Reason::LengthMismatch, avail,
            Hj212Codec::tr("the stream ended %1 bytes into a frame of %2").arg(avail).arg(tailAt));
    }
    unsigned found = 0;
    for (qsizetype i = crcAt; i < tailAt; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0) {
            return junk(Reason::BadCrc, i,
                        Hj212Codec::tr("the CRC \"%1\" is not 4 hex digits (wrong length?)")
                            .arg(QString::fromUtf8(s + crcAt, kCrc)));
        }
        found = (found << 4) | static_cast<unsigned>(h);
    }
    const unsigned expected = crc16(QByteArrayView(s + kHead, declared));
    if (expected != found) {
        return junk(
            Reason::BadCrc, crcAt,
            Hj212Codec::tr("CRC mismatch: expected %1, found %2")
                .arg(QString::number(expected, 16).rightJustified(4, QLatin1Char('0')).toUpper(),
                     QString::fromLatin1(s + crcAt, kCrc)));
    }
    // Frames are delimited by their length; then CR LF, LF or nothing (§13.3). The CRC takes
    // only 256 values, so anything else after it means the length was wrong. The byte after
    // the CRC decides, so a frame is handed out once it is here (its terminator, or the "##"
    // of the next frame) or at finish(): the same frames whatever the reads look like.
    if (avail == tailAt) {
        if (!m_finished && !m_quietFlush)
            return false;
        m_skipTerminator = !m_finished;
        return give(Kind::Frame, tailAt, Reason::BadHeader, 0, QString());
    }
    const char t = s[tailAt];
    if (t == '\n')
        return give(Kind::Frame, tailAt + 1, Reason::BadHeader, 0, QString());
    if (t == '#')
        return give(Kind::Frame, tailAt, Reason::BadHeader, 0, QString());
    if (t == '\r' && avail == tailAt + 1) {
        if (!m_finished)
            return false;
        // The stream closed after a lone CR: the frame, then the CR as junk.
        return give(Kind::Frame, tailAt, Reason::BadHeader, 0, QString());
    }
    if (t == '\r' && s[tailAt + 1] == '\n')
        return give(Kind::Frame, tailAt + 2, Reason::BadHeader, 0, QString());
    return junk(Reason::BadTail, tailAt,
                Hj212Codec::tr("bytes after the CRC are not CR LF (wrong length?)"));
}

} // namespace vocsync::hj212
