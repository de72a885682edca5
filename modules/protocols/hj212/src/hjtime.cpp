// HJ 212 time text (N14 YYYYMMDDhhmmss, QN YYYYMMDDhhmmsszzz) <-> UTC ms. Done with plain
// calendar arithmetic instead of QDateTime: it runs for every DataTime of every packet.
#include "vocsync/hj212/codec.h"

#include "hjtime.h"

namespace vocsync::hj212 {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil
{
    int y;
    unsigned m;
    unsigned d;
};

Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

void putDigits(char *out, unsigned v, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
}

} // namespace

bool parseTime(QByteArrayView text, std::int64_t &utcMs, int utcOffsetS)
{
    const qsizetype n = text.size();
    if (n != 14 && n != 17)
        return false;
    unsigned digits[17];
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned c = static_cast<unsigned char>(text[i]) - '0';
        if (c > 9)
            return false;
        digits[i] = c;
    }
    const auto num = [&digits](int at, int count) {
        unsigned v = 0;
        for (int i = at; i < at + count; ++i)
            v = v * 10 + digits[i];
        return v;
    };
    const int year = static_cast<int>(num(0, 4));
    const unsigned month = num(4, 2), day = num(6, 2);
    const unsigned hour = num(8, 2), minute = num(10, 2), second = num(12, 2);
    const unsigned ms = n == 17 ? num(14, 3) : 0;
    if (year < kMinYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour > 23 || minute > 59 || second > 59)
        return false;
    const std::int64_t localS =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    utcMs = (localS - utcOffsetS) * 1000 + ms;
    return true;
}

void writeTime(char *out, std::int64_t utcMs, int utcOffsetS, bool withMs)
{
    const std::int64_t local = utcMs + static_cast<std::int64_t>(utcOffsetS) * 1000;
    std::int64_t days = local / 86'400'000;
    std::int64_t rest = local % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const Civil c = civilFromDays(days);
    const auto r = static_cast<unsigned>(rest);
    putDigits(out, static_cast<unsigned>(c.y < 0 ? 0 : c.y % 10000), 4);
    putDigits(out + 4, c.m, 2);
    putDigits(out + 6, c.d, 2);
    putDigits(out + 8, r / 3'600'000, 2);
    putDigits(out + 10, r / 60'000 % 60, 2);
    putDigits(out + 12, r / 1000 % 60, 2);
    if (withMs)
        putDigits(out + 14, r % 1000, 3);
}

QByteArray formatTime(std::int64_t utcMs, int utcOffsetS)
{
    QByteArray out(14, Qt::Uninitialized);
    writeTime(out.data(), utcMs, utcOffsetS, false);
    return out;
}

QByteArray formatQnTime(std::int64_t utcMs, int utcOffsetS)
{
    QByteArray out(17, Qt::Uninitialized);
    writeTime(out.data(), utcMs, utcOffsetS, true);
    return out;
}

} // namespace vocsync::hj212
