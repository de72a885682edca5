// The analyzer: per-sample streaming (states, gaps, quality, load buckets) and the period's
// results (sync, events, enterprises). docs/analysis.md describes every rule.
#include "vocsync/analysis/analyzer.h"

#include "detectors.h"
#include "facilityslot.h"
#include "syncrate.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace vocsync::analysis {

using namespace detail;

namespace {

constexpr std::uint32_t kDirectKeys = 1u << 20; ///< keys below this index a flat table
constexpr size_t kMaxBuckets = 10 * 366 * 288;   ///< ten years of 5-minute load buckets

bool eventLess(const Event &a, const Event &b)
{
    if (a.startMs != b.startMs)
        return a.startMs < b.startMs;
    if (a.facility != b.facility)
        return a.facility < b.facility;
    if (a.type != b.type)
        return a.type < b.type;
    return a.related < b.related;
}

} // namespace

struct Analyzer::Impl
{
    Plant plant;
    AnalysisOptions opt;
    std::int64_t fromMs = 0;
    std::vector<FacilitySlot> facilities;
    std::vector<std::unique_ptr<PointTracker>> points;
    std::vector<int> pointFacility;      ///< facility slot per point
    std::vector<char> pointIsState;
    std::vector<int> direct;             ///< key -> point index for small keys
    QHash<std::uint32_t, int> byKey;     ///< the others
    std::vector<Timeline> limitStates;   ///< scratch
    EventSink sink;
    QHash<QString, Event> reported;      ///< live: what the sink was told, by condition
    std::int64_t ignored = 0;
    bool finished = false;

    int pointIndex(std::uint32_t key) const
    {
        if (key < direct.size())
            return direct[key];
        return byKey.value(key, -1);
    }

    void build(const Profiles &profiles);
    void pushOne(const Sample &s);
    std::vector<FacilityView> views(std::vector<Timeline> &storage,
                                    std::vector<Timeline> &slowStorage, std::int64_t nowMs,
                                    bool final) const;
    std::vector<Event> detect(const std::vector<FacilityView> &views, bool final,
                              std::int64_t nowMs);
};

void Analyzer::Impl::build(const Profiles &profiles)
{
    QHash<QString, int> entIndex;
    for (int i = 0; i < plant.enterprises.size(); ++i)
        entIndex.insert(plant.enterprises[i].id, i);
    QHash<QString, int> facIndex;
    facilities.resize(static_cast<size_t>(plant.facilities.size()));
    for (int i = 0; i < plant.facilities.size(); ++i) {
        FacilitySlot &fs = facilities[static_cast<size_t>(i)];
        fs.facility = plant.facilities[i];
        fs.enterprise = entIndex.value(fs.facility.enterpriseId, -1);
        facIndex.insert(fs.facility.id, i);
    }
    std::uint32_t maxKey = 0;
    for (const MonitoringPoint &mp : plant.points)
        maxKey = std::max(maxKey, mp.key);
    direct.assign(std::min(maxKey + 1, kDirectKeys), -1);

    for (const MonitoringPoint &mp : plant.points) {
        const int fi = facIndex.value(mp.facilityId, -1);
        if (fi < 0)
            continue;
        FacilitySlot &fs = facilities[static_cast<size_t>(fi)];
        const FacilityProfile prof = profiles.value(fs.facility.id);
        const RunThresholds &raw = fs.facility.thresholds;
        const double rated = raw.ratedLevel > 0 ? raw.ratedLevel : prof.ratedLevel;
        const RunThresholds th = resolveThresholds(raw, rated);
        const int index = static_cast<int>(points.size());
        points.push_back(std::make_unique<PointTracker>(mp, fs.facility, th.off, fromMs, opt));
        pointFacility.push_back(fi);
        const bool isState = fs.statePoint < 0 && mp.measures(raw.quantity);
        pointIsState.push_back(isState ? 1 : 0);
        if (mp.key < direct.size())
            direct[mp.key] = index;
        else
            byKey.insert(mp.key, index);
        if (mp.measures(Quantity::EnergyKwh) && !fs.hasEnergy)
            fs.hasEnergy = true;
        for (const QuantityLimit &l : opt.limits) {
            if (l.pointId != mp.id)
                continue;
            RunThresholds lt;
            lt.quantity = l.quantity;
            lt.off = 0.5;
            lt.run = 0.5;
            lt.minDwellS = 0;
            points.back()->limits().push_back(
                {l, std::make_unique<StateClassifier>(lt, mp.intervalS * 1000LL, opt.gapIntervals)});
        }
        if (!isState)
            continue;
        fs.statePoint = index;
        fs.loadQuantity = mp.measures(Quantity::PowerKw) ? Quantity::PowerKw : raw.quantity;
        const std::int64_t intervalMs = std::int64_t{std::max(1, mp.intervalS)} * 1000;
        if (!raw.relative || rated > 0)
            fs.classifier = std::make_unique<StateClassifier>(th, intervalMs, opt.gapIntervals);
        fs.normalLoad = prof.loadQuantity == fs.loadQuantity ? prof.normalLoad : 0;
        if (fs.facility.kind == FacilityKind::Treatment && fs.normalLoad > 0) {
            RunThresholds st;
            st.quantity = fs.loadQuantity;
            st.off = opt.slowdownFraction * fs.normalLoad;
            st.run = st.off;
            st.hysteresis = 0.04 * fs.normalLoad;
            st.minDwellS = th.minDwellS;
            fs.slow = std::make_unique<StateClassifier>(st, intervalMs, opt.gapIntervals);
        }
    }
}

void Analyzer::Impl::pushOne(const Sample &s)
{
    const int pi = pointIndex(s.point);
    if (pi < 0 || !points[static_cast<size_t>(pi)]->push(s)) {
        ++ignored;
        return;
    }
    if (!pointIsState[static_cast<size_t>(pi)])
        return;
    FacilitySlot &fs = facilities[static_cast<size_t>(pointFacility[static_cast<size_t>(pi)])];
    if (fs.classifier)
        fs.classifier->push(s.tMs, s.value(fs.facility.thresholds.quantity));
    if (!s.has(fs.loadQuantity))
        return;
    const double load = s.value(fs.loadQuantity);
    if (fs.slow)
        fs.slow->push(s.tMs, load);
    const size_t b = static_cast<size_t>((s.tMs - fromMs) / kBucketMs);
    if (b >= kMaxBuckets)
        return; // correlation looks at the first ten years of a period only
    if (b >= fs.buckets.size())
        fs.buckets.resize(b + 1);
    LoadBucket &bk = fs.buckets[b];
    bk.sum += static_cast<float>(load);
    bk.max = bk.count ? std::max(bk.max, static_cast<float>(load)) : static_cast<float>(load);
    ++bk.count;
}

std::vector<FacilityView> Analyzer::Impl::views(std::vector<Timeline> &storage,
                                                std::vector<Timeline> &slowStorage,
                                                std::int64_t nowMs, bool final) const
{
    std::vector<FacilityView> out(facilities.size());
    storage.resize(facilities.size());
    slowStorage.resize(facilities.size());
    for (size_t i = 0; i < facilities.size(); ++i) {
        const FacilitySlot &fs = facilities[i];
        FacilityView &v = out[i];
        v.id = fs.facility.id;
        Timeline tl = fs.states;
        std::int64_t horizon = nowMs;
        if (!final) {
            const StateInterval tail =
                fs.classifier ? fs.classifier->certainTail(nowMs) : StateInterval{};
            if (tail.endMs > tail.startMs)
                append(tl, tail);
            horizon = tl.empty() ? fromMs : std::max(tl.back().endMs, fromMs);
        }
        storage[i] = normalized(tl, fromMs, horizon);
        v.states = &storage[i];
        v.horizonMs = horizon;
        if (fs.slow) {
            Timeline st = fs.slowStates;
            if (!final) {
                const StateInterval tail = fs.slow->certainTail(nowMs);
                if (tail.endMs > tail.startMs)
                    append(st, tail);
            }
            slowStorage[i] = normalized(st, fromMs, horizon);
            v.slow = &slowStorage[i];
        }
    }
    return out;
}

std::vector<Event> Analyzer::Impl::detect(const std::vector<FacilityView> &vs, bool final,
                                          std::int64_t nowMs)
{
    QHash<QString, int> idx;
    for (size_t i = 0; i < vs.size(); ++i)
        idx.insert(vs[i].id, static_cast<int>(i));
    std::vector<Event> out;
    for (const FacilityLink &l : plant.links) {
        const int p = idx.value(l.productionId, -1);
        const int t = idx.value(l.treatmentId, -1);
        if (p < 0 || t < 0)
            continue;
        LinkView lv{&vs[static_cast<size_t>(p)], &vs[static_cast<size_t>(t)],
                    std::llround(l.leadMinutes * 60000), std::llround(l.lagMinutes * 60000)};
        detectLink(lv, fromMs, opt, out);
    }
    for (const FacilityView &v : vs)
        detectOverload(v, opt, out);
    for (auto &pt : points) {
        for (const Event &e : pt->events())
            out.push_back(e);
        if (!final)
            pt->advance(nowMs, &out);
        for (LimitWatch &w : pt->limits()) {
            Timeline tl = w.beyond->output();
            if (!final) {
                const StateInterval tail = w.beyond->certainTail(nowMs);
                if (tail.endMs > tail.startMs)
                    append(tl, tail);
            }
            detectLimit(tl, final ? nowMs : (tl.empty() ? fromMs : tl.back().endMs), w.limit,
                        pt->point().facilityId, pt->point().id, opt, out);
        }
    }
    std::sort(out.begin(), out.end(), eventLess);
    return out;
}

Analyzer::Analyzer(const Plant &plant, const AnalysisOptions &options, const Profiles &profiles,
                   std::int64_t fromMs)
    : d(std::make_unique<Impl>())
{
    d->plant = plant;
    d->opt = options;
    d->fromMs = fromMs;
    d->build(profiles);
}

Analyzer::~Analyzer() = default;

void Analyzer::push(const SampleBatch &batch)
{
    if (d->finished)
        return;
    for (const Sample &s : batch)
        d->pushOne(s);
}

void Analyzer::setEventSink(EventSink sink)
{
    d->sink = std::move(sink);
}

std::int64_t Analyzer::ignoredSamples() const
{
    return d->ignored;
}

QHash<QString, RunState> Analyzer::currentStates() const
{
    QHash<QString, RunState> out;
    for (const FacilitySlot &fs : d->facilities)
        out.insert(fs.facility.id,
                   fs.classifier ? fs.classifier->provisionalState() : RunState::Unknown);
    return out;
}

void Analyzer::advanceTo(std::int64_t nowMs)
{
    if (d->finished || nowMs <= d->fromMs)
        return;
    for (FacilitySlot &fs : d->facilities) {
        if (fs.classifier)
            fs.classifier->advance(nowMs);
        if (fs.slow)
            fs.slow->advance(nowMs);
        fs.drain();
    }
    if (!d->sink)
        return;
    std::vector<Timeline> storage, slowStorage;
    const std::vector<FacilityView> vs = d->views(storage, slowStorage, nowMs, false);
    QSet<QString> seen;
    for (const Event &e : d->detect(vs, false, nowMs)) {
        const QString key = e.conditionKey();
        seen.insert(key);
        const auto it = d->reported.constFind(key);
        if (it != d->reported.cend() && *it == e)
            continue;
        if (it != d->reported.cend() && !it->open && !it->withdrawn)
            continue; // closed conditions are final
        d->reported.insert(key, e);
        d->sink(e);
    }
    // An open condition the data no longer shows is withdrawn: it ends, and the sink knows it
    // was not confirmed. Should it show again, it is told again.
    for (auto it = d->reported.begin(); it != d->reported.end(); ++it) {
        if (it->open && !seen.contains(it.key())) {
            it->open = false;
            it->withdrawn = true;
            d->sink(*it);
        }
    }
}

AnalysisResult Analyzer::finish(std::int64_t toMs)
{
    AnalysisResult r;
    r.fromMs = d->fromMs;
    r.toMs = toMs;
    if (d->finished)
        return r;
    d->finished = true;
    for (auto &pt : d->points)
        pt->finish(toMs);
    for (FacilitySlot &fs : d->facilities) {
        if (fs.classifier)
            fs.classifier->finish(toMs);
        if (fs.slow)
            fs.slow->finish(toMs);
        fs.drain();
        if (fs.hasEnergy) {
            fs.energyKwh = 0;
            for (size_t i = 0; i < d->points.size(); ++i) {
                const PointTracker &pt = *d->points[i];
                if (pt.point().facilityId == fs.facility.id && pt.measuresEnergy())
                    fs.energyKwh += pt.energyKwh();
            }
        }
    }
    std::vector<Timeline> storage, slowStorage;
    const std::vector<FacilityView> vs = d->views(storage, slowStorage, toMs, true);
    for (const Event &e : d->detect(vs, true, toMs))
        r.events.append(e);
    for (size_t i = 0; i < vs.size(); ++i)
        r.facilities.append({vs[i].id, storage[i]});

    QHash<QString, int> idx;
    for (size_t i = 0; i < vs.size(); ++i)
        idx.insert(vs[i].id, static_cast<int>(i));
    for (const FacilitySlot &fs : d->facilities) {
        if (fs.facility.kind != FacilityKind::Production)
            continue;
        std::vector<const Timeline *> ts;
        for (const FacilityLink &l : d->plant.links) {
            const int t = idx.value(l.treatmentId, -1);
            if (l.productionId == fs.facility.id && t >= 0)
                ts.push_back(&storage[static_cast<size_t>(t)]);
        }
        const int p = idx.value(fs.facility.id);
        r.sync.append(computeSync(fs.facility.id, storage[static_cast<size_t>(p)], ts,
                                  d->fromMs, toMs));
    }
    for (auto &pt : d->points) {
        for (QualityFlag &q : pt->quality())
            r.quality.append(std::move(q));
    }
    std::stable_sort(r.quality.begin(), r.quality.end(),
                     [](const QualityFlag &a, const QualityFlag &b) {
                         return a.startMs != b.startMs ? a.startMs < b.startMs : a.point < b.point;
                     });
    r.enterprises = enterpriseFigures(d->plant, d->facilities, r.facilities, r.sync, r.events,
                                      d->fromMs, toMs);
    return r;
}

} // namespace vocsync::analysis
