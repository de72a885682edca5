// The HJ 212 MN registry file (core/transmitterjson.h): round trip of every field, defaults,
// each validation error with its exact place (file, line, JSON path), the in-memory checks and
// the check against a plant.
#include "vocsync/core/transmitterjson.h"

#include <QTest>

using namespace vocsync;

namespace {

// Line numbers matter here: the error tests below name them.
const char kBase[] = R"({
  "transmitters": [
    {"mn": "010000A8900016F000169DC0", "name": "喷涂线数采仪", "enterprise": "E01",
     "password": "123456", "factorMap": "vocsync-electric",
     "points": {"1": "P01", "2": "P02"},
     "backfillCn": 2051, "rtdIntervalS": 60, "alarmOnReject": true, "enabled": true},
    {"mn": "88888880000001", "password": "654321", "factorMap": "hj212-2017"}
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

TransmitterConfig full()
{
    TransmitterConfig t;
    t.mn = QStringLiteral("010000A8900016F000169DC0");
    t.name = QStringLiteral("喷涂线数采仪 \"A\"");
    t.enterpriseId = QStringLiteral("E01");
    t.password = QStringLiteral("Ab1!~x");
    t.factorMap = QStringLiteral("acme-voc");
    t.points = {
        {1, QStringLiteral("P01")}, {12, QStringLiteral("P12")}, {999, QStringLiteral("风机-1")}};
    t.backfillCn = 2061;
    t.rtdIntervalS = 30;
    t.alarmOnReject = true;
    t.enabled = false;
    return t;
}

Plant smallPlant()
{
    Plant plant;
    Enterprise e;
    e.id = QStringLiteral("E01");
    plant.enterprises.append(e);
    for (const char *id : {"P01", "P02"}) {
        MonitoringPoint p;
        p.id = QString::fromLatin1(id);
        plant.points.append(p);
    }
    return plant;
}

} // namespace

class TestTransmitterJson : public QObject
{
    Q_OBJECT

private slots:
    void baseFileIsValid()
    {
        const auto list = transmitterjson::read(base(), QStringLiteral("t.json"));
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list->size(), 2);
        const TransmitterConfig &a = list->at(0);
        QCOMPARE(a.mn, QStringLiteral("010000A8900016F000169DC0"));
        QCOMPARE(a.name, QStringLiteral("喷涂线数采仪"));
        QCOMPARE(a.enterpriseId, QStringLiteral("E01"));
        QCOMPARE(a.password, QStringLiteral("123456"));
        QCOMPARE(a.points.size(), 2);
        QCOMPARE(a.points.value(1), QStringLiteral("P01"));
        QCOMPARE(a.points.value(2), QStringLiteral("P02"));
        QCOMPARE(a.alarmOnReject, true);
        // Absent members take the struct's defaults.
        const TransmitterConfig &b = list->at(1);
        const TransmitterConfig defaults;
        QCOMPARE(b.mn, QStringLiteral("88888880000001"));
        QCOMPARE(b.factorMap, QStringLiteral("hj212-2017"));
        QCOMPARE(b.name, QString());
        QCOMPARE(b.enterpriseId, QString());
        QVERIFY(b.points.isEmpty());
        QCOMPARE(b.backfillCn, defaults.backfillCn);
        QCOMPARE(b.rtdIntervalS, defaults.rtdIntervalS);
        QCOMPARE(b.alarmOnReject, defaults.alarmOnReject);
        QCOMPARE(b.enabled, defaults.enabled);
        QCOMPARE(b.backfillCn, 2051);
        QCOMPARE(b.rtdIntervalS, 60);
        QCOMPARE(b.enabled, true);
    }

    void roundTrip()
    {
        TransmitterConfig second;
        second.mn = QStringLiteral("18AAH");
        const QList<TransmitterConfig> list{full(), second};
        const QByteArray text = transmitterjson::write(list);
        const auto back = transmitterjson::read(text, QStringLiteral("rt.json"));
        QVERIFY2(back.ok(),
                 qPrintable(back.error().toString() + QLatin1Char('\n') + QString::fromUtf8(text)));
        QCOMPARE(back->size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            const TransmitterConfig &w = list[i];
            const TransmitterConfig &r = back->at(i);
            QCOMPARE(r.mn, w.mn);
            QCOMPARE(r.name, w.name);
            QCOMPARE(r.enterpriseId, w.enterpriseId);
            QCOMPARE(r.password, w.password);
            QCOMPARE(r.factorMap, w.factorMap);
            QCOMPARE(r.points, w.points);
            QCOMPARE(r.backfillCn, w.backfillCn);
            QCOMPARE(r.rtdIntervalS, w.rtdIntervalS);
            QCOMPARE(r.alarmOnReject, w.alarmOnReject);
            QCOMPARE(r.enabled, w.enabled);
        }
        // Stable text: writing what was read gives the same bytes, keys in a fixed order.
        QCOMPARE(transmitterjson::write(back.value()), text);
        QVERIFY(text.indexOf("\"mn\"") < text.indexOf("\"name\""));
        QVERIFY(text.contains("\"points\": {\"1\": \"P01\", \"12\": \"P12\", \"999\":"));
        QVERIFY(text.contains("\"enterprise\": \"E01\""));
        QVERIFY(text.contains("喷涂线数采仪")); // UTF-8 as is, not escaped
    }

    void emptyRegistry()
    {
        const QByteArray text = transmitterjson::write({});
        const auto back = transmitterjson::read(text);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY(back->isEmpty());
    }

    void byteOrderMarkIsAccepted()
    {
        const auto list = transmitterjson::read(QByteArray("\xEF\xBB\xBF") + base());
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list->size(), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QByteArray &text, const char *where,
                            const char *message) {
            QTest::newRow(name) << text << QString::fromUtf8(where) << QString::fromUtf8(message);
        };
        // Document structure.
        row("not an object", "[]", "t.json:1",
            "a transmitter file holds one JSON object, found an array");
        row("no transmitters", "{}\n", "t.json:1", "required key 'transmitters' is missing");
        row("unknown top-level key", mutated("\"transmitters\":", "\"transmitter\":"),
            "t.json:2: transmitter", "unknown key 'transmitter'; expected one of: transmitters");
        row("transmitters not an array", "{\n  \"transmitters\": {}\n}", "t.json:2: transmitters",
            "expected an array, found an object");
        row("element not an object",
            mutated("{\"mn\": \"88888880000001\", \"password\": \"654321\", \"factorMap\": "
                    "\"hj212-2017\"}",
                    "\"88888880000001\""),
            "t.json:7: transmitters[1]", "expected an object, found a string");
        row("duplicate key", mutated("\"enabled\": true}", "\"enabled\": true, \"mn\": \"X\"}"),
            "t.json:6: transmitters[0].mn",
            "this key occurs twice in one object (first at line 3)");
        // Members and types.
        row("misspelt key", mutated("\"factorMap\": \"hj212-2017\"", "\"factormap\": \"x\""),
            "t.json:7: transmitters[1].factormap",
            "unknown key 'factormap'; expected one of: mn, name, enterprise, password, factorMap, "
            "points, backfillCn, rtdIntervalS, alarmOnReject, enabled");
        row("missing mn", mutated("{\"mn\": \"88888880000001\", ", "{"),
            "t.json:7: transmitters[1]", "required key 'mn' is missing");
        row("mn not a string", mutated("\"88888880000001\"", "88888880000001"),
            "t.json:7: transmitters[1].mn", "expected a string, found a number");
        row("points not an object", mutated("{\"1\": \"P01\", \"2\": \"P02\"}", "[\"P01\"]"),
            "t.json:5: transmitters[0].points", "expected an object, found an array");
        row("backfillCn not whole", mutated("\"backfillCn\": 2051", "\"backfillCn\": 2051.5"),
            "t.json:6: transmitters[0].backfillCn", "expected a whole number, found 2051.5");
        row("rtdIntervalS a string", mutated("\"rtdIntervalS\": 60", "\"rtdIntervalS\": \"60\""),
            "t.json:6: transmitters[0].rtdIntervalS", "expected a whole number, found a string");
        row("alarmOnReject not a boolean",
            mutated("\"alarmOnReject\": true", "\"alarmOnReject\": 1"),
            "t.json:6: transmitters[0].alarmOnReject", "expected true or false, found a number");
        row("enabled not a boolean", mutated("\"enabled\": true", "\"enabled\": \"yes\""),
            "t.json:6: transmitters[0].enabled", "expected true or false, found a string");
        // Channel keys and their points.
        row("channel key not a number", mutated("\"2\": \"P02\"", "\"two\": \"P02\""),
            "t.json:5: transmitters[0].points.two",
            "'two' is not a channel number; expected 1..999 without leading zeros");
        row("channel key with leading zero", mutated("\"2\": \"P02\"", "\"02\": \"P02\""),
            "t.json:5: transmitters[0].points.02",
            "'02' is not a channel number; expected 1..999 without leading zeros");
        row("channel 0", mutated("\"2\": \"P02\"", "\"0\": \"P02\""),
            "t.json:5: transmitters[0].points.0",
            "'0' is not a channel number; expected 1..999 without leading zeros");
        row("channel 1000", mutated("\"2\": \"P02\"", "\"1000\": \"P02\""),
            "t.json:5: transmitters[0].points.1000",
            "channel 1000 is out of range; expected 1..999");
        row("point id not a string", mutated("\"2\": \"P02\"", "\"2\": 2"),
            "t.json:5: transmitters[0].points.2",
            "expected a monitoring point id (a string), found a number");
        row("point id empty", mutated("\"2\": \"P02\"", "\"2\": \" \""),
            "t.json:5: transmitters[0].points.2", "channel 2 is bound to an empty point id");
        // Values.
        row("mn empty", mutated("\"88888880000001\"", "\"\""), "t.json:7: transmitters[1].mn",
            "the MN is empty");
        row("mn too long", mutated("\"88888880000001\"", "\"0123456789ABCDEF0123456789ABCDEF\""),
            "t.json:7: transmitters[1].mn",
            "MN '0123456789ABCDEF0123456789ABCDEF' has 32 characters; at most 31 are allowed");
        row("mn with a dash", mutated("\"88888880000001\"", "\"8888888-000001\""),
            "t.json:7: transmitters[1].mn",
            "MN '8888888-000001' contains '-'; only digits and the letters A-Z and a-z are "
            "allowed");
        row("mn with a space", mutated("\"88888880000001\"", "\"8888888 000001\""),
            "t.json:7: transmitters[1].mn",
            "MN '8888888 000001' contains ' '; only digits and the letters A-Z and a-z are "
            "allowed");
        row("password too long", mutated("\"654321\"", "\"0123456789abcdef\""),
            "t.json:7: transmitters[1].password",
            "the password has 16 characters; at most 15 are allowed (HJ 212 uses 6)");
        row("password with a separator", mutated("\"654321\"", "\"654;21\""),
            "t.json:7: transmitters[1].password",
            "the password contains ';'; use printable ASCII characters other than space, ';', "
            "',', '=' and '&'");
        row("password not ASCII", mutated("\"654321\"", "\"密码\""),
            "t.json:7: transmitters[1].password",
            "the password contains '密'; use printable ASCII characters other than space, ';', "
            "',', '=' and '&'");
        row("factor map empty", mutated("\"hj212-2017\"", "\"\""),
            "t.json:7: transmitters[1].factorMap",
            "the factor map id is empty; expected e.g. vocsync-electric");
        row("backfillCn 2031", mutated("\"backfillCn\": 2051", "\"backfillCn\": 2031"),
            "t.json:6: transmitters[0].backfillCn",
            "CN 2031 cannot fill a gap; expected 2011 (real-time data), 2051 (minute data) or "
            "2061 (hourly data)");
        row("rtdIntervalS 0", mutated("\"rtdIntervalS\": 60", "\"rtdIntervalS\": 0"),
            "t.json:6: transmitters[0].rtdIntervalS",
            "real-time interval 0 s is out of range; expected 1..86400 s (HJ 212 transmitters "
            "typically send every 30..3600 s)");
        row("rtdIntervalS 86401", mutated("\"rtdIntervalS\": 60", "\"rtdIntervalS\": 86401"),
            "t.json:6: transmitters[0].rtdIntervalS",
            "real-time interval 86401 s is out of range; expected 1..86400 s (HJ 212 "
            "transmitters typically send every 30..3600 s)");
        // The registry as a whole.
        row("duplicate MN", mutated("\"88888880000001\"", "\"010000A8900016F000169DC0\""),
            "t.json:7: transmitters[1].mn",
            "MN '010000A8900016F000169DC0' is already registered by transmitters[0]");
        row("duplicate MN in another case",
            mutated("\"88888880000001\"", "\"010000a8900016f000169dc0\""),
            "t.json:7: transmitters[1].mn",
            "MN '010000a8900016f000169dc0' is already registered by transmitters[0] as "
            "'010000A8900016F000169DC0' (MNs are hexadecimal: letter case does not make another "
            "one)");
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const auto list = transmitterjson::read(text, QStringLiteral("t.json"));
        QVERIFY(!list.ok());
        QCOMPARE(list.error().where, where);
        QCOMPARE(list.error().message, message);
    }

    void syntaxErrorGivesLineAndColumn()
    {
        const auto list = transmitterjson::read(
            mutated("\"name\": \"喷涂线数采仪\",", "\"name\": ,"), QStringLiteral("t.json"));
        QVERIFY(!list.ok());
        QVERIFY2(list.error().where.startsWith(QStringLiteral("t.json:3:")),
                 qPrintable(list.error().where));
        QVERIFY2(list.error().message.startsWith(QStringLiteral("JSON syntax error: ")),
                 qPrintable(list.error().message));
    }

    void withoutFileNameTheLineIsNamed()
    {
        const auto list = transmitterjson::read(mutated("\"654321\"", "\"654 321\""));
        QVERIFY(!list.ok());
        QCOMPARE(list.error().where, QStringLiteral("line 7: transmitters[1].password"));
    }

    void validateInMemory()
    {
        QVERIFY(transmitterjson::validateTransmitter(full()).ok());
        TransmitterConfig t = full();
        t.points.insert(0, QStringLiteral("P00"));
        Status s = transmitterjson::validateTransmitter(t);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("points.0"));
        QCOMPARE(s.error().message, QStringLiteral("channel 0 is out of range; expected 1..999"));

        t = full();
        t.backfillCn = 2011; // real-time history is allowed
        QVERIFY(transmitterjson::validateTransmitter(t).ok());
        t.rtdIntervalS = 86400;
        QVERIFY(transmitterjson::validateTransmitter(t).ok());
        t.password.clear(); // no password is allowed (nothing to check against)
        QVERIFY(transmitterjson::validateTransmitter(t).ok());
        t.mn = QString(31, QLatin1Char('A'));
        QVERIFY(transmitterjson::validateTransmitter(t).ok());

        TransmitterConfig other = full();
        other.mn = QStringLiteral("88888880000001");
        other.password = QStringLiteral("12=456");
        s = transmitterjson::validate({full(), other});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("transmitters[1].password"));
        other.password = QStringLiteral("123456");
        QVERIFY(transmitterjson::validate({full(), other}).ok());
        s = transmitterjson::validate({full(), other, full()});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("transmitters[2].mn"));
        QCOMPARE(s.error().message,
                 QStringLiteral("MN '010000A8900016F000169DC0' is already registered by "
                                "transmitters[0]"));
    }

    void checkAgainstPlant()
    {
        const Plant plant = smallPlant();
        auto list = transmitterjson::read(base());
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        Status s = transmitterjson::checkPlant(list.value(), plant);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));

        list.value()[0].points.insert(7, QStringLiteral("P99"));
        s = transmitterjson::checkPlant(list.value(), plant);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("transmitters[0].points.7"));
        QCOMPARE(s.error().message,
                 QStringLiteral("transmitter 010000A8900016F000169DC0 (喷涂线数采仪) binds channel "
                                "7 to monitoring point 'P99', which is not in the plant"));

        list.value()[0].points.remove(7);
        list.value()[1].enterpriseId = QStringLiteral("E09");
        s = transmitterjson::checkPlant(list.value(), plant);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("transmitters[1].enterprise"));
        QCOMPARE(s.error().message,
                 QStringLiteral("transmitter 88888880000001 belongs to enterprise 'E09', which is "
                                "not in the plant"));
    }
};

QTEST_APPLESS_MAIN(TestTransmitterJson)
#include "tst_transmitterjson.moc"
