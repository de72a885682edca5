// The plant configuration file (docs/plant-json.md): round trip of every field, and each
// class of error with its exact place (file, line, JSON path) and reason.
#include "plantfixture.h"

#include "vocsync/core/plantjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace vocsync;

namespace {

// Line numbers matter here: the error tests below name them.
const char kBase[] = R"({
  "format": "vocsync-plant",
  "version": 1,
  "enterprises": [
    {
      "id": "E01",
      "name": "福州示例家具有限公司",
      "credit_code": "91350100M000100Y43",
      "founded_on": "2008-05-12",
      "longitude": 119.3,
      "latitude": 26.08,
      "contacts": [{"name": "王工", "phone": "13800000000"}],
      "workshops": [
        {"id": "W01", "name": "喷涂车间", "lines": [{"id": "L01", "name": "一线"}]}
      ]
    }
  ],
  "facilities": [
    {"id": "F01", "enterprise_id": "E01", "workshop_id": "W01", "line_id": "L01",
     "name": "喷漆房", "kind": "production",
     "thresholds": {"quantity": "current_a", "off": 0.5, "run": 5, "overload": 40}},
    {"id": "F02", "enterprise_id": "E01", "name": "活性炭吸附", "kind": "treatment",
     "thresholds": {"quantity": "current_a", "off": 1, "run": 8}}
  ],
  "links": [
    {"production_id": "F01", "treatment_id": "F02", "lead_minutes": 2, "lag_minutes": 5}
  ],
  "devices": [
    {"id": "D01", "enterprise_id": "E01", "kind": "power_meter", "protocol": "simulator"}
  ],
  "points": [
    {"id": "P01", "facility_id": "F01", "device_id": "D01", "interval_s": 10,
     "channels": [{"quantity": "current_a", "decimals": 3}, {"quantity": "voltage_v", "decimals": 1}]},
    {"id": "P02", "facility_id": "F02", "channels": [{"quantity": "current_a", "decimals": 3}]}
  ]
}
)";

QByteArray base()
{
    return QByteArray(kBase);
}

QByteArray mutated(const char *from, const char *to)
{
    QByteArray text = base();
    const qsizetype at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        qFatal("test setup: '%s' must occur exactly once in the base file", from);
    text.replace(at, qstrlen(from), to);
    return text;
}

} // namespace

class TestPlantJson : public QObject
{
    Q_OBJECT

private slots:
    void baseFileIsValid()
    {
        const Result<Plant> plant = plantjson::read(base(), QStringLiteral("plant.json"));
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        QCOMPARE(plant->enterprises.size(), 1);
        QCOMPARE(plant->workshops.size(), 1);
        QCOMPARE(plant->workshops[0].enterpriseId, QStringLiteral("E01"));
        QCOMPARE(plant->lines[0].workshopId, QStringLiteral("W01"));
        QCOMPARE(plant->facilities[1].kind, FacilityKind::Treatment);
        QCOMPARE(plant->facilities[1].thresholds.minDwellS, 60); // default
        QCOMPARE(plant->facilities[0].thresholds.overload, 40.0);
        QCOMPARE(plant->links[0].lagMinutes, 5.0);
        QCOMPARE(plant->points[1].intervalS, 10); // default
        QCOMPARE(plant->points[0].decimals(Quantity::VoltageV), 1);
        QCOMPARE(plant->points[0].key, 0u);
        QCOMPARE(plant->enterprises[0].contacts[0].phone, QStringLiteral("13800000000"));
    }

    void roundTripKeepsEveryField()
    {
        const Plant original = plantfixture::richPlant();
        QVERIFY2(plantjson::validate(original).ok(),
                 qPrintable(plantjson::validate(original).error().toString()));
        const QByteArray text = plantjson::write(original);
        const Result<Plant> back = plantjson::read(text, QStringLiteral("rich.json"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        const QString diff = plantfixture::difference(original, back.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Writing what was read gives the same bytes: the format is canonical.
        QCOMPARE(plantjson::write(back.value()), text);
    }

    void writtenTextIsReadable()
    {
        Plant plant = plantfixture::richPlant();
        plant.points[0].key = 42;
        const QByteArray text = plantjson::write(plant);
        const QString s = QString::fromUtf8(text);
        QVERIFY(
            s.startsWith(QStringLiteral("{\n  \"format\": \"vocsync-plant\",\n  \"version\": 1,")));
        QVERIFY(
            s.contains(QStringLiteral("\"name\": \"福州示例家具制造有限公司\""))); // not \u escaped
        QVERIFY(s.contains(QStringLiteral("\"founded_on\": \"2008-05-12\"")));
        QVERIFY(s.contains(QStringLiteral("\"founded_on\": null"))); // E02: unknown
        QVERIFY(s.contains(QStringLiteral(
            "{\"quantity\": \"current_a\", \"off\": 0.5, \"run\": 5, \"overload\": 40, "
            "\"hysteresis\": 0.3, \"min_dwell_s\": 60}")));
        QVERIFY(s.contains(QStringLiteral("{\"quantity\": \"voltage_v\", \"decimals\": 1}")));
        QVERIFY(s.contains(QStringLiteral("\"registered_capital_wan_yuan\": 5000.5")));
        QVERIFY(
            s.contains(QStringLiteral("\\\"木制品\\\"加工\\n(依法须经批准的项目) \\\\ 备注\\t完")));
        // Point keys belong to one database and are not written.
        QVERIFY(!s.contains(QStringLiteral("\"key\"")));
        QVERIFY(!s.contains(QStringLiteral("42")));
        // Whatever the layout, it is JSON.
        QJsonParseError e;
        QJsonDocument::fromJson(text, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
    }

    void exampleFileIsValid()
    {
        QFile f(qEnvironmentVariable("VOCSYNC_SOURCE_DIR") +
                QStringLiteral("/resources/examples/plant-example.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray text = f.readAll();
        const Result<Plant> plant = plantjson::read(text, QStringLiteral("plant-example.json"));
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        QVERIFY(!plant->points.isEmpty());
        QVERIFY(!plant->links.isEmpty());
        // The example is kept in the canonical form `plant export` writes.
        QCOMPARE(QString::fromUtf8(plantjson::write(plant.value())), QString::fromUtf8(text));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");

        const auto row = [](const char *name, const QByteArray &text, const char *where,
                            const QString &message) {
            QTest::newRow(name) << text << QString::fromUtf8(where) << message;
        };
        // Structure and types.
        row("unknown facility kind", mutated("\"kind\": \"production\"", "\"kind\": \"prodution\""),
            "plant.json:20: facilities[0].kind",
            QStringLiteral("unknown kind 'prodution'; expected production or treatment"));
        row("kind not a string", mutated("\"kind\": \"production\"", "\"kind\": 3"),
            "plant.json:20: facilities[0].kind",
            QStringLiteral("expected a string, found a number"));
        row("missing required key", mutated("\"name\": \"活性炭吸附\", ", ""),
            "plant.json:22: facilities[1]", QStringLiteral("required key 'name' is missing"));
        row("missing thresholds",
            mutated(",\n     \"thresholds\": {\"quantity\": \"current_a\", \"off\": 1, \"run\": 8}",
                    ""),
            "plant.json:22: facilities[1]", QStringLiteral("required key 'thresholds' is missing"));
        row("missing contact name", mutated("{\"name\": \"王工\", ", "{"),
            "plant.json:12: enterprises[0].contacts[0]",
            QStringLiteral("required key 'name' is missing"));
        row("string for integer", mutated("\"interval_s\": 10", "\"interval_s\": \"10\""),
            "plant.json:32: points[0].interval_s",
            QStringLiteral("expected a whole number, found a string"));
        row("fraction for integer", mutated("\"interval_s\": 10", "\"interval_s\": 2.5"),
            "plant.json:32: points[0].interval_s",
            QStringLiteral("expected a whole number, found 2.5"));
        row("array element not an object", mutated("{\"id\": \"P02\"", "7, {\"id\": \"P02\""),
            "plant.json:34: points[1]", QStringLiteral("expected an object, found a number"));
        row("unknown top-level key", mutated("\"links\": [", "\"linkz\": ["),
            "plant.json:25: linkz",
            QStringLiteral("unknown key 'linkz'; expected one of: format, version, enterprises, "
                           "facilities, links, devices, points"));
        row("unknown nested key", mutated("\"lead_minutes\": 2", "\"lead_minute\": 2"),
            "plant.json:26: links[0].lead_minute",
            QStringLiteral("unknown key 'lead_minute'; expected one of: production_id, "
                           "treatment_id, lead_minutes, lag_minutes"));
        row("unsupported version", mutated("\"version\": 1", "\"version\": 2"),
            "plant.json:3: version",
            QStringLiteral("unsupported version 2; this program reads version 1"));
        row("wrong format tag", mutated("\"vocsync-plant\"", "\"hj212-config\""),
            "plant.json:2: format",
            QStringLiteral("this is not a VocSync plant file: format is 'hj212-config', expected "
                           "'vocsync-plant'"));
        row("bad date", mutated("2008-05-12", "2008-13-12"),
            "plant.json:9: enterprises[0].founded_on",
            QStringLiteral("'2008-13-12' is not a date; expected YYYY-MM-DD"));
        row("unknown device kind", mutated("\"power_meter\"", "\"meter\""),
            "plant.json:29: devices[0].kind",
            QStringLiteral("unknown kind 'meter'; expected power_meter, transmitter, sensor_card "
                           "or voc_analyzer"));
        row("unknown quantity", mutated("\"voltage_v\"", "\"voltage\""),
            "plant.json:33: points[0].channels[1].quantity",
            QStringLiteral("unknown quantity 'voltage'; expected one of: current_a, voltage_v, "
                           "power_kw, energy_kwh, frequency_hz"));
        row("duplicate key",
            mutated("\"kind\": \"production\",",
                    "\"kind\": \"production\", \"kind\": \"treatment\","),
            "plant.json:20: facilities[0].kind",
            QStringLiteral("this key occurs twice in one object (first at line 20)"));
        row("root not an object", QByteArray("[\n]\n"), "plant.json:1",
            QStringLiteral("a plant file holds one JSON object, found an array"));
        // Ids and references.
        row("duplicate point id", mutated("\"id\": \"P02\"", "\"id\": \"P01\""),
            "plant.json:34: points[1].id",
            QStringLiteral("point id 'P01' is already used by points[0]"));
        row("id with a comma", mutated("\"id\": \"P02\"", "\"id\": \"P,02\""),
            "plant.json:34: points[1].id",
            QStringLiteral("id 'P,02' contains a space, comma, quote or control character"));
        row("point to unknown facility",
            mutated("\"facility_id\": \"F02\"", "\"facility_id\": \"F09\""),
            "plant.json:34: points[1].facility_id", QStringLiteral("unknown facility 'F09'"));
        row("point to unknown device", mutated("\"device_id\": \"D01\"", "\"device_id\": \"D09\""),
            "plant.json:32: points[0].device_id", QStringLiteral("unknown device 'D09'"));
        row("facility to unknown enterprise",
            mutated("\"enterprise_id\": \"E01\", \"workshop_id\"",
                    "\"enterprise_id\": \"E09\", \"workshop_id\""),
            "plant.json:19: facilities[0].enterprise_id",
            QStringLiteral("unknown enterprise 'E09'"));
        row("facility to unknown workshop",
            mutated("\"workshop_id\": \"W01\"", "\"workshop_id\": \"W09\""),
            "plant.json:19: facilities[0].workshop_id", QStringLiteral("unknown workshop 'W09'"));
        row("facility to unknown line", mutated("\"line_id\": \"L01\"", "\"line_id\": \"L09\""),
            "plant.json:19: facilities[0].line_id",
            QStringLiteral("unknown production line 'L09'"));
        row("link production is treatment",
            mutated("\"production_id\": \"F01\"", "\"production_id\": \"F02\""),
            "plant.json:26: links[0].production_id",
            QStringLiteral("facility 'F02' is a treatment facility; production_id must name a "
                           "production facility"));
        row("link treatment is production",
            mutated("\"treatment_id\": \"F02\"", "\"treatment_id\": \"F01\""),
            "plant.json:26: links[0].treatment_id",
            QStringLiteral("facility 'F01' is a production facility; treatment_id must name a "
                           "treatment facility"));
        row("link to unknown facility",
            mutated("\"treatment_id\": \"F02\"", "\"treatment_id\": \"F07\""),
            "plant.json:26: links[0].treatment_id", QStringLiteral("unknown facility 'F07'"));
        row("unknown protocol", mutated("\"simulator\"", "\"modbus\""),
            "plant.json:29: devices[0].protocol",
            QStringLiteral("unknown protocol 'modbus'; expected one of modbus_rtu, modbus_tcp, "
                           "modbus_rtu_tcp, dlt645, hj212, simulator"));
        // Numbers in range.
        row("run below off", mutated("\"off\": 0.5, \"run\": 5", "\"off\": 6, \"run\": 5"),
            "plant.json:21: facilities[0].thresholds.run",
            QStringLiteral("run (5) is below off (6); expected off <= run"));
        row("overload below run", mutated("\"overload\": 40", "\"overload\": 4"),
            "plant.json:21: facilities[0].thresholds.overload",
            QStringLiteral("overload (4) is below run (5); expected run <= overload, or 0 for no "
                           "overload level"));
        row("threshold quantity",
            mutated("\"quantity\": \"current_a\", \"off\": 1",
                    "\"quantity\": \"voltage_v\", \"off\": 1"),
            "plant.json:23: facilities[1].thresholds.quantity",
            QStringLiteral("the run state is taken from current_a or power_kw, not voltage_v"));
        row("negative lead", mutated("\"lead_minutes\": 2", "\"lead_minutes\": -2"),
            "plant.json:26: links[0].lead_minutes",
            QStringLiteral("must be a number of at least 0, found -2"));
        row("negative lag", mutated("\"lag_minutes\": 5", "\"lag_minutes\": -0.5"),
            "plant.json:26: links[0].lag_minutes",
            QStringLiteral("must be a number of at least 0, found -0.5"));
        row("zero interval", mutated("\"interval_s\": 10", "\"interval_s\": 0"),
            "plant.json:32: points[0].interval_s",
            QStringLiteral("must be at least 1 second, found 0"));
        row("too many decimals", mutated("\"decimals\": 1", "\"decimals\": 7"),
            "plant.json:33: points[0].channels[1].decimals",
            QStringLiteral("decimals must be 0 to 6, found 7"));
        row("quantity twice", mutated("\"voltage_v\"", "\"current_a\""),
            "plant.json:33: points[0].channels[1].quantity",
            QStringLiteral("quantity current_a is listed twice"));
        row("no channels",
            mutated("\"channels\": [{\"quantity\": \"current_a\", \"decimals\": 3}]}",
                    "\"channels\": []}"),
            "plant.json:34: points[1].channels",
            QStringLiteral("a point measures at least one quantity"));
        row("longitude", mutated("119.3", "190.5"), "plant.json:10: enterprises[0].longitude",
            QStringLiteral("190.5 is out of range; expected -180 to 180"));
        row("latitude", mutated("26.08", "-91"), "plant.json:11: enterprises[0].latitude",
            QStringLiteral("-91 is out of range; expected -90 to 90"));
        row("credit code check character", mutated("M000100Y43", "M000100Y44"),
            "plant.json:8: enterprises[0].credit_code",
            QStringLiteral("invalid unified social credit code '91350100M000100Y44': check "
                           "character is '4' but should be '3' (position 18)"));
        row("credit code length", mutated("M000100Y43", "M000100Y4"),
            "plant.json:8: enterprises[0].credit_code",
            QStringLiteral("invalid unified social credit code '91350100M000100Y4': a unified "
                           "social credit code has 18 characters, this one has 17"));
        row("empty name", mutated("\"name\": \"喷漆房\"", "\"name\": \" \""),
            "plant.json:20: facilities[0].name", QStringLiteral("the name is empty"));
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Result<Plant> plant = plantjson::read(text, QStringLiteral("plant.json"));
        QVERIFY(!plant.ok());
        QCOMPARE(plant.error().where, where);
        QCOMPARE(plant.error().message, message);
    }

    void syntaxErrorGivesLineAndColumn()
    {
        // Missing comma after "version": 1 -> Qt notices at the next key, line 4.
        const Result<Plant> plant = plantjson::read(mutated("\"version\": 1,", "\"version\": 1"),
                                                    QStringLiteral("plant.json"));
        QVERIFY(!plant.ok());
        QVERIFY2(plant.error().where.startsWith(QStringLiteral("plant.json:4:")),
                 qPrintable(plant.error().where));
        QVERIFY(plant.error().message.startsWith(QStringLiteral("JSON syntax error: ")));

        // An unterminated string on line 7 after Chinese text: the column counts characters.
        const Result<Plant> p2 = plantjson::read(
            mutated("\"name\": \"福州示例家具有限公司\",", "\"name\": \"福州示例家具有限公司,"),
            QStringLiteral("plant.json"));
        QVERIFY(!p2.ok());
        const QStringList parts = p2.error().where.split(QLatin1Char(':'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0], QStringLiteral("plant.json"));
        QVERIFY2(parts[1].toInt() >= 7, qPrintable(p2.error().where));
        QVERIFY(parts[2].toInt() >= 1);
    }

    void placeWithoutFileName()
    {
        const Result<Plant> plant =
            plantjson::read(mutated("\"kind\": \"production\"", "\"kind\": \"prodution\""));
        QVERIFY(!plant.ok());
        QCOMPARE(plant.error().where, QStringLiteral("line 20: facilities[0].kind"));
        QCOMPARE(plant.error().toString(),
                 QStringLiteral("line 20: facilities[0].kind: unknown kind 'prodution'; expected "
                                "production or treatment"));
    }

    void nestedWorkshopErrorsNameTheirPlace()
    {
        const Result<Plant> plant = plantjson::read(
            mutated("{\"id\": \"L01\", \"name\": \"一线\"}", "{\"id\": \"L01\", \"name\": \"\"}"),
            QStringLiteral("plant.json"));
        QVERIFY(!plant.ok());
        QCOMPARE(plant.error().where,
                 QStringLiteral("plant.json:14: enterprises[0].workshops[0].lines[0].name"));
    }

    void validateInMemoryPlant()
    {
        Plant plant = plantfixture::richPlant();
        QVERIFY(plantjson::validate(plant).ok());

        Plant dupWorkshop = plant;
        dupWorkshop.workshops[2].id = QStringLiteral("W01");
        Status s = plantjson::validate(dupWorkshop);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("workshops[2].id"));
        QCOMPARE(s.error().message,
                 QStringLiteral("workshop id 'W01' is already used by workshops[0]"));

        Plant wrongLine = plant;
        wrongLine.facilities[1].lineId = QStringLiteral("L01"); // L01 is in W01, F02 in W02
        s = plantjson::validate(wrongLine);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("facilities[1].line_id"));
        QCOMPARE(s.error().message, QStringLiteral("production line 'L01' is in workshop 'W01', "
                                                   "but the facility's workshop_id is 'W02'"));

        Plant foreignWorkshop = plant;
        foreignWorkshop.facilities[4].workshopId = QStringLiteral("W01"); // F05 is E02's
        s = plantjson::validate(foreignWorkshop);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("facilities[4].workshop_id"));

        Plant dupLink = plant;
        dupLink.links.append(dupLink.links[0]);
        s = plantjson::validate(dupLink);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("links[4]"));
        QCOMPARE(s.error().message, QStringLiteral("F01 and F03 are already linked by links[0]"));

        Plant orphanWorkshop = plant;
        orphanWorkshop.workshops[0].enterpriseId = QStringLiteral("E99");
        s = plantjson::validate(orphanWorkshop);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("workshops[0].enterprise_id"));

        Plant nanThreshold = plant;
        nanThreshold.facilities[0].thresholds.hysteresis = std::nan("");
        s = plantjson::validate(nanThreshold);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("facilities[0].thresholds.hysteresis"));

        Plant badCode = plant;
        badCode.enterprises[1].creditCode = QStringLiteral("91110000600037341I");
        s = plantjson::validate(badCode);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("enterprises[1].credit_code"));
        QVERIFY(s.error().message.contains(QStringLiteral("position 18")));
    }

    void byteOrderMarkIsAccepted()
    {
        const Result<Plant> plant =
            plantjson::read("\xEF\xBB\xBF" + base(), QStringLiteral("p.json"));
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
    }
};

QTEST_APPLESS_MAIN(TestPlantJson)
#include "tst_plantjson.moc"
