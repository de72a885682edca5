// The values of CP items (HJ 212-2017 6.3.3 Table 4, 6.4): factor keys "code-Suffix" with
// numbers, data flags, times, ids and log text; other keys as fields; strict number syntax.
#include "segmentparser.h"

#include <charconv>

namespace vocsync::hj212 {

namespace {

// Exact powers of ten: an integer mantissa below 2^53 divided by one of these is correctly
// rounded (the classic fast path of decimal-to-double conversion).
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// CP keys that are not factor values, from HJ 212-2017 Table 4 / 6.6 and HJ/T 212-2005.
bool isKnownField(QByteArrayView k)
{
    static constexpr QByteArrayView kKnown[] = {
        "BeginTime",    "EndTime",     "SystemTime",   "RestartTime", "QnRtn",     "ExeRtn",
        "RtdInterval",  "MinInterval", "PolId",        "PolID",       "InfoId",    "OverTime",
        "ReCount",      "NewPW",       "QN",           "CN",          "PW",        "PNO",
        "PNUM",         "VaseNo",      "CstartTime",   "Ctime",       "CTime",     "Stime",
        "WarnTime",     "AlarmTarget", "ReportTarget", "ReportTime",  "AlarmTime", "AlarmType",
        "SKCreateTime", "NewSK"};
    for (QByteArrayView known : kKnown) {
        if (same(k, known))
            return true;
    }
    return false;
}

bool isTimeField(QByteArrayView k)
{
    return is(k, "BeginTime") || is(k, "EndTime") || is(k, "SystemTime") || is(k, "RestartTime") ||
           is(k, "AlarmTime");
}

bool isKnownFlag(char c)
{
    switch (c) {
    case 'N':
    case 'F':
    case 'M':
    case 'S':
    case 'D':
    case 'C':
    case 'T':
    case 'B':
    case 'P':
    case '0':
    case '1':
    case '2':
    case '3':
        return true;
    default:
        return false;
    }
}

} // namespace

bool SegmentParser::factorItem(QByteArrayView code, QByteArrayView suffix, qsizetype keyAt,
                               qsizetype valueAt, qsizetype valueEnd)
{
    const qsizetype keyEnd = keyAt + code.size() + 1 + suffix.size();
    if (code.isEmpty() || code.size() > FactorCode::capacity() || suffix.isEmpty()) {
        return fail(Reason::BadFactor, keyAt,
                    Hj212Codec::tr("bad factor key \"%1\"").arg(text(keyAt, keyEnd)));
    }
    const QByteArrayView value = view(valueAt, valueEnd);
    const std::optional<Part> part = partFromName(suffix);
    enum { Number, Flag, EFlag, SampleTime, Sn, Info, Unknown } kind = Number;
    if (!part) {
        if (is(suffix, "Flag"))
            kind = Flag;
        else if (is(suffix, "EFlag"))
            kind = EFlag;
        else if (is(suffix, "SampleTime"))
            kind = SampleTime;
        else if (is(suffix, "SN"))
            kind = Sn;
        else if (is(suffix, "Info"))
            kind = Info;
        else
            kind = Unknown;
    }
    if (kind == Unknown) {
        warn(keyAt, Hj212Codec::tr("unknown factor suffix in \"%1\": kept as a field")
                        .arg(text(keyAt, keyEnd)));
        return fieldItem(view(keyAt, keyEnd), keyAt, valueAt, valueEnd);
    }

    // Codes of up to 7 bytes are compared as one integer; items of one factor are adjacent
    // ("w01001-Rtd=7.1,w01001-Flag=N"), so the search starts at the last factor.
    std::uint64_t key = 0;
    if (code.size() <= 7) {
        for (qsizetype i = code.size() - 1; i >= 0; --i)
            key = (key << 8) | static_cast<unsigned char>(code.data()[i]);
        key |= static_cast<std::uint64_t>(code.size()) << 60;
    }
    Factor *f = nullptr;
    const int count = m_factorCount;
    if (key != 0 && count <= kFastFactors) {
        for (int i = count - 1; i >= 0; --i) {
            if (m_codeKeys[i] == key) {
                f = &m_out.factors[static_cast<size_t>(i)];
                break;
            }
        }
    } else {
        for (int i = count - 1; i >= 0; --i) {
            if (same(m_out.factors[static_cast<size_t>(i)].code.view(), code)) {
                f = &m_out.factors[static_cast<size_t>(i)];
                break;
            }
        }
    }
    if (!f) {
        if (count < kFastFactors)
            m_codeKeys[count] = key;
        f = &newFactor();
        f->code.assign(code);
    }
    const auto duplicate = [&] {
        return fail(Reason::DuplicateField, keyAt,
                    Hj212Codec::tr("%1 given twice").arg(text(keyAt, keyEnd)));
    };
    const auto badValue = [&](qsizetype at, const QString &what) {
        return fail(Reason::BadFactor, at, what.arg(text(keyAt, keyEnd), text(valueAt, valueEnd)));
    };
    switch (kind) {
    case Number: {
        if (f->has(*part))
            return duplicate();
        double v = 0;
        int decimals = 0;
        if (!number(view(keyAt, keyEnd), valueAt, valueEnd, v, decimals))
            return false;
        f->set(*part, v, decimals);
        return true;
    }
    case Flag:
        if (f->flag != 0)
            return duplicate();
        if (value.size() != 1 ||
            !((value[0] >= 'A' && value[0] <= 'Z') || (value[0] >= '0' && value[0] <= '9')))
            return badValue(valueAt, Hj212Codec::tr("%1: \"%2\" is not a data flag"));
        if (!isKnownFlag(value[0]))
            warn(valueAt, Hj212Codec::tr("%1: data flag \"%2\" is not in HJ 212")
                              .arg(text(keyAt, keyEnd), text(valueAt, valueEnd)));
        f->flag = value[0];
        return true;
    case EFlag:
        if (!f->eflag.isEmpty())
            return duplicate();
        if (value.isEmpty() || !f->eflag.assign(value))
            return badValue(valueAt, Hj212Codec::tr("%1: \"%2\" is not an extended flag (C4)"));
        return true;
    case SampleTime: {
        if (f->sampleTimeMs != 0)
            return duplicate();
        std::int64_t t = 0;
        if (!parseTime(value, t, m_options.utcOffsetS)) {
            return fail(Reason::BadTime, valueAt,
                        Hj212Codec::tr("%1: \"%2\" is not a time YYYYMMDDhhmmss")
                            .arg(text(keyAt, keyEnd), text(valueAt, valueEnd)));
        }
        if (value.size() == 17)
            warn(valueAt, Hj212Codec::tr("%1 with milliseconds").arg(text(keyAt, keyEnd)));
        f->sampleTimeMs = t;
        return true;
    }
    case Sn:
        if (!f->sn.isEmpty())
            return duplicate();
        if (value.isEmpty() || !f->sn.assign(value))
            return badValue(valueAt, Hj212Codec::tr("%1: \"%2\" is not an instrument id"));
        return true;
    case Info:
        if (!f->info.isNull())
            return duplicate();
        f->info = value.isEmpty() ? QByteArray("") : value.toByteArray();
        return true;
    case Unknown:
        break;
    }
    return true;
}

bool SegmentParser::fieldItem(QByteArrayView key, qsizetype keyAt, qsizetype valueAt,
                              qsizetype valueEnd)
{
    const QByteArrayView value = view(valueAt, valueEnd);
    if (is(key, "DataTime")) {
        if (m_hasDataTime) {
            return fail(Reason::DuplicateField, keyAt, Hj212Codec::tr("DataTime given twice"));
        }
        std::int64_t t = 0;
        if ((value.size() != 14 && value.size() != 17) ||
            !parseTime(value, t, m_options.utcOffsetS)) {
            return fail(Reason::BadTime, valueAt,
                        Hj212Codec::tr("DataTime \"%1\" is not a time YYYYMMDDhhmmss")
                            .arg(text(valueAt, valueEnd)));
        }
        if (value.size() == 17)
            warn(valueAt, Hj212Codec::tr("DataTime with milliseconds"));
        m_out.dataTimeMs = t;
        m_hasDataTime = true;
        return true;
    }
    if (key.size() > FactorCode::capacity())
        return fail(
            Reason::BadCp, keyAt,
            Hj212Codec::tr("CP key \"%1\" is too long").arg(text(keyAt, keyAt + key.size())));
    for (const Field &f : m_out.fields) {
        if (same(f.key.view(), key)) {
            return fail(Reason::DuplicateField, keyAt,
                        Hj212Codec::tr("%1 given twice").arg(text(keyAt, keyAt + key.size())));
        }
    }
    if (isTimeField(key)) {
        std::int64_t t = 0;
        if (value.size() != 14 || !parseTime(value, t, m_options.utcOffsetS)) {
            return fail(Reason::BadTime, valueAt,
                        Hj212Codec::tr("%1 \"%2\" is not a time YYYYMMDDhhmmss")
                            .arg(text(keyAt, keyAt + key.size()), text(valueAt, valueEnd)));
        }
    } else if (!isKnownField(key)) {
        warn(keyAt, Hj212Codec::tr("CP key \"%1\" has no factor suffix: kept as a field")
                        .arg(text(keyAt, keyAt + key.size())));
    }
    Field &f = m_out.fields.emplace_back();
    f.key.assign(key);
    f.value = value.isEmpty() ? QByteArray("") : value.toByteArray();
    f.sameItem = m_sep == ',';
    return true;
}

bool SegmentParser::number(QByteArrayView key, qsizetype valueAt, qsizetype valueEnd, double &v,
                           int &decimals)
{
    const char *first = m_s + valueAt;
    const char *const last = m_s + valueEnd;
    const char *q = first;
    const auto bad = [&](const char *at) {
        return fail(Reason::BadFactor, at - m_s,
                    Hj212Codec::tr("%1: \"%2\" is not a number")
                        .arg(QString::fromUtf8(key), text(valueAt, valueEnd)));
    };
    bool negative = false;
    if (q != last && (*q == '-' || *q == '+')) {
        negative = *q == '-';
        ++q;
    }
    std::uint64_t mantissa = 0;
    const char *intStart = q;
    while (q != last && static_cast<unsigned>(*q - '0') <= 9) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
        ++q;
    }
    const qsizetype intDigits = q - intStart;
    if (intDigits == 0)
        return bad(q);
    qsizetype fracDigits = 0;
    if (q != last && *q == '.') {
        ++q;
        const char *fracStart = q;
        while (q != last && static_cast<unsigned>(*q - '0') <= 9) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
            ++q;
        }
        fracDigits = q - fracStart;
        if (fracDigits == 0)
            return bad(q);
    }
    if (q != last)
        return bad(q);
    if (intDigits + fracDigits > 40)
        return bad(first);
    decimals = static_cast<int>(fracDigits);
    if (intDigits + fracDigits <= 15) {
        v = static_cast<double>(mantissa) / kPow10[fracDigits];
    } else {
        // Long numbers: let the library round them exactly (from_chars takes no '+').
        const char *from = *first == '+' ? first + 1 : first;
        const auto r = std::from_chars(from, last, v, std::chars_format::fixed);
        if (r.ec != std::errc() || r.ptr != last)
            return bad(first);
        return true;
    }
    if (negative)
        v = -v;
    return true;
}

} // namespace vocsync::hj212
