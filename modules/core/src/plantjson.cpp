#include "vocsync/core/plantjson.h"

#include "devicecheck.h"
#include "jsonlocator.h"
#include "jsonwriter.h"
#include "plantcheck.h"
#include "plantjsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vocsync::plantjson {

namespace {

using json::JsonWriter;

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::plantjson", text);
}

void writeEnterprise(JsonWriter &w, const Plant &plant, const Enterprise &e)
{
    w.beginObject();
    w.key("id").value(e.id);
    w.key("name").value(e.name);
    w.key("credit_code").value(e.creditCode);
    w.key("legal_representative").value(e.legalRepresentative);
    w.key("registration_status").value(e.registrationStatus);
    if (e.foundedOn.isValid())
        w.key("founded_on").value(e.foundedOn.toString(Qt::ISODate));
    else
        w.key("founded_on").null();
    w.key("registered_capital_wan_yuan").value(e.registeredCapitalWanYuan);
    w.key("staff_size").value(e.staffSize);
    w.key("enterprise_type").value(e.enterpriseType);
    w.key("business_scope").value(e.businessScope);
    w.key("industry").value(e.industry);
    w.key("address").value(e.address);
    w.key("longitude").value(e.longitude);
    w.key("latitude").value(e.latitude);
    w.key("contacts").beginArray();
    for (const Contact &c : e.contacts) {
        w.beginObject(true);
        w.key("name").value(c.name);
        w.key("role").value(c.role);
        w.key("phone").value(c.phone);
        w.key("email").value(c.email);
        w.endObject();
    }
    w.endArray();
    w.key("workshops").beginArray();
    for (const Workshop &ws : plant.workshops) {
        if (ws.enterpriseId != e.id)
            continue;
        w.beginObject();
        w.key("id").value(ws.id);
        w.key("name").value(ws.name);
        w.key("lines").beginArray();
        for (const ProductionLine &l : plant.lines) {
            if (l.workshopId != ws.id)
                continue;
            w.beginObject(true);
            w.key("id").value(l.id);
            w.key("name").value(l.name);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeFacility(JsonWriter &w, const Facility &f)
{
    w.beginObject();
    w.key("id").value(f.id);
    w.key("enterprise_id").value(f.enterpriseId);
    w.key("workshop_id").value(f.workshopId);
    w.key("line_id").value(f.lineId);
    w.key("name").value(f.name);
    w.key("kind").value(facilityKindKey(f.kind));
    w.key("type").value(f.type);
    w.key("rated_power_kw").value(f.ratedPowerKw);
    w.key("thresholds").beginObject(true);
    w.key("quantity").value(quantityKey(f.thresholds.quantity));
    if (f.thresholds.relative) {
        w.key("basis").value(QStringLiteral("rated"));
        w.key("rated_level").value(f.thresholds.ratedLevel);
    }
    w.key("off").value(f.thresholds.off);
    w.key("run").value(f.thresholds.run);
    w.key("overload").value(f.thresholds.overload);
    w.key("hysteresis").value(f.thresholds.hysteresis);
    w.key("min_dwell_s").value(f.thresholds.minDwellS);
    w.endObject();
    w.endObject();
}

bool sameSerial(const SerialSettings &a, const SerialSettings &b)
{
    return a.baud == b.baud && a.parity == b.parity && a.dataBits == b.dataBits &&
           a.stopBits == b.stopBits && a.frameDelayMs == b.frameDelayMs;
}

void writeDevice(JsonWriter &w, const Device &d)
{
    w.beginObject();
    w.key("id").value(d.id);
    w.key("enterprise_id").value(d.enterpriseId);
    w.key("kind").value(deviceKindKey(d.kind));
    w.key("model").value(d.model);
    w.key("protocol").value(d.protocol);
    w.key("address").value(d.address);
    w.key("template_id").value(d.templateId);
    w.key("firmware").value(d.firmware);
    // Connection settings belong to polled meters; for other devices they are written only
    // when someone set them, so an hj212 transmitter stays short and every field round-trips.
    const Device defaults;
    const bool defaultSerial = sameSerial(d.serial, defaults.serial);
    if (!d.isPolled() && d.port.isEmpty() && defaultSerial &&
        d.pollIntervalMs == defaults.pollIntervalMs && d.timeoutMs == defaults.timeoutMs &&
        d.ptRatio == defaults.ptRatio && d.ctRatio == defaults.ctRatio &&
        d.enabled == defaults.enabled) {
        w.endObject();
        return;
    }
    w.key("port").value(d.port);
    // A TCP meter has no line settings; a serial server's (modbus_rtu_tcp) are set on it.
    if (!(d.isNetwork() && defaultSerial)) {
        w.key("serial").beginObject(true);
        w.key("baud").value(d.serial.baud);
        w.key("parity").value(QString(QLatin1Char(d.serial.parity)));
        w.key("data_bits").value(d.serial.dataBits);
        w.key("stop_bits").value(d.serial.stopBits);
        w.key("frame_delay_ms").value(d.serial.frameDelayMs);
        w.endObject();
    }
    w.key("poll_interval_ms").value(d.pollIntervalMs);
    w.key("timeout_ms").value(d.timeoutMs);
    w.key("pt_ratio").value(d.ptRatio);
    w.key("ct_ratio").value(d.ctRatio);
    w.key("enabled").boolean(d.enabled);
    w.endObject();
}

void writePoint(JsonWriter &w, const MonitoringPoint &p)
{
    w.beginObject();
    w.key("id").value(p.id);
    w.key("facility_id").value(p.facilityId);
    w.key("device_id").value(p.deviceId);
    w.key("name").value(p.name);
    w.key("interval_s").value(p.intervalS);
    w.key("channels").beginArray();
    for (const Channel &c : p.channels) {
        w.beginObject(true);
        w.key("quantity").value(quantityKey(c.quantity));
        w.key("decimals").value(c.decimals);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray write(const Plant &plant)
{
    JsonWriter w;
    w.beginObject();
    w.key("format").value(QStringLiteral("vocsync-plant"));
    w.key("version").value(kFormatVersion);
    w.key("enterprises").beginArray();
    for (const Enterprise &e : plant.enterprises)
        writeEnterprise(w, plant, e);
    w.endArray();
    w.key("facilities").beginArray();
    for (const Facility &f : plant.facilities)
        writeFacility(w, f);
    w.endArray();
    w.key("links").beginArray();
    for (const FacilityLink &l : plant.links) {
        w.beginObject(true);
        w.key("production_id").value(l.productionId);
        w.key("treatment_id").value(l.treatmentId);
        w.key("lead_minutes").value(l.leadMinutes);
        w.key("lag_minutes").value(l.lagMinutes);
        w.endObject();
    }
    w.endArray();
    w.key("devices").beginArray();
    for (const Device &d : plant.devices)
        writeDevice(w, d);
    w.endArray();
    w.key("points").beginArray();
    for (const MonitoringPoint &p : plant.points)
        writePoint(w, p);
    w.endArray();
    w.endObject();
    return w.toUtf8();
}

Result<Plant> read(const QByteArray &json, const QString &fileName)
{
    // A UTF-8 byte order mark (Windows editors) is not JSON; drop it before parsing.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("JSON syntax error: %1").arg(parseError.errorString()),
                     (fileName.isEmpty() ? tr("line ") : fileName + QLatin1Char(':')) +
                         json::JsonLocator::lineColumn(text, parseError.offset)};

    const json::JsonLocator locator(text);
    const detail::ReadContext context{&locator, fileName};
    if (!doc.isObject())
        return Error{tr("a plant file holds one JSON object, found %1")
                         .arg(doc.isArray() ? tr("an array") : tr("something else")),
                     context.where(QString())};
    if (const json::JsonLocator::Duplicate *d = locator.duplicate())
        return Error{tr("this key occurs twice in one object (first at line %1)").arg(d->firstLine),
                     context.at(d->secondLine, d->path)};

    detail::PlantPaths paths;
    Result<Plant> plant = detail::readDocument(doc.object(), context, &paths);
    if (!plant)
        return plant;
    const detail::Where where = [&context](const QString &path) { return context.where(path); };
    if (Status s = detail::checkPlant(plant.value(), paths, where); !s)
        return s.error();
    return plant;
}

Status validate(const Plant &plant)
{
    const detail::Where where = [](const QString &path) { return path; };
    return detail::checkPlant(plant, detail::flatPaths(plant), where);
}

Status validateDevice(const Device &device)
{
    const detail::Where where = [](const QString &path) { return path; };
    if (!detail::isValidId(device.id))
        return Error{
            device.id.isEmpty()
                ? tr("the id is empty")
                : tr("id '%1' contains a space, comma, quote or control character").arg(device.id),
            QStringLiteral("id")};
    return detail::checkDevice(device, QString(), where);
}

} // namespace vocsync::plantjson
