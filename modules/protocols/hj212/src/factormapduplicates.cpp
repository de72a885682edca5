#include "factormapduplicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace vocsync::hj212::detail {

namespace {

/// A walk over valid JSON text that looks only at object keys and remembers the path.
class KeyScanner
{
public:
    explicit KeyScanner(const QByteArray &text) : m_text(text) {}

    std::optional<QString> run()
    {
        value(QString());
        return m_duplicate;
    }

private:
    bool done() const { return m_duplicate.has_value() || m_pos >= m_text.size(); }
    char at() const { return m_text.at(m_pos); }

    void skipWhitespace()
    {
        while (m_pos < m_text.size() &&
               (at() == ' ' || at() == '\t' || at() == '\n' || at() == '\r'))
            ++m_pos;
    }

    /// Skips a string token (at its opening quote) and returns it decoded.
    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (m_pos < m_text.size() && at() != '"') {
            if (at() == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos;
        const QByteArray token = m_text.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(token.mid(1, token.size() - 2));
        // Qt's parser decodes \uXXXX and friends, so "c\u006fde" and "code" compare equal.
        return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
    }

    void value(const QString &path)
    {
        skipWhitespace();
        if (done())
            return;
        if (at() == '{')
            return object(path);
        if (at() == '[')
            return array(path);
        if (at() == '"') {
            string();
            return;
        }
        while (m_pos < m_text.size() && at() != ',' && at() != ']' && at() != '}')
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
            if (at() == '}') {
                ++m_pos;
                return;
            }
            if (at() == ',') {
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
            if (at() == ']') {
                ++m_pos;
                return;
            }
            value(path + QStringLiteral("[%1]").arg(index));
            skipWhitespace();
            if (!done() && at() == ',')
                ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    std::optional<QString> m_duplicate;
};

} // namespace

std::optional<QString> findDuplicateFactorMapKey(const QByteArray &json)
{
    return KeyScanner(json).run();
}

} // namespace vocsync::hj212::detail
