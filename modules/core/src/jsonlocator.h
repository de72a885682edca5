#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vocsync::json {

/// Where things are in a JSON text. QJsonDocument keeps no positions, yet a configuration
/// error is only useful when it names the line ("plant.json:41: facilities[3].kind"): this
/// scanner walks the same text once and remembers the 1-based line of every value, keyed by
/// its path ("enterprises[0].contacts[1].phone"; array indexes are 0-based). It also notes
/// duplicate keys, which QJsonDocument silently collapses. Run it on text QJsonDocument has
/// accepted; on anything else it stops where the text stops making sense.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    /// Line of the value at `path` (of its key for object members), or of the closest
    /// enclosing value that was found; 1 when nothing is known.
    int line(const QString &path) const;

    /// The first key that occurs twice in one object, if any: its path and both lines.
    struct Duplicate
    {
        QString path;
        int firstLine = 0;
        int secondLine = 0;
    };
    const Duplicate *duplicate() const
    {
        return m_duplicate.path.isEmpty() ? nullptr : &m_duplicate;
    }

    /// "line:column" (both 1-based, column in characters) of a byte offset, as reported by
    /// QJsonParseError.
    static QString lineColumn(const QByteArray &json, int offset);

    /// Joins a parent path and a member key or an array index.
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

private:
    bool value(const QString &path, int depth);
    bool object(const QString &path, int depth);
    bool array(const QString &path, int depth);
    /// After an object member or array element: the closing bracket, a comma, or bad input.
    enum class Next { Closed, More, Bad };
    Next afterElement(char close);
    bool string(QString *decoded);
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text.at(m_pos); }

    QByteArray m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
    Duplicate m_duplicate;
};

} // namespace vocsync::json
