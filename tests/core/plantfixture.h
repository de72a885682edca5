#pragma once

// A plant that uses every field of the configuration (Chinese text, contacts, nested
// workshops and lines, all facility and device kinds, unknown founding date, JSON-hostile
// characters) and a field-by-field comparison that says what differs. Shared by the plant
// JSON tests (core) and the plant repository tests (storage).

#include "vocsync/core/plant.h"

#include <QStringList>

namespace plantfixture {

inline vocsync::Plant richPlant()
{
    using namespace vocsync;
    Plant p;
    Enterprise e1;
    e1.id = QStringLiteral("E01");
    e1.name = QStringLiteral("福州示例家具制造有限公司");
    e1.creditCode = QStringLiteral("91350100M000100Y43");
    e1.legalRepresentative = QStringLiteral("张三");
    e1.registrationStatus = QStringLiteral("存续");
    e1.foundedOn = QDate(2008, 5, 12);
    e1.registeredCapitalWanYuan = 5000.5;
    e1.staffSize = 320;
    e1.enterpriseType = QStringLiteral("有限责任公司(自然人投资或控股)");
    // Quotes, a line break, a backslash and a tab: all must survive JSON and SQL.
    e1.businessScope =
        QStringLiteral("家具制造;\"木制品\"加工\n(依法须经批准的项目) \\ 备注\t完");
    e1.industry = QStringLiteral("家具制造");
    e1.address = QStringLiteral("福建省福州市仓山区示例路 88 号");
    e1.longitude = 119.296494;
    e1.latitude = 26.074508;
    e1.contacts = {
        Contact{QStringLiteral("王工"), QStringLiteral("环保负责人"), QStringLiteral("13800000001"),
                QStringLiteral("wang@example.cn")},
        Contact{QStringLiteral("李四"), QString(), QStringLiteral("13900000002"), QString()}};
    Enterprise e2;
    e2.id = QStringLiteral("E02");
    e2.name = QStringLiteral("北京示例涂装有限公司");
    e2.creditCode = QStringLiteral("91110000600037341L");
    e2.longitude = 116.4;
    e2.latitude = 39.9;
    p.enterprises = {e1, e2};

    p.workshops = {
        Workshop{QStringLiteral("W01"), QStringLiteral("E01"), QStringLiteral("喷涂车间")},
        Workshop{QStringLiteral("W02"), QStringLiteral("E01"), QStringLiteral("烘干车间")},
        Workshop{QStringLiteral("W03"), QStringLiteral("E02"), QStringLiteral("涂装车间")}};
    p.lines = {
        ProductionLine{QStringLiteral("L01"), QStringLiteral("W01"), QStringLiteral("一号线")},
        ProductionLine{QStringLiteral("L02"), QStringLiteral("W01"), QStringLiteral("二号线")}};

    const auto facility = [](const char *id, const char *ent, const char *ws, const char *line,
                             const QString &name, FacilityKind kind, const char *type, double rated,
                             RunThresholds t) {
        Facility f;
        f.id = QString::fromUtf8(id);
        f.enterpriseId = QString::fromUtf8(ent);
        f.workshopId = QString::fromUtf8(ws);
        f.lineId = QString::fromUtf8(line);
        f.name = name;
        f.kind = kind;
        f.type = QString::fromUtf8(type);
        f.ratedPowerKw = rated;
        f.thresholds = t;
        return f;
    };
    p.facilities = {
        facility("F01", "E01", "W01", "L01", QStringLiteral("喷漆房 1"), FacilityKind::Production,
                 "spray_booth", 15.5, RunThresholds{Quantity::CurrentA, false, 0, 0.5, 5, 40, 0.3, 60}),
        facility("F02", "E01", "W02", "", QStringLiteral("烘干炉"), FacilityKind::Production,
                 "dryer", 30, RunThresholds{Quantity::PowerKw, false, 0, 0.2, 3.25, 0, 0.1, 120}),
        facility("F03", "E01", "", "", QStringLiteral("排风机"), FacilityKind::Treatment,
                 "exhaust_fan", 22, RunThresholds{Quantity::CurrentA, false, 0, 1, 8.125, 60, 0, 30}),
        facility("F04", "E01", "W01", "L02", QStringLiteral("活性炭吸附箱"),
                 FacilityKind::Treatment, "activated_carbon", 5.5,
                 RunThresholds{Quantity::CurrentA, false, 0, 0.1, 2, 0, 0.05, 0}),
        facility("F05", "E02", "W03", "", QStringLiteral("涂装线"), FacilityKind::Production,
                 "spray_booth", 45, RunThresholds{Quantity::CurrentA, false, 0, 2, 20, 90, 1, 60}),
        facility("F06", "E02", "", "", QStringLiteral("RTO 焚烧炉"), FacilityKind::Treatment, "rto",
                 75, RunThresholds{Quantity::PowerKw, true, 120, 0.01, 0.1, 0, 0.005, 60}),
    };
    p.links = {FacilityLink{QStringLiteral("F01"), QStringLiteral("F03"), 2, 5.5},
               FacilityLink{QStringLiteral("F01"), QStringLiteral("F04"), 0, 0},
               FacilityLink{QStringLiteral("F02"), QStringLiteral("F03"), 0.25, 10},
               FacilityLink{QStringLiteral("F05"), QStringLiteral("F06"), 15, 30}};
    const auto device = [](const char *id, const char *ent, DeviceKind kind, const QString &model,
                           const char *protocol, const char *address, const char *templateId,
                           const char *firmware, const char *port) {
        Device d;
        d.id = QString::fromUtf8(id);
        d.enterpriseId = QString::fromUtf8(ent);
        d.kind = kind;
        d.model = model;
        d.protocol = QString::fromUtf8(protocol);
        d.address = QString::fromUtf8(address);
        d.templateId = QString::fromUtf8(templateId);
        d.firmware = QString::fromUtf8(firmware);
        d.port = QString::fromUtf8(port);
        return d;
    };
    // Every protocol, every connection field away from its default somewhere, and non-polled
    // devices both with (D03) and without (D02) connection settings.
    Device d01 = device("D01", "E01", DeviceKind::PowerMeter, QStringLiteral("DTSD1352"),
                        "modbus_rtu", "3", "acrel_dtsd1352", "V2.03", "/dev/ttyUSB0");
    d01.serial = SerialSettings{19200, 'E', 8, 1, 5};
    d01.pollIntervalMs = 5000;
    d01.timeoutMs = 800;
    d01.ptRatio = 10;
    d01.ctRatio = 2.5;
    Device d03 = device("D03", "", DeviceKind::SensorCard, QString(), "simulator", "", "", "", "");
    d03.enabled = false;
    d03.pollIntervalMs = 60000;
    Device d04 = device("D04", "E02", DeviceKind::VocAnalyzer, QStringLiteral("GC-FID"),
                        "modbus_tcp", "1", "gc_fid", "1.0", "192.168.1.20:502");
    d04.timeoutMs = 3000;
    Device d05 = device("D05", "E02", DeviceKind::PowerMeter, QStringLiteral("DTSD1352"),
                        "dlt645", "000012345678", "dlt645_2007", "", "COM3");
    d05.serial = SerialSettings{2400, 'E', 8, 1, 0};
    d05.enabled = false;
    Device d06 = device("D06", "E02", DeviceKind::PowerMeter, QStringLiteral("PD194E-9S4"),
                        "modbus_rtu_tcp", "247", "pd194e", "", "[fe80::1]:4001");
    d06.serial = SerialSettings{9600, 'O', 7, 2, 20};
    d06.ctRatio = 100;
    p.devices = {
        d01,
        device("D02", "E01", DeviceKind::Transmitter, QStringLiteral("数采仪 X1"), "hj212",
               "10.0.0.8:9000", "", "", ""),
        d03,
        d04,
        d05,
        d06,
    };
    const auto point = [](const char *id, const char *fac, const char *dev, const QString &name,
                          int interval, QList<Channel> channels) {
        MonitoringPoint m;
        m.id = QString::fromUtf8(id);
        m.facilityId = QString::fromUtf8(fac);
        m.deviceId = QString::fromUtf8(dev);
        m.name = name;
        m.intervalS = interval;
        m.channels = std::move(channels);
        return m;
    };
    p.points = {
        point("P01", "F01", "D01", QStringLiteral("喷漆房电流"), 10,
              {{Quantity::CurrentA, 3},
               {Quantity::VoltageV, 1},
               {Quantity::PowerKw, 3},
               {Quantity::EnergyKwh, 2},
               {Quantity::FrequencyHz, 2}}),
        point("P02", "F03", "D01", QStringLiteral("排风机"), 60, {{Quantity::CurrentA, 2}}),
        point("P03", "F06", "", QString(), 1, {{Quantity::EnergyKwh, 6}, {Quantity::PowerKw, 0}}),
    };
    return p;
}

/// The first difference between two plants ("facilities[2].thresholds.run: 5 != 6"), or an
/// empty string when every field (point keys included when `withKeys`) is equal.
inline QString difference(const vocsync::Plant &a, const vocsync::Plant &b, bool withKeys = false)
{
    using namespace vocsync;
    QStringList d;
    const auto cmp = [&d](const QString &path, const auto &x, const auto &y) {
        if (d.isEmpty() && !(x == y))
            d << path +
                     QStringLiteral(": '%1' != '%2'")
                         .arg(QVariant::fromValue(x).toString(), QVariant::fromValue(y).toString());
    };
    const auto sizes = [&d](const char *what, qsizetype x, qsizetype y) {
        if (d.isEmpty() && x != y)
            d << QStringLiteral("%1: %2 entries != %3").arg(QLatin1String(what)).arg(x).arg(y);
        return d.isEmpty();
    };
    if (sizes("enterprises", a.enterprises.size(), b.enterprises.size()))
        for (qsizetype i = 0; i < a.enterprises.size(); ++i) {
            const Enterprise &x = a.enterprises[i], &y = b.enterprises[i];
            const QString p = QStringLiteral("enterprises[%1].").arg(i);
            cmp(p + QStringLiteral("id"), x.id, y.id);
            cmp(p + QStringLiteral("name"), x.name, y.name);
            cmp(p + QStringLiteral("credit_code"), x.creditCode, y.creditCode);
            cmp(p + QStringLiteral("legal_representative"), x.legalRepresentative,
                y.legalRepresentative);
            cmp(p + QStringLiteral("registration_status"), x.registrationStatus,
                y.registrationStatus);
            cmp(p + QStringLiteral("founded_on"), x.foundedOn, y.foundedOn);
            cmp(p + QStringLiteral("capital"), x.registeredCapitalWanYuan,
                y.registeredCapitalWanYuan);
            cmp(p + QStringLiteral("staff_size"), x.staffSize, y.staffSize);
            cmp(p + QStringLiteral("enterprise_type"), x.enterpriseType, y.enterpriseType);
            cmp(p + QStringLiteral("business_scope"), x.businessScope, y.businessScope);
            cmp(p + QStringLiteral("industry"), x.industry, y.industry);
            cmp(p + QStringLiteral("address"), x.address, y.address);
            cmp(p + QStringLiteral("longitude"), x.longitude, y.longitude);
            cmp(p + QStringLiteral("latitude"), x.latitude, y.latitude);
            if (sizes("contacts", x.contacts.size(), y.contacts.size()))
                for (qsizetype j = 0; j < x.contacts.size(); ++j) {
                    const QString c = p + QStringLiteral("contacts[%1].").arg(j);
                    cmp(c + QStringLiteral("name"), x.contacts[j].name, y.contacts[j].name);
                    cmp(c + QStringLiteral("role"), x.contacts[j].role, y.contacts[j].role);
                    cmp(c + QStringLiteral("phone"), x.contacts[j].phone, y.contacts[j].phone);
                    cmp(c + QStringLiteral("email"), x.contacts[j].email, y.contacts[j].email);
                }
        }
    if (sizes("workshops", a.workshops.size(), b.workshops.size()))
        for (qsizetype i = 0; i < a.workshops.size(); ++i) {
            const QString p = QStringLiteral("workshops[%1].").arg(i);
            cmp(p + QStringLiteral("id"), a.workshops[i].id, b.workshops[i].id);
            cmp(p + QStringLiteral("enterprise_id"), a.workshops[i].enterpriseId,
                b.workshops[i].enterpriseId);
            cmp(p + QStringLiteral("name"), a.workshops[i].name, b.workshops[i].name);
        }
    if (sizes("lines", a.lines.size(), b.lines.size()))
        for (qsizetype i = 0; i < a.lines.size(); ++i) {
            const QString p = QStringLiteral("lines[%1].").arg(i);
            cmp(p + QStringLiteral("id"), a.lines[i].id, b.lines[i].id);
            cmp(p + QStringLiteral("workshop_id"), a.lines[i].workshopId, b.lines[i].workshopId);
            cmp(p + QStringLiteral("name"), a.lines[i].name, b.lines[i].name);
        }
    if (sizes("facilities", a.facilities.size(), b.facilities.size()))
        for (qsizetype i = 0; i < a.facilities.size(); ++i) {
            const Facility &x = a.facilities[i], &y = b.facilities[i];
            const QString p = QStringLiteral("facilities[%1].").arg(i);
            cmp(p + QStringLiteral("id"), x.id, y.id);
            cmp(p + QStringLiteral("enterprise_id"), x.enterpriseId, y.enterpriseId);
            cmp(p + QStringLiteral("workshop_id"), x.workshopId, y.workshopId);
            cmp(p + QStringLiteral("line_id"), x.lineId, y.lineId);
            cmp(p + QStringLiteral("name"), x.name, y.name);
            cmp(p + QStringLiteral("kind"), facilityKindKey(x.kind), facilityKindKey(y.kind));
            cmp(p + QStringLiteral("type"), x.type, y.type);
            cmp(p + QStringLiteral("rated_power_kw"), x.ratedPowerKw, y.ratedPowerKw);
            cmp(p + QStringLiteral("thresholds.quantity"), quantityKey(x.thresholds.quantity),
                quantityKey(y.thresholds.quantity));
            cmp(p + QStringLiteral("thresholds.relative"), x.thresholds.relative ? 1 : 0,
                y.thresholds.relative ? 1 : 0);
            cmp(p + QStringLiteral("thresholds.rated_level"), x.thresholds.ratedLevel,
                y.thresholds.ratedLevel);
            cmp(p + QStringLiteral("thresholds.off"), x.thresholds.off, y.thresholds.off);
            cmp(p + QStringLiteral("thresholds.run"), x.thresholds.run, y.thresholds.run);
            cmp(p + QStringLiteral("thresholds.overload"), x.thresholds.overload,
                y.thresholds.overload);
            cmp(p + QStringLiteral("thresholds.hysteresis"), x.thresholds.hysteresis,
                y.thresholds.hysteresis);
            cmp(p + QStringLiteral("thresholds.min_dwell_s"), x.thresholds.minDwellS,
                y.thresholds.minDwellS);
        }
    if (sizes("links", a.links.size(), b.links.size()))
        for (qsizetype i = 0; i < a.links.size(); ++i) {
            const QString p = QStringLiteral("links[%1].").arg(i);
            cmp(p + QStringLiteral("production_id"), a.links[i].productionId,
                b.links[i].productionId);
            cmp(p + QStringLiteral("treatment_id"), a.links[i].treatmentId, b.links[i].treatmentId);
            cmp(p + QStringLiteral("lead_minutes"), a.links[i].leadMinutes, b.links[i].leadMinutes);
            cmp(p + QStringLiteral("lag_minutes"), a.links[i].lagMinutes, b.links[i].lagMinutes);
        }
    if (sizes("devices", a.devices.size(), b.devices.size()))
        for (qsizetype i = 0; i < a.devices.size(); ++i) {
            const Device &x = a.devices[i], &y = b.devices[i];
            const QString p = QStringLiteral("devices[%1].").arg(i);
            cmp(p + QStringLiteral("id"), x.id, y.id);
            cmp(p + QStringLiteral("enterprise_id"), x.enterpriseId, y.enterpriseId);
            cmp(p + QStringLiteral("kind"), deviceKindKey(x.kind), deviceKindKey(y.kind));
            cmp(p + QStringLiteral("model"), x.model, y.model);
            cmp(p + QStringLiteral("protocol"), x.protocol, y.protocol);
            cmp(p + QStringLiteral("address"), x.address, y.address);
            cmp(p + QStringLiteral("template_id"), x.templateId, y.templateId);
            cmp(p + QStringLiteral("firmware"), x.firmware, y.firmware);
            cmp(p + QStringLiteral("port"), x.port, y.port);
            cmp(p + QStringLiteral("serial.baud"), x.serial.baud, y.serial.baud);
            cmp(p + QStringLiteral("serial.parity"), QString(QLatin1Char(x.serial.parity)),
                QString(QLatin1Char(y.serial.parity)));
            cmp(p + QStringLiteral("serial.data_bits"), x.serial.dataBits, y.serial.dataBits);
            cmp(p + QStringLiteral("serial.stop_bits"), x.serial.stopBits, y.serial.stopBits);
            cmp(p + QStringLiteral("serial.frame_delay_ms"), x.serial.frameDelayMs,
                y.serial.frameDelayMs);
            cmp(p + QStringLiteral("poll_interval_ms"), x.pollIntervalMs, y.pollIntervalMs);
            cmp(p + QStringLiteral("timeout_ms"), x.timeoutMs, y.timeoutMs);
            cmp(p + QStringLiteral("pt_ratio"), x.ptRatio, y.ptRatio);
            cmp(p + QStringLiteral("ct_ratio"), x.ctRatio, y.ctRatio);
            cmp(p + QStringLiteral("enabled"), x.enabled, y.enabled);
        }
    if (sizes("points", a.points.size(), b.points.size()))
        for (qsizetype i = 0; i < a.points.size(); ++i) {
            const MonitoringPoint &x = a.points[i], &y = b.points[i];
            const QString p = QStringLiteral("points[%1].").arg(i);
            if (withKeys)
                cmp(p + QStringLiteral("key"), x.key, y.key);
            cmp(p + QStringLiteral("id"), x.id, y.id);
            cmp(p + QStringLiteral("facility_id"), x.facilityId, y.facilityId);
            cmp(p + QStringLiteral("device_id"), x.deviceId, y.deviceId);
            cmp(p + QStringLiteral("name"), x.name, y.name);
            cmp(p + QStringLiteral("interval_s"), x.intervalS, y.intervalS);
            if (sizes("channels", x.channels.size(), y.channels.size()))
                for (qsizetype j = 0; j < x.channels.size(); ++j) {
                    const QString c = p + QStringLiteral("channels[%1].").arg(j);
                    cmp(c + QStringLiteral("quantity"), quantityKey(x.channels[j].quantity),
                        quantityKey(y.channels[j].quantity));
                    cmp(c + QStringLiteral("decimals"), x.channels[j].decimals,
                        y.channels[j].decimals);
                }
        }
    return d.value(0);
}

} // namespace plantfixture
