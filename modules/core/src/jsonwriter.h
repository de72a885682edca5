#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace vocsync::json {

/// Writes JSON text with keys in the order given. QJsonObject sorts its keys, which would
/// put an enterprise's "address" before its "id"; a file people edit by hand reads better
/// in a fixed, meaningful order. Non-ASCII text is written as is (UTF-8), so Chinese names
/// stay readable. Small records can be kept on one line (`compact`).
class JsonWriter
{
public:
    void beginObject(bool compact = false) { begin('{', compact); }
    void endObject() { end('}'); }
    void beginArray(bool compact = false) { begin('[', compact); }
    void endArray() { end(']'); }

    /// Starts a member of the current object; the next value call writes its value.
    JsonWriter &key(const char *name);
    void value(const QString &text);
    void value(double number);
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void null();
    /// true / false (a separate name: an overload of value() would also take pointers).
    void boolean(bool flag);

    /// The text so far, as UTF-8, with a final newline.
    QByteArray toUtf8() const;

    static QString quote(const QString &text);
    /// Shortest text that reads back as the same double; whole numbers without exponent.
    static QString formatNumber(double number);

private:
    struct Level
    {
        bool compact = false;
        bool empty = true;
    };
    void begin(char bracket, bool compact);
    void end(char bracket);
    void separate();
    void indent(qsizetype depth);

    QString m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace vocsync::json
