#include "scenario/enterprisepool.h"

#include "vocsync/core/creditcode.h"

#include <iterator>

namespace vocsync::scenarios {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// GB 11714-1997: C9 = 11 - (sum(Ci * Wi) mod 11) with W = 3,7,9,10,5,8,4,2; 10 is X, 11 is 0.
QChar organisationCheck(const QString &body8)
{
    static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += body8.at(i).digitValue() * kWeights[i];
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    return QLatin1Char(static_cast<char>('0' + (c == 11 ? 0 : c)));
}

QString creditCode(const char *division6, const char *orgBody8)
{
    const QString body = QLatin1String(orgBody8);
    const QString first17 =
        QStringLiteral("91") + QLatin1String(division6) + body + organisationCheck(body);
    return first17 + creditcode::checkCharacter(first17);
}

struct Row
{
    const char *name;
    const char *division;
    const char *orgBody;
    const char *legal;
    int foundedYear;
    double capitalWan;
    int staff;
    const char *scope;
    const char *industry;
    const char *trade;
    const char *address;
    double lon;
    double lat;
    const char *contact;
    const char *role;
    const char *phone;
};

const Row kRows[] = {
    {"嘉兴秀洲亿丰家具有限公司", "330411", "79652413", "沈建华", 2007, 3000, 210,
     "木质家具、软体家具制造、销售；家具表面涂装。", "家具制造业(C2110 木质家具制造)", "furniture",
     "浙江省嘉兴市秀洲区王店镇工业园区南梅路66号", 120.6983, 30.6431, "沈丽萍", "环保负责人",
     "13857365521"},
    {"苏州吴江恒通彩印包装有限公司", "320509", "55812076", "顾志明", 2010, 5800, 165,
     "包装装潢印刷品印刷；塑料软包装制品、复合膜袋制造。",
     "印刷和记录媒介复制业(C2319 包装装饰及其他印刷)", "printing",
     "江苏省苏州市吴江区松陵镇友谊工业区长安路1099号", 120.6452, 31.1598, "钱海峰", "安环部经理",
     "13962541873"},
    {"东莞市长安鑫达五金制品有限公司", "441900", "61738205", "黄国栋", 2004, 1500, 320,
     "五金制品、金属结构件加工及表面喷涂。", "金属制品业(C3360 金属表面处理及热处理加工)",
     "coating", "广东省东莞市长安镇沙头社区振安东路18号", 113.8047, 22.8172, "黄晓敏", "EHS主管",
     "13790246618"},
    {"宁波北仑宏远化工有限公司", "330206", "72049318", "林德明", 2002, 12000, 280,
     "涂料助剂、胶黏剂制造(不含危险化学品)；化工原料销售。",
     "化学原料和化学制品制造业(C2641 涂料制造)", "chemical",
     "浙江省宁波市北仑区小港街道渡口南路288号", 121.8412, 29.9187, "林晓东", "环保总监",
     "13805746290"},
    {"常州武进新锐汽车零部件有限公司", "320412", "68315927", "周伟", 2012, 8000, 450,
     "汽车零部件及配件制造；金属件涂装。", "汽车制造业(C3670 汽车零部件及配件制造)", "coating",
     "江苏省常州市武进区横林镇崔桥工业园顺通路9号", 119.9536, 31.7034, "周敏", "设备环保科科长",
     "15061197732"},
    {"佛山市顺德区华美涂装科技有限公司", "440606", "57904361", "何锦荣", 2011, 2000, 130,
     "金属制品静电喷涂、烤漆加工。", "金属制品业(C3360 金属表面处理及热处理加工)", "coating",
     "广东省佛山市顺德区容桂街道华口工业区兴华路3号", 113.2871, 22.7846, "何丽华", "环保专员",
     "13927768054"},
    {"台州黄岩精诚模塑有限公司", "331003", "70418652", "陈永福", 2005, 2600, 240,
     "塑料模具、塑料制品制造；塑料件喷涂。", "橡胶和塑料制品业(C2929 塑料零件及其他塑料制品制造)",
     "coating", "浙江省台州市黄岩区江口街道永丰路77号", 121.2627, 28.6418, "陈佳", "安全环保部主管",
     "13906561348"},
    {"湖州吴兴森林家居有限公司", "330502", "58127403", "费建明", 2014, 1200, 95,
     "家具、木制品制造、加工、销售。", "家具制造业(C2110 木质家具制造)", "furniture",
     "浙江省湖州市吴兴区织里镇栋梁路1599号", 120.2603, 30.8377, "费晓燕", "环保专员",
     "15967261173"},
    {"天津滨海瑞达包装印刷有限公司", "120116", "66031857", "王立新", 2009, 4500, 175,
     "包装装潢印刷；纸制品制造。", "印刷和记录媒介复制业(C2319 包装装饰及其他印刷)", "printing",
     "天津市滨海新区塘沽海洋高新区华山道601号", 117.6948, 39.0309, "王静", "安环部经理",
     "13802137765"},
    {"成都龙泉驿盛丰汽车涂装有限公司", "510112", "74369210", "刘成", 2013, 6000, 360,
     "汽车零部件涂装加工；金属表面处理。", "汽车制造业(C3670 汽车零部件及配件制造)", "coating",
     "四川省成都市龙泉驿区经济技术开发区车城东六路88号", 104.2683, 30.5602, "刘畅", "环保负责人",
     "18980062147"},
};

constexpr int kRowCount = static_cast<int>(std::size(kRows));

} // namespace

Enterprise pooledEnterprise(int index, const QString &id)
{
    const Row &r = kRows[index % kRowCount];
    Enterprise e;
    e.id = id;
    e.name = u(r.name);
    e.creditCode = creditCode(r.division, r.orgBody);
    e.legalRepresentative = u(r.legal);
    e.registrationStatus = u("存续");
    e.foundedOn = QDate(r.foundedYear, 1 + index % 12, 1 + (index * 7) % 28);
    e.registeredCapitalWanYuan = r.capitalWan;
    e.staffSize = r.staff;
    e.enterpriseType = u("有限责任公司(自然人投资或控股)");
    e.businessScope = u(r.scope);
    e.industry = u(r.industry);
    e.address = u(r.address);
    e.longitude = r.lon;
    e.latitude = r.lat;
    e.contacts = {Contact{u(r.contact), u(r.role), QLatin1String(r.phone), QString()}};
    return e;
}

QString pooledTrade(int index)
{
    return QLatin1String(kRows[index % kRowCount].trade);
}

} // namespace vocsync::scenarios
