#include "packetbuilder.h"

#include "vocsync/core/quantity.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace vocsync::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::sync", text);
}

/// HJ 212 DataTime has whole seconds (N14).
std::int64_t toSecond(std::int64_t tMs)
{
    const std::int64_t r = tMs % 1000;
    return r < 0 ? tMs - r - 1000 : tMs - r;
}

} // namespace

QList<const MonitoringPoint *> enterprisePoints(const Plant &plant, const QString &enterpriseId)
{
    QList<const MonitoringPoint *> out;
    for (const MonitoringPoint &p : plant.points) {
        const Facility *f = plant.facility(p.facilityId);
        if (f && f->enterpriseId == enterpriseId)
            out.append(&p);
    }
    std::sort(out.begin(), out.end(),
              [](const MonitoringPoint *a, const MonitoringPoint *b) { return a->id < b->id; });
    return out;
}

QHash<std::uint32_t, int> stableChannels(const QList<const MonitoringPoint *> &points,
                                         const storage::UpstreamTarget &target,
                                         QStringList *problems)
{
    // The storage key never changes once a point is stored, so a channel derived from it
    // stays with its point when points are added or removed (review finding #15).
    QHash<std::uint32_t, int> out;
    QSet<int> taken;
    for (const MonitoringPoint *p : points) {
        if (p->key >= 1 && p->key <= kMaxChannel) {
            out.insert(p->key, static_cast<int>(p->key));
            taken.insert(static_cast<int>(p->key));
        }
    }
    // Keys beyond the three digits of a channel: the free channels in id order. Such a
    // channel can move when a point is added, hence the warning.
    int next = 1;
    for (const MonitoringPoint *p : points) {
        if (p->key == 0 || out.contains(p->key))
            continue;
        while (next <= kMaxChannel && taken.contains(next))
            ++next;
        if (next > kMaxChannel) {
            if (problems)
                problems->append(tr("target %1: no channel left for point %2; not forwarded")
                                     .arg(target.name, p->id));
            continue;
        }
        out.insert(p->key, next);
        taken.insert(next);
        if (problems)
            problems->append(tr("target %1: point %2 has storage key %3, beyond channel %4; it "
                                "uses free channel %5, which may change when points are added")
                                 .arg(target.name, p->id)
                                 .arg(p->key)
                                 .arg(kMaxChannel)
                                 .arg(next));
    }
    return out;
}

QHash<std::uint32_t, PointCodes> pointCodes(const storage::UpstreamTarget &target,
                                            const Plant &plant, const hj212::FactorMapSet &maps,
                                            QStringList *problems)
{
    QHash<std::uint32_t, PointCodes> out;
    const QList<const MonitoringPoint *> points = enterprisePoints(plant, target.sourceId);
    const QHash<std::uint32_t, int> channels = stableChannels(points, target, problems);
    for (const MonitoringPoint *point : points) {
        const MonitoringPoint &p = *point;
        const int channel = channels.value(p.key);
        if (channel == 0)
            continue;
        PointCodes pc;
        pc.key = p.key;
        pc.id = p.id;
        pc.channel = channel;
        for (Quantity q : kAllQuantities) {
            const int decimals = p.decimals(q);
            pc.decimals[index(q)] = decimals >= 0 ? decimals : defaultDecimals(q);
            if (!p.measures(q))
                continue;
            const QString code = maps.codeFor(target.factorMap, q, pc.channel);
            if (code.isEmpty()) {
                if (problems)
                    problems->append(tr("target %1: factor map %2 has no code for %3 of "
                                        "channel %4 (point %5); not forwarded")
                                         .arg(target.name, target.factorMap, quantityKey(q))
                                         .arg(pc.channel)
                                         .arg(p.id));
                continue;
            }
            pc.codes[index(q)] = code.toLatin1();
        }
        out.insert(p.key, pc);
    }
    return out;
}

hj212::Packet targetPacket(const storage::UpstreamTarget &target, int cn, bool answer)
{
    hj212::Packet p;
    p.st.assign(target.st.toLatin1());
    p.cn = cn;
    p.pw.assign(target.password.toLatin1());
    p.mn.assign(target.mn.toLatin1());
    const int version = std::clamp(target.version, 0, 2);
    p.flag = hj212::flagFor(static_cast<hj212::Version>(version), answer);
    return p;
}

char flagOf(std::uint8_t quality)
{
    const char c = dataFlagChar(dataFlag(quality));
    return c ? c : 'N';
}

std::vector<hj212::Packet> samplePackets(const storage::UpstreamTarget &target,
                                         const QHash<std::uint32_t, PointCodes> &codes,
                                         const SampleBatch &batch, int *samplesUsed)
{
    // DataTime -> packets at that time, each with the points it already holds.
    struct Slot
    {
        hj212::Packet packet;
        QList<std::uint32_t> points;
    };
    std::map<std::int64_t, std::vector<Slot>> byTime;
    int used = 0;
    for (const Sample &s : batch) {
        const auto it = codes.constFind(s.point);
        if (it == codes.cend())
            continue;
        const PointCodes &pc = *it;
        const std::int64_t t = toSecond(s.tMs);
        std::vector<Slot> &atTime = byTime[t];
        auto slot = std::find_if(atTime.begin(), atTime.end(),
                                 [&](const Slot &x) { return !x.points.contains(s.point); });
        if (slot == atTime.end()) {
            Slot fresh;
            fresh.packet = targetPacket(target, 2011, true);
            fresh.packet.dataTimeMs = t;
            atTime.push_back(std::move(fresh));
            slot = atTime.end() - 1;
        }
        slot->points.append(s.point);
        const char flag = flagOf(s.quality);
        bool any = false;
        for (Quantity q : kAllQuantities) {
            const QByteArray &code = pc.codes[index(q)];
            if (!s.has(q) || code.isEmpty())
                continue;
            hj212::Factor f;
            f.code.assign(code);
            f.set(hj212::Part::Rtd, s.value(q), pc.decimals[index(q)]);
            f.flag = flag;
            slot->packet.factors.push_back(std::move(f));
            any = true;
        }
        if (any)
            ++used;
    }
    std::vector<hj212::Packet> out;
    for (auto &entry : byTime) {
        for (Slot &slot : entry.second) {
            if (!slot.packet.factors.empty())
                out.push_back(std::move(slot.packet));
        }
    }
    if (samplesUsed)
        *samplesUsed = used;
    return out;
}

bool isFacilityCode(const QString &code)
{
    return code.size() > 2 && code.startsWith(QLatin1String("SB"));
}

FacilityValue facilityValue(const FactorSample &sample)
{
    // The server stores SBx-RS (CN 2021) and SBx-RT (CN 2041) as code "SBx" with the value
    // in Rtd, period real-time and day (acquisition's PacketConverter). Nothing else has
    // that shape: day statistics carry Min/Avg/Max/Cou, not Rtd.
    if (!isFacilityCode(sample.code) || sample.mask != FactorSample::Rtd)
        return FacilityValue::None;
    if (sample.period == FactorPeriod::RealTime)
        return FacilityValue::RunningState;
    if (sample.period == FactorPeriod::Day)
        return FacilityValue::RunningTime;
    return FacilityValue::None;
}

int cnOf(const FactorSample &sample)
{
    switch (facilityValue(sample)) {
    case FacilityValue::RunningState: return 2021;
    case FacilityValue::RunningTime: return 2041;
    case FacilityValue::None: break;
    }
    return cnForPeriod(sample.period);
}

int cnForPeriod(FactorPeriod period)
{
    switch (period) {
    case FactorPeriod::RealTime: return 2011;
    case FactorPeriod::Minute: return 2051;
    case FactorPeriod::Hour: return 2061;
    case FactorPeriod::Day: return 2031;
    }
    return 2011;
}

void addFactor(hj212::Packet &packet, const FactorSample &sample)
{
    using hj212::Part;
    hj212::Factor f;
    if (!f.code.assign(sample.code.toLatin1()))
        return;
    const FacilityValue facility = facilityValue(sample);
    const Part single = facility == FacilityValue::RunningState ? Part::RS
                        : facility == FacilityValue::RunningTime ? Part::RT
                                                                 : Part::Rtd;
    if (sample.mask & FactorSample::Rtd)
        f.set(single, sample.rtd);
    if (sample.mask & FactorSample::Cou)
        f.set(Part::Cou, sample.cou);
    if (sample.mask & FactorSample::Min)
        f.set(Part::Min, sample.min);
    if (sample.mask & FactorSample::Avg)
        f.set(Part::Avg, sample.avg);
    if (sample.mask & FactorSample::Max)
        f.set(Part::Max, sample.max);
    // A facility's state and running time carry no data flag (HJ 212-2017 C.15, C.19).
    if (facility == FacilityValue::None)
        f.flag = flagOf(sample.quality);
    packet.factors.push_back(std::move(f));
}

std::vector<hj212::Packet> factorPackets(const storage::UpstreamTarget &target,
                                         const FactorBatch &batch, int *valuesUsed)
{
    std::map<std::pair<int, std::int64_t>, hj212::Packet> byKey; // (CN, DataTime)
    int used = 0;
    for (const FactorSample &s : batch) {
        if (s.source != target.sourceId || s.mask == 0)
            continue;
        const int cn = cnOf(s);
        const std::int64_t t = toSecond(s.tMs);
        auto it = byKey.find({cn, t});
        if (it == byKey.end()) {
            hj212::Packet p = targetPacket(target, cn, true);
            p.dataTimeMs = t;
            it = byKey.emplace(std::make_pair(cn, t), std::move(p)).first;
        }
        // The same value twice (a batch that repeats a backfilled value) would make the packet
        // invalid (duplicate key); storage keeps the first one, so does the platform.
        if (it->second.factor(s.code.toLatin1()))
            continue;
        addFactor(it->second, s);
        ++used;
    }
    std::vector<hj212::Packet> out;
    out.reserve(byKey.size());
    for (auto &[key, p] : byKey)
        out.push_back(std::move(p));
    // Time order first: a platform that sees the minute data of 10:00 before the real-time
    // data of 09:59 would be surprised, whatever the CN.
    std::stable_sort(out.begin(), out.end(), [](const hj212::Packet &a, const hj212::Packet &b) {
        return a.dataTimeMs < b.dataTimeMs;
    });
    if (valuesUsed)
        *valuesUsed = used;
    return out;
}

} // namespace vocsync::sync
