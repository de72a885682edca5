// The demo plant's MN registry (docs/hj212-demo.md).
#include "vocsync/acquisition/demotransmitter.h"

#include <algorithm>

namespace vocsync::acquisition {

namespace {
/// EPC-96 fields (HJ 212-2017 6.3.2, Table 3: MN is EPC-96): header 8 bits, company 28 bits,
/// object class 24 bits, serial 36 bits. The company number is VocSync's made-up demo one.
constexpr unsigned kEpcHeader = 0x01;
constexpr unsigned kDemoCompany = 0x0D3E05C;
constexpr unsigned kObjectClass = 0x000212;
} // namespace

QString demoMn(int enterpriseIndex)
{
    return QStringLiteral("%1%2%3%4")
        .arg(kEpcHeader, 2, 16, QLatin1Char('0'))
        .arg(kDemoCompany, 7, 16, QLatin1Char('0'))
        .arg(kObjectClass, 6, 16, QLatin1Char('0'))
        .arg(static_cast<qulonglong>(enterpriseIndex) + 1, 9, 16, QLatin1Char('0'))
        .toUpper();
}

QList<TransmitterConfig> demoTransmitters(const Plant &plant)
{
    QList<TransmitterConfig> out;
    for (qsizetype e = 0; e < plant.enterprises.size(); ++e) {
        const Enterprise &ent = plant.enterprises.at(e);
        QList<const MonitoringPoint *> points;
        for (const MonitoringPoint &p : plant.points) {
            const Facility *f = plant.facility(p.facilityId);
            if (f && f->enterpriseId == ent.id)
                points.append(&p);
        }
        if (points.isEmpty())
            continue;
        std::sort(points.begin(), points.end(),
                  [](const MonitoringPoint *a, const MonitoringPoint *b) { return a->id < b->id; });
        TransmitterConfig t;
        t.mn = demoMn(static_cast<int>(e));
        t.name = ent.name + QStringLiteral(" 数采仪");
        t.enterpriseId = ent.id;
        t.password = QLatin1String(kDemoPassword);
        t.factorMap = QStringLiteral("vocsync-electric");
        int interval = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            t.points.insert(static_cast<int>(i) + 1, points.at(i)->id);
            interval = std::max(interval, points.at(i)->intervalS);
        }
        t.backfillCn = 2051;
        t.rtdIntervalS = std::max(1, interval);
        out.append(t);
    }
    return out;
}

} // namespace vocsync::acquisition
