#pragma once

#include "vocsync/core/result.h"
#include "vocsync/hj212/packet.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace vocsync::hj212 {

/// Sizes from HJ 212-2017 6.3.1 Table 2 and 6.3.2 Table 3 (2005: CP up to 960).
inline constexpr int kMaxSegment = 1024;                      ///< data segment bytes
inline constexpr int kMaxFrame = 2 + 4 + kMaxSegment + 4 + 2; ///< ## LLLL segment CCCC CRLF
inline constexpr int kMaxCp2017 = 950;                        ///< "CP=&&...&&"
inline constexpr int kMaxCp2005 = 960;
/// HJ 212 writes local time; China has one zone without daylight saving.
inline constexpr int kBeijingOffsetS = 8 * 3600;

/// Why a packet was rejected. Every rejection names the byte offset in the frame where the
/// check failed.
enum class Reason : std::uint8_t {
    BadHeader,      ///< no "##" at the start
    BadLength,      ///< the 4 length characters are not decimal digits
    TooLong,        ///< declared or actual data segment over 1024 bytes, or CP over its limit
    LengthMismatch, ///< the frame does not hold the declared length + CRC (+ terminator)
    BadCrc,         ///< CRC characters are not hex, or the CRC differs (expected/found given)
    BadTail,        ///< something other than CRLF, LF or nothing after the CRC
    MissingField,   ///< QN/ST/CN/PW/MN/CP (as the version requires), PNUM/PNO with D set
    DuplicateField, ///< a header field or CP key given twice
    BadField,       ///< a header field with a bad value (CN not 4 digits, Flag not 0..255...)
    BadTime,        ///< QN, DataTime, BeginTime, ... not a valid time
    BadCp,          ///< CP not delimited by "&&", or an item without '='
    BadFactor,      ///< a factor key or value with bad syntax ("a24088-Rtd=1.2.3", "-Rtd=1")
};
/// "bad_header", "bad_length", "too_long", "length_mismatch", "bad_crc", "bad_tail",
/// "missing_field", "duplicate_field", "bad_field", "bad_time", "bad_cp", "bad_factor".
QString reasonKey(Reason r);

struct Rejection
{
    Reason reason = Reason::BadHeader;
    qsizetype offset = 0; ///< byte offset in the frame (0 = the first '#')
    QString message;      ///< human-readable, names the field and the bad value
};

struct ParseOptions
{
    int utcOffsetS = kBeijingOffsetS; ///< the zone the peer writes its times in
    bool checkCrc = true;             ///< false only for tools that show a damaged frame
};

/// Parses one frame "##LLLL<segment>CCCC[\r\n]" into `out` (cleared first; capacity kept).
/// Returns false and fills `why` on rejection; `out` then holds what was decoded so far.
/// Tolerated with a Warning (hj212.md §13, §15): lower-case CRC hex, LF or no terminator,
/// a trailing ';' before "&&", DataTime with milliseconds, MN not 24 hex, fields in any
/// order, missing Flag (2005), zero-padded PNUM/PNO, spaces around CP items, keys without a
/// factor suffix (kept as fields).
bool parseFrame(QByteArrayView frame, Packet &out, Rejection &why,
                const ParseOptions &options = {});
/// Parses a data segment alone (no header, length, CRC or tail), e.g. a log line.
bool parseSegment(QByteArrayView segment, Packet &out, Rejection &why,
                  const ParseOptions &options = {});

struct EncodeOptions
{
    int utcOffsetS = kBeijingOffsetS;
};

/// The data segment of `p`: "QN=..;ST=..;CN=..;PW=..;MN=..;Flag=..;[PNUM=..;PNO=..;]CP=&&..&&"
/// in the order of HJ 212-2017 Table 3; empty header fields are left out (2005 answers).
/// Numbers are written with the decimals they were set with (shortest exact form when -1).
QByteArray encodeSegment(const Packet &p, const EncodeOptions &options = {});
/// A complete frame: "##" + length + segment + CRC (upper-case hex) + "\r\n".
/// Fails when the segment would exceed 1024 bytes or the CP its limit (use split()).
Result<QByteArray> encodeFrame(const Packet &p, const EncodeOptions &options = {});
/// Frames a ready data segment (for `vocsync-cli hj212 send` of hand-written segments).
QByteArray frameSegment(QByteArrayView segment);

/// Splits a packet whose CP is too long into sub-packets at item boundaries (HJ 212-2017
/// C.47-C.50): D set, PNUM/PNO, DataTime repeated, each with its own QN from `nextQn`
/// (the standard gives each sub-packet its own QN). A packet that fits is returned alone.
QList<Packet> split(const Packet &p, const std::function<QByteArray()> &nextQn,
                    const EncodeOptions &options = {});

/// HJ 212 time text (N14 "YYYYMMDDhhmmss", QN adds "zzz") <-> UTC ms in the given zone.
/// Accepts 14 or 17 digits; returns false for anything else or an impossible date.
bool parseTime(QByteArrayView text, std::int64_t &utcMs, int utcOffsetS = kBeijingOffsetS);
QByteArray formatTime(std::int64_t utcMs, int utcOffsetS = kBeijingOffsetS);   ///< 14 digits
QByteArray formatQnTime(std::int64_t utcMs, int utcOffsetS = kBeijingOffsetS); ///< 17 digits

/// The packet as one JSON object (the `vocsync-cli hj212 parse` line): header fields,
/// version, flag bits, DataTime as text and UTC ms, factors with their parts, flags and
/// times, other fields, warnings.
QByteArray toJson(const Packet &p, const ParseOptions &options = {});

} // namespace vocsync::hj212
