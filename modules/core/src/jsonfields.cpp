#include "jsonfields.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <limits>

namespace vocsync::json {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::json", text);
}
} // namespace

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

Fields::Fields(const QJsonObject &object, QString path, Where where)
    : m_object(object), m_path(std::move(path)), m_where(std::move(where))
{
}

QString Fields::path(const char *key) const
{
    const QString k = QString::fromUtf8(key);
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

void Fields::fail(const char *key, const QString &message)
{
    if (!m_error)
        m_error = Error{message, m_where(path(key))};
}

void Fields::typeError(const char *key, const char *expected, const QJsonValue &found)
{
    fail(key, tr("expected %1, found %2").arg(tr(expected), typeName(found)));
}

void Fields::allow(std::initializer_list<const char *> keys)
{
    if (m_error)
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (const char *k : keys)
            known = known || it.key() == QLatin1String(k);
        if (known)
            continue;
        QStringList expected;
        for (const char *k : keys)
            expected.append(QString::fromUtf8(k));
        const QString where = m_path.isEmpty() ? it.key() : m_path + QLatin1Char('.') + it.key();
        m_error = Error{tr("unknown key '%1'; expected one of: %2")
                            .arg(it.key(), expected.join(QStringLiteral(", "))),
                        m_where(where)};
        return;
    }
}

std::optional<QJsonValue> Fields::get(const char *key, Need need)
{
    if (m_error)
        return std::nullopt;
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd()) {
        if (need == Need::Required)
            m_error = Error{tr("required key '%1' is missing").arg(QString::fromUtf8(key)),
                            m_where(m_path)};
        return std::nullopt;
    }
    return it.value();
}

void Fields::text(const char *key, QString *out, Need need)
{
    const std::optional<QJsonValue> v = get(key, need);
    if (!v)
        return;
    if (!v->isString())
        return typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "a string"), *v);
    *out = v->toString();
}

void Fields::number(const char *key, double *out, Need need)
{
    const std::optional<QJsonValue> v = get(key, need);
    if (!v)
        return;
    if (!v->isDouble())
        return typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "a number"), *v);
    *out = v->toDouble();
}

void Fields::integer(const char *key, int *out, Need need)
{
    const std::optional<QJsonValue> v = get(key, need);
    if (!v)
        return;
    if (!v->isDouble())
        return typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "a whole number"), *v);
    const double d = v->toDouble();
    if (d != std::trunc(d) || std::abs(d) > std::numeric_limits<int>::max())
        return fail(key, tr("expected a whole number, found %1")
                             .arg(QString::number(d, 'g', QLocale::FloatingPointShortest)));
    *out = static_cast<int>(d);
}

void Fields::boolean(const char *key, bool *out, Need need)
{
    const std::optional<QJsonValue> v = get(key, need);
    if (!v)
        return;
    if (!v->isBool())
        return typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "true or false"), *v);
    *out = v->toBool();
}

void Fields::date(const char *key, QDate *out)
{
    const std::optional<QJsonValue> v = get(key, Need::Optional);
    if (!v)
        return;
    if (v->isNull()) {
        *out = QDate();
        return;
    }
    if (!v->isString())
        return typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "a date (YYYY-MM-DD) or null"),
                         *v);
    const QString s = v->toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        return fail(key, tr("'%1' is not a date; expected YYYY-MM-DD").arg(s));
    *out = d;
}

QList<std::pair<QString, QJsonObject>> Fields::objects(const char *key, Need need)
{
    QList<std::pair<QString, QJsonObject>> result;
    const std::optional<QJsonValue> v = get(key, need);
    if (!v)
        return result;
    if (!v->isArray()) {
        typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "an array"), *v);
        return result;
    }
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString elementPath = path(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            m_error = Error{tr("expected an object, found %1").arg(typeName(array.at(i))),
                            m_where(elementPath)};
            return {};
        }
        result.append({elementPath, array.at(i).toObject()});
    }
    return result;
}

QJsonObject Fields::object(const char *key, Need need)
{
    const std::optional<QJsonValue> v = get(key, need);
    if (!v)
        return {};
    if (!v->isObject()) {
        typeError(key, QT_TRANSLATE_NOOP("vocsync::json", "an object"), *v);
        return {};
    }
    return v->toObject();
}

} // namespace vocsync::json
