#include "demopackets.h"

#include "vocsync/hj212/messages.h"

#include <algorithm>
#include <cmath>

namespace vocsync::acquisition::demo {

namespace {

void setValue(hj212::Packet &packet, const QByteArray &code, hj212::Part part, double v,
              int decimals)
{
    packet.factorRef(code).set(part, roundTo(v, decimals), decimals);
}

} // namespace

const UnitBinding::Point *UnitBinding::find(std::uint32_t key) const
{
    for (const Point &p : points) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return static_cast<double>(std::llround(v * scale)) / scale;
}

UnitBinding bindUnit(const TransmitterConfig &config, const Plant &plant,
                     const hj212::FactorMapSet &maps, const QByteArray &st, QStringList *problems)
{
    UnitBinding unit;
    unit.mn = config.mn.toLatin1();
    unit.pw = config.password.toLatin1();
    unit.st = st;
    for (auto it = config.points.cbegin(); it != config.points.cend(); ++it) {
        const MonitoringPoint *mp = plant.point(it.value());
        if (!mp) {
            problems->append(QStringLiteral("channel %1: no monitoring point '%2'")
                                 .arg(it.key())
                                 .arg(it.value()));
            continue;
        }
        UnitBinding::Point p;
        p.key = mp->key;
        p.channel = it.key();
        for (const Channel &c : mp->channels) {
            const QString code = maps.codeFor(config.factorMap, c.quantity, it.key());
            if (code.isEmpty()) {
                problems->append(QStringLiteral("factor map '%1' has no code for %2 of channel %3")
                                     .arg(config.factorMap, quantityKey(c.quantity))
                                     .arg(it.key()));
                continue;
            }
            p.mask |= bit(c.quantity);
            p.decimals[static_cast<size_t>(index(c.quantity))] = c.decimals;
            p.codes[static_cast<size_t>(index(c.quantity))] = code.toLatin1();
        }
        unit.points.push_back(std::move(p));
    }
    std::sort(unit.points.begin(), unit.points.end(),
              [](const UnitBinding::Point &a, const UnitBinding::Point &b) {
                  return a.channel < b.channel;
              });
    return unit;
}

hj212::Packet dataPacket(const UnitBinding &unit, const QByteArray &qn, int cn,
                         std::int64_t dataTimeMs)
{
    hj212::Packet p;
    p.qn.assign(qn);
    p.st.assign(unit.st);
    p.cn = cn;
    p.pw.assign(unit.pw);
    p.mn.assign(unit.mn);
    p.flag = hj212::flagFor(hj212::Version::V2017, true);
    p.dataTimeMs = dataTimeMs;
    return p;
}

hj212::Packet commandUpload(const UnitBinding &unit, const QByteArray &qn, int cn)
{
    hj212::Packet p = dataPacket(unit, qn, cn, 0);
    p.flag = hj212::flagFor(hj212::Version::V2017, false);
    return p;
}

char flagOf(const Sample &s)
{
    const DataFlag f = dataFlag(s.quality);
    if (f != DataFlag::None)
        return dataFlagChar(f);
    return (s.quality & QualityOverrange) ? 'T' : 'N';
}

int addRealtime(hj212::Packet &packet, const UnitBinding &unit, const SampleBatch &batch)
{
    // Channel order, as a logger scanning its meters writes them.
    std::vector<std::pair<const UnitBinding::Point *, const Sample *>> mine;
    for (const Sample &s : batch) {
        if (const UnitBinding::Point *p = unit.find(s.point))
            mine.emplace_back(p, &s);
    }
    std::sort(mine.begin(), mine.end(),
              [](const auto &a, const auto &b) { return a.first->channel < b.first->channel; });
    for (const auto &[p, s] : mine) {
        for (Quantity q : kAllQuantities) {
            const auto i = static_cast<size_t>(index(q));
            if (!(p->mask & bit(q)) || !s->has(q))
                continue;
            setValue(packet, p->codes[i], hj212::Part::Rtd, s->value(q), p->decimals[i]);
            packet.factorRef(p->codes[i]).flag = flagOf(*s);
        }
    }
    return static_cast<int>(mine.size());
}

void PeriodAggregate::add(const UnitBinding::Point &point, const Sample &s)
{
    PointStats &ps = m_points[point.channel];
    for (Quantity q : kAllQuantities) {
        if (!(point.mask & bit(q)) || !s.has(q))
            continue;
        Stat &st = ps.q[static_cast<size_t>(index(q))];
        const double v = s.value(q);
        if (st.count == 0) {
            st.min = st.max = st.first = v;
        }
        st.min = std::min(st.min, v);
        st.max = std::max(st.max, v);
        st.sum += v;
        st.last = v;
        ++st.count;
    }
    // HJ 212-2017 C.16 note: a period with an abnormal value is not normal as a whole.
    const char f = flagOf(s);
    if (f != 'N')
        ps.flag = f;
}

int PeriodAggregate::addTo(hj212::Packet &packet, const UnitBinding &unit) const
{
    int written = 0;
    for (const UnitBinding::Point &p : unit.points) {
        const auto it = m_points.find(p.channel);
        if (it == m_points.end())
            continue;
        for (Quantity q : kAllQuantities) {
            const auto i = static_cast<size_t>(index(q));
            const Stat &st = it->second.q[i];
            if (st.count == 0)
                continue;
            const QByteArray &code = p.codes[i];
            const int dec = p.decimals[i];
            if (isCounter(q))
                setValue(packet, code, hj212::Part::Cou, st.last - st.first, dec);
            setValue(packet, code, hj212::Part::Min, st.min, dec);
            setValue(packet, code, hj212::Part::Avg, st.sum / st.count, dec);
            setValue(packet, code, hj212::Part::Max, st.max, dec);
            packet.factorRef(code).flag = it->second.flag;
        }
        ++written;
    }
    return written;
}

} // namespace vocsync::acquisition::demo
