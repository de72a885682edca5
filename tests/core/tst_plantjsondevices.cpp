// Devices in the plant file (docs/plant-json.md, devices[]): the connection fields of polled
// meters, their defaults, how they are written, and each validation error with its place.
#include "plantfixture.h"

#include "vocsync/core/plantjson.h"

#include <QTest>

#include <cmath>

using namespace vocsync;

namespace {

// Line numbers matter here: the error tests below name them.
const char kDevices[] = R"({
  "format": "vocsync-plant",
  "version": 1,
  "enterprises": [{"id": "E01", "name": "示例家具"}],
  "devices": [
    {"id": "M1", "enterprise_id": "E01", "kind": "power_meter", "protocol": "modbus_rtu",
     "address": "1", "template_id": "dtsd1352", "port": "/dev/ttyUSB0",
     "serial": {"baud": 19200, "parity": "E", "data_bits": 8, "stop_bits": 1, "frame_delay_ms": 4},
     "poll_interval_ms": 5000, "timeout_ms": 800, "pt_ratio": 10, "ct_ratio": 2.5, "enabled": false},
    {"id": "M2", "kind": "power_meter", "protocol": "modbus_tcp", "address": "2",
     "template_id": "pd194e", "port": "192.168.1.20:502"},
    {"id": "M3", "kind": "power_meter", "protocol": "dlt645", "address": "000012345678",
     "template_id": "dlt645_2007", "port": "COM3"},
    {"id": "M4", "kind": "power_meter", "protocol": "modbus_rtu_tcp", "address": "247",
     "template_id": "pd194e", "port": "10.0.0.9:4001"},
    {"id": "T1", "kind": "transmitter", "protocol": "hj212"}
  ]
}
)";

QByteArray mutated(const char *from, const char *to)
{
    QByteArray text(kDevices);
    const qsizetype at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        qFatal("test setup: '%s' must occur exactly once in the devices file", from);
    text.replace(at, qstrlen(from), to);
    return text;
}

Device polledMeter()
{
    Device d;
    d.id = QStringLiteral("M9");
    d.protocol = QStringLiteral("modbus_rtu");
    d.address = QStringLiteral("12");
    d.templateId = QStringLiteral("dtsd1352");
    d.port = QStringLiteral("/dev/ttyUSB1");
    return d;
}

} // namespace

class TestPlantJsonDevices : public QObject
{
    Q_OBJECT

private slots:
    void polledAndNetworkProtocols_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("polled");
        QTest::addColumn<bool>("network");
        QTest::newRow("modbus_rtu") << QStringLiteral("modbus_rtu") << true << false;
        QTest::newRow("modbus_tcp") << QStringLiteral("modbus_tcp") << true << true;
        QTest::newRow("modbus_rtu_tcp") << QStringLiteral("modbus_rtu_tcp") << true << true;
        QTest::newRow("dlt645") << QStringLiteral("dlt645") << true << false;
        QTest::newRow("hj212") << QStringLiteral("hj212") << false << false;
        QTest::newRow("simulator") << QStringLiteral("simulator") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("case matters") << QStringLiteral("Modbus_TCP") << false << false;
    }

    void polledAndNetworkProtocols()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, polled);
        QFETCH(bool, network);
        Device d;
        d.protocol = protocol;
        QCOMPARE(d.isPolled(), polled);
        QCOMPARE(d.isNetwork(), network);
    }

    void readsConnectionFieldsAndDefaults()
    {
        const Result<Plant> plant = plantjson::read(kDevices, QStringLiteral("plant.json"));
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        QCOMPARE(plant->devices.size(), 5);
        const Device &m1 = plant->devices[0];
        QCOMPARE(m1.port, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(m1.serial.baud, 19200);
        QCOMPARE(m1.serial.parity, 'E');
        QCOMPARE(m1.serial.dataBits, 8);
        QCOMPARE(m1.serial.stopBits, 1);
        QCOMPARE(m1.serial.frameDelayMs, 4);
        QCOMPARE(m1.pollIntervalMs, 5000);
        QCOMPARE(m1.timeoutMs, 800);
        QCOMPARE(m1.ptRatio, 10.0);
        QCOMPARE(m1.ctRatio, 2.5);
        QCOMPARE(m1.enabled, false);
        // Absent fields take the struct's defaults.
        const Device &m2 = plant->devices[1];
        QCOMPARE(m2.port, QStringLiteral("192.168.1.20:502"));
        QCOMPARE(m2.serial.baud, 9600);
        QCOMPARE(m2.serial.parity, 'N');
        QCOMPARE(m2.serial.dataBits, 8);
        QCOMPARE(m2.serial.stopBits, 1);
        QCOMPARE(m2.serial.frameDelayMs, 0);
        QCOMPARE(m2.pollIntervalMs, 10000);
        QCOMPARE(m2.timeoutMs, 1000);
        QCOMPARE(m2.ptRatio, 0.0);
        QCOMPARE(m2.ctRatio, 0.0);
        QCOMPARE(m2.enabled, true);
        QCOMPARE(plant->devices[2].address, QStringLiteral("000012345678"));
        QVERIFY(plant->devices[3].isNetwork());
        QVERIFY(!plant->devices[4].isPolled());
        QVERIFY(plant->devices[4].port.isEmpty());
    }

    void partialSerialObjectKeepsOtherDefaults()
    {
        const Result<Plant> plant = plantjson::read(
            mutated("\"port\": \"COM3\"", "\"port\": \"COM3\", \"serial\": {\"parity\": \"O\"}"));
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        const SerialSettings &s = plant->devices[2].serial;
        QCOMPARE(s.parity, 'O');
        QCOMPARE(s.baud, 9600);
        QCOMPARE(s.dataBits, 8);
        QCOMPARE(s.stopBits, 1);
    }

    void writesConnectionFieldsOfPolledDevicesOnly()
    {
        const Result<Plant> plant = plantjson::read(kDevices);
        QVERIFY2(plant.ok(), qPrintable(plant.error().toString()));
        const QString s = QString::fromUtf8(plantjson::write(plant.value()));
        // Serial meter: everything, the line settings as one record.
        QVERIFY2(s.contains(QStringLiteral(
                     "      \"firmware\": \"\",\n"
                     "      \"port\": \"/dev/ttyUSB0\",\n"
                     "      \"serial\": {\"baud\": 19200, \"parity\": \"E\", \"data_bits\": 8, "
                     "\"stop_bits\": 1, \"frame_delay_ms\": 4},\n"
                     "      \"poll_interval_ms\": 5000,\n"
                     "      \"timeout_ms\": 800,\n"
                     "      \"pt_ratio\": 10,\n"
                     "      \"ct_ratio\": 2.5,\n"
                     "      \"enabled\": false\n")),
                 qPrintable(s));
        // TCP meter with default line settings: no serial record, defaults written.
        QVERIFY2(s.contains(QStringLiteral("      \"port\": \"192.168.1.20:502\",\n"
                                           "      \"poll_interval_ms\": 10000,\n"
                                           "      \"timeout_ms\": 1000,\n"
                                           "      \"pt_ratio\": 0,\n"
                                           "      \"ct_ratio\": 0,\n"
                                           "      \"enabled\": true\n")),
                 qPrintable(s));
        // DL/T 645 on a serial port: the default line settings are written too.
        QVERIFY(s.contains(QStringLiteral(
            "\"port\": \"COM3\",\n      \"serial\": {\"baud\": 9600, \"parity\": \"N\", "
            "\"data_bits\": 8, \"stop_bits\": 1, \"frame_delay_ms\": 0},")));
        // The hj212 transmitter calls in: no connection fields at all.
        QVERIFY2(s.contains(QStringLiteral("\"protocol\": \"hj212\",\n"
                                           "      \"address\": \"\",\n"
                                           "      \"template_id\": \"\",\n"
                                           "      \"firmware\": \"\"\n    }")),
                 qPrintable(s));
        QCOMPARE(s.count(QStringLiteral("\"enabled\"")), 4);
        QCOMPARE(s.count(QStringLiteral("\"serial\"")), 2); // M1, M3; M4 has the defaults
    }

    void roundTripOfEveryDeviceShape()
    {
        // The fixture has non-polled devices with (D03) and without (D02) connection fields,
        // a serial server (D06) with its line settings, IPv6, DL/T 645, disabled meters.
        const Plant original = plantfixture::richPlant();
        const QByteArray text = plantjson::write(original);
        const Result<Plant> back = plantjson::read(text, QStringLiteral("rich.json"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        const QString diff = plantfixture::difference(original, back.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(plantjson::write(back.value()), text);
        QCOMPARE(back->devices[2].enabled, false);
        QCOMPARE(back->devices[2].pollIntervalMs, 60000);
        QCOMPARE(back->devices[5].serial.parity, 'O');
        QCOMPARE(back->devices[5].port, QStringLiteral("[fe80::1]:4001"));
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
        const QString parity =
            QStringLiteral("unknown parity '%1'; expected N (none), E (even) or O (odd)");
        // Types and keys.
        row("unknown serial key", mutated("\"stop_bits\": 1", "\"stop_bit\": 1"),
            "plant.json:8: devices[0].serial.stop_bit",
            QStringLiteral("unknown key 'stop_bit'; expected one of: baud, parity, data_bits, "
                           "stop_bits, frame_delay_ms"));
        row("serial not an object",
            mutated("{\"baud\": 19200, \"parity\": \"E\", \"data_bits\": 8, \"stop_bits\": 1, "
                    "\"frame_delay_ms\": 4}",
                    "\"19200,E,8,1\""),
            "plant.json:8: devices[0].serial",
            QStringLiteral("expected an object, found a string"));
        row("enabled not a boolean", mutated("\"enabled\": false", "\"enabled\": \"no\""),
            "plant.json:9: devices[0].enabled",
            QStringLiteral("expected true or false, found a string"));
        row("timeout as text", mutated("\"timeout_ms\": 800", "\"timeout_ms\": \"800\""),
            "plant.json:9: devices[0].timeout_ms",
            QStringLiteral("expected a whole number, found a string"));
        row("unknown device key", mutated("\"poll_interval_ms\"", "\"poll_interval\""),
            "plant.json:9: devices[0].poll_interval",
            QStringLiteral("unknown key 'poll_interval'; expected one of: id, enterprise_id, "
                           "kind, model, protocol, address, template_id, firmware, port, serial, "
                           "poll_interval_ms, timeout_ms, pt_ratio, ct_ratio, enabled"));
        // Line settings.
        row("parity letter", mutated("\"parity\": \"E\"", "\"parity\": \"X\""),
            "plant.json:8: devices[0].serial.parity", parity.arg(QLatin1String("X")));
        row("parity word", mutated("\"parity\": \"E\"", "\"parity\": \"even\""),
            "plant.json:8: devices[0].serial.parity", parity.arg(QLatin1String("even")));
        row("parity lower case", mutated("\"parity\": \"E\"", "\"parity\": \"e\""),
            "plant.json:8: devices[0].serial.parity", parity.arg(QLatin1String("e")));
        row("baud", mutated("\"baud\": 19200", "\"baud\": 19000"),
            "plant.json:8: devices[0].serial.baud",
            QStringLiteral("baud rate 19000 is not supported; expected one of 1200, 2400, 4800, "
                           "9600, 19200, 38400, 57600, 115200"));
        row("data bits", mutated("\"data_bits\": 8", "\"data_bits\": 9"),
            "plant.json:8: devices[0].serial.data_bits",
            QStringLiteral("data bits must be 7 or 8, found 9"));
        row("stop bits", mutated("\"stop_bits\": 1", "\"stop_bits\": 0"),
            "plant.json:8: devices[0].serial.stop_bits",
            QStringLiteral("stop bits must be 1 or 2, found 0"));
        row("frame delay", mutated("\"frame_delay_ms\": 4", "\"frame_delay_ms\": 1001"),
            "plant.json:8: devices[0].serial.frame_delay_ms",
            QStringLiteral("1001 is out of range; expected 0 to 1000"));
        row("negative frame delay", mutated("\"frame_delay_ms\": 4", "\"frame_delay_ms\": -1"),
            "plant.json:8: devices[0].serial.frame_delay_ms",
            QStringLiteral("-1 is out of range; expected 0 to 1000"));
        // Timing and transformer ratios.
        row("poll interval too short",
            mutated("\"poll_interval_ms\": 5000", "\"poll_interval_ms\": 999"),
            "plant.json:9: devices[0].poll_interval_ms",
            QStringLiteral("999 is out of range; expected 1000 to 3600000"));
        row("poll interval too long",
            mutated("\"poll_interval_ms\": 5000", "\"poll_interval_ms\": 3600001"),
            "plant.json:9: devices[0].poll_interval_ms",
            QStringLiteral("3600001 is out of range; expected 1000 to 3600000"));
        row("timeout too short", mutated("\"timeout_ms\": 800", "\"timeout_ms\": 49"),
            "plant.json:9: devices[0].timeout_ms",
            QStringLiteral("49 is out of range; expected 50 to 60000"));
        row("timeout too long", mutated("\"timeout_ms\": 800", "\"timeout_ms\": 60001"),
            "plant.json:9: devices[0].timeout_ms",
            QStringLiteral("60001 is out of range; expected 50 to 60000"));
        row("negative pt ratio", mutated("\"pt_ratio\": 10", "\"pt_ratio\": -1"),
            "plant.json:9: devices[0].pt_ratio",
            QStringLiteral("must be a number of at least 0, found -1"));
        row("negative ct ratio", mutated("\"ct_ratio\": 2.5", "\"ct_ratio\": -2.5"),
            "plant.json:9: devices[0].ct_ratio",
            QStringLiteral("must be a number of at least 0, found -2.5"));
        // Where and whom to poll.
        row("serial port missing", mutated(", \"port\": \"COM3\"", ""),
            "plant.json:12: devices[2].port",
            QStringLiteral("a dlt645 device needs a port: the serial device it is on, e.g. "
                           "/dev/ttyUSB0 or COM3"));
        row("serial port blank", mutated("\"port\": \"/dev/ttyUSB0\"", "\"port\": \" \""),
            "plant.json:7: devices[0].port",
            QStringLiteral("a modbus_rtu device needs a port: the serial device it is on, e.g. "
                           "/dev/ttyUSB0 or COM3"));
        row("network port missing", mutated(", \"port\": \"192.168.1.20:502\"", ""),
            "plant.json:10: devices[1].port",
            QStringLiteral("a modbus_tcp device needs a port: host:port of the meter or serial "
                           "server, e.g. 192.168.1.20:502"));
        row("host without port", mutated("\"192.168.1.20:502\"", "\"192.168.1.20\""),
            "plant.json:11: devices[1].port",
            QStringLiteral("'192.168.1.20' is not host:port; expected e.g. 192.168.1.20:502 "
                           "([::1]:502 for IPv6)"));
        row("port without host", mutated("\"10.0.0.9:4001\"", "\":4001\""),
            "plant.json:15: devices[3].port",
            QStringLiteral("':4001' is not host:port; expected e.g. 192.168.1.20:502 "
                           "([::1]:502 for IPv6)"));
        row("bare IPv6", mutated("\"10.0.0.9:4001\"", "\"fe80::1:4001\""),
            "plant.json:15: devices[3].port",
            QStringLiteral("'fe80::1:4001' is not host:port; expected e.g. 192.168.1.20:502 "
                           "([::1]:502 for IPv6)"));
        row("TCP port 0", mutated("\"192.168.1.20:502\"", "\"192.168.1.20:0\""),
            "plant.json:11: devices[1].port",
            QStringLiteral("TCP port 0 is out of range; expected 1 to 65535"));
        row("TCP port 65536", mutated("\"10.0.0.9:4001\"", "\"10.0.0.9:65536\""),
            "plant.json:15: devices[3].port",
            QStringLiteral("TCP port 65536 is out of range; expected 1 to 65535"));
        row("unit id 0 (broadcast)", mutated("\"address\": \"2\"", "\"address\": \"0\""),
            "plant.json:10: devices[1].address",
            QStringLiteral("'0' is not a Modbus unit id; expected 1 to 247 (0 is broadcast, "
                           "which no meter answers)"));
        row("unit id 248", mutated("\"address\": \"247\"", "\"address\": \"248\""),
            "plant.json:14: devices[3].address",
            QStringLiteral("'248' is not a Modbus unit id; expected 1 to 247 (0 is broadcast, "
                           "which no meter answers)"));
        row("unit id missing", mutated("\"address\": \"1\", ", ""),
            "plant.json:6: devices[0].address",
            QStringLiteral("'' is not a Modbus unit id; expected 1 to 247 (0 is broadcast, "
                           "which no meter answers)"));
        row("old bus address form", mutated("\"address\": \"1\"", "\"address\": \"COM3:1\""),
            "plant.json:7: devices[0].address",
            QStringLiteral("'COM3:1' is not a Modbus unit id; expected 1 to 247 (0 is "
                           "broadcast, which no meter answers)"));
        row("DL/T 645 address short", mutated("\"000012345678\"", "\"00001234567\""),
            "plant.json:12: devices[2].address",
            QStringLiteral("'00001234567' is not a DL/T 645 address; expected 12 decimal "
                           "digits, e.g. 000012345678"));
        row("DL/T 645 address wildcard", mutated("\"000012345678\"", "\"AAAAAAAAAAAA\""),
            "plant.json:12: devices[2].address",
            QStringLiteral("'AAAAAAAAAAAA' is not a DL/T 645 address; expected 12 decimal "
                           "digits, e.g. 000012345678"));
        row("template missing",
            mutated("\"template_id\": \"pd194e\", \"port\": \"10.0.0.9", "\"port\": \"10.0.0.9"),
            "plant.json:14: devices[3].template_id",
            QStringLiteral("a polled device needs a template_id (the device template that maps "
                           "its registers)"));
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

    void nonPolledDevicesNeedNoConnection()
    {
        // hj212 and simulator devices are not polled: no port, address or template needed,
        // but their numbers are still checked when given.
        Plant plant;
        Device d;
        d.id = QStringLiteral("T1");
        d.protocol = QStringLiteral("hj212");
        d.address = QStringLiteral("10.0.0.8:9000");
        plant.devices = {d};
        QVERIFY(plantjson::validate(plant).ok());
        plant.devices[0].timeoutMs = 10;
        const Status s = plantjson::validate(plant);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("devices[0].timeout_ms"));
    }

    void validateInMemoryDevices()
    {
        Plant plant = plantfixture::richPlant();
        QVERIFY(plantjson::validate(plant).ok());
        plant.devices[0].serial.parity = 'M'; // mark parity: not offered
        Status s = plantjson::validate(plant);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("devices[0].serial.parity"));
        QCOMPARE(s.error().message,
                 QStringLiteral("unknown parity 'M'; expected N (none), E (even) or O (odd)"));

        plant = plantfixture::richPlant();
        plant.devices[3].ctRatio = std::nan("");
        s = plantjson::validate(plant);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("devices[3].ct_ratio"));
    }

    void validateOneDevice()
    {
        QVERIFY(plantjson::validateDevice(polledMeter()).ok());

        Device d = polledMeter();
        d.serial.stopBits = 3;
        Status s = plantjson::validateDevice(d);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("serial.stop_bits"));
        QCOMPARE(s.error().message, QStringLiteral("stop bits must be 1 or 2, found 3"));

        d = polledMeter();
        d.protocol = QStringLiteral("modbus_tcp");
        s = plantjson::validateDevice(d); // "/dev/ttyUSB1" is no host:port
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("port"));
        d.port = QStringLiteral("meter-7.plant.local:502");
        QVERIFY2(plantjson::validateDevice(d).ok(),
                 qPrintable(plantjson::validateDevice(d).error().toString()));

        d = polledMeter();
        d.id = QStringLiteral("M 9");
        s = plantjson::validateDevice(d);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("id"));
        QCOMPARE(s.error().message,
                 QStringLiteral("id 'M 9' contains a space, comma, quote or control character"));
        d.id.clear();
        QCOMPARE(plantjson::validateDevice(d).error().message, QStringLiteral("the id is empty"));

        // The enterprise is not checked here: a lone device has no plant to look it up in.
        d = polledMeter();
        d.enterpriseId = QStringLiteral("E99");
        QVERIFY(plantjson::validateDevice(d).ok());
    }
};

QTEST_APPLESS_MAIN(TestPlantJsonDevices)
#include "tst_plantjsondevices.moc"
