#pragma once

#include "vocsync/core/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

namespace vocsync::json {

enum class Need { Optional, Required };

/// Reads the members of one JSON object with type checks. The first problem sticks: later
/// calls do nothing, so a reader states every field in a row and asks ok() once at the end.
/// Errors name the member's path ("facilities[3].kind"); `where` turns a path into the
/// Error's place (with file and line).
class Fields
{
public:
    using Where = std::function<QString(const QString &path)>;

    Fields(const QJsonObject &object, QString path, Where where);

    /// Every key must be one of `keys`; a misspelt key fails instead of being ignored.
    void allow(std::initializer_list<const char *> keys);

    void text(const char *key, QString *out, Need need = Need::Optional);
    void number(const char *key, double *out, Need need = Need::Optional);
    void integer(const char *key, int *out, Need need = Need::Optional);
    void boolean(const char *key, bool *out, Need need = Need::Optional);
    /// "YYYY-MM-DD", or null / absent for unknown (an invalid QDate).
    void date(const char *key, QDate *out);
    /// The elements of an array of objects, each with its path.
    QList<std::pair<QString, QJsonObject>> objects(const char *key, Need need = Need::Optional);
    /// A nested object (empty when absent or on error).
    QJsonObject object(const char *key, Need need = Need::Optional);

    /// Fails at the member `key` with `message` (for enum and value checks done by the caller).
    void fail(const char *key, const QString &message);
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    QString path(const char *key) const;

private:
    std::optional<QJsonValue> get(const char *key, Need need);
    void typeError(const char *key, const char *expected, const QJsonValue &found);

    QJsonObject m_object;
    QString m_path;
    Where m_where;
    std::optional<Error> m_error;
};

/// "a string", "a number", "an array", ... for messages.
QString typeName(const QJsonValue &value);

} // namespace vocsync::json
