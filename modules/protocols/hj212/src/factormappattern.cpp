#include "factormappattern.h"

#include <QCoreApplication>

namespace vocsync::hj212::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::hj212", text);
}

bool isCodeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The character at `i` of a pattern laid out as prefix, N digit slots, suffix: the fixed
/// character, or 0 for a digit slot.
char slot(const FactorMapPattern &p, qsizetype i)
{
    const auto prefix = static_cast<qsizetype>(p.prefix.size());
    if (i < prefix)
        return p.prefix[static_cast<std::size_t>(i)];
    if (i < prefix + p.digits)
        return 0;
    return p.suffix[static_cast<std::size_t>(i - prefix - p.digits)];
}

} // namespace

std::optional<FactorMapPattern> FactorMapPattern::parse(const QString &text, QString *error)
{
    static const QString field = QStringLiteral("{ch:");
    FactorMapPattern p;
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    QString prefix = text;
    QString suffix;
    if (open >= 0) {
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (!text.mid(open).startsWith(field) || close < 0) {
            *error = tr("\"%1\": a channel field is written {ch:N}").arg(text);
            return std::nullopt;
        }
        const QString n = text.mid(open + field.size(), close - open - field.size());
        bool ok = false;
        const int digits = n.toInt(&ok);
        if (!ok || n.size() != 1 || digits < 1 || digits > 4) {
            *error = tr("\"%1\": the channel field {ch:N} has N = 1 to 4 digits").arg(text);
            return std::nullopt;
        }
        p.digits = digits;
        prefix = text.left(open);
        suffix = text.mid(close + 1);
        if (suffix.contains(QLatin1Char('{'))) {
            *error = tr("\"%1\": a pattern holds exactly one channel field {ch:N}").arg(text);
            return std::nullopt;
        }
        if (prefix.isEmpty() && suffix.isEmpty()) {
            *error = tr("\"%1\": a pattern needs a fixed prefix or suffix beside {ch:N}, or it "
                        "would take every code of N digits")
                         .arg(text);
            return std::nullopt;
        }
    }
    for (const QString &part : {prefix, suffix}) {
        for (QChar c : part) {
            if (!isCodeChar(c)) {
                *error = tr("\"%1\" is not a factor code: use letters, digits and _ (a channel "
                            "field is written {ch:N})")
                             .arg(text);
                return std::nullopt;
            }
        }
    }
    p.prefix = prefix.toStdString();
    p.suffix = suffix.toStdString();
    if (p.length() == 0) {
        *error = tr("the code must not be empty");
        return std::nullopt;
    }
    if (p.length() > kMaxCodeLength) {
        *error = tr("\"%1\" is longer than %2 characters").arg(text).arg(kMaxCodeLength);
        return std::nullopt;
    }
    return p;
}

std::optional<int> FactorMapPattern::match(std::string_view code) const
{
    if (static_cast<qsizetype>(code.size()) != length())
        return std::nullopt;
    if (code.substr(0, prefix.size()) != prefix ||
        code.substr(code.size() - suffix.size()) != suffix)
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = code[prefix.size() + static_cast<std::size_t>(i)];
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

QString FactorMapPattern::format(int channel) const
{
    if (!isPattern() || channel < 0 || channel > maxChannel())
        return {};
    return QString::fromStdString(prefix) +
           QStringLiteral("%1").arg(channel, digits, 10, QLatin1Char('0')) +
           QString::fromStdString(suffix);
}

int FactorMapPattern::maxChannel() const
{
    int max = 0;
    for (int i = 0; i < digits; ++i)
        max = max * 10 + 9;
    return max;
}

bool FactorMapPattern::overlaps(const FactorMapPattern &other) const
{
    if (length() != other.length())
        return false;
    for (qsizetype i = 0; i < length(); ++i) {
        const char a = slot(*this, i);
        const char b = slot(other, i);
        // A digit slot takes any digit; two fixed characters must be equal.
        if (a == 0 && b == 0)
            continue;
        if (a == 0 || b == 0) {
            if (!isDigit(a == 0 ? b : a))
                return false;
            continue;
        }
        if (a != b)
            return false;
    }
    return true;
}

} // namespace vocsync::hj212::detail
