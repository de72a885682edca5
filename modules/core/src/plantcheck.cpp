#include "plantcheck.h"

#include "devicecheck.h"

#include "vocsync/core/creditcode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace vocsync::plantjson::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::plantjson", text);
}

QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString sub(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString at(const char *list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

class Checker
{
public:
    Checker(const Plant &plant, const PlantPaths &paths, const Where &where)
        : m_plant(plant), m_paths(paths), m_where(where)
    {
    }

    Status run()
    {
        for (Status (Checker::*step)() :
             {&Checker::enterprises, &Checker::workshops, &Checker::lines, &Checker::facilities,
              &Checker::links, &Checker::devices, &Checker::points}) {
            if (Status s = (this->*step)(); !s)
                return s;
        }
        return {};
    }

private:
    Error fail(const QString &path, const QString &message) const
    {
        return Error{message, m_where(path)};
    }

    Status id(const QString &path, const QString &id, QHash<QString, QString> *seen,
              const QString &what)
    {
        const QString idPath = sub(path, "id");
        if (id.isEmpty())
            return fail(idPath, tr("the id is empty"));
        if (!isValidId(id))
            return fail(idPath,
                        tr("id '%1' contains a space, comma, quote or control character").arg(id));
        if (const auto it = seen->constFind(id); it != seen->constEnd())
            return fail(idPath, tr("%1 id '%2' is already used by %3").arg(what, id, it.value()));
        seen->insert(id, path);
        return {};
    }

    Status name(const QString &path, const QString &name)
    {
        if (name.trimmed().isEmpty())
            return fail(sub(path, "name"), tr("the name is empty"));
        return {};
    }

    Status range(const QString &path, double v, double lo, double hi)
    {
        if (!std::isfinite(v) || v < lo || v > hi)
            return fail(path,
                        tr("%1 is out of range; expected %2 to %3").arg(num(v), num(lo), num(hi)));
        return {};
    }

    Status nonNegative(const QString &path, double v)
    {
        if (!std::isfinite(v) || v < 0)
            return fail(path, tr("must be a number of at least 0, found %1").arg(num(v)));
        return {};
    }

    Status enterprises();
    Status workshops();
    Status lines();
    Status facilities();
    Status thresholds(const QString &path, const RunThresholds &t);
    Status links();
    Status devices();
    Status points();

    const Plant &m_plant;
    const PlantPaths &m_paths;
    const Where &m_where;
    QHash<QString, QString> m_enterpriseIds, m_workshopIds, m_lineIds, m_facilityIds, m_deviceIds,
        m_pointIds;
};

Status Checker::enterprises()
{
    for (qsizetype i = 0; i < m_plant.enterprises.size(); ++i) {
        const Enterprise &e = m_plant.enterprises[i];
        const QString p = at("enterprises", i);
        if (Status s = id(p, e.id, &m_enterpriseIds, tr("enterprise")); !s)
            return s;
        if (Status s = name(p, e.name); !s)
            return s;
        if (!e.creditCode.isEmpty()) {
            if (Status s = creditcode::validate(e.creditCode); !s) {
                const Error &err = s.error();
                const QString detail = err.where.isEmpty()
                                           ? err.message
                                           : err.message + QStringLiteral(" (%1)").arg(err.where);
                return fail(
                    sub(p, "credit_code"),
                    tr("invalid unified social credit code '%1': %2").arg(e.creditCode, detail));
            }
        }
        if (Status s =
                nonNegative(sub(p, "registered_capital_wan_yuan"), e.registeredCapitalWanYuan);
            !s)
            return s;
        if (Status s = nonNegative(sub(p, "staff_size"), e.staffSize); !s)
            return s;
        if (Status s = range(sub(p, "longitude"), e.longitude, -180, 180); !s)
            return s;
        if (Status s = range(sub(p, "latitude"), e.latitude, -90, 90); !s)
            return s;
        for (qsizetype j = 0; j < e.contacts.size(); ++j) {
            if (e.contacts[j].name.trimmed().isEmpty())
                return fail(sub(p, "contacts") + QStringLiteral("[%1].name").arg(j),
                            tr("a contact needs a name"));
        }
    }
    return {};
}

Status Checker::workshops()
{
    for (qsizetype i = 0; i < m_plant.workshops.size(); ++i) {
        const Workshop &w = m_plant.workshops[i];
        const QString p = m_paths.workshops.value(i, at("workshops", i));
        if (Status s = id(p, w.id, &m_workshopIds, tr("workshop")); !s)
            return s;
        if (Status s = name(p, w.name); !s)
            return s;
        if (!m_plant.enterprise(w.enterpriseId))
            return fail(sub(p, "enterprise_id"), tr("unknown enterprise '%1'").arg(w.enterpriseId));
    }
    return {};
}

Status Checker::lines()
{
    for (qsizetype i = 0; i < m_plant.lines.size(); ++i) {
        const ProductionLine &l = m_plant.lines[i];
        const QString p = m_paths.lines.value(i, at("lines", i));
        if (Status s = id(p, l.id, &m_lineIds, tr("production line")); !s)
            return s;
        if (Status s = name(p, l.name); !s)
            return s;
        if (!m_workshopIds.contains(l.workshopId))
            return fail(sub(p, "workshop_id"), tr("unknown workshop '%1'").arg(l.workshopId));
    }
    return {};
}

Status Checker::facilities()
{
    for (qsizetype i = 0; i < m_plant.facilities.size(); ++i) {
        const Facility &f = m_plant.facilities[i];
        const QString p = at("facilities", i);
        if (Status s = id(p, f.id, &m_facilityIds, tr("facility")); !s)
            return s;
        if (Status s = name(p, f.name); !s)
            return s;
        if (!m_plant.enterprise(f.enterpriseId))
            return fail(sub(p, "enterprise_id"), tr("unknown enterprise '%1'").arg(f.enterpriseId));
        if (!f.workshopId.isEmpty()) {
            const Workshop *w = nullptr;
            for (const Workshop &candidate : m_plant.workshops) {
                if (candidate.id == f.workshopId)
                    w = &candidate;
            }
            if (!w)
                return fail(sub(p, "workshop_id"), tr("unknown workshop '%1'").arg(f.workshopId));
            if (w->enterpriseId != f.enterpriseId)
                return fail(sub(p, "workshop_id"),
                            tr("workshop '%1' belongs to enterprise '%2', not '%3'")
                                .arg(w->id, w->enterpriseId, f.enterpriseId));
        }
        if (!f.lineId.isEmpty()) {
            const ProductionLine *l = nullptr;
            for (const ProductionLine &candidate : m_plant.lines) {
                if (candidate.id == f.lineId)
                    l = &candidate;
            }
            if (!l)
                return fail(sub(p, "line_id"), tr("unknown production line '%1'").arg(f.lineId));
            if (l->workshopId != f.workshopId)
                return fail(sub(p, "line_id"),
                            tr("production line '%1' is in workshop '%2', but the facility's "
                               "workshop_id is '%3'")
                                .arg(l->id, l->workshopId, f.workshopId));
        }
        if (Status s = nonNegative(sub(p, "rated_power_kw"), f.ratedPowerKw); !s)
            return s;
        if (Status s = thresholds(sub(p, "thresholds"), f.thresholds); !s)
            return s;
    }
    return {};
}

Status Checker::thresholds(const QString &p, const RunThresholds &t)
{
    if (t.quantity != Quantity::CurrentA && t.quantity != Quantity::PowerKw)
        return fail(sub(p, "quantity"),
                    tr("the run state is taken from current_a or power_kw, not %1")
                        .arg(quantityKey(t.quantity)));
    for (const auto &[key, value] :
         {std::pair{"off", t.off}, std::pair{"run", t.run}, std::pair{"overload", t.overload},
          std::pair{"hysteresis", t.hysteresis}, std::pair{"rated_level", t.ratedLevel}}) {
        if (Status s = nonNegative(sub(p, key), value); !s)
            return s;
    }
    if (t.run < t.off)
        return fail(
            sub(p, "run"),
            tr("run (%1) is below off (%2); expected off <= run").arg(num(t.run), num(t.off)));
    if (t.overload > 0 && t.overload < t.run)
        return fail(sub(p, "overload"),
                    tr("overload (%1) is below run (%2); expected run <= overload, or 0 for no "
                       "overload level")
                        .arg(num(t.overload), num(t.run)));
    if (t.minDwellS < 0)
        return fail(sub(p, "min_dwell_s"), tr("must be at least 0, found %1").arg(t.minDwellS));
    if (t.relative && t.run > 10)
        return fail(sub(p, "run"),
                    tr("with basis rated the thresholds are fractions of the rated level; "
                       "run %1 is more than 10 times it")
                        .arg(num(t.run)));
    return {};
}

Status Checker::links()
{
    QHash<QString, QString> pairs;
    for (qsizetype i = 0; i < m_plant.links.size(); ++i) {
        const FacilityLink &l = m_plant.links[i];
        const QString p = at("links", i);
        const Facility *prod = m_plant.facility(l.productionId);
        if (!prod)
            return fail(sub(p, "production_id"), tr("unknown facility '%1'").arg(l.productionId));
        if (prod->kind != FacilityKind::Production)
            return fail(sub(p, "production_id"),
                        tr("facility '%1' is a treatment facility; production_id must name a "
                           "production facility")
                            .arg(l.productionId));
        const Facility *treat = m_plant.facility(l.treatmentId);
        if (!treat)
            return fail(sub(p, "treatment_id"), tr("unknown facility '%1'").arg(l.treatmentId));
        if (treat->kind != FacilityKind::Treatment)
            return fail(sub(p, "treatment_id"),
                        tr("facility '%1' is a production facility; treatment_id must name a "
                           "treatment facility")
                            .arg(l.treatmentId));
        const QString pair = l.productionId + QLatin1Char('\n') + l.treatmentId;
        if (const auto it = pairs.constFind(pair); it != pairs.constEnd())
            return fail(p, tr("%1 and %2 are already linked by %3")
                               .arg(l.productionId, l.treatmentId, it.value()));
        pairs.insert(pair, p);
        if (Status s = nonNegative(sub(p, "lead_minutes"), l.leadMinutes); !s)
            return s;
        if (Status s = nonNegative(sub(p, "lag_minutes"), l.lagMinutes); !s)
            return s;
    }
    return {};
}

Status Checker::devices()
{
    for (qsizetype i = 0; i < m_plant.devices.size(); ++i) {
        const Device &d = m_plant.devices[i];
        const QString p = at("devices", i);
        if (Status s = id(p, d.id, &m_deviceIds, tr("device")); !s)
            return s;
        if (!d.enterpriseId.isEmpty() && !m_plant.enterprise(d.enterpriseId))
            return fail(sub(p, "enterprise_id"), tr("unknown enterprise '%1'").arg(d.enterpriseId));
        if (Status s = checkDevice(d, p, m_where); !s)
            return s;
    }
    return {};
}

Status Checker::points()
{
    for (qsizetype i = 0; i < m_plant.points.size(); ++i) {
        const MonitoringPoint &pt = m_plant.points[i];
        const QString p = at("points", i);
        if (Status s = id(p, pt.id, &m_pointIds, tr("point")); !s)
            return s;
        if (!m_plant.facility(pt.facilityId))
            return fail(sub(p, "facility_id"), tr("unknown facility '%1'").arg(pt.facilityId));
        if (!pt.deviceId.isEmpty() && !m_deviceIds.contains(pt.deviceId))
            return fail(sub(p, "device_id"), tr("unknown device '%1'").arg(pt.deviceId));
        if (pt.intervalS <= 0)
            return fail(sub(p, "interval_s"),
                        tr("must be at least 1 second, found %1").arg(pt.intervalS));
        if (pt.channels.isEmpty())
            return fail(sub(p, "channels"), tr("a point measures at least one quantity"));
        QSet<Quantity> seen;
        for (qsizetype j = 0; j < pt.channels.size(); ++j) {
            const Channel &c = pt.channels[j];
            const QString cp = sub(p, "channels") + QStringLiteral("[%1]").arg(j);
            if (seen.contains(c.quantity))
                return fail(sub(cp, "quantity"),
                            tr("quantity %1 is listed twice").arg(quantityKey(c.quantity)));
            seen.insert(c.quantity);
            if (c.decimals < 0 || c.decimals > 6)
                return fail(sub(cp, "decimals"),
                            tr("decimals must be 0 to 6, found %1").arg(c.decimals));
        }
    }
    return {};
}

} // namespace

PlantPaths flatPaths(const Plant &plant)
{
    PlantPaths paths;
    for (qsizetype i = 0; i < plant.workshops.size(); ++i)
        paths.workshops.append(at("workshops", i));
    for (qsizetype i = 0; i < plant.lines.size(); ++i)
        paths.lines.append(at("lines", i));
    return paths;
}

Status checkPlant(const Plant &plant, const PlantPaths &paths, const Where &where)
{
    return Checker(plant, paths, where).run();
}

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || !c.isPrint() || c == QLatin1Char(',') || c == QLatin1Char('"') ||
            c == QLatin1Char('\''))
            return false;
    }
    return true;
}

} // namespace vocsync::plantjson::detail
