#include "vocsync/core/creditcode.h"

#include <QCoreApplication>

#include <array>

namespace vocsync::creditcode {

namespace {

constexpr char kCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(kCharset[i]))
            return i;
    }
    return -1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::creditcode", text);
}

QString position(int zeroBased)
{
    return tr("position %1").arg(zeroBased + 1);
}

} // namespace

QChar checkCharacter(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[static_cast<size_t>(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(kCharset[check]);
}

Status validate(QStringView code)
{
    if (code.size() != 18)
        return Error{tr("a unified social credit code has 18 characters, this one has %1")
                         .arg(code.size()),
                     {}};
    for (int i = 0; i < 18; ++i) {
        if (valueOf(code[i]) < 0)
            return Error{tr("character '%1' is not allowed (only digits and the capital letters "
                            "A-Y without I, O, S, V, Z)")
                             .arg(code[i]),
                         position(i)};
    }
    // Clause 4.2: the division code (positions 3-8) is numeric (GB/T 2260).
    for (int i = 2; i < 8; ++i) {
        if (!code[i].isDigit())
            return Error{tr("the administrative division code (positions 3-8) must be digits"),
                         position(i)};
    }
    const QChar expected = checkCharacter(code.first(17));
    if (code[17] != expected)
        return Error{tr("check character is '%1' but should be '%2'").arg(code[17]).arg(expected),
                     position(17)};
    return {};
}

} // namespace vocsync::creditcode
