#pragma once

#include "vocsync/hj212/codec.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace vocsync::hj212 {

/// Cuts a TCP byte stream into HJ 212 frames (../shared/hj212.md §13.4): frames split across
/// reads or several in one read; garbage before "##" is skipped; a bad length, CRC or tail
/// skips past that "##" and resynchronises on the next one. Frames are delimited by their
/// declared length, then CRLF, LF or nothing is accepted; a frame is handed out once the byte
/// after its CRC has arrived (or at finish()), so reads cut anywhere give the same items.
/// Pure: the socket code feeds it.
/// Memory is bounded: at most kMaxFrame + one read are kept.
class StreamFramer
{
public:
    /// What next() found.
    enum class Kind { Frame, Junk };
    struct Item
    {
        Kind kind = Kind::Frame;
        /// The frame with its terminator as received (CR LF, LF or none), ready for
        /// parseFrame(), or the skipped junk.
        QByteArray bytes;
        std::int64_t streamOffset = 0; ///< offset of bytes[0] in the whole stream
        Rejection why;          ///< for Junk: why it was skipped (BadHeader for noise)
    };

    /// `maxFrame`: frames declaring a longer data segment are junk (per-connection limit).
    explicit StreamFramer(int maxSegment = kMaxSegment);

    void append(QByteArrayView bytes);
    /// The next complete frame or junk run; false when more bytes are needed. A frame is only
    /// checked for header, length, CRC and tail here; parseFrame() decodes it.
    bool next(Item &out);
    /// Bytes buffered but not yet returned.
    qsizetype pending() const;
    /// Drops the buffer (connection closed): a partial frame is returned as Junk by next().
    void finish();
    /// The stream went quiet right after a frame's CRC: lets next() hand out that frame
    /// without waiting for the byte after it. For peers that send no terminator and wait for
    /// the answer (../shared/hj212.md §13.3); the connection calls it after a short quiet
    /// time, so the decision depends on time, not on how the bytes were split. A CR LF or LF
    /// arriving right after such a frame is then dropped silently.
    void flushComplete();
    std::int64_t bytesIn() const { return m_bytesIn; }

private:
    QByteArray m_buf;
    qsizetype m_pos = 0;
    std::int64_t m_base = 0; ///< stream offset of m_buf[0]
    std::int64_t m_bytesIn = 0;
    int m_maxSegment;
    bool m_finished = false;
    bool m_quietFlush = false;   ///< flushComplete() since the last append()
    bool m_skipTerminator = false; ///< the last frame was flushed before its terminator
};

} // namespace vocsync::hj212
