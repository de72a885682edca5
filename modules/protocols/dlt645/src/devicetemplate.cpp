// DL/T 645 device templates ("protocol": "dlt645" in resources/devices/): a meter's read list
// of appendix A data identifiers. Strict: unknown members are errors, every error names the
// file and the JSON path.
#include "vocsync/dlt645/devicetemplate.h"

#include "jsonmembers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>

namespace vocsync::dlt645 {

namespace {

/// Reads the members of one JSON object with type checks; the first problem sticks, so a
/// parser reads member after member and asks ok() once.
class Fields
{
public:
    Fields(QJsonObject object, QString path, const QString &file)
        : m_object(std::move(object)), m_path(std::move(path)), m_file(file)
    {
    }

    QString path(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void fail(const QString &key, const QString &message)
    {
        if (m_error)
            return;
        const QString p = path(key);
        m_error = Error{message, m_file.isEmpty() ? p : m_file + QStringLiteral(": ") + p};
    }

    void allow(std::initializer_list<const char *> keys)
    {
        for (const QString &k : m_object.keys()) {
            bool known = false;
            for (const char *a : keys)
                known = known || k == QLatin1String(a);
            if (!known)
                fail(k, QCoreApplication::translate("vocsync::dlt645", "unknown key"));
        }
    }

    QJsonValue get(const char *key, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && required)
            fail(QLatin1String(key),
                 QCoreApplication::translate("vocsync::dlt645", "missing (required)"));
        return v;
    }

    std::optional<QString> text(const char *key, bool required)
    {
        const QJsonValue v = get(key, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString())
            return wrongType(key, QCoreApplication::translate("vocsync::dlt645", "a string"));
        if (required && v.toString().trimmed().isEmpty()) {
            fail(QLatin1String(key),
                 QCoreApplication::translate("vocsync::dlt645", "must not be empty"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<int> integer(const char *key, int min, int max, bool required)
    {
        const QJsonValue v = get(key, required);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d))
            return wrongType(key, QCoreApplication::translate("vocsync::dlt645", "a whole number"));
        if (d < min || d > max) {
            fail(QLatin1String(key),
                 QCoreApplication::translate("vocsync::dlt645", "%1 is out of range %2..%3")
                     .arg(v.toDouble())
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<double> number(const char *key)
    {
        const QJsonValue v = get(key, false);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return wrongType(key, QCoreApplication::translate("vocsync::dlt645", "a number"));
        return v.toDouble();
    }

    std::optional<bool> boolean(const char *key)
    {
        const QJsonValue v = get(key, false);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool())
            return wrongType(key, QCoreApplication::translate("vocsync::dlt645", "true or false"));
        return v.toBool();
    }

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    const QString &file() const { return m_file; }

private:
    std::nullopt_t wrongType(const char *key, const QString &expected)
    {
        fail(QLatin1String(key),
             QCoreApplication::translate("vocsync::dlt645", "must be %1").arg(expected));
        return std::nullopt;
    }

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    std::optional<Error> m_error;
};

bool matches(const QString &s, const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)))
        .match(s)
        .hasMatch();
}

/// One entry of "values"; `quantities` remembers which value already feeds each quantity.
std::optional<Error> parseValue(const QJsonValue &json, int index, const QString &file,
                                std::map<QString, int> &keys, std::map<Quantity, int> &quantities,
                                ValueDef &out)
{
    const QString at = QStringLiteral("values[%1]").arg(index);
    if (!json.isObject())
        return Error{QCoreApplication::translate("vocsync::dlt645", "must be an object"),
                     file + QStringLiteral(": ") + at};
    Fields f(json.toObject(), at, file);
    f.allow({"key", "name", "di", "bytes", "decimals", "signed", "scale", "unit", "quantity"});
    const auto key = f.text("key", true);
    if (key && !matches(*key, "[a-z0-9_]+"))
        f.fail(
            QStringLiteral("key"),
            QCoreApplication::translate("vocsync::dlt645", "\"%1\" is not [a-z0-9_]+").arg(*key));
    if (key && f.ok() && keys.count(*key))
        f.fail(
            QStringLiteral("key"),
            QCoreApplication::translate("vocsync::dlt645", "duplicate key \"%1\" (also values[%2])")
                .arg(*key)
                .arg(keys.at(*key)));
    const auto name = f.text("name", true);
    const auto di = f.text("di", true);
    // Appendix A prints DI3 DI2 DI1 DI0 as eight hex digits, e.g. 02010100 (A-phase voltage).
    if (di && !matches(*di, "[0-9A-Fa-f]{8}"))
        f.fail(QStringLiteral("di"),
               QCoreApplication::translate(
                   "vocsync::dlt645", "bad data identifier \"%1\": 8 hex digits DI3..DI0 expected")
                   .arg(*di));
    const auto bytes = f.integer("bytes", 1, 8, true);
    const auto decimals = f.integer("decimals", 0, 8, true);
    if (bytes && decimals && *decimals > 2 * *bytes)
        f.fail(QStringLiteral("decimals"),
               QCoreApplication::translate("vocsync::dlt645",
                                           "%1 decimals do not fit in %2 BCD digits")
                   .arg(*decimals)
                   .arg(2 * *bytes));
    const auto signedMsb = f.boolean("signed");
    const auto scale = f.number("scale");
    if (scale && *scale == 0)
        f.fail(QStringLiteral("scale"),
               QCoreApplication::translate("vocsync::dlt645", "must not be 0"));
    const auto unit = f.text("unit", false);
    const auto quantity = f.text("quantity", false);
    std::optional<Quantity> q;
    if (quantity && f.ok()) {
        q = quantityFromKey(*quantity);
        if (!q)
            f.fail(QStringLiteral("quantity"),
                   QCoreApplication::translate("vocsync::dlt645", "unknown quantity \"%1\"")
                       .arg(*quantity));
        else if (quantities.count(*q))
            f.fail(QStringLiteral("quantity"),
                   QCoreApplication::translate("vocsync::dlt645",
                                               "\"%1\" is already fed by values[%2]")
                       .arg(*quantity)
                       .arg(quantities.at(*q)));
    }
    if (!f.ok())
        return f.error();
    out.key = *key;
    out.name = *name;
    out.di = di->toUInt(nullptr, 16);
    out.bytes = *bytes;
    out.decimals = *decimals;
    out.signedMsb = signedMsb.value_or(false);
    out.scale = scale.value_or(1.0);
    out.unit = unit.value_or(QString());
    out.quantity = q;
    keys[out.key] = index;
    if (q)
        quantities[*q] = index;
    return std::nullopt;
}

std::optional<Error> parseDefaults(const QJsonValue &json, const QString &file, DeviceTemplate &t)
{
    if (!json.isObject())
        return Error{QCoreApplication::translate("vocsync::dlt645", "must be an object"),
                     file + QStringLiteral(": defaults")};
    Fields f(json.toObject(), QStringLiteral("defaults"), file);
    f.allow({"baud", "parity"});
    // DL/T 645-2007 lists 600 to 19200 bit/s; 2400 is the usual factory setting.
    if (const auto baud = f.integer("baud", 600, 19200, false)) {
        static const int rates[] = {600, 1200, 2400, 4800, 9600, 19200};
        if (std::find(std::begin(rates), std::end(rates), *baud) == std::end(rates))
            f.fail(QStringLiteral("baud"),
                   QCoreApplication::translate("vocsync::dlt645",
                                               "%1 is not a DL/T 645 rate (600, 1200, 2400, "
                                               "4800, 9600, 19200)")
                       .arg(*baud));
        else
            t.defaultBaud = *baud;
    }
    if (const auto parity = f.text("parity", false)) {
        if (*parity != QLatin1String("E") && *parity != QLatin1String("N") &&
            *parity != QLatin1String("O"))
            f.fail(QStringLiteral("parity"),
                   QCoreApplication::translate("vocsync::dlt645", "\"%1\" is not E, N or O")
                       .arg(*parity));
        else
            t.defaultParity = parity->at(0).toLatin1();
    }
    if (!f.ok())
        return f.error();
    return std::nullopt;
}

} // namespace

Result<DeviceTemplate> parseTemplate(const QByteArray &json, const QString &where)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("vocsync::dlt645", "invalid JSON at byte %1: %2")
                         .arg(pe.offset)
                         .arg(pe.errorString()),
                     where};
    if (!doc.isObject())
        return Error{QCoreApplication::translate("vocsync::dlt645",
                                                 "a device template must be a JSON object"),
                     where};
    if (const auto repeated = detail::findRepeatedMember(json))
        return Error{
            QCoreApplication::translate("vocsync::dlt645", "key written twice in one object"),
            where.isEmpty() ? *repeated : where + QStringLiteral(": ") + *repeated};

    Fields f(doc.object(), QString(), where);
    // The protocol first: a Modbus template given here should say so, not list its keys.
    const auto protocol = f.text("protocol", true);
    if (protocol && *protocol != QLatin1String("dlt645")) {
        f.fail(QStringLiteral("protocol"),
               *protocol == QLatin1String("modbus")
                   ? QCoreApplication::translate("vocsync::dlt645",
                                                 "not a DL/T 645 template (\"modbus\")")
                   : QCoreApplication::translate("vocsync::dlt645",
                                                 "unknown protocol \"%1\" (expected \"dlt645\")")
                         .arg(*protocol));
    }
    f.allow(
        {"id", "protocol", "manufacturer", "model", "description", "manual", "defaults", "values"});
    DeviceTemplate t;
    const auto id = f.text("id", true);
    if (id && !matches(*id, "[a-z0-9-]+"))
        f.fail(QStringLiteral("id"),
               QCoreApplication::translate("vocsync::dlt645", "\"%1\" is not [a-z0-9-]+").arg(*id));
    const QFileInfo file(where);
    if (id && f.ok() && where.endsWith(QLatin1String(".json")) && file.fileName().chopped(5) != *id)
        f.fail(
            QStringLiteral("id"),
            QCoreApplication::translate("vocsync::dlt645", "\"%1\" does not match the file name %2")
                .arg(*id, file.fileName()));
    const auto manufacturer = f.text("manufacturer", true);
    const auto model = f.text("model", true);
    const auto description = f.text("description", false);
    const auto manual = f.text("manual", true);
    const QJsonValue values = f.get("values", true);
    if (!values.isUndefined() && (!values.isArray() || values.toArray().isEmpty()))
        f.fail(QStringLiteral("values"),
               QCoreApplication::translate("vocsync::dlt645", "must be a non-empty array"));
    if (!f.ok())
        return f.error();
    const QJsonValue defaults = doc.object().value(QLatin1String("defaults"));
    if (!defaults.isUndefined()) {
        if (auto e = parseDefaults(defaults, where, t))
            return *e;
    }
    std::map<QString, int> keys;
    std::map<Quantity, int> quantities;
    const QJsonArray list = values.toArray();
    for (int i = 0; i < list.size(); ++i) {
        ValueDef v;
        if (auto e = parseValue(list.at(i), i, where, keys, quantities, v))
            return *e;
        t.values.push_back(std::move(v));
    }
    t.id = *id;
    t.manufacturer = *manufacturer;
    t.model = *model;
    t.description = description.value_or(QString());
    t.manual = *manual;
    return t;
}

} // namespace vocsync::dlt645
