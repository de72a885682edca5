#include "csvtime.h"

namespace vocsync::samplecsv::detail {

namespace {

bool digits(QByteArrayView s, qsizetype at, int count, int *out)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible
// Low-Level Date Algorithms").
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

} // namespace

bool parseCanonicalTime(QByteArrayView s, std::int64_t *utcMs)
{
    if (s.size() < 20)
        return false;
    int y, mo, d, h, mi, sec;
    if (!digits(s, 0, 4, &y) || s[4] != '-' || !digits(s, 5, 2, &mo) || s[7] != '-' ||
        !digits(s, 8, 2, &d) || s[10] != 'T' || !digits(s, 11, 2, &h) || s[13] != ':' ||
        !digits(s, 14, 2, &mi) || s[16] != ':' || !digits(s, 17, 2, &sec))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59)
        return false;
    qsizetype pos = 19;
    int ms = 0;
    if (s[pos] == '.') {
        if (s.size() < pos + 5 || !digits(s, pos + 1, 3, &ms))
            return false;
        pos += 4;
    }
    int offsetMin = 0;
    if (s[pos] == 'Z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int oh, om;
        if (s.size() != pos + 6 || !digits(s, pos + 1, 2, &oh) || s[pos + 3] != ':' ||
            !digits(s, pos + 4, 2, &om) || oh > 14 || om > 59)
            return false;
        offsetMin = (s[pos] == '-' ? -1 : 1) * (oh * 60 + om);
        pos += 6;
    } else {
        return false;
    }
    if (pos != s.size())
        return false;
    const std::int64_t seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec -
                                 static_cast<std::int64_t>(offsetMin) * 60;
    *utcMs = seconds * 1000 + ms;
    return true;
}

} // namespace vocsync::samplecsv::detail
