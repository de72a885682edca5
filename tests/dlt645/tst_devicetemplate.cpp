// DL/T 645 device templates: the shipped files parse to the read list of appendix A, and
// every schema violation names the file and the JSON path (/work/schema.md, docs/dlt645.md).
#include "vocsync/dlt645/devicetemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vocsync;
using namespace vocsync::dlt645;

namespace {

QString devicesDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/devices");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A valid template "t" whose single value is `value` and whose top level ends with `extra`.
QByteArray withValue(const char *value, const char *extra = "")
{
    return QByteArray(R"({"id": "t", "protocol": "dlt645", "manufacturer": "M", "model": "X",
                          "manual": "DL/T 645-2007 appendix A", "values": [)") +
           value + "]" + extra + "}";
}

const char *const kUa = R"({"key": "ua", "name": "A相电压", "di": "02010100", "bytes": 2,
                            "decimals": 1, "unit": "V", "quantity": "voltage_v"})";

} // namespace

class TestDeviceTemplate : public QObject
{
    Q_OBJECT

private slots:
    void shippedTemplates_data();
    void shippedTemplates();
    void everyShippedDlt645TemplateParses();
    void genericReadList();
    void defaults();
    void errors_data();
    void errors();
};

void TestDeviceTemplate::shippedTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("currentKey");
    QTest::addColumn<QString>("energyKey");
    QTest::newRow("dlt645-2007-generic") << QStringLiteral("dlt645-2007-generic") << 11
                                         << QStringLiteral("ia") << QStringLiteral("ep_imp");
    QTest::newRow("dlt645-2007-single-phase") << QStringLiteral("dlt645-2007-single-phase") << 6
                                              << QStringLiteral("ia") << QStringLiteral("ep_imp");
}

void TestDeviceTemplate::shippedTemplates()
{
    QFETCH(QString, id);
    QFETCH(int, count);
    QFETCH(QString, currentKey);
    QFETCH(QString, energyKey);
    const QString path = devicesDir() + QLatin1Char('/') + id + QStringLiteral(".json");
    const QByteArray json = readFile(path);
    QVERIFY2(!json.isEmpty(), qPrintable(path));
    const auto t = parseTemplate(json, path);
    QVERIFY2(t.ok(), qPrintable(t.error().toString()));
    QCOMPARE(t->id, id);
    QCOMPARE(int(t->values.size()), count);
    QVERIFY(t->manual.contains(QStringLiteral("DL/T 645-2007")));
    QCOMPARE(t->defaultBaud, 2400);
    QCOMPARE(t->defaultParity, 'E');
    // Every quantity is fed, once, by the value the schema's convention names.
    const std::map<Quantity, QString> expected = {{Quantity::CurrentA, currentKey},
                                                  {Quantity::VoltageV, QStringLiteral("ua")},
                                                  {Quantity::PowerKw, QStringLiteral("p")},
                                                  {Quantity::EnergyKwh, energyKey},
                                                  {Quantity::FrequencyHz, QStringLiteral("f")}};
    for (const auto &[q, key] : expected) {
        int feeding = 0;
        for (const ValueDef &v : t->values) {
            if (v.quantity == q) {
                ++feeding;
                QCOMPARE(v.key, key);
            }
        }
        QCOMPARE(feeding, 1);
    }
}

void TestDeviceTemplate::everyShippedDlt645TemplateParses()
{
    const QDir dir(devicesDir());
    int seen = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QByteArray json = readFile(dir.filePath(name));
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        if (o.value(QLatin1String("protocol")).toString() != QLatin1String("dlt645"))
            continue;
        ++seen;
        const auto t = parseTemplate(json, dir.filePath(name));
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
    }
    QVERIFY(seen >= 2);
}

void TestDeviceTemplate::genericReadList()
{
    const QString path = devicesDir() + QStringLiteral("/dlt645-2007-generic.json");
    const auto t = parseTemplate(readFile(path), path);
    QVERIFY2(t.ok(), qPrintable(t.error().toString()));
    struct Expect
    {
        const char *key;
        std::uint32_t di;
        int bytes;
        int decimals;
        bool signedMsb;
    };
    // Appendix A: A.3 variables and A.1 energies, with their BCD formats.
    const Expect expected[] = {
        {"ua", 0x02010100, 2, 1, false}, {"ub", 0x02010200, 2, 1, false},
        {"uc", 0x02010300, 2, 1, false}, {"ia", 0x02020100, 3, 3, true},
        {"ib", 0x02020200, 3, 3, true},  {"ic", 0x02020300, 3, 3, true},
        {"p", 0x02030000, 3, 4, true},   {"pf", 0x02060000, 2, 3, true},
        {"f", 0x02800002, 2, 2, false},  {"ep_imp", 0x00010000, 4, 2, false},
        {"ep", 0x00000000, 4, 2, true},
    };
    QCOMPARE(t->values.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const ValueDef &v = t->values[i];
        QCOMPARE(v.key, QLatin1String(expected[i].key));
        QCOMPARE(v.di, expected[i].di);
        QCOMPARE(v.bytes, expected[i].bytes);
        QCOMPARE(v.decimals, expected[i].decimals);
        QCOMPARE(v.signedMsb, expected[i].signedMsb);
        QCOMPARE(v.scale, 1.0);
    }
}

void TestDeviceTemplate::defaults()
{
    const auto t =
        parseTemplate(withValue(R"({"key": "f", "name": "频率", "di": "02800002", "bytes": 2,
                      "decimals": 2})"),
                      QStringLiteral("t.json"));
    QVERIFY2(t.ok(), qPrintable(t.error().toString()));
    QCOMPARE(t->defaultBaud, 2400);
    QCOMPARE(t->defaultParity, 'E');
    QCOMPARE(t->values[0].signedMsb, false);
    QCOMPARE(t->values[0].scale, 1.0);
    QCOMPARE(t->values[0].unit, QString());
    QVERIFY(!t->values[0].quantity.has_value());
    const auto nine = parseTemplate(withValue(kUa, R"(, "defaults": {"baud": 9600,
                                                        "parity": "N"})"),
                                    QStringLiteral("t.json"));
    QVERIFY2(nine.ok(), qPrintable(nine.error().toString()));
    QCOMPARE(nine->defaultBaud, 9600);
    QCOMPARE(nine->defaultParity, 'N');
    // Lower-case hex digits in a DI are read as hex too.
    const auto lower = parseTemplate(withValue(R"({"key": "x", "name": "块", "di": "0201ff00",
                                                   "bytes": 6, "decimals": 1})"),
                                     QString());
    QVERIFY2(lower.ok(), qPrintable(lower.error().toString()));
    QCOMPARE(lower->values[0].di, 0x0201FF00u);
}

void TestDeviceTemplate::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("error"); // part of Error::toString()

    const QString file = QStringLiteral("t.json");
    QTest::newRow("modbus template")
        << QByteArray(R"({"id": "t", "protocol": "modbus", "manufacturer": "A", "model": "B",
                         "manual": "C", "read": {"max_registers": 60}, "values": []})")
        << file << QStringLiteral("t.json: protocol: not a DL/T 645 template");
    QTest::newRow("unknown protocol")
        << QByteArray(withValue(kUa).replace("\"dlt645\"", "\"iec62056\"")) << file
        << QStringLiteral("protocol: unknown protocol \"iec62056\"");
    QTest::newRow("missing protocol") << QByteArray(withValue(kUa).replace("\"protocol\"", "\"p\""))
                                      << file << QStringLiteral("t.json: protocol: missing");
    QTest::newRow("unknown top-level key (modbus read)")
        << withValue(kUa, R"(, "read": {"max_gap": 2})") << file
        << QStringLiteral("t.json: read: unknown key");
    QTest::newRow("unknown value key (typo)")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1,
                         "scael": 1})")
        << file << QStringLiteral("t.json: values[0].scael: unknown key");
    QTest::newRow("modbus field in a value")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1,
                         "address": "0x0061"})")
        << file << QStringLiteral("values[0].address: unknown key");
    QTest::newRow("unknown defaults key") << withValue(kUa, R"(, "defaults": {"unit": 1})") << file
                                          << QStringLiteral("t.json: defaults.unit: unknown key");
    QTest::newRow("bad DI: 7 digits")
        << withValue(R"({"key": "ua", "name": "U", "di": "0201010", "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("t.json: values[0].di: bad data identifier \"0201010\"");
    QTest::newRow("bad DI: not hex")
        << withValue(R"({"key": "ua", "name": "U", "di": "0201010G", "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("values[0].di: bad data identifier");
    QTest::newRow("bad DI: 0x prefix")
        << withValue(R"({"key": "ua", "name": "U", "di": "0x020101", "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("values[0].di: bad data identifier");
    QTest::newRow("bad DI: a number")
        << withValue(R"({"key": "ua", "name": "U", "di": 2010100, "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("values[0].di: must be a string");
    QTest::newRow("bad bytes: 0")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 0, "decimals": 0})")
        << file << QStringLiteral("values[0].bytes: 0 is out of range 1..8");
    QTest::newRow("bad bytes: 9")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 9, "decimals": 1})")
        << file << QStringLiteral("values[0].bytes: 9 is out of range 1..8");
    QTest::newRow("bad bytes: 2.5")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2.5,
                         "decimals": 1})")
        << file << QStringLiteral("values[0].bytes: must be a whole number");
    QTest::newRow("missing bytes")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "decimals": 1})") << file
        << QStringLiteral("values[0].bytes: missing");
    QTest::newRow("decimals beyond the digits")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 1, "decimals": 3})")
        << file << QStringLiteral("values[0].decimals: 3 decimals do not fit in 2");
    QTest::newRow("decimals 9")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 8, "decimals": 9})")
        << file << QStringLiteral("values[0].decimals: 9 is out of range 0..8");
    QTest::newRow("signed not a bool")
        << withValue(R"({"key": "ia", "name": "I", "di": "02020100", "bytes": 3, "decimals": 3,
                         "signed": "yes"})")
        << file << QStringLiteral("values[0].signed: must be true or false");
    QTest::newRow("scale 0")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1,
                         "scale": 0})")
        << file << QStringLiteral("values[0].scale: must not be 0");
    QTest::newRow("duplicate key")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1},
                        {"key": "ua", "name": "U2", "di": "02010200", "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("t.json: values[1].key: duplicate key \"ua\" (also values[0])");
    QTest::newRow("member written twice")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "di": "02010200",
                         "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("t.json: values[0].di: key written twice");
    QTest::newRow("bad key characters")
        << withValue(R"({"key": "Ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1})")
        << file << QStringLiteral("values[0].key: \"Ua\" is not [a-z0-9_]+");
    QTest::newRow("quantity twice")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1,
                         "quantity": "voltage_v"},
                        {"key": "ub", "name": "U", "di": "02010200", "bytes": 2, "decimals": 1,
                         "quantity": "voltage_v"})")
        << file << QStringLiteral("values[1].quantity: \"voltage_v\" is already fed by values[0]");
    QTest::newRow("unknown quantity")
        << withValue(R"({"key": "ua", "name": "U", "di": "02010100", "bytes": 2, "decimals": 1,
                         "quantity": "voltage"})")
        << file << QStringLiteral("values[0].quantity: unknown quantity \"voltage\"");
    QTest::newRow("id differs from file name") << withValue(kUa) << QStringLiteral("dir/x.json")
                                               << QStringLiteral("dir/x.json: id: \"t\" does "
                                                                 "not match the file name x.json");
    QTest::newRow("empty values") << withValue("") << file
                                  << QStringLiteral("t.json: values: must be a non-empty array");
    QTest::newRow("misspelt manual")
        << QByteArray(withValue(kUa).replace("\"manual\"", "\"manua1\"")) << file
        << QStringLiteral("t.json: manua1: unknown key");
    QTest::newRow("missing manual")
        << (QByteArray(R"({"id": "t", "protocol": "dlt645", "manufacturer": "M", "model": "X",
                          "values": [)") +
            kUa + "]}")
        << file << QStringLiteral("t.json: manual: missing");
    QTest::newRow("bad baud") << withValue(kUa, R"(, "defaults": {"baud": 2000})") << file
                              << QStringLiteral("defaults.baud: 2000 is not a DL/T 645 rate");
    QTest::newRow("bad parity") << withValue(kUa, R"(, "defaults": {"parity": "even"})") << file
                                << QStringLiteral("defaults.parity: \"even\" is not E, N or O");
    QTest::newRow("invalid JSON") << QByteArray(R"({"id": "t",)") << file
                                  << QStringLiteral("t.json: invalid JSON");
    QTest::newRow("not an object")
        << QByteArray("[1]") << file << QStringLiteral("must be a JSON object");
}

void TestDeviceTemplate::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, error);
    const auto t = parseTemplate(json, where);
    QVERIFY2(!t.ok(), "accepted a bad template");
    QVERIFY2(t.error().toString().contains(error), qPrintable(t.error().toString()));
}

QTEST_APPLESS_MAIN(TestDeviceTemplate)
#include "tst_devicetemplate.moc"
