#include "plantrows.h"

#include "pointinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace vocsync::storage::plantrepository::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

QVariant text(const QString &s)
{
    return textValue(s);
}

/// One prepared INSERT reused for every row of a table.
class Insert
{
public:
    Insert(const QSqlDatabase &db, const char *sql) : m_query(db), m_sql(QString::fromLatin1(sql))
    {
        m_prepared = m_query.prepare(m_sql);
    }

    Status row(std::initializer_list<QVariant> values)
    {
        if (!m_prepared)
            return queryError(m_query, m_sql);
        for (const QVariant &v : values)
            m_query.addBindValue(v);
        if (!m_query.exec())
            return queryError(m_query, m_sql);
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

/// The facility.threshold_basis column: the plant JSON's "basis" (schema version 3).
QString thresholdBasis(const RunThresholds &t)
{
    return t.relative ? QStringLiteral("rated") : QStringLiteral("absolute");
}

QString contactsJson(const QList<Contact> &contacts)
{
    QJsonArray array;
    for (const Contact &c : contacts) {
        array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("role"), c.role},
                                 {QStringLiteral("phone"), c.phone},
                                 {QStringLiteral("email"), c.email}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<Contact>> parseContacts(const QString &json, const QString &enterpriseId)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error{tr("the stored contacts are not a JSON array: %1").arg(json.left(80)),
                     tr("enterprise '%1'").arg(enterpriseId)};
    QList<Contact> contacts;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        contacts.append(Contact{o.value(QLatin1String("name")).toString(),
                                o.value(QLatin1String("role")).toString(),
                                o.value(QLatin1String("phone")).toString(),
                                o.value(QLatin1String("email")).toString()});
    }
    return contacts;
}

Status selectEnterprises(const QSqlDatabase &db, Plant *plant)
{
    const QString sql = QStringLiteral(
        "SELECT id, name, credit_code, legal_representative, registration_status, founded_on, "
        "registered_capital_wan, staff_size, enterprise_type, business_scope, industry, address, "
        "longitude, latitude, contacts_json FROM enterprise ORDER BY rowid");
    QSqlQuery q(db);
    if (!q.exec(sql))
        return queryError(q, sql);
    while (q.next()) {
        Enterprise e;
        e.id = q.value(0).toString();
        e.name = q.value(1).toString();
        e.creditCode = q.value(2).toString();
        e.legalRepresentative = q.value(3).toString();
        e.registrationStatus = q.value(4).toString();
        if (!q.value(5).isNull())
            e.foundedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.registeredCapitalWanYuan = q.value(6).toDouble();
        e.staffSize = q.value(7).toInt();
        e.enterpriseType = q.value(8).toString();
        e.businessScope = q.value(9).toString();
        e.industry = q.value(10).toString();
        e.address = q.value(11).toString();
        e.longitude = q.value(12).toDouble();
        e.latitude = q.value(13).toDouble();
        auto contacts = parseContacts(q.value(14).toString(), e.id);
        if (!contacts)
            return contacts.error();
        e.contacts = std::move(contacts.value());
        plant->enterprises.append(e);
    }
    return {};
}

Status selectStructure(const QSqlDatabase &db, Plant *plant)
{
    QSqlQuery q(db);
    QString sql = QStringLiteral("SELECT id, enterprise_id, name FROM workshop ORDER BY rowid");
    if (!q.exec(sql))
        return queryError(q, sql);
    while (q.next())
        plant->workshops.append(
            Workshop{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    sql = QStringLiteral("SELECT id, workshop_id, name FROM production_line ORDER BY rowid");
    if (!q.exec(sql))
        return queryError(q, sql);
    while (q.next())
        plant->lines.append(
            ProductionLine{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    sql = QStringLiteral("SELECT production_id, treatment_id, lead_minutes, lag_minutes "
                         "FROM facility_link ORDER BY rowid");
    if (!q.exec(sql))
        return queryError(q, sql);
    while (q.next())
        plant->links.append(FacilityLink{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toDouble(), q.value(3).toDouble()});
    return {};
}

Status selectFacilities(const QSqlDatabase &db, Plant *plant)
{
    const QString sql = QStringLiteral(
        "SELECT id, enterprise_id, workshop_id, line_id, name, kind, type, rated_power_kw, "
        "state_quantity, off_threshold, run_threshold, overload_threshold, hysteresis, "
        "min_dwell_s, threshold_basis, rated_level FROM facility ORDER BY rowid");
    QSqlQuery q(db);
    if (!q.exec(sql))
        return queryError(q, sql);
    while (q.next()) {
        Facility f;
        f.id = q.value(0).toString();
        f.enterpriseId = q.value(1).toString();
        f.workshopId = q.value(2).toString();
        f.lineId = q.value(3).toString();
        f.name = q.value(4).toString();
        const auto kind = facilityKindFromKey(q.value(5).toString());
        const auto quantity = quantityFromKey(q.value(8).toString());
        if (!kind || !quantity)
            return Error{tr("the stored kind '%1' or state quantity '%2' is not known")
                             .arg(q.value(5).toString(), q.value(8).toString()),
                         tr("facility '%1'").arg(f.id)};
        const QString basis = q.value(14).toString();
        if (basis != QLatin1String("absolute") && basis != QLatin1String("rated"))
            return Error{tr("the stored threshold basis '%1' is not known").arg(basis),
                         tr("facility '%1'").arg(f.id)};
        f.kind = *kind;
        f.type = q.value(6).toString();
        f.ratedPowerKw = q.value(7).toDouble();
        f.thresholds.quantity = *quantity;
        f.thresholds.off = q.value(9).toDouble();
        f.thresholds.run = q.value(10).toDouble();
        f.thresholds.overload = q.value(11).toDouble();
        f.thresholds.hysteresis = q.value(12).toDouble();
        f.thresholds.minDwellS = q.value(13).toInt();
        f.thresholds.relative = basis == QLatin1String("rated");
        f.thresholds.ratedLevel = q.value(15).toDouble();
        plant->facilities.append(f);
    }
    return {};
}

Status selectDevicesAndPoints(const QSqlDatabase &db, Plant *plant)
{
    Result<QList<Device>> devices = selectDevices(db);
    if (!devices)
        return devices.error();
    plant->devices = std::move(devices.value());
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT key, id, facility_id, device_id, name, interval_s, "
                                       "channels FROM point ORDER BY key");
    if (!q.exec(sql))
        return queryError(q, sql);
    while (q.next()) {
        MonitoringPoint p;
        p.key = static_cast<std::uint32_t>(q.value(0).toLongLong());
        p.id = q.value(1).toString();
        p.facilityId = q.value(2).toString();
        p.deviceId = q.value(3).toString();
        p.name = q.value(4).toString();
        p.intervalS = q.value(5).toInt();
        auto channels = parseChannels(q.value(6).toString());
        if (!channels)
            return Error{channels.error().message, tr("point '%1'").arg(p.id)};
        p.channels = std::move(channels.value());
        plant->points.append(p);
    }
    return {};
}

} // namespace

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

Error queryError(const QSqlQuery &q, const QString &sql)
{
    return Error{tr("%1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(120)), {}};
}

Result<Plant> selectPlant(const QSqlDatabase &db)
{
    Plant plant;
    for (Status (*step)(const QSqlDatabase &, Plant *) :
         {&selectEnterprises, &selectStructure, &selectFacilities, &selectDevicesAndPoints}) {
        if (Status s = step(db, &plant); !s)
            return s.error();
    }
    return plant;
}

Status insertPlant(const QSqlDatabase &db, const Plant &plant)
{
    Insert enterprise(db, "INSERT INTO enterprise(id, name, credit_code, legal_representative, "
                          "registration_status, founded_on, registered_capital_wan, staff_size, "
                          "enterprise_type, business_scope, industry, address, longitude, "
                          "latitude, contacts_json) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Enterprise &e : plant.enterprises) {
        const QVariant founded =
            e.foundedOn.isValid() ? QVariant(e.foundedOn.toString(Qt::ISODate)) : QVariant();
        if (Status s = enterprise.row(
                {text(e.id), text(e.name), text(e.creditCode), text(e.legalRepresentative),
                 text(e.registrationStatus), founded, e.registeredCapitalWanYuan, e.staffSize,
                 text(e.enterpriseType), text(e.businessScope), text(e.industry), text(e.address),
                 e.longitude, e.latitude, contactsJson(e.contacts)});
            !s)
            return s;
    }
    Insert workshop(db, "INSERT INTO workshop(id, enterprise_id, name) VALUES(?,?,?)");
    for (const Workshop &w : plant.workshops) {
        if (Status s = workshop.row({text(w.id), text(w.enterpriseId), text(w.name)}); !s)
            return s;
    }
    Insert line(db, "INSERT INTO production_line(id, workshop_id, name) VALUES(?,?,?)");
    for (const ProductionLine &l : plant.lines) {
        if (Status s = line.row({text(l.id), text(l.workshopId), text(l.name)}); !s)
            return s;
    }
    Insert facility(db, "INSERT INTO facility(id, enterprise_id, workshop_id, line_id, name, "
                        "kind, type, rated_power_kw, state_quantity, off_threshold, "
                        "run_threshold, overload_threshold, hysteresis, min_dwell_s, "
                        "threshold_basis, rated_level) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Facility &f : plant.facilities) {
        const RunThresholds &t = f.thresholds;
        if (Status s = facility.row({text(f.id), text(f.enterpriseId), text(f.workshopId),
                                     text(f.lineId), text(f.name), facilityKindKey(f.kind),
                                     text(f.type), f.ratedPowerKw, quantityKey(t.quantity), t.off,
                                     t.run, t.overload, t.hysteresis, t.minDwellS,
                                     thresholdBasis(t), t.ratedLevel});
            !s)
            return s;
    }
    Insert link(db, "INSERT INTO facility_link(production_id, treatment_id, lead_minutes, "
                    "lag_minutes) VALUES(?,?,?,?)");
    for (const FacilityLink &l : plant.links) {
        if (Status s =
                link.row({text(l.productionId), text(l.treatmentId), l.leadMinutes, l.lagMinutes});
            !s)
            return s;
    }
    for (const Device &d : plant.devices) {
        if (Status s = upsertDevice(db, d); !s)
            return s;
    }
    Insert point(db, "INSERT INTO point(key, id, facility_id, device_id, name, interval_s, "
                     "channels) VALUES(?,?,?,?,?,?,?)");
    for (const MonitoringPoint &p : plant.points) {
        if (Status s = point.row({static_cast<qlonglong>(p.key), text(p.id), text(p.facilityId),
                                  text(p.deviceId), text(p.name), p.intervalS,
                                  formatChannels(p.channels)});
            !s)
            return s;
    }
    return {};
}

} // namespace vocsync::storage::plantrepository::detail
