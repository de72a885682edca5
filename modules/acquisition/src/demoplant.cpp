// The built-in demo plant: four enterprises in 湖州市 (Huzhou, Zhejiang) of three industries.
// Names, people and phone numbers are invented; credit codes are well formed (GB 32100-2015
// check character, GB 11714 organisation-code check digit) but belong to no one.
#include "vocsync/acquisition/demoplant.h"

#include "demoprofiles.h"

#include "vocsync/core/creditcode.h"

namespace vocsync::acquisition {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// GB 11714-1997: organisation code of 8 body characters + a check character,
// C9 = 11 - (sum(Ci * Wi) mod 11) with W = 3,7,9,10,5,8,4,2; 10 is written X, 11 is 0.
QChar organisationCheck(const QString &body8)
{
    static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += body8.at(i).digitValue() * kWeights[i];
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    return QChar(QLatin1Char('0' + (c == 11 ? 0 : c)));
}

/// "91" (registered with market supervision, enterprise) + division + organisation code +
/// the GB 32100-2015 check character.
QString creditCode(const char *division6, const char *orgBody8)
{
    const QString body = QLatin1String(orgBody8);
    const QString first17 =
        QStringLiteral("91") + QLatin1String(division6) + body + organisationCheck(body);
    return first17 + creditcode::checkCharacter(first17);
}

struct EnterpriseRow
{
    const char *id;
    const char *name;
    const char *division;
    const char *orgBody;
    const char *legal;
    QDate founded;
    double capitalWan;
    int staff;
    const char *type;
    const char *scope;
    const char *industry;
    const char *address;
    double lon;
    double lat;
    QList<Contact> contacts;
};

QList<EnterpriseRow> enterpriseRows()
{
    return {
        {"E01",
         "湖州安吉恒美家具有限公司",
         "330523",
         "74771635",
         "王建国",
         QDate(2006, 3, 15),
         2000,
         260,
         "有限责任公司(自然人投资或控股)",
         "木质家具、金属家具、软体家具制造、销售；家具零配件加工；货物及技术进出口。",
         "家具制造业(C21 木质家具制造)",
         "浙江省湖州市安吉县递铺街道阳光工业园区经五路18号",
         119.7021,
         30.6387,
         {{u("李明"), u("环保负责人"), QStringLiteral("13857212345"),
           QStringLiteral("liming@hengmei-furniture.cn")},
          {u("张伟"), u("生产主管"), QStringLiteral("13967223456"), {}}}},
        {"E02",
         "浙江长兴华彩包装印刷有限公司",
         "330522",
         "69385214",
         "陈志强",
         QDate(2009, 8, 20),
         5000,
         180,
         "有限责任公司(自然人投资或控股)",
         "包装装潢印刷品印刷；塑料软包装制品、复合膜袋制造、销售；油墨(不含危险化学品)销售。",
         "印刷和记录媒介复制业(C2319 包装装饰及其他印刷)",
         "浙江省湖州市长兴县雉城街道太湖大道1288号",
         119.9105,
         31.0263,
         {{u("陈丽"), u("安环部经理"), QStringLiteral("13735168866"),
           QStringLiteral("ehs@huacai-print.cn")},
          {u("周建明"), u("设备科长"), QStringLiteral("15857276120"), {}}}},
        {"E03",
         "浙江德清恒达精细化工有限公司",
         "330521",
         "14702936",
         "沈国华",
         QDate(2001, 11, 8),
         8800,
         320,
         "股份有限公司(非上市、自然人投资或控股)",
         "化学试剂和助剂、涂料助剂制造、销售(不含危险化学品)；化工原料销售；技术开发、技术服务。",
         "化学原料和化学制品制造业(C2661 化学试剂和助剂制造)",
         "浙江省湖州市德清县阜溪街道临溪街566号",
         119.9823,
         30.5617,
         {{u("沈晓东"), u("环保总监"), QStringLiteral("13905726618"),
           QStringLiteral("ehs@hengda-chem.cn")},
          {u("钱芳"), u("安全环保科科长"), QStringLiteral("18857291052"), {}},
          {u("吴国强"), u("值班长(夜班)"), QStringLiteral("13567290473"), {}}}},
        {"E04",
         "湖州南浔森雅家居有限公司",
         "330503",
         "58763021",
         "费永明",
         QDate(2013, 5, 27),
         1200,
         95,
         "有限责任公司(自然人独资)",
         "家具、木制品制造、加工、销售；木地板销售；室内装饰工程施工。",
         "家具制造业(C21 木质家具制造)",
         "浙江省湖州市南浔区练市镇工业功能区茹家甸路99号",
         120.3852,
         30.8073,
         {{u("费晓燕"), u("环保专员"), QStringLiteral("15967269918"), {}}}},
    };
}

struct NamedRow
{
    const char *id;
    const char *parent;
    const char *name;
};

const NamedRow kWorkshops[] = {
    {"E01-W1", "E01", "喷涂车间"},   {"E01-W2", "E01", "烘干车间"},
    {"E01-W3", "E01", "废气处理区"}, {"E02-W1", "E02", "凹印车间"},
    {"E02-W2", "E02", "复合车间"},   {"E02-W3", "E02", "RTO废气处理站"},
    {"E03-W1", "E03", "合成车间"},   {"E03-W2", "E03", "精馏车间"},
    {"E03-W3", "E03", "废气处理站"}, {"E04-W1", "E04", "涂装车间"},
    {"E04-W2", "E04", "废气处理区"},
};

const NamedRow kLines[] = {
    {"E01-W1-L1", "E01-W1", "底漆线"},     {"E01-W1-L2", "E01-W1", "面漆线"},
    {"E01-W2-L3", "E01-W2", "烘干线"},     {"E02-W1-L1", "E02-W1", "1#凹印线"},
    {"E02-W1-L2", "E02-W1", "2#凹印线"},   {"E02-W2-L3", "E02-W2", "干式复合线"},
    {"E03-W1-L1", "E03-W1", "1#合成线"},   {"E03-W1-L2", "E03-W1", "2#合成线"},
    {"E03-W2-L3", "E03-W2", "溶剂精馏线"}, {"E04-W1-L1", "E04-W1", "涂装线"},
};

struct LinkRow
{
    const char *production;
    const char *treatment;
    double leadMin;
    double lagMin;
};

// Many-to-many: each booth's exhaust goes through its fan and the shared adsorber; the
// RTO/RCO needs a few minutes' warm-up before production (lead) and purges after (lag).
const LinkRow kLinks[] = {
    {"E01-F01", "E01-F05", 2, 5},  {"E01-F02", "E01-F05", 2, 5},  {"E01-F03", "E01-F06", 2, 5},
    {"E01-F04", "E01-F06", 2, 5},  {"E01-F01", "E01-F07", 2, 10}, {"E01-F02", "E01-F07", 2, 10},
    {"E01-F03", "E01-F07", 2, 10}, {"E01-F04", "E01-F08", 5, 10},

    {"E02-F01", "E02-F04", 5, 10}, {"E02-F02", "E02-F04", 5, 10}, {"E02-F03", "E02-F04", 5, 10},
    {"E02-F01", "E02-F05", 5, 10}, {"E02-F02", "E02-F05", 5, 10}, {"E02-F03", "E02-F05", 5, 10},
    {"E02-F01", "E02-F06", 0, 5},  {"E02-F02", "E02-F06", 0, 5},

    {"E03-F01", "E03-F05", 0, 5},  {"E03-F02", "E03-F05", 0, 5},  {"E03-F03", "E03-F05", 0, 5},
    {"E03-F04", "E03-F05", 0, 5},  {"E03-F01", "E03-F06", 0, 5},  {"E03-F02", "E03-F06", 0, 5},
    {"E03-F04", "E03-F06", 0, 5},  {"E03-F01", "E03-F07", 0, 5},  {"E03-F02", "E03-F07", 0, 5},
    {"E03-F03", "E03-F07", 0, 5},  {"E03-F04", "E03-F07", 0, 5},

    {"E04-F01", "E04-F04", 2, 5},  {"E04-F02", "E04-F04", 2, 5},  {"E04-F03", "E04-F04", 2, 5},
    {"E04-F01", "E04-F05", 2, 5},  {"E04-F02", "E04-F05", 2, 5},  {"E04-F01", "E04-F06", 2, 10},
    {"E04-F02", "E04-F06", 2, 10}, {"E04-F03", "E04-F06", 2, 10},
};

Enterprise toEnterprise(const EnterpriseRow &r)
{
    Enterprise e;
    e.id = QLatin1String(r.id);
    e.name = u(r.name);
    e.creditCode = creditCode(r.division, r.orgBody);
    e.legalRepresentative = u(r.legal);
    e.registrationStatus = u("存续");
    e.foundedOn = r.founded;
    e.registeredCapitalWanYuan = r.capitalWan;
    e.staffSize = r.staff;
    e.enterpriseType = u(r.type);
    e.businessScope = u(r.scope);
    e.industry = u(r.industry);
    e.address = u(r.address);
    e.longitude = r.lon;
    e.latitude = r.lat;
    e.contacts = r.contacts;
    return e;
}

Facility toFacility(const demo::FacilityProfile &p)
{
    Facility f;
    f.id = QLatin1String(p.id);
    f.enterpriseId = p.enterpriseId();
    f.workshopId = QLatin1String(p.workshopId);
    f.lineId = QLatin1String(p.lineId);
    f.name = u(p.name);
    f.kind = p.kind;
    f.type = QLatin1String(p.type);
    f.ratedPowerKw = p.ratedKw;
    f.thresholds = demo::thresholdsFor(p);
    return f;
}

/// One three-phase multifunction meter per facility on the enterprise's RS-485 bus, read by
/// the simulator in the demo; "E01-F03" -> device "E01-M03", point "E01-F03-M".
void addMeter(Plant &plant, const demo::FacilityProfile &p, int busAddress)
{
    const QString facilityId = QLatin1String(p.id);
    Device d;
    d.id = facilityId.left(3) + QStringLiteral("-M") + facilityId.right(2);
    d.enterpriseId = facilityId.left(3);
    d.kind = DeviceKind::PowerMeter;
    d.model = p.vfd ? QStringLiteral("DTSD1352-C") : QStringLiteral("PD194E-9S4");
    d.protocol = QStringLiteral("simulator");
    d.address = QString::number(busAddress);
    d.templateId = p.vfd ? QStringLiteral("dtsd1352") : QStringLiteral("pd194e");
    d.firmware = QStringLiteral("V2.13");
    plant.devices.append(d);

    MonitoringPoint m;
    m.id = facilityId + QStringLiteral("-M");
    m.facilityId = facilityId;
    m.deviceId = d.id;
    m.name = u(p.name) + u(" 电能表");
    m.intervalS = 10;
    m.channels = {{Quantity::CurrentA, 3},
                  {Quantity::VoltageV, 1},
                  {Quantity::PowerKw, 3},
                  {Quantity::EnergyKwh, 2}};
    if (p.vfd || p.gridFrequency)
        m.channels.append({Quantity::FrequencyHz, 2});
    plant.points.append(m);
}

} // namespace

Plant demoPlant()
{
    Plant plant;
    for (const EnterpriseRow &r : enterpriseRows())
        plant.enterprises.append(toEnterprise(r));
    for (const NamedRow &w : kWorkshops)
        plant.workshops.append({QLatin1String(w.id), QLatin1String(w.parent), u(w.name)});
    for (const NamedRow &l : kLines)
        plant.lines.append({QLatin1String(l.id), QLatin1String(l.parent), u(l.name)});
    QString enterprise;
    int busAddress = 0;
    for (const demo::FacilityProfile &p : demo::facilityProfiles()) {
        plant.facilities.append(toFacility(p));
        if (p.enterpriseId() != enterprise) {
            enterprise = p.enterpriseId();
            busAddress = 0;
        }
        addMeter(plant, p, ++busAddress);
    }
    for (const LinkRow &l : kLinks)
        plant.links.append(
            {QLatin1String(l.production), QLatin1String(l.treatment), l.leadMin, l.lagMin});
    return plant;
}

} // namespace vocsync::acquisition
