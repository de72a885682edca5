#include "vocsync/modbus/devicetemplate.h"

#include "duplicatekeys.h"
#include "objectreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace vocsync::modbus {

namespace {

using detail::ObjectReader;
using Need = ObjectReader::Need;

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::modbus", text);
}

// Rates an RS-485 meter can be set to; anything else in a template is a typo.
constexpr std::array<int, 8> kBaudRates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
// Modbus over Serial Line V1.02, 2.2: 0 is broadcast, 248..255 are reserved.
constexpr int kMaxUnit = 247;

/// What a value inherits from "defaults".
struct ValueDefaults
{
    std::uint8_t function = ReadHoldingRegisters;
    ByteOrder order = ByteOrder::ABCD;
};

QString join(const QStringList &keys)
{
    return keys.join(QLatin1String(", "));
}

QString typeChoices()
{
    QStringList keys;
    for (DataType t : {DataType::Int16, DataType::UInt16, DataType::Int32, DataType::UInt32,
                       DataType::Float32, DataType::Float64})
        keys.append(dataTypeKey(t));
    return join(keys);
}

QString quantityChoices()
{
    QStringList keys;
    for (Quantity q : kAllQuantities)
        keys.append(quantityKey(q));
    return join(keys);
}

std::optional<RatioKind> ratioFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return RatioKind::None;
    if (key == QLatin1String("pt"))
        return RatioKind::Pt;
    if (key == QLatin1String("ct"))
        return RatioKind::Ct;
    if (key == QLatin1String("pt*ct"))
        return RatioKind::PtCt;
    return std::nullopt;
}

void readFunction(ObjectReader &r, std::uint8_t *out)
{
    const std::optional<QJsonValue> v = r.value("function");
    if (!v)
        return;
    if (!v->isDouble() || (v->toDouble() != 3 && v->toDouble() != 4))
        return r.fail("function", tr("expected 3 (holding registers) or 4 (input registers)"));
    *out = static_cast<std::uint8_t>(v->toInt());
}

void readOrder(ObjectReader &r, ByteOrder *out)
{
    const std::optional<QString> s = r.text("order");
    if (!s)
        return;
    if (const auto o = byteOrderFromKey(*s))
        *out = *o;
    else
        r.fail("order",
               tr("unknown byte order \"%1\"; expected one of: ABCD, CDAB, BADC, DCBA").arg(*s));
}

/// "address": an integer 0..65535 or a "0x...." hex string, the 0-based wire address.
void readAddress(ObjectReader &r, std::uint16_t *out)
{
    const std::optional<QJsonValue> v = r.value("address", Need::Required);
    if (!v)
        return;
    if (v->isDouble()) {
        const double d = v->toDouble();
        if (d < 0 || d > 0xFFFF || d != std::trunc(d))
            return r.fail(
                "address",
                tr("%1 is not a register address 0..65535").arg(QString::number(d, 'g', 17)));
        *out = static_cast<std::uint16_t>(d);
        return;
    }
    if (!v->isString())
        return r.fail("address", tr("expected a number 0..65535 or a hex string such as "
                                    "\"0x0061\""));
    static const QRegularExpression hex(QStringLiteral("^0[xX]([0-9A-Fa-f]{1,4})$"));
    const QRegularExpressionMatch m = hex.match(v->toString());
    if (!m.hasMatch())
        return r.fail("address",
                      tr("\"%1\" is not a hex address \"0x0000\"..\"0xFFFF\"").arg(v->toString()));
    *out = static_cast<std::uint16_t>(m.captured(1).toUInt(nullptr, 16));
}

/// The members a value and a ratio register share: where the register is and how to read it.
void readRegister(ObjectReader &r, ValueDef *def, const ValueDefaults &defaults)
{
    def->function = defaults.function;
    def->order = defaults.order;
    readFunction(r, &def->function);
    readAddress(r, &def->address);
    if (const std::optional<QString> s = r.text("type", Need::Required)) {
        if (const auto t = dataTypeFromKey(*s))
            def->type = *t;
        else
            r.fail("type",
                   tr("unknown data type \"%1\"; expected one of: %2").arg(*s, typeChoices()));
    }
    readOrder(r, &def->order);
    if (const std::optional<double> scale = r.number("scale")) {
        if (*scale == 0)
            r.fail("scale", tr("must not be 0"));
        def->scale = *scale;
    }
    if (r.ok() && def->address + registerCount(def->type) - 1 > 0xFFFF)
        r.fail("address",
               tr("a %1 at this address runs past register 0xFFFF").arg(dataTypeKey(def->type)));
}

/// One entry of "values" at `path`; `seen` holds the entries before it (keys, quantities).
Status readValue(const QJsonObject &o, const QString &path, const QString &file,
                 const ValueDefaults &defaults, const std::vector<ValueDef> &seen, ValueDef *def)
{
    ObjectReader r(o, path, file);
    r.allow({"key", "name", "function", "address", "type", "order", "scale", "offset", "unit",
             "decimals", "ratio", "quantity"});
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (const std::optional<QString> key = r.text("key", Need::Required)) {
        def->key = *key;
        if (!keyPattern.match(*key).hasMatch())
            r.fail("key", tr("\"%1\" is not a valid key; use a-z, 0-9 and _").arg(*key));
        for (std::size_t i = 0; i < seen.size() && r.ok(); ++i) {
            if (seen[i].key == *key)
                r.fail("key", tr("key \"%1\" is already used by values[%2]").arg(*key).arg(i));
        }
    }
    if (const std::optional<QString> name = r.text("name", Need::Required))
        def->name = *name;
    readRegister(r, def, defaults);
    def->offset = r.number("offset").value_or(0);
    def->unit = r.text("unit").value_or(QString());
    def->decimals = r.integer("decimals", 0, 9).value_or(3);
    if (const std::optional<QString> s = r.text("ratio")) {
        if (const auto k = ratioFromKey(*s))
            def->ratio = *k;
        else
            r.fail("ratio",
                   tr("unknown ratio \"%1\"; expected one of: none, pt, ct, pt*ct").arg(*s));
    }
    if (const std::optional<QString> s = r.text("quantity")) {
        def->quantity = quantityFromKey(*s);
        if (!def->quantity)
            r.fail("quantity",
                   tr("unknown quantity \"%1\"; expected one of: %2").arg(*s, quantityChoices()));
    }
    if (r.ok() && def->quantity) {
        for (std::size_t i = 0; i < seen.size() && r.ok(); ++i) {
            if (seen[i].quantity == def->quantity)
                r.fail("quantity", tr("quantity %1 is already fed by values[%2] (\"%3\")")
                                       .arg(quantityKey(*def->quantity))
                                       .arg(i)
                                       .arg(seen[i].key));
        }
        // Stored quantities have fixed units (kW, not W): a mismatch is a missing scale.
        const QString unit = quantityUnit(*def->quantity);
        if (r.ok() && def->unit != unit)
            r.fail("unit", tr("unit \"%1\" does not match quantity %2, which is stored in %3")
                               .arg(def->unit, quantityKey(*def->quantity), unit));
    }
    return r.ok() ? Status() : Status(r.error());
}

Status readDefaults(const QJsonObject &o, const QString &file, DeviceTemplate *t,
                    ValueDefaults *defaults)
{
    ObjectReader r(o, QStringLiteral("defaults"), file);
    r.allow({"unit", "baud", "parity", "function", "order"});
    t->defaultUnit = r.integer("unit", 1, kMaxUnit).value_or(t->defaultUnit);
    if (const std::optional<int> baud = r.integer("baud", 1, 115200)) {
        if (std::find(kBaudRates.begin(), kBaudRates.end(), *baud) == kBaudRates.end())
            r.fail("baud", tr("%1 is not a serial baud rate; expected one of: 1200, 2400, 4800, "
                              "9600, 19200, 38400, 57600, 115200")
                               .arg(*baud));
        t->defaultBaud = *baud;
    }
    if (const std::optional<QString> parity = r.text("parity")) {
        if (*parity == QLatin1String("N") || *parity == QLatin1String("E") ||
            *parity == QLatin1String("O"))
            t->defaultParity = parity->at(0).toLatin1();
        else
            r.fail("parity", tr("unknown parity \"%1\"; expected N, E or O").arg(*parity));
    }
    readFunction(r, &defaults->function);
    readOrder(r, &defaults->order);
    return r.ok() ? Status() : Status(r.error());
}

Status readLimits(const QJsonObject &o, const QString &file, DeviceTemplate *t)
{
    ObjectReader r(o, QStringLiteral("read"), file);
    r.allow({"max_registers", "max_gap"});
    t->maxRegisters = r.integer("max_registers", 1, kMaxReadRegisters).value_or(t->maxRegisters);
    t->maxGap = r.integer("max_gap", 0, kMaxReadRegisters).value_or(t->maxGap);
    return r.ok() ? Status() : Status(r.error());
}

Status readRatios(const QJsonObject &o, const QString &file, const ValueDefaults &defaults,
                  DeviceTemplate *t)
{
    ObjectReader r(o, QStringLiteral("ratios"), file);
    r.allow({"pt", "ct"});
    for (const char *key : {"pt", "ct"}) {
        const std::optional<QJsonObject> ro = r.object(key);
        if (!r.ok())
            return r.error();
        if (!ro)
            continue;
        ObjectReader rr(*ro, r.path(key), file);
        rr.allow({"function", "address", "type", "order", "scale"});
        ValueDef def;
        def.key = QString::fromLatin1(key);
        def.name = key[0] == 'p' ? tr("PT ratio") : tr("CT ratio");
        readRegister(rr, &def, defaults);
        if (!rr.ok())
            return rr.error();
        (key[0] == 'p' ? t->ptRegister : t->ctRegister) = def;
    }
    return {};
}

} // namespace

const ValueDef *DeviceTemplate::value(const QString &key) const
{
    for (const ValueDef &v : values) {
        if (v.key == key)
            return &v;
    }
    return nullptr;
}

Result<DeviceTemplate> parseTemplate(const QByteArray &json, const QString &where)
{
    // A UTF-8 byte order mark (Windows editors) is not JSON; drop it before parsing.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const QString position = tr("line %1, column %2")
                                     .arg(before.count('\n') + 1)
                                     .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1);
        return Error{tr("JSON syntax error: %1").arg(parseError.errorString()),
                     ObjectReader::where(where, position)};
    }
    if (!doc.isObject())
        return Error{tr("a device template holds one JSON object"), where};
    if (const std::optional<QString> duplicate = detail::findDuplicateKey(text))
        return Error{tr("this key occurs twice in one object"),
                     ObjectReader::where(where, *duplicate)};

    const QJsonObject root = doc.object();
    ObjectReader r(root, QString(), where);
    // The protocol decides which keys are valid, so it is checked before anything else.
    if (const std::optional<QString> protocol = r.text("protocol", Need::Required)) {
        if (*protocol == QLatin1String("dlt645"))
            r.fail("protocol", tr("not a Modbus template (protocol \"dlt645\")"));
        else if (*protocol != QLatin1String("modbus"))
            r.fail("protocol",
                   tr("unknown protocol \"%1\"; expected modbus or dlt645").arg(*protocol));
    }
    r.allow({"id", "protocol", "manufacturer", "model", "description", "manual", "defaults", "read",
             "ratios", "values"});
    DeviceTemplate t;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
    t.id = r.text("id", Need::Required).value_or(QString());
    if (r.ok() && !idPattern.match(t.id).hasMatch())
        r.fail("id", tr("\"%1\" is not a valid id; use a-z, 0-9 and -").arg(t.id));
    t.manufacturer = r.text("manufacturer", Need::Required).value_or(QString());
    t.model = r.text("model", Need::Required).value_or(QString());
    t.description = r.text("description").value_or(QString());
    t.manual = r.text("manual", Need::Required).value_or(QString());
    const std::optional<QJsonObject> defaults = r.object("defaults");
    const std::optional<QJsonObject> limits = r.object("read");
    const std::optional<QJsonObject> ratios = r.object("ratios");
    const std::optional<QJsonArray> values = r.array("values", Need::Required);
    if (r.ok() && values->isEmpty())
        r.fail("values", tr("a template needs at least one value"));
    // A meter map has tens of values; the cap keeps a hostile file from stalling the start.
    constexpr qsizetype kMaxValues = 1000;
    if (r.ok() && values->size() > kMaxValues)
        r.fail("values", tr("%1 values; a template holds at most %2").arg(values->size()).arg(kMaxValues));
    if (!r.ok())
        return r.error();

    ValueDefaults valueDefaults;
    if (defaults) {
        if (Status s = readDefaults(*defaults, where, &t, &valueDefaults); !s)
            return s.error();
    }
    if (limits) {
        if (Status s = readLimits(*limits, where, &t); !s)
            return s.error();
    }
    if (ratios) {
        if (Status s = readRatios(*ratios, where, valueDefaults, &t); !s)
            return s.error();
    }
    for (qsizetype i = 0; i < values->size(); ++i) {
        const QString path = QStringLiteral("values[%1]").arg(i);
        if (!values->at(i).isObject())
            return Error{tr("expected an object"), ObjectReader::where(where, path)};
        ValueDef def;
        if (Status s =
                readValue(values->at(i).toObject(), path, where, valueDefaults, t.values, &def);
            !s)
            return s.error();
        t.values.push_back(std::move(def));
    }
    return t;
}

} // namespace vocsync::modbus
