#include "factormapreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace vocsync::hj212::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::hj212", text);
}

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

QString shortest(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

FactorMapReader::FactorMapReader(QJsonObject object, QString path, QString file)
    : m_object(std::move(object)), m_path(std::move(path)), m_file(std::move(file))
{
}

QString FactorMapReader::where(const QString &file, const QString &path)
{
    if (file.isEmpty())
        return path;
    if (path.isEmpty())
        return file;
    return file + QLatin1String(": ") + path;
}

QString FactorMapReader::path(const char *key) const
{
    const QString k = QString::fromUtf8(key);
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

void FactorMapReader::fail(const char *key, const QString &message)
{
    if (!m_error)
        m_error = Error{message, where(m_file, path(key))};
}

void FactorMapReader::typeError(const char *key, const QString &expected, const QJsonValue &found)
{
    fail(key, tr("expected %1, found %2").arg(expected, typeName(found)));
}

void FactorMapReader::allow(std::initializer_list<const char *> keys)
{
    if (m_error)
        return;
    QStringList expected;
    for (const char *k : keys)
        expected.append(QString::fromUtf8(k));
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (expected.contains(it.key()))
            continue;
        const QString keyPath = m_path.isEmpty() ? it.key() : m_path + QLatin1Char('.') + it.key();
        m_error =
            Error{tr("unknown key; expected one of: %1").arg(expected.join(QLatin1String(", "))),
                  where(m_file, keyPath)};
        return;
    }
}

std::optional<QJsonValue> FactorMapReader::value(const char *key, Need need)
{
    if (m_error)
        return std::nullopt;
    const auto it = m_object.constFind(QLatin1String(key));
    if (it != m_object.constEnd())
        return it.value();
    if (need == Need::Required)
        fail(key, tr("required key is missing"));
    return std::nullopt;
}

std::optional<QString> FactorMapReader::text(const char *key, Need need)
{
    const std::optional<QJsonValue> v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        typeError(key, tr("a string"), *v);
        return std::nullopt;
    }
    if (need == Need::Required && v->toString().trimmed().isEmpty()) {
        fail(key, tr("must not be empty"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<int> FactorMapReader::integer(const char *key, int min, int max)
{
    const std::optional<QJsonValue> v = value(key, Need::Optional);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        typeError(key, tr("a whole number"), *v);
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (d != std::trunc(d)) {
        fail(key, tr("expected a whole number, found %1").arg(shortest(d)));
        return std::nullopt;
    }
    if (d < min || d > max) {
        fail(key, tr("%1 is outside %2..%3").arg(shortest(d)).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<QJsonArray> FactorMapReader::array(const char *key, Need need)
{
    const std::optional<QJsonValue> v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        typeError(key, tr("an array"), *v);
        return std::nullopt;
    }
    return v->toArray();
}

} // namespace vocsync::hj212::detail
