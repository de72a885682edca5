#pragma once

#include "vocsync/hj212/codec.h"

#include "crctable.h"

#include <QCoreApplication>

namespace vocsync::hj212 {

/// Decodes one data segment into a Packet: the header fields, then CP. Offsets in rejections
/// and warnings are frame offsets (`base` is where the segment starts in the frame). Built to
/// allocate nothing for a well-formed packet: it scans the bytes once and keeps texts inline.
class SegmentParser
{
public:
    /// Clears `out` except its factors, whose elements are reused (see newFactor()).
    SegmentParser(QByteArrayView segment, qsizetype base, Packet &out, Rejection &why,
                  const ParseOptions &options);

    /// Parses; `out.factors` then holds exactly the factors decoded (also after a rejection).
    bool run()
    {
        const bool ok = parse();
        m_out.factors.resize(static_cast<size_t>(m_factorCount));
        return ok;
    }

    /// Computes the CRC while parsing: the CRC's chain of table look-ups is latency bound, so
    /// the parser's own work runs beside it instead of after it.
    void enableCrc() { m_crcOn = true; }
    /// The CRC of the whole segment (also after a rejection).
    unsigned crc()
    {
        crcTo(m_n);
        return m_crc;
    }

private:
    struct HeaderSeen
    {
        unsigned mask = 0;
        qsizetype pnoValue = 0;
        qsizetype pnumValue = 0;
        qsizetype mnValue = 0;
    };

    bool parse();
    /// The next factor: an element left by the previous parse when there is one, reset field by
    /// field, because constructing a Factor zeroes 270 bytes with a slow `rep stos`.
    Factor &newFactor();
    bool headerField(QByteArrayView key, qsizetype keyAt, qsizetype valueAt, qsizetype valueEnd,
                     HeaderSeen &seen);
    bool checkHeader(const HeaderSeen &seen, qsizetype cpAt);
    bool parseCp(qsizetype cpAt, qsizetype valueAt);
    bool item(qsizetype keyAt, qsizetype dashAt, qsizetype keyEnd, qsizetype valueAt,
              qsizetype valueEnd);
    bool factorItem(QByteArrayView code, QByteArrayView suffix, qsizetype keyAt, qsizetype valueAt,
                    qsizetype valueEnd);
    bool fieldItem(QByteArrayView key, qsizetype keyAt, qsizetype valueAt, qsizetype valueEnd);
    bool number(QByteArrayView key, qsizetype valueAt, qsizetype valueEnd, double &v,
                int &decimals);

    bool fail(Reason r, qsizetype at, const QString &message);
    void warn(qsizetype at, const QString &message);
    QByteArrayView view(qsizetype from, qsizetype to) const
    {
        return QByteArrayView(m_s + from, to - from);
    }
    QString text(qsizetype from, qsizetype to) const
    {
        return QString::fromUtf8(m_s + from, to - from);
    }

    void crcTo(qsizetype to)
    {
        if (m_crcOn && to > m_crcAt) {
            const auto *u = reinterpret_cast<const unsigned char *>(m_s);
            m_crc = crcUpdate(m_crc, u + m_crcAt, u + to);
            m_crcAt = to;
        }
    }

    const char *m_s;
    qsizetype m_n;
    qsizetype m_base;
    Packet &m_out;
    Rejection &m_why;
    const ParseOptions &m_options;
    bool m_spaceWarned = false;
    bool m_hasDataTime = false;
    static constexpr int kFastFactors = 64;
    /// The codes of m_out.factors packed into integers (0: longer than 8 bytes).
    std::uint64_t m_codeKeys[kFastFactors];
    int m_factorCount = 0;
    char m_sep = 0;
    bool m_crcOn = false;
    unsigned m_crc = 0xFFFF;
    qsizetype m_crcAt = 0; ///< the separator before the current CP item (',' or ';')
};

/// Byte equality without a library call: keys and codes are a few bytes long, and
/// QByteArrayView's operator== goes through an out-of-line compare.
inline bool same(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    const char *x = a.data();
    const char *y = b.data();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}
template <size_t N> inline bool is(QByteArrayView a, const char (&literal)[N])
{
    if (a.size() != static_cast<qsizetype>(N - 1))
        return false;
    for (size_t i = 0; i + 1 < N; ++i) {
        if (a.data()[i] != literal[i])
            return false;
    }
    return true;
}

/// Translation context of the codec's messages (the codec has no QObject).
struct Hj212Codec
{
    Q_DECLARE_TR_FUNCTIONS(Hj212Codec)
};

} // namespace vocsync::hj212
