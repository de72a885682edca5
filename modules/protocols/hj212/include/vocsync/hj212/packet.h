#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace vocsync::hj212 {

/// Protocol generation, from the version bits of Flag (HJ 212-2017 Table 3: bits 2..7,
/// 000000 = HJ/T 212-2005, 000001 = 2017; 000010 = 2025 as implementations encode it).
enum class Version : std::uint8_t { V2005 = 0, V2017 = 1, V2025 = 2 };

/// Flag bits (HJ 212-2017 Table 3): A = an answer is requested, D = PNUM/PNO present.
inline constexpr int kFlagAnswer = 0x01;
inline constexpr int kFlagSubpackets = 0x02;
constexpr int flagFor(Version v, bool answer, bool subpackets = false)
{
    return (static_cast<int>(v) << 2) | (answer ? kFlagAnswer : 0)
           | (subpackets ? kFlagSubpackets : 0);
}
constexpr Version versionOfFlag(int flag)
{
    const int bits = (flag >> 2) & 0x3F;
    return bits >= 2 ? Version::V2025 : bits == 1 ? Version::V2017 : Version::V2005;
}

/// Text of at most N-1 bytes kept inline, so that parsing a packet allocates nothing for its
/// short fields (QN, ST, PW, MN, factor codes). Longer text is a parse error, never truncated.
template<int N>
class InlineText
{
public:
    InlineText() = default;
    InlineText(QByteArrayView v) { assign(v); }
    /// False (and unchanged) when `v` does not fit.
    bool assign(QByteArrayView v)
    {
        if (v.size() >= N)
            return false;
        std::memcpy(m_data, v.data(), static_cast<size_t>(v.size()));
        m_size = static_cast<std::uint8_t>(v.size());
        return true;
    }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    QString toString() const { return QString::fromUtf8(m_data, m_size); }
    QByteArray toByteArray() const { return QByteArray(m_data, m_size); }
    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; }
    void clear() { m_size = 0; }
    static constexpr int capacity() { return N - 1; }
    friend bool operator==(const InlineText &a, const InlineText &b) { return a.view() == b.view(); }
    friend bool operator==(const InlineText &a, QByteArrayView b) { return a.view() == b; }

private:
    char m_data[N] = {};
    std::uint8_t m_size = 0;
};

using FactorCode = InlineText<24>; ///< "a24088", "w01018", "SB1", "xa0101", "B01"

/// What a factor's values are (the key suffix in CP, HJ 212-2017 Table 4 and 6.3.3).
enum class Part : std::uint8_t {
    Rtd, Min, Avg, Max, Cou, ZsRtd, ZsMin, ZsAvg, ZsMax, // numbers
    RS, RT,                                               // facility running state / time
    Data, DayData, NightData,                             // noise
    Ala, UpValue, LowValue,                               // 2005 alarm values
    Count
};
inline constexpr int kPartCount = static_cast<int>(Part::Count);
/// "Rtd", "Min", ... as written after the '-'.
QByteArrayView partName(Part p);
std::optional<Part> partFromName(QByteArrayView suffix);

/// The values one factor (pollutant, process quantity, facility) carries in one CP:
/// numbers by Part, the data flag and extended flag, the sampling time, the SN and the info.
struct Factor
{
    FactorCode code;
    double values[kPartCount] = {};
    std::uint32_t present = 0;          ///< bit per Part
    std::int8_t decimals[kPartCount] = {}; ///< digits after '.' as received (kept for round trips)
    char flag = 0;                      ///< "-Flag" (N F M S D C T B; 2005 also P), 0 when absent
    InlineText<8> eflag;                ///< "-EFlag" (C4), 2017
    std::int64_t sampleTimeMs = 0;      ///< "-SampleTime" as UTC ms, 0 when absent
    InlineText<32> sn;                  ///< "-SN" (instrument id, 24 hex), 2017
    QByteArray info;                    ///< "-Info" (text, may be //log//), 2017

    bool has(Part p) const { return (present >> static_cast<int>(p)) & 1u; }
    double value(Part p) const { return values[static_cast<int>(p)]; }
    void set(Part p, double v, int decimalsOrMinus1 = -1)
    {
        values[static_cast<int>(p)] = v;
        decimals[static_cast<int>(p)] = static_cast<std::int8_t>(decimalsOrMinus1);
        present |= 1u << static_cast<int>(p);
    }
};

/// A CP item that is not a factor value: DataTime, BeginTime, EndTime, SystemTime, QnRtn,
/// ExeRtn, RtdInterval, MinInterval, PolId, InfoId, OverTime, ReCount, NewPW, QN and CN
/// (2005 answers), and any key a device invents (kept, with a warning).
struct Field
{
    InlineText<24> key;
    QByteArray value;
    /// Joined to the previous field by ',' rather than ';' (HJ/T 212-2005 writes
    /// "BeginTime=..,EndTime=.."); kept so that encoding gives the same bytes back.
    bool sameItem = false;
};

/// Something accepted although the standard says otherwise (../shared/hj212.md §13): the
/// meaning stayed unambiguous, so the packet is kept and the deviation reported.
struct Warning
{
    qsizetype offset = 0; ///< byte offset in the frame
    QString message;
};

/// One HJ 212 packet: header fields and decoded CP. Parse into a reused Packet to avoid
/// allocations (clear() keeps capacity). Times are UTC ms; HJ 212 writes station-local time
/// (Beijing, UTC+8, no daylight saving), converted with ParseOptions/EncodeOptions.
struct Packet
{
    InlineText<24> qn;  ///< YYYYMMDDhhmmsszzz; empty when absent (2005 uploads and answers)
    InlineText<4> st;   ///< system code, 2 chars
    int cn = -1;        ///< command code, 4 digits
    InlineText<16> pw;  ///< access password (6 chars in the standard)
    InlineText<32> mn;  ///< device id: 24 hex (2017), 14 chars (2005); others tolerated
    int flag = -1;      ///< -1 when absent (2005 packets may omit it: treated as 0)
    int pnum = 0;       ///< total sub-packets when D is set, else 0 (2005 may send it alone)
    int pno = 0;        ///< 1-based sub-packet number when D is set, else 0
    /// Header fields no standard defines (2025 implementations send "RF=1" on a back-filled
    /// packet), kept in the order received and written just before CP.
    std::vector<Field> headerFields;

    std::int64_t dataTimeMs = 0; ///< CP DataTime as UTC ms, 0 when absent
    std::vector<Factor> factors; ///< in the order received
    std::vector<Field> fields;   ///< other CP items, in the order received
    std::vector<Warning> warnings;

    Version version() const { return versionOfFlag(flag < 0 ? 0 : flag); }
    bool answerRequested() const { return flag >= 0 && (flag & kFlagAnswer); }
    bool isSubpacket() const { return flag >= 0 && (flag & kFlagSubpackets); }

    const Factor *factor(QByteArrayView code) const;
    Factor &factorRef(QByteArrayView code); ///< finds or appends
    /// The value of a CP field, or a null view when absent.
    QByteArrayView field(QByteArrayView key) const;
    void setField(QByteArrayView key, QByteArrayView value); ///< replaces or appends
    void clear();
};

} // namespace vocsync::hj212
