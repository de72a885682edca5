#include "jsonlocator.h"

namespace vocsync::json {

namespace {
// Deeper than any plant file; QJsonDocument itself refuses more than 1024 levels.
constexpr int kMaxDepth = 1024;
} // namespace

JsonLocator::JsonLocator(const QByteArray &json) : m_text(json)
{
    skipWhitespace();
    value(QString(), 0);
}

int JsonLocator::line(const QString &path) const
{
    QString p = path;
    while (true) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.constEnd())
            return it.value();
        if (p.isEmpty())
            return 1;
        // Drop the last component: "a.b[2]" -> "a.b" -> "a" -> "".
        const qsizetype cut =
            std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p.truncate(cut < 0 ? 0 : cut);
    }
}

QString JsonLocator::lineColumn(const QByteArray &json, int offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so that Chinese text does not shift them.
    const qsizetype column =
        QString::fromUtf8(json.constData() + lineStart, end - lineStart).size() + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

QString JsonLocator::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonLocator::element(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

void JsonLocator::skipWhitespace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonLocator::value(const QString &path, int depth)
{
    if (atEnd() || depth > kMaxDepth)
        return false;
    if (!m_lines.contains(path))
        m_lines.insert(path, m_line);
    const char c = peek();
    if (c == '{')
        return object(path, depth + 1);
    if (c == '[')
        return array(path, depth + 1);
    if (c == '"') {
        QString ignored;
        return string(&ignored);
    }
    // A number, true, false or null: runs up to the next delimiter.
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const char d = peek();
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\r' || d == '\n')
            break;
        ++m_pos;
    }
    return m_pos > start;
}

bool JsonLocator::object(const QString &path, int depth)
{
    ++m_pos; // '{'
    QHash<QString, int> keyLines;
    skipWhitespace();
    if (!atEnd() && peek() == '}') {
        ++m_pos;
        return true;
    }
    while (!atEnd()) {
        skipWhitespace();
        if (atEnd() || peek() != '"')
            return false;
        const int keyLine = m_line;
        QString key;
        if (!string(&key))
            return false;
        const QString child = member(path, key);
        if (const auto seen = keyLines.constFind(key); seen != keyLines.constEnd()) {
            if (m_duplicate.path.isEmpty())
                m_duplicate = Duplicate{child, seen.value(), keyLine};
        } else {
            keyLines.insert(key, keyLine);
        }
        // The member's line is its key's: that is where a reader looks for "kind".
        m_lines.insert(child, keyLine);
        skipWhitespace();
        if (atEnd() || peek() != ':')
            return false;
        ++m_pos;
        skipWhitespace();
        if (!value(child, depth))
            return false;
        const Next next = afterElement('}');
        if (next != Next::More)
            return next == Next::Closed;
    }
    return false;
}

JsonLocator::Next JsonLocator::afterElement(char close)
{
    skipWhitespace();
    if (atEnd())
        return Next::Bad;
    if (peek() == close) {
        ++m_pos;
        return Next::Closed;
    }
    if (peek() != ',')
        return Next::Bad;
    ++m_pos;
    return Next::More;
}

bool JsonLocator::array(const QString &path, int depth)
{
    ++m_pos; // '['
    skipWhitespace();
    if (!atEnd() && peek() == ']') {
        ++m_pos;
        return true;
    }
    for (qsizetype index = 0; !atEnd(); ++index) {
        skipWhitespace();
        if (!value(element(path, index), depth))
            return false;
        const Next next = afterElement(']');
        if (next != Next::More)
            return next == Next::Closed;
    }
    return false;
}

bool JsonLocator::string(QString *decoded)
{
    ++m_pos; // opening quote
    QString out;
    qsizetype runStart = m_pos;
    const auto flushRun = [&] {
        out += QString::fromUtf8(m_text.constData() + runStart, m_pos - runStart);
    };
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            flushRun();
            ++m_pos;
            *decoded = out;
            return true;
        }
        if (c == '\n')
            ++m_line;
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flushRun();
        ++m_pos;
        if (atEnd())
            return false;
        const char e = peek();
        ++m_pos;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            bool ok = false;
            const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
            if (!ok)
                return false;
            // Surrogate pairs arrive as two escapes; appending the units in turn joins them.
            out += QChar(unit);
            m_pos += 4;
            break;
        }
        default:
            out += QLatin1Char(e);
            break; // '"', '\\' and '/'
        }
        runStart = m_pos;
    }
    return false;
}

} // namespace vocsync::json
