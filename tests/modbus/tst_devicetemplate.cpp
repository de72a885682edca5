// Device template parsing, the read planner and value decoding.

#include "vocsync/modbus/devicetemplate.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace vocsync;
using namespace vocsync::modbus;

namespace {

// A three-phase meter map in the shape of resources/devices/*.json (invented addresses).
const char kGoodTemplate[] = R"({
  "id": "test-meter3",
  "protocol": "modbus",
  "manufacturer": "测试 Test",
  "model": "TM-3",
  "description": "三相多功能电能表",
  "manual": "TM-3 使用说明书 V1.2, section 'Modbus 地址表'",
  "defaults": {"unit": 3, "baud": 19200, "parity": "E", "function": 4, "order": "CDAB"},
  "read": {"max_registers": 60, "max_gap": 8},
  "ratios": {
    "pt": {"function": 3, "address": "0x008D", "type": "uint16", "scale": 1},
    "ct": {"function": 3, "address": 142, "type": "uint16", "order": "ABCD"}
  },
  "values": [
    {"key": "ua", "name": "A相电压", "function": 3, "address": "0x0061", "type": "uint16",
     "order": "ABCD", "scale": 0.1, "offset": 0, "unit": "V", "decimals": 1,
     "ratio": "pt", "quantity": "voltage_v"},
    {"key": "ia", "name": "A相电流", "address": "0x0064", "type": "uint16", "scale": 0.001,
     "unit": "A", "ratio": "ct", "quantity": "current_a"},
    {"key": "p", "name": "总有功功率", "address": 112, "type": "int32", "scale": 0.001,
     "unit": "kW", "ratio": "pt*ct", "quantity": "power_kw"},
    {"key": "ep_imp", "name": "正向有功电能", "address": "0x0080", "type": "float32",
     "order": "DCBA", "unit": "kWh", "decimals": 2, "ratio": "pt*ct", "quantity": "energy_kwh"},
    {"key": "pf", "name": "总功率因数", "function": 3, "address": "0x00a0", "type": "int16",
     "offset": -1, "scale": 0.001}
  ]
})";

/// A minimal template around a "values" array and extra root members.
QByteArray doc(const QByteArray &values, const char *extra = "")
{
    QByteArray json(R"({"id": "t", "protocol": "modbus", "manufacturer": "M", "model": "X",)"
                    R"( "manual": "man", )");
    json += extra;
    json += R"("values": [)";
    json += values;
    json += "]}";
    return json;
}

const char kUa[] = R"({"key": "ua", "name": "U", "address": 97, "type": "uint16"})";

QList<QList<int>> toList(const std::vector<ReadRequest> &reads)
{
    QList<QList<int>> out;
    for (const ReadRequest &r : reads)
        out.append({r.function, r.address, r.count});
    return out;
}

std::vector<RegisterSpan> toSpans(const QList<QList<int>> &list)
{
    std::vector<RegisterSpan> spans;
    for (const QList<int> &s : list) {
        spans.push_back({static_cast<std::uint8_t>(s[0]), static_cast<std::uint16_t>(s[1]),
                         static_cast<std::uint16_t>(s[2])});
    }
    return spans;
}

DeviceTemplate goodTemplate()
{
    Result<DeviceTemplate> t = parseTemplate(kGoodTemplate, QStringLiteral("test-meter3.json"));
    if (!t)
        qFatal("good template rejected: %s", qPrintable(t.error().toString()));
    return t.value();
}

} // namespace

class tst_DeviceTemplate : public QObject
{
    Q_OBJECT

private slots:
    void parseGood();
    void parseMinimalDefaults();
    void parseBom();
    void errors_data();
    void errors();
    void errorWithoutFileName();
    void planReads_data();
    void planReads();
    void templateSpans();
    void registerImage();
    void ratiosFromMeter();
    void ratiosConfigured();
    void ratiosUnusable();
    void decode();
    void decodeRoundsAfterRatio();
    void decodeMissingRegisters();
    void decodeNonFinite();
};

void tst_DeviceTemplate::parseGood()
{
    const DeviceTemplate t = goodTemplate();
    QCOMPARE(t.id, QStringLiteral("test-meter3"));
    QCOMPARE(t.manufacturer, QStringLiteral("测试 Test"));
    QCOMPARE(t.model, QStringLiteral("TM-3"));
    QCOMPARE(t.description, QStringLiteral("三相多功能电能表"));
    QVERIFY(t.manual.startsWith(QStringLiteral("TM-3 使用说明书")));
    QCOMPARE(t.defaultUnit, 3);
    QCOMPARE(t.defaultBaud, 19200);
    QCOMPARE(t.defaultParity, 'E');
    QCOMPARE(t.maxRegisters, 60);
    QCOMPARE(t.maxGap, 8);

    QVERIFY(t.ptRegister);
    QCOMPARE(t.ptRegister->key, QStringLiteral("pt"));
    QCOMPARE(int(t.ptRegister->function), 3);
    QCOMPARE(int(t.ptRegister->address), 0x8D);
    QCOMPARE(t.ptRegister->order, ByteOrder::CDAB); // from defaults
    QVERIFY(t.ctRegister);
    QCOMPARE(t.ctRegister->key, QStringLiteral("ct"));
    QCOMPARE(int(t.ctRegister->address), 142);
    QCOMPARE(t.ctRegister->order, ByteOrder::ABCD);

    QCOMPARE(t.values.size(), std::size_t(5));
    const ValueDef &ua = t.values[0];
    QCOMPARE(ua.key, QStringLiteral("ua"));
    QCOMPARE(ua.name, QStringLiteral("A相电压"));
    QCOMPARE(int(ua.function), 3);
    QCOMPARE(int(ua.address), 0x61);
    QCOMPARE(ua.type, DataType::UInt16);
    QCOMPARE(ua.order, ByteOrder::ABCD);
    QCOMPARE(ua.scale, 0.1);
    QCOMPARE(ua.unit, QStringLiteral("V"));
    QCOMPARE(ua.decimals, 1);
    QCOMPARE(ua.ratio, RatioKind::Pt);
    QCOMPARE(ua.quantity, std::optional<Quantity>(Quantity::VoltageV));

    const ValueDef &ia = t.values[1]; // function, order and decimals from defaults
    QCOMPARE(int(ia.function), 4);
    QCOMPARE(ia.order, ByteOrder::CDAB);
    QCOMPARE(ia.decimals, 3);
    QCOMPARE(ia.offset, 0.0);
    QCOMPARE(ia.ratio, RatioKind::Ct);

    QCOMPARE(t.values[2].type, DataType::Int32);
    QCOMPARE(int(t.values[2].address), 112);
    QCOMPARE(t.values[2].ratio, RatioKind::PtCt);
    QCOMPARE(t.values[3].order, ByteOrder::DCBA);
    QCOMPARE(t.values[3].quantity, std::optional<Quantity>(Quantity::EnergyKwh));
    const ValueDef &pf = t.values[4];
    QCOMPARE(int(pf.address), 0xA0); // lower-case hex digits are fine
    QCOMPARE(pf.offset, -1.0);
    QCOMPARE(pf.unit, QString());
    QCOMPARE(pf.ratio, RatioKind::None);
    QVERIFY(!pf.quantity);

    QCOMPARE(t.value(QStringLiteral("p")), &t.values[2]);
    QCOMPARE(t.value(QStringLiteral("nope")), nullptr);
}

void tst_DeviceTemplate::parseMinimalDefaults()
{
    const Result<DeviceTemplate> t = parseTemplate(doc(kUa), QStringLiteral("t.json"));
    QVERIFY2(t, qPrintable(t.error().toString()));
    QCOMPARE(t->defaultUnit, 1);
    QCOMPARE(t->defaultBaud, 9600);
    QCOMPARE(t->defaultParity, 'N');
    QCOMPARE(t->maxRegisters, 125);
    QCOMPARE(t->maxGap, 0);
    QVERIFY(!t->ptRegister);
    QVERIFY(!t->ctRegister);
    QCOMPARE(int(t->values[0].function), 3);
    QCOMPARE(t->values[0].order, ByteOrder::ABCD);
    QCOMPARE(t->values[0].scale, 1.0);
    QCOMPARE(t->values[0].decimals, 3);
}

void tst_DeviceTemplate::parseBom()
{
    const Result<DeviceTemplate> t =
        parseTemplate(QByteArray("\xEF\xBB\xBF") + doc(kUa), QStringLiteral("t.json"));
    QVERIFY2(t, qPrintable(t.error().toString()));
}

void tst_DeviceTemplate::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message"); // the start of the message

    const auto row = [](const char *name, const QByteArray &json, const char *where,
                        const char *message) {
        QTest::newRow(name) << json << QString::fromUtf8(where) << QString::fromUtf8(message);
    };
    const auto value = [](const char *members) {
        return doc(QByteArray(R"({"key": "ua", "name": "U", )") + members + '}');
    };
    row("bad type", value(R"("address": 1, "type": "int24")"), "t.json: values[0].type",
        R"(unknown data type "int24"; expected one of: int16, uint16, int32, uint32, float32)");
    row("type in capitals", value(R"("address": 1, "type": "Float32")"), "t.json: values[0].type",
        R"(unknown data type "Float32")");
    row("bad order", value(R"("address": 1, "type": "int32", "order": "ABDC")"),
        "t.json: values[0].order", R"(unknown byte order "ABDC")");
    row("bad hex address", value(R"("address": "0x00G1", "type": "uint16")"),
        "t.json: values[0].address", R"("0x00G1" is not a hex address)");
    row("hex address too long", value(R"("address": "0x10000", "type": "uint16")"),
        "t.json: values[0].address", R"("0x10000" is not a hex address)");
    row("decimal string address", value(R"("address": "97", "type": "uint16")"),
        "t.json: values[0].address", R"("97" is not a hex address)");
    row("address 65536", value(R"("address": 65536, "type": "uint16")"),
        "t.json: values[0].address", "65536 is not a register address 0..65535");
    row("address 1.5", value(R"("address": 1.5, "type": "uint16")"), "t.json: values[0].address",
        "1.5 is not a register address");
    row("address true", value(R"("address": true, "type": "uint16")"), "t.json: values[0].address",
        "expected a number 0..65535 or a hex string");
    row("missing address", value(R"("type": "uint16")"), "t.json: values[0].address",
        "required key is missing");
    row("float32 past 0xFFFF", value(R"("address": "0xFFFF", "type": "float32")"),
        "t.json: values[0].address", "a float32 at this address runs past register 0xFFFF");
    row("unknown key in a value",
        doc(QByteArray(kUa) + R"(, {"key": "ub", "name": "U", "address": 2, "typ": "uint16"})"),
        "t.json: values[1].typ", "unknown key; expected one of: key, name, function");
    row("unknown root key", doc(kUa, R"("valuess": [], )"), "t.json: valuess", "unknown key");
    row("unknown key in defaults", doc(kUa, R"("defaults": {"baudrate": 9600}, )"),
        "t.json: defaults.baudrate", "unknown key");
    row("unknown ratio register", doc(kUa, R"("ratios": {"pf": {}}, )"), "t.json: ratios.pf",
        "unknown key; expected one of: pt, ct");
    row("unknown key in ratio register",
        doc(kUa, R"("ratios": {"ct": {"address": 1, "type": "uint16", "offset": 0}}, )"),
        "t.json: ratios.ct.offset", "unknown key");
    row("ratio register bad type", doc(kUa, R"("ratios": {"pt": {"address": 1, "type": "u16"}}, )"),
        "t.json: ratios.pt.type", R"(unknown data type "u16")");
    row("duplicate value key",
        doc(QByteArray(kUa) + R"(, {"key": "ua", "name": "U2", "address": 2, "type": "uint16"})"),
        "t.json: values[1].key", R"(key "ua" is already used by values[0])");
    row("duplicate quantity",
        doc(R"({"key": "ua", "name": "U", "address": 1, "type": "uint16", "unit": "V",)"
            R"( "quantity": "voltage_v"}, {"key": "ub", "name": "U", "address": 2,)"
            R"( "type": "uint16", "unit": "V", "quantity": "voltage_v"})"),
        "t.json: values[1].quantity", R"(quantity voltage_v is already fed by values[0] ("ua"))");
    row("duplicate JSON member",
        doc(R"({"key": "ua", "name": "U", "address": 1, "type": "uint16", "scale": 1,)"
            R"( "scale": 0.1})"),
        "t.json: values[0].scale", "this key occurs twice in one object");
    row("duplicate JSON member spelt with an escape",
        doc(kUa, R"("model": "Y", "mod\u0065l": "Z", )"), "t.json: model", "this key occurs twice");
    row("missing manual",
        R"({"id": "t", "protocol": "modbus", "manufacturer": "M", "model": "X", "values": [)" +
            QByteArray(kUa) + "]}",
        "t.json: manual", "required key is missing");
    row("empty manual", doc(kUa).replace(R"("manual": "man")", R"("manual": " ")"),
        "t.json: manual", "must not be empty");
    row("missing protocol", doc(kUa).replace(R"("protocol": "modbus", )", ""), "t.json: protocol",
        "required key is missing");
    row("dlt645 template",
        R"({"id": "m", "protocol": "dlt645", "manufacturer": "M", "model": "X", "manual": "m",)"
        R"( "defaults": {"baud": 2400, "parity": "E"}, "values": [{"key": "ua", "name": "U",)"
        R"( "di": "02010100", "bytes": 2, "decimals": 1, "unit": "V"}]})",
        "t.json: protocol", "not a Modbus template");
    row("unknown protocol", doc(kUa).replace(R"("modbus")", R"("iec104")"), "t.json: protocol",
        R"(unknown protocol "iec104"; expected modbus or dlt645)");
    row("id with capitals", doc(kUa).replace(R"("id": "t")", R"("id": "Acrel_ADL")"), "t.json: id",
        R"("Acrel_ADL" is not a valid id)");
    row("key with capitals",
        value(R"("address": 1, "type": "uint16")").replace(R"("ua")", R"("Ua")"),
        "t.json: values[0].key", R"("Ua" is not a valid key)");
    row("empty values", doc(""), "t.json: values", "a template needs at least one value");
    row("values not an array", doc(kUa).replace(R"("values": [)", R"("values": {"a": [)") + "}",
        "t.json: values", "expected an array, found an object");
    row("value not an object", doc("1"), "t.json: values[0]", "expected an object");
    row("function 6", value(R"("address": 1, "type": "uint16", "function": 6)"),
        "t.json: values[0].function", "expected 3 (holding registers) or 4 (input registers)");
    row("function 1 (coils)", value(R"("address": 1, "type": "uint16", "function": 1)"),
        "t.json: values[0].function", "expected 3");
    row("decimals 10", value(R"("address": 1, "type": "uint16", "decimals": 10)"),
        "t.json: values[0].decimals", "10 is outside 0..9");
    row("decimals 1.5", value(R"("address": 1, "type": "uint16", "decimals": 1.5)"),
        "t.json: values[0].decimals", "expected a whole number, found 1.5");
    row("bad ratio", value(R"("address": 1, "type": "uint16", "ratio": "ct*pt")"),
        "t.json: values[0].ratio", R"(unknown ratio "ct*pt")");
    row("unknown quantity", value(R"("address": 1, "type": "uint16", "quantity": "power_w")"),
        "t.json: values[0].quantity", R"(unknown quantity "power_w"; expected one of: current_a)");
    row("power in W",
        value(R"("address": 1, "type": "uint16", "unit": "W", "quantity": "power_kw")"),
        "t.json: values[0].unit",
        R"(unit "W" does not match quantity power_kw, which is stored in kW)");
    row("scale as a string", value(R"("address": 1, "type": "uint16", "scale": "0.1")"),
        "t.json: values[0].scale", "expected a number, found a string");
    row("scale 0", value(R"("address": 1, "type": "uint16", "scale": 0)"),
        "t.json: values[0].scale", "must not be 0");
    row("name missing", doc(R"({"key": "ua", "address": 1, "type": "uint16"})"),
        "t.json: values[0].name", "required key is missing");
    row("max_registers 126", doc(kUa, R"("read": {"max_registers": 126}, )"),
        "t.json: read.max_registers", "126 is outside 1..125");
    row("max_gap -1", doc(kUa, R"("read": {"max_gap": -1}, )"), "t.json: read.max_gap",
        "-1 is outside 0..125");
    row("parity X", doc(kUa, R"("defaults": {"parity": "X"}, )"), "t.json: defaults.parity",
        R"(unknown parity "X"; expected N, E or O)");
    row("baud 9660", doc(kUa, R"("defaults": {"baud": 9660}, )"), "t.json: defaults.baud",
        "9660 is not a serial baud rate");
    row("unit 0 (broadcast)", doc(kUa, R"("defaults": {"unit": 0}, )"), "t.json: defaults.unit",
        "0 is outside 1..247");
    row("default order", doc(kUa, R"("defaults": {"order": "abcd"}, )"), "t.json: defaults.order",
        R"(unknown byte order "abcd")");
    row("syntax error", QByteArray("{\n  \"id\": \"t\",\n  \"protocol\" \"modbus\"\n}"),
        "t.json: line 3, column 15", "JSON syntax error: ");
    row("array at the root", QByteArray("[]"), "t.json", "a device template holds one JSON object");
}

void tst_DeviceTemplate::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<DeviceTemplate> t = parseTemplate(json, QStringLiteral("t.json"));
    QVERIFY(!t);
    QCOMPARE(t.error().where, where);
    QVERIFY2(t.error().message.startsWith(message), qPrintable(t.error().message));
}

void tst_DeviceTemplate::errorWithoutFileName()
{
    const Result<DeviceTemplate> t =
        parseTemplate(doc(R"({"key": "ua", "name": "U", "address": 1, "type": "int24"})"), {});
    QVERIFY(!t);
    QCOMPARE(t.error().where, QStringLiteral("values[0].type"));
    QCOMPARE(t.error().toString().left(30), QStringLiteral("values[0].type: unknown data t"));
}

void tst_DeviceTemplate::planReads_data()
{
    using Spans = QList<QList<int>>; // {function, address, count}
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<int>("maxRegisters");
    QTest::addColumn<int>("maxGap");
    QTest::addColumn<Spans>("reads");

    QTest::newRow("single span") << Spans{{3, 0x61, 2}} << 125 << 0 << Spans{{3, 0x61, 2}};
    QTest::newRow("no spans") << Spans{} << 125 << 0 << Spans{};
    QTest::newRow("adjacent spans merge")
        << Spans{{3, 0, 2}, {3, 2, 1}} << 125 << 0 << Spans{{3, 0, 3}};
    QTest::newRow("hole of maxGap is read through")
        << Spans{{3, 0, 2}, {3, 10, 2}} << 125 << 8 << Spans{{3, 0, 12}};
    QTest::newRow("hole of maxGap+1 splits")
        << Spans{{3, 0, 2}, {3, 11, 2}} << 125 << 8 << Spans{{3, 0, 2}, {3, 11, 2}};
    QTest::newRow("maxGap 0 splits on any hole")
        << Spans{{3, 0, 1}, {3, 2, 1}} << 125 << 0 << Spans{{3, 0, 1}, {3, 2, 1}};
    QTest::newRow("exactly 125 registers")
        << Spans{{3, 0, 2}, {3, 123, 2}} << 125 << 121 << Spans{{3, 0, 125}};
    QTest::newRow("126 registers split")
        << Spans{{3, 0, 2}, {3, 124, 2}} << 125 << 122 << Spans{{3, 0, 2}, {3, 124, 2}};
    QTest::newRow("maxRegisters above 125 is capped")
        << Spans{{3, 0, 2}, {3, 124, 2}} << 200 << 125 << Spans{{3, 0, 2}, {3, 124, 2}};
    QTest::newRow("mixed functions, function 3 first")
        << Spans{{4, 0x10, 2}, {3, 0x10, 2}, {3, 0x12, 2}, {4, 0x12, 1}} << 125 << 0
        << Spans{{3, 0x10, 4}, {4, 0x10, 3}};
    QTest::newRow("same address, other function: not merged")
        << Spans{{3, 5, 1}, {4, 5, 1}} << 125 << 10 << Spans{{3, 5, 1}, {4, 5, 1}};
    QTest::newRow("overlapping spans")
        << Spans{{3, 0, 4}, {3, 2, 4}} << 125 << 0 << Spans{{3, 0, 6}};
    QTest::newRow("duplicate spans")
        << Spans{{3, 5, 2}, {3, 5, 2}, {3, 5, 2}} << 125 << 0 << Spans{{3, 5, 2}};
    QTest::newRow("nested span") << Spans{{3, 0, 10}, {3, 2, 2}} << 125 << 0 << Spans{{3, 0, 10}};
    QTest::newRow("unsorted input")
        << Spans{{3, 40, 2}, {3, 0, 2}, {3, 20, 2}} << 125 << 18 << Spans{{3, 0, 42}};
    QTest::newRow("long span split")
        << Spans{{3, 0, 300}} << 125 << 0 << Spans{{3, 0, 125}, {3, 125, 125}, {3, 250, 50}};
    QTest::newRow("tail of a split span merges on")
        << Spans{{3, 0, 130}, {3, 130, 2}} << 125 << 0 << Spans{{3, 0, 125}, {3, 125, 7}};
    QTest::newRow("overlap not read twice when it does not fit")
        << Spans{{3, 0, 8}, {3, 6, 6}} << 10 << 0 << Spans{{3, 0, 8}, {3, 8, 4}};
    QTest::newRow("maxRegisters 4")
        << Spans{{3, 0, 2}, {3, 2, 2}, {3, 4, 2}} << 4 << 0 << Spans{{3, 0, 4}, {3, 4, 2}};
    QTest::newRow("float32 pair never straddles a read")
        << Spans{{3, 0, 2}, {3, 2, 2}, {3, 4, 2}} << 5 << 0 << Spans{{3, 0, 4}, {3, 4, 2}};
    QTest::newRow("zero-length span ignored")
        << Spans{{3, 7, 0}, {3, 0, 1}} << 125 << 10 << Spans{{3, 0, 1}};
    QTest::newRow("top of the address space")
        << Spans{{4, 0xFFFC, 4}} << 125 << 0 << Spans{{4, 0xFFFC, 4}};
}

void tst_DeviceTemplate::planReads()
{
    using Spans = QList<QList<int>>;
    QFETCH(Spans, spans);
    QFETCH(int, maxRegisters);
    QFETCH(int, maxGap);
    QFETCH(Spans, reads);
    const std::vector<ReadRequest> plan =
        vocsync::modbus::planReads(toSpans(spans), PlanOptions{maxRegisters, maxGap});
    QCOMPARE(toList(plan), reads);
    for (const ReadRequest &r : plan) {
        QCOMPARE(int(r.unit), 1);
        QVERIFY(r.count <= std::min(maxRegisters, 125));
    }
}

void tst_DeviceTemplate::templateSpans()
{
    const DeviceTemplate t = goodTemplate();
    using Spans = QList<QList<int>>;
    const auto list = [](const std::vector<RegisterSpan> &spans) {
        Spans out;
        for (const RegisterSpan &s : spans)
            out.append({s.function, s.address, s.count});
        return out;
    };
    const Spans values{{3, 0x61, 1}, {4, 0x64, 1}, {4, 112, 2}, {4, 0x80, 2}, {3, 0xA0, 1}};
    QCOMPARE(list(vocsync::modbus::templateSpans(t, false)), values);
    const Spans withRatios = values + Spans{{3, 0x8D, 1}, {3, 142, 1}};
    QCOMPARE(list(vocsync::modbus::templateSpans(t, true)), withRatios);
    // What a poll of this meter costs with max_gap 8: only PT and CT (adjacent) share a read;
    // every other hole is wider than 8 registers (0x65..0x6F is 11, 0x72..0x7F is 14).
    const std::vector<ReadRequest> plan = vocsync::modbus::planReads(
        vocsync::modbus::templateSpans(t, true), PlanOptions{t.maxRegisters, t.maxGap});
    const Spans expected{{3, 0x61, 1}, {3, 0x8D, 2}, {3, 0xA0, 1},
                         {4, 0x64, 1}, {4, 0x70, 2}, {4, 0x80, 2}};
    QCOMPARE(toList(plan), expected);
    // With a gap of 14 allowed, function 4 becomes one read 0x64..0x81 (30 registers).
    const std::vector<ReadRequest> wide = vocsync::modbus::planReads(
        vocsync::modbus::templateSpans(t, false), PlanOptions{t.maxRegisters, 14});
    const Spans wideExpected{{3, 0x61, 1}, {3, 0xA0, 1}, {4, 0x64, 30}};
    QCOMPARE(toList(wide), wideExpected);
}

void tst_DeviceTemplate::registerImage()
{
    RegisterImage image;
    image.put(3, 10, {1, 2, 3});
    image.put(3, 12, {30, 40}); // a later read overwrites
    std::array<std::uint16_t, 4> w{};
    QVERIFY(image.get(3, 10, 4, w.data()));
    QCOMPARE(QList<int>(w.begin(), w.end()), (QList<int>{1, 2, 30, 40}));
    QVERIFY(!image.get(3, 10, 5, w.data()));
    QVERIFY(!image.get(4, 10, 1, w.data())); // other function, other table
    QVERIFY(!image.get(3, 9, 1, w.data()));
    image.put(4, 0xFFFF, {7, 8}); // nothing past the last register
    QVERIFY(image.get(4, 0xFFFF, 1, w.data()));
    QCOMPARE(int(w[0]), 7);
    QVERIFY(!image.get(4, 0xFFFF, 2, w.data()));
    QVERIFY(!image.get(4, 0, 1, w.data()));
    image.clear();
    QVERIFY(!image.get(3, 10, 1, w.data()));
}

void tst_DeviceTemplate::ratiosFromMeter()
{
    const DeviceTemplate t = goodTemplate();
    RegisterImage image;
    image.put(3, 0x8D, {100, 40}); // PT 10 kV/100 V, CT 200 A/5 A
    const Ratios r = effectiveRatios(t, image, Ratios{});
    QCOMPARE(r.pt, 100.0);
    QCOMPARE(r.ct, 40.0);
}

void tst_DeviceTemplate::ratiosConfigured()
{
    const DeviceTemplate t = goodTemplate();
    RegisterImage image;
    image.put(3, 0x8D, {100, 40});
    const Ratios r = effectiveRatios(t, image, Ratios{35, 0});
    QCOMPARE(r.pt, 35.0); // configured wins
    QCOMPARE(r.ct, 40.0); // not configured: the meter's
    const Ratios both = effectiveRatios(t, image, Ratios{2, 60});
    QCOMPARE(both.pt, 2.0);
    QCOMPARE(both.ct, 60.0);
}

void tst_DeviceTemplate::ratiosUnusable()
{
    DeviceTemplate t = goodTemplate();
    RegisterImage image;
    const Ratios none = effectiveRatios(t, image, Ratios{}); // registers not read
    QCOMPARE(none.pt, 1.0);
    QCOMPARE(none.ct, 1.0);
    image.put(3, 0x8D, {0, 25}); // PT register 0: not a ratio
    const Ratios zero = effectiveRatios(t, image, Ratios{});
    QCOMPARE(zero.pt, 1.0);
    QCOMPARE(zero.ct, 25.0);
    t.ptRegister.reset();
    t.ctRegister.reset();
    const Ratios noRegisters = effectiveRatios(t, image, Ratios{0, 30});
    QCOMPARE(noRegisters.pt, 1.0);
    QCOMPARE(noRegisters.ct, 30.0);
}

void tst_DeviceTemplate::decode()
{
    const DeviceTemplate t = goodTemplate();
    RegisterImage image;
    image.put(3, 0x61, {2205});           // 220.5 V secondary
    image.put(4, 0x64, {1234});           // 1.234 A secondary
    image.put(4, 112, {0xFA24, 0xFFFF});  // int32 CDAB: -1500 -> -1.5 kW secondary
    image.put(4, 0x80, {0x79E9, 0xF642}); // float32 DCBA 123.456 kWh secondary
    image.put(3, 0xA0, {1873});           // 1.873 - 1 = 0.873
    image.put(3, 0x8D, {100, 40});
    const Ratios r = effectiveRatios(t, image, Ratios{});
    const std::vector<DecodedValue> v = decodeValues(t, image, r);
    QCOMPARE(v.size(), std::size_t(5));
    for (const DecodedValue &d : v)
        QVERIFY2(d.ok && d.error.isEmpty(), qPrintable(d.key + QLatin1Char(' ') + d.error));
    QCOMPARE(v[0].key, QStringLiteral("ua"));
    QCOMPARE(v[0].value, 22050.0); // x PT
    QCOMPARE(v[1].value, 49.36);   // x CT
    QCOMPARE(v[2].value, -6000.0); // x PT x CT
    QCOMPARE(v[3].key, QStringLiteral("ep_imp"));
    QCOMPARE(v[3].value, 493824.01); // 123.456001 x 4000, 2 decimals
    QCOMPARE(v[4].value, 0.873);     // no ratio

    // The configured PT overrides the register for every value that uses it.
    const std::vector<DecodedValue> c = decodeValues(t, image, effectiveRatios(t, image, {10, 0}));
    QCOMPARE(c[0].value, 2205.0);
    QCOMPARE(c[1].value, 49.36);
    QCOMPARE(c[2].value, -600.0);
}

void tst_DeviceTemplate::decodeRoundsAfterRatio()
{
    const Result<DeviceTemplate> t = parseTemplate(
        doc(R"({"key": "i", "name": "I", "address": 0, "type": "uint16", "scale": 0.01,)"
            R"( "decimals": 1, "ratio": "ct"}, {"key": "n", "name": "N", "address": 1,)"
            R"( "type": "int16", "decimals": 0}, {"key": "f", "name": "F", "address": 2,)"
            R"( "type": "uint16", "scale": 0.01, "decimals": 2})"),
        QStringLiteral("t.json"));
    QVERIFY2(t, qPrintable(t.error().toString()));
    RegisterImage image;
    image.put(3, 0, {7, static_cast<std::uint16_t>(-25), 5003});
    const std::vector<DecodedValue> v = decodeValues(t.value(), image, Ratios{1, 10});
    // 0.07 A x 10 = 0.7 A; rounding before the ratio would have given 0.1 x 10 = 1.0.
    QCOMPARE(v[0].value, 0.7);
    QCOMPARE(v[1].value, -25.0);
    QCOMPARE(v[2].value, 50.03);
}

void tst_DeviceTemplate::decodeMissingRegisters()
{
    const DeviceTemplate t = goodTemplate();
    RegisterImage image;
    image.put(3, 0x61, {2205});
    image.put(4, 112, {0x1234}); // only the first register of the int32
    image.put(3, 0x80, {0, 0});  // right address, wrong function
    const std::vector<DecodedValue> v = decodeValues(t, image, Ratios{1, 1});
    QVERIFY(v[0].ok);
    QCOMPARE(v[0].value, 220.5);
    QVERIFY(!v[1].ok);
    QCOMPARE(v[1].error, QStringLiteral("register 0x0064 (function 4) not read"));
    QVERIFY(!v[2].ok);
    QCOMPARE(v[2].error, QStringLiteral("registers 0x0070..0x0071 (function 4) not read"));
    QVERIFY(!v[3].ok);
    QCOMPARE(v[3].error, QStringLiteral("registers 0x0080..0x0081 (function 4) not read"));
    QVERIFY(!v[4].ok);
    QCOMPARE(v[4].error, QStringLiteral("register 0x00A0 (function 3) not read"));
}

void tst_DeviceTemplate::decodeNonFinite()
{
    const Result<DeviceTemplate> t = parseTemplate(
        doc(R"({"key": "a", "name": "A", "address": 0, "type": "float32"},)"
            R"( {"key": "b", "name": "B", "address": 2, "type": "float32"},)"
            R"( {"key": "c", "name": "C", "address": 4, "type": "float64", "scale": 1e300})"),
        QStringLiteral("t.json"));
    QVERIFY2(t, qPrintable(t.error().toString()));
    RegisterImage image;
    image.put(3, 0, {0x7FC0, 0x0000, 0x7F80, 0x0000}); // NaN, +inf
    image.put(3, 4, {0x7FEF, 0xFFFF, 0xFFFF, 0xFFFF}); // DBL_MAX: times 1e300 overflows
    const std::vector<DecodedValue> v = decodeValues(t.value(), image, Ratios{1, 1});
    QVERIFY(!v[0].ok);
    QVERIFY(v[0].error.contains(QLatin1String("NaN")));
    QVERIFY(!v[1].ok);
    QVERIFY(v[1].error.contains(QLatin1String("infinite")));
    QVERIFY(!v[2].ok);
    QVERIFY(v[2].error.contains(QLatin1String("infinite")));
}

QTEST_APPLESS_MAIN(tst_DeviceTemplate)
#include "tst_devicetemplate.moc"
