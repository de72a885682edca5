#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vocsync::ui {

namespace {

class Reader
{
public:
    explicit Reader(QByteArrayView text) : m_text(text) {}

    bool value(OrderedJson &out, int depth)
    {
        // Deep nesting is not something toJson writes: refuse it rather than recurse on.
        if (depth > 64)
            return false;
        skipSpace();
        if (m_at >= m_text.size())
            return false;
        switch (m_text[m_at]) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.kind = OrderedJson::Kind::String;
            return string(out.text);
        default:
            return literal(out);
        }
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\n' ||
                                        m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }

    bool expect(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }

    bool object(OrderedJson &out, int depth)
    {
        out.kind = OrderedJson::Kind::Object;
        ++m_at;
        if (expect('}'))
            return true;
        do {
            OrderedJson member;
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] != '"' || !string(member.key) ||
                !expect(':') || !value(member, depth + 1))
                return false;
            out.children.append(std::move(member));
        } while (expect(','));
        return expect('}');
    }

    bool array(OrderedJson &out, int depth)
    {
        out.kind = OrderedJson::Kind::Array;
        ++m_at;
        if (expect(']'))
            return true;
        do {
            OrderedJson element;
            if (!value(element, depth + 1))
                return false;
            out.children.append(std::move(element));
        } while (expect(','));
        return expect(']');
    }

    bool string(QString &out)
    {
        const qsizetype start = m_at++;
        while (m_at < m_text.size() && m_text[m_at] != '"')
            m_at += m_text[m_at] == '\\' ? 2 : 1;
        if (m_at >= m_text.size())
            return false;
        ++m_at;
        // Escapes (\uXXXX with surrogates included) are Qt's to undo.
        QByteArray wrapped = "[" + m_text.sliced(start, m_at - start).toByteArray() + "]";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        out = doc.array().at(0).toString();
        return true;
    }

    bool literal(OrderedJson &out)
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && !QByteArrayView(",]} \n\r\t").contains(m_text[m_at]))
            ++m_at;
        const QByteArrayView token = m_text.sliced(start, m_at - start);
        if (token == "true" || token == "false") {
            out.kind = OrderedJson::Kind::Bool;
        } else if (token == "null") {
            out.kind = OrderedJson::Kind::Null;
        } else {
            bool ok = false;
            (void)token.toDouble(&ok);
            if (!ok)
                return false;
            out.kind = OrderedJson::Kind::Number;
        }
        out.text = QString::fromLatin1(token);
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

QString quoted(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString scalarText(const OrderedJson &v)
{
    return v.kind == OrderedJson::Kind::String ? quoted(v.text) : v.text;
}

bool allScalar(const OrderedJson &v)
{
    for (const OrderedJson &c : v.children) {
        if (!c.isScalar())
            return false;
    }
    return true;
}

void write(const OrderedJson &v, int indent, int inlineWidth, QString &out)
{
    if (v.isScalar()) {
        out += scalarText(v);
        return;
    }
    const bool object = v.kind == OrderedJson::Kind::Object;
    const QChar open = object ? QLatin1Char('{') : QLatin1Char('[');
    const QChar close = object ? QLatin1Char('}') : QLatin1Char(']');
    if (v.children.isEmpty()) {
        out += open;
        out += close;
        return;
    }
    if (allScalar(v)) {
        const QString line = v.compact();
        if (indent + line.size() <= inlineWidth) {
            out += line;
            return;
        }
    }
    const QString pad(indent + 2, QLatin1Char(' '));
    out += open;
    out += QLatin1Char('\n');
    for (qsizetype i = 0; i < v.children.size(); ++i) {
        const OrderedJson &c = v.children[i];
        out += pad;
        if (object) {
            out += quoted(c.key);
            out += QLatin1String(": ");
        }
        write(c, indent + 2, inlineWidth, out);
        if (i + 1 < v.children.size())
            out += QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    out += QString(indent, QLatin1Char(' '));
    out += close;
}

} // namespace

const OrderedJson *OrderedJson::member(const QString &name) const
{
    for (const OrderedJson &c : children) {
        if (c.key == name)
            return &c;
    }
    return nullptr;
}

std::optional<OrderedJson> OrderedJson::parse(QByteArrayView json)
{
    Reader reader(json);
    OrderedJson root;
    if (!reader.value(root, 0) || !reader.atEnd())
        return std::nullopt;
    return root;
}

QString OrderedJson::pretty(int inlineWidth) const
{
    QString out;
    write(*this, 0, inlineWidth, out);
    return out;
}

QString OrderedJson::compact() const
{
    if (isScalar())
        return scalarText(*this);
    const bool object = kind == Kind::Object;
    QStringList parts;
    for (const OrderedJson &c : children)
        parts << (object ? quoted(c.key) + QLatin1String(": ") + c.compact() : c.compact());
    return object ? QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}')
                  : QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace vocsync::ui
