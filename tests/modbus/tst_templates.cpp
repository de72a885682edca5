// The shipped Modbus device templates (resources/devices/*.json): each parses, is named after
// its file, feeds the stored quantities, plans into legal reads, and decodes values encoded
// through its own types, orders, scales and PT/CT registers back to what was encoded.
#include "vocsync/modbus/devicetemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>
#include <cmath>
#include <set>

namespace mb = vocsync::modbus;
using vocsync::Quantity;
using vocsync::Result;

namespace {

QString devicesDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/devices");
}

/// Every shipped file whose "protocol" is "modbus" (DL/T 645 templates have their own test).
QStringList modbusTemplateFiles()
{
    QStringList out;
    const QDir dir(devicesDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files,
                                             QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QStringLiteral("protocol")).toString() != QLatin1String("dlt645"))
            out.append(dir.filePath(name));
    }
    return out;
}

Result<mb::DeviceTemplate> parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return vocsync::Error{QStringLiteral("cannot open"), path};
    return mb::parseTemplate(f.readAll(), QFileInfo(path).fileName());
}

/// A plausible engineering value for a template value, negative for signed powers so that
/// the sign survives the round trip (export).
double nominal(const mb::ValueDef &v)
{
    const bool isSigned = v.type != mb::DataType::UInt16 && v.type != mb::DataType::UInt32;
    if (v.unit == QLatin1String("V"))
        return 230.0;
    if (v.unit == QLatin1String("A"))
        return 25.0;
    if (v.unit == QLatin1String("kW"))
        return isSigned && !v.quantity ? -4.2 : 15.0;
    if (v.unit == QLatin1String("Hz"))
        return 50.0;
    if (v.unit == QLatin1String("kWh"))
        return 12345.67;
    if (v.unit.isEmpty())
        return 0.9;
    return 10.0;
}

double ratioOf(mb::RatioKind kind, const mb::Ratios &r)
{
    switch (kind) {
    case mb::RatioKind::None: return 1;
    case mb::RatioKind::Pt: return r.pt;
    case mb::RatioKind::Ct: return r.ct;
    case mb::RatioKind::PtCt: return r.pt * r.ct;
    }
    return 1;
}

bool isInteger(mb::DataType t)
{
    return t != mb::DataType::Float32 && t != mb::DataType::Float64;
}

/// Puts `engineering` into the registers of `def` the way a meter would: divided by the
/// ratio, minus the offset, over the scale.
void encodeInto(mb::RegisterImage &image, const mb::ValueDef &def, double engineering,
                double ratio)
{
    std::array<std::uint16_t, 4> words{};
    mb::encodeRaw(def.type, def.order, (engineering / ratio - def.offset) / def.scale,
                  words.data());
    image.put(def.function, def.address,
              std::vector<std::uint16_t>(words.begin(),
                                         words.begin() + mb::registerCount(def.type)));
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void requiredTemplatesAreShipped()
    {
        QStringList ids;
        for (const QString &path : modbusTemplateFiles())
            ids.append(QFileInfo(path).completeBaseName());
        for (const char *id : {"acrel-adl400", "acrel-adw300", "chint-dtsu666", "eastron-sdm630",
                               "generic-modbus-meter"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void templates_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = modbusTemplateFiles();
        QVERIFY2(!files.isEmpty(), qPrintable(devicesDir()));
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void templates()
    {
        QFETCH(QString, path);
        const Result<mb::DeviceTemplate> t = parseFile(path);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QCOMPARE(t->id, QFileInfo(path).completeBaseName());
        QVERIFY(!t->manufacturer.isEmpty());
        QVERIFY(!t->model.isEmpty());
        QVERIFY(t->manual.size() > 20); // a real citation, not a placeholder

        std::set<Quantity> fed;
        for (const mb::ValueDef &v : t->values) {
            if (v.quantity)
                fed.insert(*v.quantity);
        }
        for (Quantity q : {Quantity::CurrentA, Quantity::VoltageV, Quantity::PowerKw,
                           Quantity::EnergyKwh})
            QVERIFY2(fed.count(q), qPrintable(vocsync::quantityKey(q)));
    }

    void plansLegalReads_data() { templates_data(); }

    void plansLegalReads()
    {
        QFETCH(QString, path);
        const Result<mb::DeviceTemplate> t = parseFile(path);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        const std::vector<mb::RegisterSpan> spans = mb::templateSpans(*t, true);
        const std::vector<mb::ReadRequest> reads =
            mb::planReads(spans, mb::PlanOptions{t->maxRegisters, t->maxGap});
        QVERIFY(!reads.empty());
        QVERIFY(t->maxRegisters >= 1 && t->maxRegisters <= mb::kMaxReadRegisters);

        // Registers some value (or ratio) occupies, by function.
        std::set<std::pair<int, int>> used;
        for (const mb::RegisterSpan &s : spans) {
            for (int a = s.address; a < s.address + s.count; ++a)
                used.insert({s.function, a});
        }
        std::set<std::pair<int, int>> covered;
        for (const mb::ReadRequest &r : reads) {
            QVERIFY(r.function == mb::ReadHoldingRegisters ||
                    r.function == mb::ReadInputRegisters);
            QVERIFY(r.count >= 1);
            QVERIFY(r.count <= mb::kMaxReadRegisters);
            QVERIFY(r.count <= t->maxRegisters);
            QVERIFY(r.address + r.count <= 0x10000);
            int unused = 0;
            for (int a = r.address; a < r.address + r.count; ++a) {
                covered.insert({r.function, a});
                unused += used.count({r.function, a}) ? 0 : 1;
            }
            // max_gap 0 promises never to touch a register the map does not define.
            if (t->maxGap == 0)
                QCOMPARE(unused, 0);
        }
        for (const auto &reg : used)
            QVERIFY2(covered.count(reg), qPrintable(QString::number(reg.second, 16)));
    }

    void roundTrip_data() { templates_data(); }

    void roundTrip()
    {
        QFETCH(QString, path);
        const Result<mb::DeviceTemplate> parsed = parseFile(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        const mb::DeviceTemplate &t = *parsed;

        // The meter's own PT/CT registers, where it has them, hold 2 and 40.
        mb::RegisterImage image;
        if (t.ptRegister)
            encodeInto(image, *t.ptRegister, 2, 1);
        if (t.ctRegister)
            encodeInto(image, *t.ctRegister, 40, 1);
        const mb::Ratios ratios = mb::effectiveRatios(t, image, {});
        QCOMPARE(ratios.pt, t.ptRegister ? 2.0 : 1.0);
        QCOMPARE(ratios.ct, t.ctRegister ? 40.0 : 1.0);

        std::vector<double> expected;
        for (const mb::ValueDef &v : t.values) {
            const double ratio = ratioOf(v.ratio, ratios);
            double value = nominal(v);
            // An integer register holds whole steps of scale * ratio: snap to that grid, so
            // the decoded value must come back exactly.
            if (isInteger(v.type))
                value = std::round(value / (v.scale * ratio)) * v.scale * ratio;
            encodeInto(image, v, value, ratio);
            expected.push_back(value);
        }

        const std::vector<mb::DecodedValue> decoded = mb::decodeValues(t, image, ratios);
        QCOMPARE(decoded.size(), t.values.size());
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            const mb::ValueDef &v = t.values[i];
            const QByteArray what = v.key.toUtf8();
            QVERIFY2(decoded[i].ok, qPrintable(decoded[i].error));
            QCOMPARE(decoded[i].key, v.key);
            const double step = std::pow(10.0, -v.decimals);
            // Half a display step of rounding, plus float32's 24-bit mantissa for floats.
            const double tolerance = step / 2 + (isInteger(v.type) ? 1e-9 : 1.2e-7) *
                                                    std::max(1.0, std::abs(expected[i]));
            QVERIFY2(std::abs(decoded[i].value - expected[i]) <= tolerance,
                     qPrintable(QStringLiteral("%1: decoded %2, encoded %3")
                                    .arg(v.key)
                                    .arg(decoded[i].value, 0, 'g', 17)
                                    .arg(expected[i], 0, 'g', 17)));
            QVERIFY2(std::signbit(decoded[i].value) == std::signbit(expected[i]), what);
        }
    }

    void configuredRatiosOverrideTheMeter()
    {
        const Result<mb::DeviceTemplate> t =
            parseFile(devicesDir() + QStringLiteral("/acrel-adl400.json"));
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        mb::RegisterImage image;
        encodeInto(image, *t->ptRegister, 1, 1);
        encodeInto(image, *t->ctRegister, 40, 1);
        const mb::ValueDef *ia = t->value(QStringLiteral("ia"));
        QVERIFY(ia);
        image.put(ia->function, ia->address, {125}); // 1.25 A on the secondary side
        const mb::ValueDef *p = t->value(QStringLiteral("p"));
        QVERIFY(p);
        image.put(p->function, p->address, {0xFFFF, 0xFE0C}); // -500 W secondary: export

        const auto decode = [&](const mb::Ratios &r, const QString &key) {
            for (const mb::DecodedValue &d : mb::decodeValues(*t, image, r)) {
                if (d.key == key)
                    return d.value;
            }
            return std::nan("");
        };
        const mb::Ratios fromMeter = mb::effectiveRatios(*t, image, {});
        QCOMPARE(decode(fromMeter, QStringLiteral("ia")), 50.0);
        QCOMPARE(decode(fromMeter, QStringLiteral("p")), -20.0);
        const mb::Ratios configured = mb::effectiveRatios(*t, image, mb::Ratios{0, 60});
        QCOMPARE(configured.ct, 60.0);
        QCOMPARE(decode(configured, QStringLiteral("ia")), 75.0);
    }
};

QTEST_APPLESS_MAIN(TestTemplates)
#include "tst_templates.moc"
