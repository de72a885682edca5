#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace vocsync::json {

namespace {
constexpr int kIndent = 2;
// Below 2^53 every whole double is exact, so it can be printed as an integer.
constexpr double kExactIntegerLimit = 9007199254740992.0;
} // namespace

void JsonWriter::indent(qsizetype depth)
{
    m_out += QLatin1Char('\n');
    m_out += QString(depth * kIndent, QLatin1Char(' '));
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += QLatin1Char(',');
    if (level.compact) {
        if (!level.empty)
            m_out += QLatin1Char(' ');
    } else {
        indent(m_levels.size());
    }
    level.empty = false;
}

void JsonWriter::begin(char bracket, bool compact)
{
    separate();
    m_out += QLatin1Char(bracket);
    // Inside a one-line record everything stays on that line.
    const bool parentCompact = !m_levels.isEmpty() && m_levels.last().compact;
    m_levels.append(Level{compact || parentCompact, true});
}

void JsonWriter::end(char bracket)
{
    const Level level = m_levels.takeLast();
    if (!level.empty && !level.compact)
        indent(m_levels.size());
    m_out += QLatin1Char(bracket);
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += quote(QString::fromUtf8(name));
    m_out += QStringLiteral(": ");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &text)
{
    separate();
    m_out += quote(text);
}

void JsonWriter::value(double number)
{
    separate();
    m_out += formatNumber(number);
}

void JsonWriter::value(std::int64_t number)
{
    separate();
    m_out += QString::number(number);
}

void JsonWriter::null()
{
    separate();
    m_out += QStringLiteral("null");
}

void JsonWriter::boolean(bool flag)
{
    separate();
    m_out += flag ? QStringLiteral("true") : QStringLiteral("false");
}

QByteArray JsonWriter::toUtf8() const
{
    return (m_out + QLatin1Char('\n')).toUtf8();
}

QString JsonWriter::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString JsonWriter::formatNumber(double number)
{
    if (!std::isfinite(number))
        return QStringLiteral("null"); // JSON has no NaN; validation rejects such plants
    if (number == std::trunc(number) && std::abs(number) < kExactIntegerLimit)
        return QString::number(static_cast<std::int64_t>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace vocsync::json
