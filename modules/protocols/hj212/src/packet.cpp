// Packet helpers and the names of the CP key suffixes (HJ 212-2017 Table 4, 6.3.3).
#include "vocsync/hj212/packet.h"

namespace vocsync::hj212 {

namespace {

constexpr QByteArrayView kPartNames[kPartCount] = {
    "Rtd", "Min", "Avg",  "Max",     "Cou",       "ZsRtd", "ZsMin",   "ZsAvg",    "ZsMax",
    "RS",  "RT",  "Data", "DayData", "NightData", "Ala",   "UpValue", "LowValue",
};

} // namespace

QByteArrayView partName(Part p)
{
    const int i = static_cast<int>(p);
    return i >= 0 && i < kPartCount ? kPartNames[i] : QByteArrayView();
}

std::optional<Part> partFromName(QByteArrayView s)
{
    // Dispatch on the length and the first letter: this runs for every CP key, so no strings.
    // Compared in place: QByteArrayView's operator== is an out-of-line call.
    const auto is = [&s](const char *name) {
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.data()[i] != name[i])
                return false;
        }
        return name[s.size()] == 0;
    };
    switch (s.size()) {
    case 2:
        if (s[0] != 'R')
            return std::nullopt;
        if (s[1] == 'S')
            return Part::RS;
        if (s[1] == 'T')
            return Part::RT;
        return std::nullopt;
    case 3:
        switch (s[0]) {
        case 'R':
            return is("Rtd") ? std::optional(Part::Rtd) : std::nullopt;
        case 'M':
            if (is("Min"))
                return Part::Min;
            return is("Max") ? std::optional(Part::Max) : std::nullopt;
        case 'A':
            if (is("Avg"))
                return Part::Avg;
            return is("Ala") ? std::optional(Part::Ala) : std::nullopt;
        case 'C':
            return is("Cou") ? std::optional(Part::Cou) : std::nullopt;
        default:
            return std::nullopt;
        }
    case 4:
        return is("Data") ? std::optional(Part::Data) : std::nullopt;
    case 5:
        if (s[0] != 'Z' || s[1] != 's')
            return std::nullopt;
        if (is("ZsRtd"))
            return Part::ZsRtd;
        if (is("ZsMin"))
            return Part::ZsMin;
        if (is("ZsAvg"))
            return Part::ZsAvg;
        return is("ZsMax") ? std::optional(Part::ZsMax) : std::nullopt;
    case 7:
        if (is("DayData"))
            return Part::DayData;
        return is("UpValue") ? std::optional(Part::UpValue) : std::nullopt;
    case 8:
        return is("LowValue") ? std::optional(Part::LowValue) : std::nullopt;
    case 9:
        return is("NightData") ? std::optional(Part::NightData) : std::nullopt;
    default:
        return std::nullopt;
    }
}

const Factor *Packet::factor(QByteArrayView code) const
{
    for (const Factor &f : factors) {
        if (f.code.view() == code)
            return &f;
    }
    return nullptr;
}

Factor &Packet::factorRef(QByteArrayView code)
{
    for (Factor &f : factors) {
        if (f.code.view() == code)
            return f;
    }
    Factor &f = factors.emplace_back();
    f.code.assign(code);
    return f;
}

QByteArrayView Packet::field(QByteArrayView key) const
{
    for (const Field &f : fields) {
        if (f.key.view() == key)
            return f.value.isNull() ? QByteArrayView("", 0) : QByteArrayView(f.value);
    }
    return {};
}

void Packet::setField(QByteArrayView key, QByteArrayView value)
{
    for (Field &f : fields) {
        if (f.key.view() == key) {
            f.value = value.toByteArray();
            return;
        }
    }
    Field &f = fields.emplace_back();
    f.key.assign(key);
    f.value = value.toByteArray();
}

void Packet::clear()
{
    qn.clear();
    st.clear();
    cn = -1;
    pw.clear();
    mn.clear();
    flag = -1;
    pnum = 0;
    pno = 0;
    headerFields.clear();
    dataTimeMs = 0;
    factors.clear();
    fields.clear();
    warnings.clear();
}

} // namespace vocsync::hj212
