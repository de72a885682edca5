// A walk over valid JSON text that looks only at the member names of each object.
#include "jsonmembers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace vocsync::dlt645::detail {

namespace {

class MemberWalk
{
public:
    explicit MemberWalk(const QByteArray &text) : m_text(text) {}

    std::optional<QString> run()
    {
        walkValue(QString());
        return m_found;
    }

private:
    bool stop() const { return m_found.has_value() || m_pos >= m_text.size(); }
    char at() const { return m_text.at(m_pos); }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(at()))
            ++m_pos;
    }

    /// Reads a string token starting at its quote and returns it decoded.
    QString readString()
    {
        const qsizetype start = m_pos++;
        bool escapes = false;
        while (m_pos < m_text.size() && at() != '"') {
            if (at() == '\\') {
                escapes = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos;
        const QByteArray token = m_text.mid(start, m_pos - start);
        if (!escapes)
            return QString::fromUtf8(token.mid(1, token.size() - 2));
        // Qt decodes the escapes, so "d\u0069" and "di" count as the same name.
        return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
    }

    void walkValue(const QString &path)
    {
        skipSpace();
        if (stop())
            return;
        if (at() == '{')
            return walkObject(path);
        if (at() == '[')
            return walkArray(path);
        if (at() == '"') {
            readString();
            return;
        }
        while (m_pos < m_text.size() && !QByteArrayView(",]}").contains(at()))
            ++m_pos;
    }

    void walkObject(const QString &path)
    {
        ++m_pos;
        QStringList names;
        while (true) {
            skipSpace();
            if (stop())
                return;
            if (at() == '}') {
                ++m_pos;
                return;
            }
            if (at() == ',') {
                ++m_pos;
                continue;
            }
            const QString name = readString();
            const QString memberPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
            if (names.contains(name)) {
                m_found = memberPath;
                return;
            }
            names << name;
            skipSpace();
            ++m_pos; // the colon
            walkValue(memberPath);
        }
    }

    void walkArray(const QString &path)
    {
        ++m_pos;
        for (int i = 0;; ++i) {
            skipSpace();
            if (stop())
                return;
            if (at() == ']') {
                ++m_pos;
                return;
            }
            walkValue(path + QStringLiteral("[%1]").arg(i));
            skipSpace();
            if (!stop() && at() == ',')
                ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    std::optional<QString> m_found;
};

} // namespace

std::optional<QString> findRepeatedMember(const QByteArray &json)
{
    return MemberWalk(json).run();
}

} // namespace vocsync::dlt645::detail
