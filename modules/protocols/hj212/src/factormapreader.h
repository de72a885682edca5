#pragma once

#include "vocsync/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace vocsync::hj212::detail {

/// Reads the members of one JSON object of a factor map with type checks (the approach of the
/// Modbus device template reader). The first problem sticks and later calls return nothing,
/// so a parser reads every member in a row and asks ok() once. Errors are placed at
/// "<file>: <json path>" of the offending member ("vocsync-electric.json: factors[2].unit").
class FactorMapReader
{
public:
    enum class Need { Optional, Required };

    FactorMapReader(QJsonObject object, QString path, QString file);

    /// Every key must be one of `keys`: a misspelt key is an error, not silently ignored.
    void allow(std::initializer_list<const char *> keys);
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    /// A string; when required it must be present and not blank.
    std::optional<QString> text(const char *key, Need need = Need::Optional);
    /// A whole number in min..max.
    std::optional<int> integer(const char *key, int min, int max);
    std::optional<QJsonArray> array(const char *key, Need need = Need::Optional);

    /// Fails at the member `key` (for checks the caller makes on a value).
    void fail(const char *key, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    /// "factors[3].unit" for key "unit" of the object at "factors[3]".
    QString path(const char *key) const;
    /// "<file>: <path>", or either alone when the other is empty.
    static QString where(const QString &file, const QString &path);

private:
    std::optional<QJsonValue> value(const char *key, Need need);
    void typeError(const char *key, const QString &expected, const QJsonValue &found);

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    std::optional<Error> m_error;
};

} // namespace vocsync::hj212::detail
