#pragma once

#include "vocsync/core/quantity.h"
#include "vocsync/core/runstate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace vocsync {

/// A person to call at an enterprise.
struct Contact
{
    QString name;
    QString role;  ///< e.g. 环保负责人 (EHS manager)
    QString phone; ///< mobile number for SMS alarms
    QString email;
};

/// An emitting enterprise (排污企业) with its registration record (DOMAIN.md).
struct Enterprise
{
    QString id;                   ///< station-wide code, e.g. "E01"
    QString name;
    QString creditCode;           ///< unified social credit code, GB 32100-2015
    QString legalRepresentative;
    QString registrationStatus;   ///< e.g. 存续 (in business)
    QDate foundedOn;
    double registeredCapitalWanYuan = 0; ///< in 10,000 CNY (万元)
    int staffSize = 0;
    QString enterpriseType;       ///< e.g. 有限责任公司
    QString businessScope;
    QString industry;             ///< e.g. 家具制造
    QString address;
    double longitude = 0;         ///< WGS-84 degrees
    double latitude = 0;          ///< WGS-84 degrees
    QList<Contact> contacts;
};

struct Workshop
{
    QString id;
    QString enterpriseId;
    QString name;
};

struct ProductionLine
{
    QString id;
    QString workshopId;
    QString name;
};

/// Production facilities make the pollution (产污设施); treatment facilities remove it (治污设施).
enum class FacilityKind : std::uint8_t { Production, Treatment };
QString facilityKindKey(FacilityKind k); ///< "production" / "treatment"
std::optional<FacilityKind> facilityKindFromKey(const QString &key);

/// Thresholds that turn a facility's current (or power) into a run state (DOMAIN.md, Run
/// states). Values are in the unit of `quantity`, or, when `relative`, fractions of the
/// facility's rated level (regulators' practice: producing from 0.2 x rated).
struct RunThresholds
{
    Quantity quantity = Quantity::CurrentA; ///< CurrentA, or PowerKw where no current is measured
    bool relative = false; ///< off/run/overload/hysteresis are fractions of the rated level
    double ratedLevel = 0; ///< the rated level for relative thresholds; 0: learnt from history
    double off = 0;       ///< below: off
    double run = 0;       ///< between off and run: idle; from run: running
    double overload = 0;  ///< from here: overload (0 = no overload level)
    double hysteresis = 0; ///< dead band around each threshold, same unit
    int minDwellS = 60;   ///< a new state must last this long to be taken

    /// The state one reading alone suggests, without hysteresis or dwell (for live badges;
    /// the analysis module's classifier applies both over a series).
    RunState instantState(double value) const;
};

struct Facility
{
    QString id;
    QString enterpriseId;
    QString workshopId;
    QString lineId;        ///< empty for facilities not on a line (e.g. a shared exhaust fan)
    QString name;
    FacilityKind kind = FacilityKind::Production;
    QString type;          ///< spray_booth, dryer, exhaust_fan, activated_carbon, rto, ...
    double ratedPowerKw = 0;
    RunThresholds thresholds;
};

/// A treatment facility that must run while a production facility runs (many-to-many).
struct FacilityLink
{
    QString productionId;
    QString treatmentId;
    double leadMinutes = 0; ///< treatment must already run this long before production starts
    double lagMinutes = 0;  ///< treatment must keep running this long after production stops
};

enum class DeviceKind : std::uint8_t { PowerMeter, Transmitter, SensorCard, VocAnalyzer };
QString deviceKindKey(DeviceKind k); ///< "power_meter", "transmitter", "sensor_card", "voc_analyzer"
std::optional<DeviceKind> deviceKindFromKey(const QString &key);

/// Line settings of a serial port (RS-485 through a USB adapter or a COM port).
struct SerialSettings
{
    int baud = 9600;
    char parity = 'N';       ///< 'N', 'E' or 'O'
    int dataBits = 8;
    int stopBits = 1;
    int frameDelayMs = 0;    ///< silence between frames; 0: 3.5 character times (Modbus RTU)
};

/// A physical device in the field: meter, data transmitter (数采仪), sensor card, analyzer.
/// Meters read by the station (protocol modbus_rtu, modbus_tcp, modbus_rtu_tcp, dlt645) carry
/// where and how to reach them; devices that call in (hj212) or are simulated ignore those.
struct Device
{
    QString id;
    QString enterpriseId;
    DeviceKind kind = DeviceKind::PowerMeter;
    QString model;
    QString protocol;      ///< modbus_rtu, modbus_tcp, modbus_rtu_tcp, dlt645, hj212, simulator
    QString address;       ///< Modbus unit id ("1".."247") or 12-digit DL/T 645 address
    QString templateId;    ///< device template (register map) id, resources/devices/<id>.json
    QString firmware;

    QString port;          ///< serial device ("/dev/ttyUSB0", "COM3") or "host:port"
    SerialSettings serial; ///< for serial ports
    int pollIntervalMs = 10000; ///< 1 s to 1 h
    int timeoutMs = 1000;       ///< reply timeout (the frame's time on the line is added)
    double ptRatio = 0;    ///< voltage transformer ratio; 0: read it from the meter, or 1
    double ctRatio = 0;    ///< current transformer ratio; 0: read it from the meter, or 1
    bool enabled = true;   ///< polled by the station

    /// True for protocols the station polls itself.
    bool isPolled() const;
    /// True when `port` names a TCP endpoint (modbus_tcp, modbus_rtu_tcp).
    bool isNetwork() const;
};

/// One quantity a point measures, with the resolution its meter declares (10^-decimals).
struct Channel
{
    Quantity quantity = Quantity::CurrentA;
    int decimals = 3;
};

/// A meter channel bound to one facility (监测点). `key` is the compact integer the storage
/// assigns (0 until the point is stored); samples carry it.
struct MonitoringPoint
{
    std::uint32_t key = 0;
    QString id;
    QString facilityId;
    QString deviceId;
    QString name;
    int intervalS = 10;          ///< expected sample interval
    QList<Channel> channels;     ///< the quantities measured, each with its resolution

    bool measures(Quantity q) const;
    /// Decimals of q's resolution, or -1 when the point does not measure q.
    int decimals(Quantity q) const;
    std::uint8_t mask() const;
};

/// The whole supervised configuration of a station.
struct Plant
{
    QList<Enterprise> enterprises;
    QList<Workshop> workshops;
    QList<ProductionLine> lines;
    QList<Facility> facilities;
    QList<FacilityLink> links;
    QList<Device> devices;
    QList<MonitoringPoint> points;

    const Enterprise *enterprise(const QString &id) const;
    const Facility *facility(const QString &id) const;
    const MonitoringPoint *point(const QString &id) const;
    const MonitoringPoint *pointByKey(std::uint32_t key) const;
    QList<const Facility *> facilitiesOf(const QString &enterpriseId) const;
    QList<const MonitoringPoint *> pointsOf(const QString &facilityId) const;
};

} // namespace vocsync
