#include "plantjsonreader.h"

#include "devicecheck.h"
#include "jsonfields.h"

#include "vocsync/core/plantjson.h"

#include <QCoreApplication>
#include <QStringList>

namespace vocsync::plantjson::detail {

using json::Fields;
using json::Need;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::plantjson", text);
}

constexpr char kFormatTag[] = "vocsync-plant";

QString quantityChoices()
{
    QStringList keys;
    for (Quantity q : kAllQuantities)
        keys.append(quantityKey(q));
    return keys.join(QStringLiteral(", "));
}

/// One reader per file: turns each section into Plant entries.
class Reader
{
public:
    Reader(const ReadContext &context, PlantPaths *paths)
        : m_where([&context](const QString &path) { return context.where(path); }), m_paths(paths)
    {
    }

    Fields fields(const QJsonObject &o, const QString &path) const { return {o, path, m_where}; }

    Status enterprise(const QString &path, const QJsonObject &o);
    Status facility(const QString &path, const QJsonObject &o);
    Status link(const QString &path, const QJsonObject &o);
    Status device(const QString &path, const QJsonObject &o);
    Status point(const QString &path, const QJsonObject &o);

    Plant plant;

private:
    Status workshops(Fields &f, const QString &enterpriseId);
    Status contacts(Fields &f, QList<Contact> *out);
    Status serial(const QString &path, const QJsonObject &o, SerialSettings *out) const;

    Fields::Where m_where;
    PlantPaths *m_paths;
};

Status Reader::enterprise(const QString &path, const QJsonObject &o)
{
    Fields f = fields(o, path);
    f.allow({"id", "name", "credit_code", "legal_representative", "registration_status",
             "founded_on", "registered_capital_wan_yuan", "staff_size", "enterprise_type",
             "business_scope", "industry", "address", "longitude", "latitude", "contacts",
             "workshops"});
    Enterprise e;
    f.text("id", &e.id, Need::Required);
    f.text("name", &e.name, Need::Required);
    f.text("credit_code", &e.creditCode);
    f.text("legal_representative", &e.legalRepresentative);
    f.text("registration_status", &e.registrationStatus);
    f.date("founded_on", &e.foundedOn);
    f.number("registered_capital_wan_yuan", &e.registeredCapitalWanYuan);
    f.integer("staff_size", &e.staffSize);
    f.text("enterprise_type", &e.enterpriseType);
    f.text("business_scope", &e.businessScope);
    f.text("industry", &e.industry);
    f.text("address", &e.address);
    f.number("longitude", &e.longitude);
    f.number("latitude", &e.latitude);
    if (Status s = contacts(f, &e.contacts); !s)
        return s;
    if (Status s = workshops(f, e.id); !s)
        return s;
    plant.enterprises.append(e);
    return {};
}

Status Reader::contacts(Fields &f, QList<Contact> *out)
{
    const auto list = f.objects("contacts");
    if (!f.ok())
        return f.error();
    for (const auto &[path, o] : list) {
        Fields c = fields(o, path);
        c.allow({"name", "role", "phone", "email"});
        Contact contact;
        c.text("name", &contact.name, Need::Required);
        c.text("role", &contact.role);
        c.text("phone", &contact.phone);
        c.text("email", &contact.email);
        if (!c.ok())
            return c.error();
        out->append(contact);
    }
    return {};
}

Status Reader::workshops(Fields &f, const QString &enterpriseId)
{
    const auto list = f.objects("workshops");
    if (!f.ok())
        return f.error();
    for (const auto &[path, o] : list) {
        Fields w = fields(o, path);
        w.allow({"id", "name", "lines"});
        Workshop workshop;
        workshop.enterpriseId = enterpriseId;
        w.text("id", &workshop.id, Need::Required);
        w.text("name", &workshop.name, Need::Required);
        const auto lines = w.objects("lines");
        if (!w.ok())
            return w.error();
        plant.workshops.append(workshop);
        m_paths->workshops.append(path);
        for (const auto &[linePath, lo] : lines) {
            Fields l = fields(lo, linePath);
            l.allow({"id", "name"});
            ProductionLine line;
            line.workshopId = workshop.id;
            l.text("id", &line.id, Need::Required);
            l.text("name", &line.name, Need::Required);
            if (!l.ok())
                return l.error();
            plant.lines.append(line);
            m_paths->lines.append(linePath);
        }
    }
    return {};
}

Status Reader::facility(const QString &path, const QJsonObject &o)
{
    Fields f = fields(o, path);
    f.allow({"id", "enterprise_id", "workshop_id", "line_id", "name", "kind", "type",
             "rated_power_kw", "thresholds"});
    Facility fac;
    QString kind;
    f.text("id", &fac.id, Need::Required);
    f.text("enterprise_id", &fac.enterpriseId, Need::Required);
    f.text("workshop_id", &fac.workshopId);
    f.text("line_id", &fac.lineId);
    f.text("name", &fac.name, Need::Required);
    f.text("kind", &kind, Need::Required);
    if (f.ok()) {
        if (const auto k = facilityKindFromKey(kind))
            fac.kind = *k;
        else
            f.fail("kind", tr("unknown kind '%1'; expected production or treatment").arg(kind));
    }
    f.text("type", &fac.type);
    f.number("rated_power_kw", &fac.ratedPowerKw);
    const QJsonObject to = f.object("thresholds", Need::Required);
    if (!f.ok())
        return f.error();

    Fields t = fields(to, f.path("thresholds"));
    t.allow({"quantity", "basis", "rated_level", "off", "run", "overload", "hysteresis",
             "min_dwell_s"});
    QString quantity;
    t.text("quantity", &quantity, Need::Required);
    if (t.ok()) {
        if (const auto q = quantityFromKey(quantity))
            fac.thresholds.quantity = *q;
        else
            t.fail("quantity",
                   tr("unknown quantity '%1'; expected current_a or power_kw").arg(quantity));
    }
    QString basis = QStringLiteral("absolute");
    t.text("basis", &basis);
    if (t.ok()) {
        if (basis == QLatin1String("rated"))
            fac.thresholds.relative = true;
        else if (basis != QLatin1String("absolute"))
            t.fail("basis", tr("unknown basis '%1'; expected absolute or rated").arg(basis));
    }
    t.number("rated_level", &fac.thresholds.ratedLevel);
    t.number("off", &fac.thresholds.off, Need::Required);
    t.number("run", &fac.thresholds.run, Need::Required);
    t.number("overload", &fac.thresholds.overload);
    t.number("hysteresis", &fac.thresholds.hysteresis);
    t.integer("min_dwell_s", &fac.thresholds.minDwellS);
    if (!t.ok())
        return t.error();
    plant.facilities.append(fac);
    return {};
}

Status Reader::link(const QString &path, const QJsonObject &o)
{
    Fields f = fields(o, path);
    f.allow({"production_id", "treatment_id", "lead_minutes", "lag_minutes"});
    FacilityLink link;
    f.text("production_id", &link.productionId, Need::Required);
    f.text("treatment_id", &link.treatmentId, Need::Required);
    f.number("lead_minutes", &link.leadMinutes);
    f.number("lag_minutes", &link.lagMinutes);
    if (!f.ok())
        return f.error();
    plant.links.append(link);
    return {};
}

Status Reader::device(const QString &path, const QJsonObject &o)
{
    Fields f = fields(o, path);
    f.allow({"id", "enterprise_id", "kind", "model", "protocol", "address", "template_id",
             "firmware", "port", "serial", "poll_interval_ms", "timeout_ms", "pt_ratio", "ct_ratio",
             "enabled"});
    Device d;
    QString kind;
    f.text("id", &d.id, Need::Required);
    f.text("enterprise_id", &d.enterpriseId);
    f.text("kind", &kind, Need::Required);
    if (f.ok()) {
        if (const auto k = deviceKindFromKey(kind))
            d.kind = *k;
        else
            f.fail("kind", tr("unknown kind '%1'; expected power_meter, transmitter, "
                              "sensor_card or voc_analyzer")
                               .arg(kind));
    }
    f.text("model", &d.model);
    f.text("protocol", &d.protocol);
    f.text("address", &d.address);
    f.text("template_id", &d.templateId);
    f.text("firmware", &d.firmware);
    f.text("port", &d.port);
    const QJsonObject so = f.object("serial");
    f.integer("poll_interval_ms", &d.pollIntervalMs);
    f.integer("timeout_ms", &d.timeoutMs);
    f.number("pt_ratio", &d.ptRatio);
    f.number("ct_ratio", &d.ctRatio);
    f.boolean("enabled", &d.enabled);
    if (!f.ok())
        return f.error();
    if (f.has("serial")) {
        if (Status s = serial(f.path("serial"), so, &d.serial); !s)
            return s;
    }
    plant.devices.append(d);
    return {};
}

Status Reader::serial(const QString &path, const QJsonObject &o, SerialSettings *out) const
{
    Fields s = fields(o, path);
    s.allow({"baud", "parity", "data_bits", "stop_bits", "frame_delay_ms"});
    s.integer("baud", &out->baud);
    QString parity = QString(QLatin1Char(out->parity));
    s.text("parity", &parity);
    if (s.ok()) {
        if (parity == QLatin1String("N") || parity == QLatin1String("E") ||
            parity == QLatin1String("O"))
            out->parity = parity.at(0).toLatin1();
        else
            s.fail("parity", unknownParityMessage(parity));
    }
    s.integer("data_bits", &out->dataBits);
    s.integer("stop_bits", &out->stopBits);
    s.integer("frame_delay_ms", &out->frameDelayMs);
    if (!s.ok())
        return s.error();
    return {};
}

Status Reader::point(const QString &path, const QJsonObject &o)
{
    Fields f = fields(o, path);
    f.allow({"id", "facility_id", "device_id", "name", "interval_s", "channels"});
    MonitoringPoint p;
    f.text("id", &p.id, Need::Required);
    f.text("facility_id", &p.facilityId, Need::Required);
    f.text("device_id", &p.deviceId);
    f.text("name", &p.name);
    f.integer("interval_s", &p.intervalS);
    const auto channels = f.objects("channels", Need::Required);
    if (!f.ok())
        return f.error();
    for (const auto &[channelPath, co] : channels) {
        Fields c = fields(co, channelPath);
        c.allow({"quantity", "decimals"});
        Channel channel;
        QString quantity;
        c.text("quantity", &quantity, Need::Required);
        if (c.ok()) {
            if (const auto q = quantityFromKey(quantity))
                channel.quantity = *q;
            else
                c.fail("quantity", tr("unknown quantity '%1'; expected one of: %2")
                                       .arg(quantity, quantityChoices()));
        }
        c.integer("decimals", &channel.decimals, Need::Required);
        if (!c.ok())
            return c.error();
        p.channels.append(channel);
    }
    plant.points.append(p);
    return {};
}

} // namespace

QString ReadContext::where(const QString &path) const
{
    return at(locator ? locator->line(path) : 1, path);
}

QString ReadContext::at(int line, const QString &path) const
{
    const QString place = fileName.isEmpty() ? tr("line %1").arg(line)
                                             : QStringLiteral("%1:%2").arg(fileName).arg(line);
    return path.isEmpty() ? place : place + QStringLiteral(": ") + path;
}

Result<Plant> readDocument(const QJsonObject &root, const ReadContext &context, PlantPaths *paths)
{
    Reader reader(context, paths);
    Fields top = reader.fields(root, QString());
    // The format and version come first: a newer file's new keys are not typos.
    QString format;
    top.text("format", &format, Need::Required);
    if (top.ok() && format != QLatin1String(kFormatTag))
        top.fail("format", tr("this is not a VocSync plant file: format is '%1', expected '%2'")
                               .arg(format, QLatin1String(kFormatTag)));
    int version = 0;
    top.integer("version", &version, Need::Required);
    if (top.ok() && version != kFormatVersion)
        top.fail("version", tr("unsupported version %1; this program reads version %2")
                                .arg(version)
                                .arg(kFormatVersion));
    top.allow({"format", "version", "enterprises", "facilities", "links", "devices", "points"});

    using Section = Status (Reader::*)(const QString &, const QJsonObject &);
    const std::pair<const char *, Section> sections[] = {{"enterprises", &Reader::enterprise},
                                                         {"facilities", &Reader::facility},
                                                         {"links", &Reader::link},
                                                         {"devices", &Reader::device},
                                                         {"points", &Reader::point}};
    for (const auto &[key, read] : sections) {
        const auto list = top.objects(key);
        if (!top.ok())
            return top.error();
        for (const auto &[path, o] : list) {
            if (Status s = (reader.*read)(path, o); !s)
                return s.error();
        }
    }
    if (!top.ok())
        return top.error();
    return std::move(reader.plant);
}

} // namespace vocsync::plantjson::detail
