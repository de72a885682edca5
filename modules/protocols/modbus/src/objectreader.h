#pragma once

#include "vocsync/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace vocsync::modbus::detail {

/// Reads the members of one JSON object of a device template with type checks. The first
/// problem sticks (later calls return nothing), so a parser reads every member in a row and
/// asks ok() once. Errors are placed at "<file>: <json path>" of the offending member.
class ObjectReader
{
public:
    enum class Need { Optional, Required };

    ObjectReader(QJsonObject object, QString path, QString file);

    /// Every key must be one of `keys`: a misspelt key is an error, not silently ignored.
    void allow(std::initializer_list<const char *> keys);

    /// A string; when required it must be present and not empty.
    std::optional<QString> text(const char *key, Need need = Need::Optional);
    /// A whole number in min..max.
    std::optional<int> integer(const char *key, int min, int max, Need need = Need::Optional);
    /// A finite number.
    std::optional<double> number(const char *key);
    std::optional<QJsonObject> object(const char *key);
    std::optional<QJsonArray> array(const char *key, Need need = Need::Optional);
    /// The raw member, for fields that accept more than one JSON type.
    std::optional<QJsonValue> value(const char *key, Need need = Need::Optional);

    /// Fails at the member `key` (for checks the caller makes on a value).
    void fail(const char *key, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    /// "values[3].type" for key "type" of the object at "values[3]".
    QString path(const char *key) const;
    /// "<file>: <path>", or the path alone without a file name.
    static QString where(const QString &file, const QString &path);

private:
    void typeError(const char *key, const QString &expected, const QJsonValue &found);

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    std::optional<Error> m_error;
};

} // namespace vocsync::modbus::detail
