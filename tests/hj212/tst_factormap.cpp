// Factor maps: the strict JSON reader (errors at file + JSON path), resolve() of exact codes
// and channel patterns through includes, codeFor() round trips, and the shipped maps of
// resources/hj212 (docs/hj212-factors.md).
#include "vocsync/hj212/factormap.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace vocsync;
using namespace vocsync::hj212;

namespace {

QString shippedDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/hj212");
}

QByteArray readShipped(const QString &id)
{
    QFile f(shippedDir() + QLatin1Char('/') + id + QStringLiteral(".json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every shipped map, as the station loads them.
FactorMapSet shippedSet()
{
    FactorMapSet set;
    const QStringList files =
        QDir(shippedDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        Result<FactorMap> m = parseFactorMap(readShipped(QFileInfo(f).completeBaseName()), f);
        if (m)
            set.add(std::move(m).value());
    }
    return set;
}

FactorMap parsed(const char *json)
{
    Result<FactorMap> m = parseFactorMap(QByteArray(json), QStringLiteral("t.json"));
    if (!m)
        qFatal("test map does not parse: %s", qPrintable(m.error().toString()));
    return std::move(m).value();
}

/// A map with one electrical pattern per quantity, channel field {ch:N}.
FactorMap electricMap(const char *id, int digits)
{
    const QByteArray n = QByteArray::number(digits);
    QByteArray json = "{\"id\":\"" + QByteArray(id) + "\",\"name\":\"t\",\"factors\":[";
    const char *keys[] = {"current_a", "voltage_v", "power_kw", "energy_kwh", "frequency_hz"};
    for (int i = 0; i < 5; ++i) {
        json += (i ? "," : "") + QByteArray("{\"code\":\"q0") + QByteArray::number(i + 1) +
                "{ch:" + n + "}\",\"quantity\":\"" + keys[i] + "\",\"name\":\"n\"}";
    }
    json += "]}";
    Result<FactorMap> m = parseFactorMap(json, QStringLiteral("e.json"));
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    return std::move(m).value();
}

} // namespace

class TestFactorMap : public QObject
{
    Q_OBJECT

private slots:
    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message"); // a fragment of the message

        const QByteArray head = R"({"id":"m","name":"M","factors":[)";
        auto row = [&](const char *name, const QByteArray &factors, const char *where,
                       const char *message) {
            QTest::newRow(name) << head + factors + "]}" << QString::fromUtf8(where)
                                << QString::fromUtf8(message);
        };
        QTest::newRow("syntax") << QByteArray("{\"id\": \"m\",\n \"name\": }")
                                << QStringLiteral("t.json: line 2, column 11")
                                << QStringLiteral("JSON syntax error");
        QTest::newRow("not an object")
            << QByteArray("[1]") << QStringLiteral("t.json") << QStringLiteral("one JSON object");
        QTest::newRow("unknown root key")
            << QByteArray(R"({"id":"m","name":"M","factor":[]})")
            << QStringLiteral("t.json: factor") << QStringLiteral("unknown key");
        QTest::newRow("missing factors")
            << QByteArray(R"({"id":"m","name":"M"})") << QStringLiteral("t.json: factors")
            << QStringLiteral("required key is missing");
        QTest::newRow("bad id") << QByteArray(R"({"id":"My Map","name":"M","factors":[]})")
                                << QStringLiteral("t.json: id") << QStringLiteral("not a valid id");
        QTest::newRow("duplicate root key")
            << QByteArray(R"({"id":"m","name":"M","name":"N","factors":[]})")
            << QStringLiteral("t.json: name") << QStringLiteral("occurs twice");
        QTest::newRow("includes itself")
            << QByteArray(R"({"id":"m","name":"M","includes":["a","m"],"factors":[]})")
            << QStringLiteral("t.json: includes[1]") << QStringLiteral("cannot include itself");
        QTest::newRow("includes twice")
            << QByteArray(R"({"id":"m","name":"M","includes":["a","a"],"factors":[]})")
            << QStringLiteral("t.json: includes[1]") << QStringLiteral("already included");
        QTest::newRow("include not a string")
            << QByteArray(R"({"id":"m","name":"M","includes":[3],"factors":[]})")
            << QStringLiteral("t.json: includes[0]") << QStringLiteral("id of another");
        row("unknown factor key", R"({"code":"a1","name":"A"},{"code":"a2","nmae":"B"})",
            "t.json: factors[1].nmae", "unknown key");
        row("duplicate factor key", R"({"code":"a1","name":"A","unit":"A","unit":"V"})",
            "t.json: factors[0].unit", "occurs twice");
        row("factor not an object", R"({"code":"a1","name":"A"},"a2")", "t.json: factors[1]",
            "expected an object");
        row("missing name", R"({"code":"a1"})", "t.json: factors[0].name", "required");
        row("code with dash", R"({"code":"a1-Rtd","name":"A"})", "t.json: factors[0].code",
            "not a factor code");
        row("two channel fields", R"({"code":"x{ch:2}y{ch:1}","name":"A"})",
            "t.json: factors[0].code", "exactly one channel field");
        row("channel field too wide", R"({"code":"x{ch:5}","name":"A"})", "t.json: factors[0].code",
            "N = 1 to 4");
        row("channel field zero", R"({"code":"x{ch:0}","name":"A"})", "t.json: factors[0].code",
            "N = 1 to 4");
        // Not a raw string: moc counts the braces inside raw strings.
        row("channel field unclosed", "{\"code\":\"x{ch:3\",\"name\":\"A\"}",
            "t.json: factors[0].code", "{ch:N}");
        row("channel field misspelt", R"({"code":"x{chan:3}","name":"A"})",
            "t.json: factors[0].code", "{ch:N}");
        row("pattern without fixed part", R"({"code":"{ch:3}","name":"A"})",
            "t.json: factors[0].code", "fixed prefix or suffix");
        row("code too long", R"({"code":"abcdefghijklmnopqrstuvwxy","name":"A"})",
            "t.json: factors[0].code", "longer than 24");
        row("unknown quantity", R"({"code":"x{ch:2}","name":"A","quantity":"current"})",
            "t.json: factors[0].quantity", "current_a");
        row("unit contradicts quantity",
            R"({"code":"x{ch:2}","name":"A","quantity":"current_a","unit":"mA"})",
            "t.json: factors[0].unit", "contradicts quantity current_a");
        row("kW stored, W given",
            R"({"code":"a1","name":"A"},
              {"code":"p{ch:2}","name":"P","quantity":"power_kw","unit":"W"})",
            "t.json: factors[1].unit", "stored in kW");
        row("exact electrical code without channel",
            R"({"code":"i33103","name":"V","quantity":"voltage_v"})", "t.json: factors[0].channel",
            "needs \"channel\"");
        row("channel without quantity", R"({"code":"i33103","name":"V","channel":1})",
            "t.json: factors[0].channel", "give \"quantity\"");
        row("channel on a pattern",
            R"({"code":"x{ch:2}","name":"A","quantity":"current_a","channel":2})",
            "t.json: factors[0].channel", "{ch:N}");
        row("channel out of range",
            R"({"code":"i1","name":"V","quantity":"voltage_v","channel":10000})",
            "t.json: factors[0].channel", "outside 1..9999");
        row("decimals out of range", R"({"code":"a1","name":"A","decimals":12})",
            "t.json: factors[0].decimals", "outside 0..9");
        row("decimals not whole", R"({"code":"a1","name":"A","decimals":1.5})",
            "t.json: factors[0].decimals", "whole number");
        row("duplicate exact code",
            R"({"code":"a1","name":"A"},{"code":"a2","name":"B"},{"code":"a1","name":"C"})",
            "t.json: factors[2].code", "already defined by factors[0]");
        row("duplicate pattern", R"({"code":"x{ch:2}","name":"A"},{"code":"x{ch:2}","name":"B"})",
            "t.json: factors[1].code", "already defined by factors[0]");
        row("overlapping patterns",
            R"({"code":"x01{ch:3}","name":"A"},{"code":"x0{ch:4}","name":"B"})",
            "t.json: factors[1].code", "matches the same codes as factors[0]");
    }

    /// Every rejection names the file and the JSON path of the offending member.
    void parseErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Result<FactorMap> m = parseFactorMap(json, QStringLiteral("t.json"));
        QVERIFY(!m);
        QCOMPARE(m.error().where, where);
        QVERIFY2(m.error().message.contains(message), qPrintable(m.error().message));
    }

    /// What a valid map holds: defaults for omitted members, the unit of a quantity, a BOM
    /// skipped, an exact code beside a pattern that covers it.
    void parseValid()
    {
        const FactorMap m = parsed("\xEF\xBB\xBF"
                                   R"({"id":"site-a","name":"Site A",
            "description":"d","includes":["hj212-2017"],"factors":[
            {"code":"x01{ch:3}","quantity":"current_a","name":"电流","nameEn":"current",
             "decimals":3},
            {"code":"x01005","name":"legacy"},
            {"code":"v1","quantity":"voltage_v","channel":7,"name":"V","unit":"V"}]})");
        QCOMPARE(m.id, QStringLiteral("site-a"));
        QCOMPARE(m.name, QStringLiteral("Site A"));
        QCOMPARE(m.description, QStringLiteral("d"));
        QCOMPARE(m.file, QStringLiteral("t.json"));
        QCOMPARE(m.includes, QStringList{QStringLiteral("hj212-2017")});
        QCOMPARE(m.entries.size(), 3);
        const FactorMeaning &current = m.entries[0].meaning;
        QCOMPARE(m.entries[0].pattern, QStringLiteral("x01{ch:3}"));
        QCOMPARE(current.name, QStringLiteral("电流"));
        QCOMPARE(current.unit, QStringLiteral("A")); // the quantity's unit when omitted
        QCOMPARE(current.decimals, 3);
        QCOMPARE(current.quantity, Quantity::CurrentA);
        const FactorMeaning &legacy = m.entries[1].meaning;
        QCOMPARE(legacy.decimals, -1);
        QVERIFY(!legacy.quantity);
        QCOMPARE(legacy.channel, 0);
        QCOMPARE(legacy.nameEn, QString());
        QCOMPARE(m.entries[2].meaning.channel, 7);
        QCOMPARE(m.entries[2].meaning.quantity, Quantity::VoltageV);
    }

    void resolveExactAndPatterns()
    {
        FactorMapSet set;
        set.add(parsed(R"({"id":"m","name":"M","factors":[
            {"code":"a24088","name":"非甲烷总烃","unit":"mg/m³","decimals":3},
            {"code":"x01{ch:3}","quantity":"current_a","name":"电流"},
            {"code":"x05{ch:3}","quantity":"frequency_hz","name":"频率"},
            {"code":"x06{ch:3}","name":"功率因数"},
            {"code":"p{ch:2}a","quantity":"power_kw","name":"P"},
            {"code":"d{ch:1}","name":"device"},
            {"code":"i33103","quantity":"voltage_v","channel":4,"name":"V"}]})"));
        const auto nmhc = set.resolve(QStringLiteral("m"), "a24088");
        QVERIFY(nmhc);
        QCOMPARE(nmhc->code, QStringLiteral("a24088"));
        QCOMPARE(nmhc->name, QStringLiteral("非甲烷总烃"));
        QCOMPARE(nmhc->unit, QStringLiteral("mg/m³"));
        QCOMPARE(nmhc->decimals, 3);
        QCOMPARE(nmhc->channel, 0);
        QVERIFY(!nmhc->quantity);

        const auto c3 = set.resolve(QStringLiteral("m"), "x01003");
        QVERIFY(c3);
        QCOMPARE(c3->code, QStringLiteral("x01003"));
        QCOMPARE(c3->quantity, Quantity::CurrentA);
        QCOMPARE(c3->channel, 3);
        QCOMPARE(c3->unit, QStringLiteral("A"));
        const auto f999 = set.resolve(QStringLiteral("m"), "x05999");
        QVERIFY(f999);
        QCOMPARE(f999->quantity, Quantity::FrequencyHz);
        QCOMPARE(f999->channel, 999);
        const auto p12 = set.resolve(QStringLiteral("m"), "p12a"); // a suffix after the field
        QVERIFY(p12);
        QCOMPARE(p12->quantity, Quantity::PowerKw);
        QCOMPARE(p12->channel, 12);
        QCOMPARE(p12->code, QStringLiteral("p12a"));
        const auto v = set.resolve(QStringLiteral("m"), "i33103");
        QVERIFY(v);
        QCOMPARE(v->quantity, Quantity::VoltageV);
        QCOMPARE(v->channel, 4);
        // A pattern without a quantity names the factor; its device number is not a channel.
        const auto pf = set.resolve(QStringLiteral("m"), "x06003");
        QVERIFY(pf);
        QCOMPARE(pf->name, QStringLiteral("功率因数"));
        QVERIFY(!pf->quantity);
        QCOMPARE(pf->channel, 0);
        QVERIFY(set.resolve(QStringLiteral("m"), "d0")); // device 0 exists (B.10 i3331x)

        // Channel 000 is bound to no point: an electrical code with it means nothing.
        for (const char *bad : {"x01000", "x0100", "x010003", "x01a03", "x01-03", "X01003", "a2408",
                                "a240888", "", "p1a", "p12", "x07001", "\xe4\xb8\x80"})
            QVERIFY2(!set.resolve(QStringLiteral("m"), bad), bad);
        QVERIFY(!set.resolve(QStringLiteral("no-such-map"), "a24088"));
        QVERIFY(!FactorMapSet().resolve(QStringLiteral("m"), "a24088"));
        // The code arrives as a view into a packet, not necessarily terminated.
        const QByteArray cp = "x01042-Rtd=1.5";
        const auto view = set.resolve(QStringLiteral("m"), QByteArrayView(cp).first(6));
        QVERIFY(view);
        QCOMPARE(view->channel, 42);
    }

    /// A map's own entries win, then its includes in order, each include's own includes
    /// before the next include; cycles end; a missing include is skipped.
    void includesOrderAndOverride()
    {
        FactorMapSet set;
        set.add(parsed(R"({"id":"top","name":"T","includes":["left","right","missing"],"factors":[
            {"code":"a1","name":"top a1"},
            {"code":"x01{ch:3}","quantity":"current_a","name":"top current"}]})"));
        set.add(parsed(R"({"id":"left","name":"L","includes":["deep"],"factors":[
            {"code":"a1","name":"left a1"},{"code":"a2","name":"left a2"},
            {"code":"x01005","name":"left legacy"},{"code":"x01000","name":"left zero"}]})"));
        set.add(parsed(R"({"id":"right","name":"R","includes":["top"],"factors":[
            {"code":"a2","name":"right a2"},{"code":"a3","name":"right a3"},
            {"code":"a4","name":"right a4"}]})"));
        set.add(parsed(R"({"id":"deep","name":"D","includes":["left"],"factors":[
            {"code":"a3","name":"deep a3"},{"code":"b{ch:2}","name":"deep b"}]})"));
        auto name = [&](const char *map, const char *code) {
            const auto m = set.resolve(QString::fromLatin1(map), code);
            return m ? m->name : QStringLiteral("-");
        };
        QCOMPARE(name("top", "a1"), QStringLiteral("top a1"));
        QCOMPARE(name("top", "a2"), QStringLiteral("left a2")); // left before right
        QCOMPARE(name("top", "a3"), QStringLiteral("deep a3")); // left's include before right
        QCOMPARE(name("top", "a4"), QStringLiteral("right a4"));
        QCOMPARE(name("top", "b07"), QStringLiteral("deep b"));
        // top's own pattern takes x01005 before left's exact code ...
        QCOMPARE(name("top", "x01005"), QStringLiteral("top current"));
        // ... but not x01000, which the pattern does not take (channel 0).
        QCOMPARE(name("top", "x01000"), QStringLiteral("left zero"));
        QCOMPARE(name("left", "x01005"), QStringLiteral("left legacy"));
        QCOMPARE(name("left", "a1"), QStringLiteral("left a1"));
        // Cycles (left <-> deep, right -> top -> right) end and see every map once.
        QCOMPARE(name("deep", "a1"), QStringLiteral("left a1"));
        QCOMPARE(name("deep", "a3"), QStringLiteral("deep a3"));
        QCOMPARE(name("right", "a1"), QStringLiteral("top a1"));
        QCOMPARE(name("right", "a2"), QStringLiteral("right a2"));
        QCOMPARE(name("right", "x01005"), QStringLiteral("top current"));
        QCOMPARE(name("top", "zz"), QStringLiteral("-"));

        // Replacing a map (same id) changes what the maps including it resolve.
        set.add(parsed(R"({"id":"deep","name":"D2","factors":[{"code":"a3","name":"deep2 a3"}]})"));
        QCOMPARE(name("top", "a3"), QStringLiteral("deep2 a3"));
        QCOMPARE(name("top", "b07"), QStringLiteral("-"));
        QCOMPARE(set.map(QStringLiteral("deep"))->name, QStringLiteral("D2"));
        QCOMPARE(set.list().size(), 4);
        QStringList ids;
        for (const FactorMap *m : set.list())
            ids.append(m->id);
        QCOMPARE(ids, (QStringList{QStringLiteral("deep"), QStringLiteral("left"),
                                   QStringLiteral("right"), QStringLiteral("top")}));
        QVERIFY(!set.map(QStringLiteral("missing")));
    }

    /// Patterns of different maps that take the same code: the one earlier in the chain wins,
    /// whatever the length of its fixed prefix; a pattern may start with its channel field.
    void patternPrecedenceAcrossMaps()
    {
        FactorMapSet set;
        set.add(parsed(R"({"id":"long-first","name":"L","includes":["short"],"factors":[
            {"code":"a1{ch:2}","name":"long"}]})"));
        set.add(parsed(R"({"id":"short-first","name":"S","includes":["long-first"],"factors":[
            {"code":"a{ch:3}","quantity":"current_a","name":"short"}]})"));
        set.add(parsed(R"({"id":"short","name":"s","factors":[
            {"code":"a{ch:3}","quantity":"current_a","name":"short"},
            {"code":"{ch:2}z","quantity":"voltage_v","name":"suffix only"}]})"));
        auto name = [&](const char *map, const char *code) {
            const auto m = set.resolve(QString::fromLatin1(map), code);
            return m ? m->name + QLatin1Char('/') + QString::number(m->channel)
                     : QStringLiteral("-");
        };
        QCOMPARE(name("long-first", "a123"), QStringLiteral("long/0"));
        QCOMPARE(name("long-first", "a223"), QStringLiteral("short/223"));
        QCOMPARE(name("long-first", "a100"), QStringLiteral("long/0"));
        QCOMPARE(name("long-first", "a000"), QStringLiteral("-"));
        QCOMPARE(name("short-first", "a123"), QStringLiteral("short/123"));
        QCOMPARE(name("short-first", "a000"), QStringLiteral("-"));
        QCOMPARE(name("short-first", "a100"), QStringLiteral("short/100"));
        QCOMPARE(name("long-first", "42z"), QStringLiteral("suffix only/42"));
        QCOMPARE(name("long-first", "00z"), QStringLiteral("-"));
        QCOMPARE(set.codeFor(QStringLiteral("long-first"), Quantity::VoltageV, 5),
                 QStringLiteral("05z"));
        // "a105" is taken by "long" (no quantity) before "short": codeFor must not give it.
        QCOMPARE(set.codeFor(QStringLiteral("long-first"), Quantity::CurrentA, 105), QString());
        QCOMPARE(set.codeFor(QStringLiteral("long-first"), Quantity::CurrentA, 205),
                 QStringLiteral("a205"));
    }

    /// A copy keeps the maps it was made with; the original can change afterwards.
    void copiesAreIndependent()
    {
        FactorMapSet set;
        set.add(parsed(R"({"id":"m","name":"M","factors":[{"code":"a1","name":"one"}]})"));
        const FactorMapSet copy = set;
        set.add(parsed(R"({"id":"m","name":"M","factors":[{"code":"a1","name":"two"}]})"));
        QCOMPARE(copy.resolve(QStringLiteral("m"), "a1")->name, QStringLiteral("one"));
        QCOMPARE(set.resolve(QStringLiteral("m"), "a1")->name, QStringLiteral("two"));
    }

    /// codeFor(q, ch) then resolve() gives q and ch back, for every quantity and field width.
    void codeForRoundTrip()
    {
        for (int digits = 1; digits <= 4; ++digits) {
            FactorMapSet set;
            set.add(electricMap("e", digits));
            const int max = digits == 1 ? 9 : digits == 2 ? 99 : digits == 3 ? 999 : 9999;
            for (Quantity q : kAllQuantities) {
                for (int ch : {1, 2, 7, max / 2, max}) {
                    const QString code = set.codeFor(QStringLiteral("e"), q, ch);
                    QCOMPARE(code.size(), 3 + digits);
                    const auto back = set.resolve(QStringLiteral("e"), code.toLatin1());
                    QVERIFY2(back, qPrintable(code));
                    QCOMPARE(back->quantity, q);
                    QCOMPARE(back->channel, ch);
                    QCOMPARE(back->code, code);
                }
                QCOMPARE(set.codeFor(QStringLiteral("e"), q, 0), QString());
                QCOMPARE(set.codeFor(QStringLiteral("e"), q, max + 1), QString());
                QCOMPARE(set.codeFor(QStringLiteral("e"), q, -3), QString());
            }
        }
        FactorMapSet set;
        set.add(electricMap("e", 3));
        QCOMPARE(set.codeFor(QStringLiteral("e"), Quantity::EnergyKwh, 12),
                 QStringLiteral("q04012"));
        QCOMPARE(set.codeFor(QStringLiteral("nope"), Quantity::EnergyKwh, 12), QString());
    }

    /// codeFor skips a code that a map earlier in the chain gives another meaning.
    void codeForSkipsShadowedCodes()
    {
        FactorMapSet set;
        set.add(electricMap("e", 3));
        set.add(parsed(R"({"id":"site","name":"S","includes":["e"],"factors":[
            {"code":"q01001","name":"spare input"},
            {"code":"c1","quantity":"current_a","channel":2,"name":"main fan current"}]})"));
        QCOMPARE(set.codeFor(QStringLiteral("site"), Quantity::CurrentA, 1), QString());
        QCOMPARE(set.codeFor(QStringLiteral("site"), Quantity::CurrentA, 2), QStringLiteral("c1"));
        QCOMPARE(set.codeFor(QStringLiteral("site"), Quantity::CurrentA, 3),
                 QStringLiteral("q01003"));
        QCOMPARE(set.codeFor(QStringLiteral("site"), Quantity::VoltageV, 1),
                 QStringLiteral("q02001"));
    }

    /// Every shipped file parses, its id is its file name, and its includes exist.
    void shippedMapsParse()
    {
        const QStringList files =
            QDir(shippedDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList{QStringLiteral("hj212-2005.json"), QStringLiteral("hj212-2017.json"),
                              QStringLiteral("vocsync-electric.json")}));
        const FactorMapSet set = shippedSet();
        for (const QString &f : files) {
            const QString id = QFileInfo(f).completeBaseName();
            const Result<FactorMap> m = parseFactorMap(readShipped(id), f);
            QVERIFY2(m, qPrintable(m.error().toString()));
            QCOMPARE(m->id, id);
            QVERIFY(!m->name.isEmpty());
            QVERIFY(!m->description.isEmpty());
            for (const QString &include : m->includes)
                QVERIFY2(set.map(include), qPrintable(include));
            for (const FactorMap::Entry &e : m->entries) {
                QVERIFY2(!e.meaning.name.isEmpty(), qPrintable(e.pattern));
                QVERIFY2(!e.meaning.nameEn.isEmpty(), qPrintable(e.pattern));
            }
        }
        QCOMPARE(set.list().size(), 3);
        QVERIFY(set.map(QStringLiteral("hj212-2017"))->entries.size() > 350);
        QVERIFY(set.map(QStringLiteral("hj212-2005"))->entries.size() > 90);
    }

    /// VOC analyzers' factors resolve with names and units through the default map.
    void shippedVocFactors_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("decimals");
        auto row = [](const char *code, const char *name, const char *unit, int decimals) {
            QTest::newRow(code) << QByteArray(code) << QString::fromUtf8(name)
                                << QString::fromUtf8(unit) << decimals;
        };
        row("a24088", "非甲烷总烃", "mg/m³", 3);
        row("a24087", "碳氢化合物", "mg/m³", 2);
        row("a05002", "甲烷", "mg/m³", 1);
        row("a25002", "苯", "mg/m³", 3);
        row("a25003", "甲苯", "mg/m³", 2);
        row("a25005", "二甲苯", "mg/m³", 2);
        row("a25038", "乙烯基苯", "mg/m³", 3);
        row("a31030", "甲基异丁基甲酮", "mg/m³", 3);
        row("a99051", "二硫化碳", "mg/m³", 3);
        row("a00000", "废气", "m³/s", 1);
        row("a01012", "烟气温度", "°C", 1);
        row("a01013", "烟气压力", "kPa", 3);
        row("a19001", "氧气含量", "%", 1);
        row("a34013", "烟尘", "mg/m³", 0);
        row("w01018", "化学需氧量", "mg/L", 1);
        row("LA", "A 权声级", "dB", 1);
        row("i12001", "工作状态", "", 0);
        row("g10101", "增压风机状态", "", 0);
        row("e70103", "污水提升泵", "A", 2);
    }

    void shippedVocFactors()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(int, decimals);
        const FactorMapSet set = shippedSet();
        for (const char *map : {"vocsync-electric", "hj212-2017"}) {
            const auto m = set.resolve(QString::fromLatin1(map), code);
            QVERIFY2(m, map);
            QCOMPARE(m->code, QString::fromLatin1(code));
            QCOMPARE(m->name, name);
            QCOMPARE(m->unit, unit);
            QCOMPARE(m->decimals, decimals);
            QVERIFY(!m->quantity);
            QCOMPARE(m->channel, 0);
        }
    }

    /// The 2017 codes the issue names, all present in hj212-2017.
    void shipped2017Coverage()
    {
        const FactorMapSet set = shippedSet();
        const char *codes[] = {"a00000", "a01011", "a01012", "a01013", "a01014", "a01015", "a01016",
                               "a01017", "a19001", "a21001", "a21002", "a21005", "a21026", "a24087",
                               "a24088", "a05002", "a25002", "a25003", "a25004", "a25005", "a25006",
                               "a25007", "a25008", "a25038", "a24042", "a24053", "a24078", "a29017",
                               "a30008", "a31024", "a31025", "a31030", "a24003", "a24004", "a24005",
                               "a34013", "a31001", "a30001", "a24046", "a99051", "i33202", "i12001",
                               "i22001", "I33400", "i33400", "i33314"};
        for (const char *code : codes)
            QVERIFY2(set.resolve(QStringLiteral("hj212-2017"), code), code);
        // Left out where the standard gives one code two meanings (docs/hj212-factors.md).
        QVERIFY(!set.resolve(QStringLiteral("hj212-2017"), "g11901"));
        // Not codes of the standard.
        for (const char *code : {"a24089", "x01001", "g10200", "e30100", "SB1234", "B01", "011"})
            QVERIFY2(!set.resolve(QStringLiteral("hj212-2017"), code), code);
    }

    /// The electrical codes of HJ 212-2017 (B.10, B.7, B.5) and the facility state of Table 4.
    void shipped2017Electrical()
    {
        const FactorMapSet set = shippedSet();
        const QString id = QStringLiteral("hj212-2017");
        struct Row
        {
            const char *code;
            Quantity q;
            int channel;
        };
        const Row rows[] = {{"i33103", Quantity::VoltageV, 1},  {"i33200", Quantity::CurrentA, 1},
                            {"i33201", Quantity::EnergyKwh, 1}, {"g10201", Quantity::CurrentA, 1},
                            {"g20812", Quantity::CurrentA, 12}, {"g30399", Quantity::CurrentA, 99},
                            {"e30102", Quantity::CurrentA, 2},  {"e30203", Quantity::CurrentA, 3}};
        for (const Row &r : rows) {
            const auto m = set.resolve(id, r.code);
            QVERIFY2(m, r.code);
            QCOMPARE(m->quantity, r.q);
            QCOMPARE(m->channel, r.channel);
        }
        QCOMPARE(set.resolve(id, "i33103")->unit, QStringLiteral("V"));
        QCOMPARE(set.resolve(id, "g20801")->name, QStringLiteral("引风机电流"));
        QCOMPARE(set.resolve(id, "g20801")->unit, QStringLiteral("A"));
        const auto daily = set.resolve(id, "i33202");
        QVERIFY(!daily->quantity); // a daily total is not a point quantity
        QCOMPARE(daily->unit, QStringLiteral("kWh"));
        const auto other = set.resolve(id, "g10401"); // slurry pump current: named only
        QVERIFY(!other->quantity);
        QCOMPARE(other->unit, QStringLiteral("A"));
        for (const char *sb : {"SB1", "SB2", "SB12", "SB123"}) {
            const auto m = set.resolve(id, sb);
            QVERIFY2(m, sb);
            QVERIFY(m->name.contains(QStringLiteral("治理设施运行状态")));
            QVERIFY(!m->quantity);
            QCOMPARE(m->code, QString::fromLatin1(sb));
        }
        QVERIFY(!set.resolve(id, "SB1234"));
        QCOMPARE(set.codeFor(id, Quantity::VoltageV, 1), QStringLiteral("i33103"));
        QCOMPARE(set.codeFor(id, Quantity::CurrentA, 1), QStringLiteral("i33200"));
        QCOMPARE(set.codeFor(id, Quantity::CurrentA, 2), QStringLiteral("g10202"));
        QCOMPARE(set.codeFor(id, Quantity::EnergyKwh, 1), QStringLiteral("i33201"));
        QCOMPARE(set.codeFor(id, Quantity::EnergyKwh, 2), QString());
        QCOMPARE(set.codeFor(id, Quantity::PowerKw, 1), QString());
    }

    /// VocSync's convention: x + quantity + channel, all five quantities round trip, and the
    /// prefix takes no code of the standards.
    void shippedVocSyncConvention()
    {
        const FactorMapSet set = shippedSet();
        const QString id = QStringLiteral("vocsync-electric");
        const char *prefixes[] = {"x01", "x02", "x03", "x04", "x05"};
        for (Quantity q : kAllQuantities) {
            for (int ch : {1, 2, 10, 123, 999}) {
                const QString code = set.codeFor(id, q, ch);
                QCOMPARE(code, QString::fromLatin1(prefixes[index(q)]) +
                                   QStringLiteral("%1").arg(ch, 3, 10, QLatin1Char('0')));
                const auto back = set.resolve(id, code.toLatin1());
                QVERIFY(back);
                QCOMPARE(back->quantity, q);
                QCOMPARE(back->channel, ch);
                QCOMPARE(back->unit, quantityUnit(q));
                QCOMPARE(back->decimals, defaultDecimals(q));
            }
            QCOMPARE(set.codeFor(id, q, 1000), QString());
        }
        const auto pf = set.resolve(id, "x06001");
        QCOMPARE(pf->name, QStringLiteral("功率因数"));
        QVERIFY(!pf->quantity);
        QCOMPARE(set.resolve(id, "x07002")->unit, QStringLiteral("kvar"));
        QVERIFY(!set.resolve(id, "x08001"));
        QVERIFY(!set.resolve(id, "x01000"));
        // No code of the standards' maps means something else under vocsync-electric, and no
        // x-code of vocsync-electric exists in them.
        for (const char *other : {"hj212-2017", "hj212-2005"}) {
            for (const FactorMap::Entry &e : set.map(QString::fromLatin1(other))->entries) {
                QVERIFY2(!e.pattern.startsWith(QLatin1Char('x')), qPrintable(e.pattern));
                if (e.pattern.contains(QLatin1Char('{')))
                    continue;
                const auto own = set.resolve(QString::fromLatin1(other), e.pattern.toLatin1());
                const auto via = set.resolve(id, e.pattern.toLatin1());
                if (QLatin1String(other) == QLatin1String("hj212-2017")) {
                    QVERIFY2(via && via->name == own->name, qPrintable(e.pattern));
                } else {
                    QVERIFY2(!via || !via->quantity, qPrintable(e.pattern));
                }
            }
        }
    }

    /// HJ/T 212-2005 codes, named from the 2017 table's 原编码 column.
    void shipped2005()
    {
        const FactorMapSet set = shippedSet();
        const QString id = QStringLiteral("hj212-2005");
        struct Row
        {
            const char *code;
            const char *name;
            const char *unit;
            int decimals;
        };
        const Row rows[] = {
            {"B01", "污水", "", -1},          {"B02", "废气", "", -1},
            {"001", "pH 值", "", 1},          {"011", "化学需氧量", "mg/L", 1},
            {"060", "氨氮", "mg/L", 3},       {"S01", "氧气含量", "%", 1},
            {"S03", "烟气温度", "°C", 1},     {"S08", "烟气压力", "MPa", 2},
            {"01", "烟尘", "mg/m³", 2},       {"02", "二氧化硫", "mg/m³", 2},
            {"03", "氮氧化物", "mg/m³", 3},   {"04", "一氧化碳", "mg/m³", 3},
            {"25", "碳氢化合物", "mg/m³", 2}, {"16", "苯系物", "mg/m³", 2},
            {"17", "甲苯", "mg/m³", 2},       {"18", "二甲苯", "mg/m³", 2},
            {"19", "甲醛", "mg/m³", 3},       {"28", "甲醇", "mg/m³", 2},
            {"29", "氯乙烯", "mg/m³", 3},     {"10", "氨（氨气）", "mg/m³", 3},
            {"12", "二硫化碳", "mg/m³", 3},   {"SB1", "污染治理设施运行状态", "", -1}};
        for (const Row &r : rows) {
            const auto m = set.resolve(id, r.code);
            QVERIFY2(m, r.code);
            QCOMPARE(m->name, QString::fromUtf8(r.name));
            QCOMPARE(m->unit, QString::fromUtf8(r.unit));
            QCOMPARE(m->decimals, r.decimals);
        }
        QVERIFY(set.map(id)->description.contains(QStringLiteral("011→w01018")));
        QVERIFY(set.map(id)->description.contains(QStringLiteral("B02→a00000")));
        QVERIFY(!set.resolve(id, "a24088"));
    }
};

QTEST_APPLESS_MAIN(TestFactorMap)
#include "tst_factormap.moc"
