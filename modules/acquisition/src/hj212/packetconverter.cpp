#include "hj212/packetconverter.h"

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/hj212/messages.h"

#include <cmath>
#include <map>

namespace vocsync::acquisition::hj212server {

using hj212::Factor;
using hj212::Part;

namespace {

std::uint8_t qualityOf(char flag, bool backfilled)
{
    std::uint8_t q = backfilled ? QualityBackfilled : QualityGood;
    if (flag == 'T')
        q |= QualityOverrange; // HJ 212-2017 Table 8: above the measuring upper limit
    return withDataFlag(q, dataFlagFromChar(flag));
}

/// The value of a bound electrical factor for its point sample, if it has one. Real-time
/// data uses Rtd. Statistics (history answers) use the period's mean, except for energy: a
/// counter's minimum over the period is its reading at the period start, which is the
/// sample's time.
std::optional<double> pointValue(const Factor &f, Quantity q, bool realTime)
{
    if (realTime)
        return f.has(Part::Rtd) ? std::optional(f.value(Part::Rtd)) : std::nullopt;
    if (isCounter(q) && f.has(Part::Min))
        return f.value(Part::Min);
    if (f.has(Part::Avg))
        return f.value(Part::Avg);
    if (f.has(Part::Rtd))
        return f.value(Part::Rtd);
    return std::nullopt;
}

/// Merges the flag of one more factor into a point sample's: the first flag other than N
/// wins (one bad channel makes the sample questionable), T also sets QualityOverrange.
void mergeQuality(Sample &s, char flag)
{
    const DataFlag now = dataFlag(s.quality);
    const DataFlag f = dataFlagFromChar(flag);
    std::uint8_t q = s.quality;
    if (flag == 'T')
        q |= QualityOverrange;
    if (f != DataFlag::None && (now == DataFlag::None || now == DataFlag::N))
        q = withDataFlag(q, f);
    s.quality = q;
}

FactorSample factorSample(const Factor &f, const QString &source, std::int64_t tMs,
                          FactorPeriod period, bool backfilled)
{
    FactorSample s;
    s.source = source;
    s.code = f.code.toString();
    s.tMs = tMs;
    s.period = period;
    s.quality = qualityOf(f.flag, backfilled);
    auto take = [&](Part p, double &to, std::uint8_t bit) {
        if (!f.has(p))
            return;
        to = f.value(p);
        s.mask |= bit;
    };
    take(Part::Rtd, s.rtd, FactorSample::Rtd);
    take(Part::Min, s.min, FactorSample::Min);
    take(Part::Avg, s.avg, FactorSample::Avg);
    take(Part::Max, s.max, FactorSample::Max);
    take(Part::Cou, s.cou, FactorSample::Cou);
    // Facility running state and time (SBx-RS, SBx-RT) and noise values are one number each.
    for (Part p : {Part::RS, Part::RT, Part::Data}) {
        if (!(s.mask & FactorSample::Rtd))
            take(p, s.rtd, FactorSample::Rtd);
    }
    return s;
}

/// Converted values (ZsRtd...) are a second value set of the same factor: kept as code
/// "<code>-Zs" so that nothing a transmitter sent is lost.
std::optional<FactorSample> zsSample(const Factor &f, const FactorSample &base)
{
    FactorSample s = base;
    s.code += QStringLiteral("-Zs");
    s.mask = 0;
    auto take = [&](Part p, double &to, std::uint8_t bit) {
        if (!f.has(p))
            return;
        to = f.value(p);
        s.mask |= bit;
    };
    take(Part::ZsRtd, s.rtd, FactorSample::Rtd);
    take(Part::ZsMin, s.min, FactorSample::Min);
    take(Part::ZsAvg, s.avg, FactorSample::Avg);
    take(Part::ZsMax, s.max, FactorSample::Max);
    if (s.mask == 0)
        return std::nullopt;
    return s;
}

} // namespace

double roundTo(double v, int decimals)
{
    if (decimals < 0 || decimals > 9)
        return v;
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

void mergeSample(Sample &into, const Sample &from)
{
    for (Quantity q : kAllQuantities) {
        if (from.has(q))
            into.set(q, from.value(q));
    }
    const DataFlag mine = dataFlag(into.quality);
    const DataFlag theirs = dataFlag(from.quality);
    const DataFlag flag =
        theirs != DataFlag::None && (mine == DataFlag::None || mine == DataFlag::N) ? theirs : mine;
    into.quality =
        withDataFlag(static_cast<std::uint8_t>((into.quality | from.quality) & 0x0F), flag);
}

std::optional<FactorPeriod> PacketConverter::periodOf(int cn)
{
    switch (cn) {
    case hj212::cn::RealTimeData:
    case hj212::cn::FacilityState:
        return FactorPeriod::RealTime;
    case hj212::cn::MinuteData:
        return FactorPeriod::Minute;
    case hj212::cn::HourData:
        return FactorPeriod::Hour;
    case hj212::cn::DayData:
    case hj212::cn::FacilityRunTime:
        return FactorPeriod::Day;
    default:
        return std::nullopt;
    }
}

Conversion PacketConverter::convert(const hj212::Packet &p, const RegisteredTransmitter &t,
                                    bool history, bool backfilled,
                                    std::int64_t fallbackTimeMs) const
{
    backfilled = backfilled || history;
    Conversion out;
    const std::optional<FactorPeriod> period = periodOf(p.cn);
    if (!period)
        return out;
    const QString mn = t.config.mn;
    const std::int64_t tMs = p.dataTimeMs != 0 ? p.dataTimeMs : fallbackTimeMs;
    if (p.dataTimeMs == 0)
        out.notes.append({QStringLiteral("DataTime"),
                          Hj212Server::tr("CN %1 without DataTime: arrival time used").arg(p.cn)});
    const bool realTime = p.cn == hj212::cn::RealTimeData;
    const bool statistics = *period != FactorPeriod::RealTime && p.cn != hj212::cn::FacilityRunTime;
    // Unsolicited statistics stay factor samples: the point's own series is the real-time
    // data, and a minute mean beside it would count twice (docs/hj212-server.md).
    const bool toPoints = realTime || (history && statistics);

    std::map<std::uint32_t, size_t> sampleOfPoint; // point key -> index in out.samples
    for (const Factor &f : p.factors) {
        const std::optional<hj212::FactorMeaning> meaning =
            m_maps ? m_maps->resolve(t.config.factorMap, f.code.view()) : std::nullopt;
        if (!meaning) {
            out.notes.append(
                {f.code.toString(), Hj212Server::tr("factor %1 is not in factor map %2; stored as "
                                                    "received")
                                        .arg(f.code.toString(), t.config.factorMap)});
        }
        const bool electrical = meaning && meaning->channel > 0 && meaning->quantity;
        if (electrical && toPoints) {
            const Quantity q = *meaning->quantity;
            const auto b = t.bindings.constFind(meaning->channel);
            const int decimals =
                b == t.bindings.cend() ? -1 : b->decimals[static_cast<size_t>(index(q))];
            const std::optional<double> v = pointValue(f, q, realTime);
            if (b != t.bindings.cend() && decimals >= 0 && v) {
                auto [it, fresh] = sampleOfPoint.try_emplace(b->key, out.samples.size());
                if (fresh) {
                    Sample s;
                    s.point = b->key;
                    s.tMs = tMs;
                    s.quality = backfilled ? QualityBackfilled : QualityGood;
                    out.samples.push_back(s);
                }
                Sample &s = out.samples[it->second];
                s.set(q, roundTo(*v, decimals));
                mergeQuality(s, f.flag);
                continue;
            }
            if (b == t.bindings.cend()) {
                out.notes.append(
                    {f.code.toString(), Hj212Server::tr("channel %1 (%2) is not bound to a point; "
                                                        "stored as a factor")
                                            .arg(meaning->channel)
                                            .arg(f.code.toString())});
            } else if (decimals < 0) {
                out.notes.append({f.code.toString(),
                                  Hj212Server::tr("point %1 does not measure %2; %3 stored as "
                                                  "a factor")
                                      .arg(b->pointId, quantityKey(q), f.code.toString())});
            }
        }
        FactorSample fs = factorSample(f, mn, tMs, *period, backfilled);
        std::optional<FactorSample> zs = zsSample(f, fs);
        if (fs.mask != 0)
            out.factors.push_back(fs);
        if (zs)
            out.factors.push_back(*zs);
        if (fs.mask == 0 && !zs) {
            out.notes.append(
                {f.code.toString(), Hj212Server::tr("factor %1 carries no value that is stored "
                                                    "(a flag alone, or alarm values)")
                                        .arg(f.code.toString())});
        }
    }
    return out;
}

} // namespace vocsync::acquisition::hj212server
