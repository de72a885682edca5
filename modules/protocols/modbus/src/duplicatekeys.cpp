#include "duplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace vocsync::modbus::detail {

namespace {

/// A walk over valid JSON text that only looks at object keys.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) {}

    std::optional<QString> run()
    {
        value(QString());
        return m_duplicate;
    }

private:
    bool done() const { return m_duplicate.has_value() || m_pos >= m_text.size(); }

    void skipWhitespace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    /// Skips a string token (at its opening quote) and returns it decoded.
    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos;
        const QByteArray token = m_text.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(token.mid(1, token.size() - 2));
        // Let Qt's parser decode \uXXXX and friends so "k\u0065y" and "key" compare equal.
        return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
    }

    void value(const QString &path)
    {
        skipWhitespace();
        if (done())
            return;
        switch (m_text[m_pos]) {
        case '{':
            return object(path);
        case '[':
            return array(path);
        case '"':
            string();
            return;
        default:
            break;
        }
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != ']' &&
               m_text[m_pos] != '}')
            ++m_pos;
    }

    void object(const QString &path)
    {
        ++m_pos; // '{'
        QSet<QString> keys;
        while (true) {
            skipWhitespace();
            if (done())
                return;
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return;
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            const QString keyPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (keys.contains(key)) {
                m_duplicate = keyPath;
                return;
            }
            keys.insert(key);
            skipWhitespace();
            ++m_pos; // ':'
            value(keyPath);
        }
    }

    void array(const QString &path)
    {
        ++m_pos; // '['
        for (int index = 0;; ++index) {
            skipWhitespace();
            if (done())
                return;
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return;
            }
            value(path + QStringLiteral("[%1]").arg(index));
            skipWhitespace();
            if (!done() && m_text[m_pos] == ',')
                ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    std::optional<QString> m_duplicate;
};

} // namespace

std::optional<QString> findDuplicateKey(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace vocsync::modbus::detail
