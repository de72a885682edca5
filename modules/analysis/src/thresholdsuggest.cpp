// Threshold suggestion and rated-level learning from a facility's history (profile.h).
// Method, formulas and limits: docs/threshold-suggestion.md.
#include "vocsync/analysis/profile.h"

#include "loadmodes.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vocsync::analysis {

namespace {

using loadmodes::Mode;
using loadmodes::Valley;

constexpr size_t kMinSamples = 100;
constexpr double kOffFraction = 0.1;  // lowest mode at most 10 % of the top mode: off
constexpr double kIdleFraction = 0.5; // below half the loaded level: idle (DOMAIN: 15-35 %)
constexpr double kLoadedShare = 0.05; // loaded: highest mode with 5 % of the non-off values
constexpr double kTopShare = 0.01;    // the off test compares with modes of >= 1 % only
constexpr double kOverloadGap = 0.2;  // overload modes lie 20 % and 4 sigma above loaded
constexpr double kOverloadSigmas = 4;
constexpr double kHysteresisSigmas = 2;   // dead band: twice the loaded mode's noise...
constexpr double kHysteresisFloor = 0.01; // ...at least 1 % of the loaded level...
constexpr double kHysteresisBand = 0.5;   // ...at most half the narrowest valley band
constexpr double kFullPopulation = 0.05;  // a state seen 5 % of the time is well populated
constexpr double kExtrapolatedOff = 0.7;  // confidence factor when no off period was seen
constexpr int kMinDwellS = 60;

/// What the found modes are, as indices into the mode list (low to high).
struct Roles
{
    bool hasOff = false; ///< mode 0 is the off mode
    int firstOn = 0;     ///< the lowest mode that is not off
    int lastIdle = -1;   ///< the highest idle mode, -1: none
    int loaded = -1;     ///< the loaded mode: the running level of reference
    int overload = -1;   ///< the lowest overload mode, -1: none
};

Roles assignRoles(const std::vector<Mode> &m)
{
    Roles r;
    const int k = static_cast<int>(m.size());
    const auto at = [&m](int i) -> const Mode & { return m[static_cast<size_t>(i)]; };
    int top = k - 1;
    while (top > 1 && at(top).share < kTopShare)
        --top;
    r.hasOff = at(0).level <= kOffFraction * at(top).level;
    r.firstOn = r.hasOff ? 1 : 0;
    double onShare = 0;
    for (int i = r.firstOn; i < k; ++i)
        onShare += at(i).share;
    for (int i = k - 1; i >= r.firstOn && r.loaded < 0; --i) {
        if (at(i).share >= kLoadedShare * onShare)
            r.loaded = i;
    }
    const Mode &loaded = at(r.loaded);
    const double overloadFrom =
        loaded.level + std::max(kOverloadSigmas * loaded.sigma, kOverloadGap * loaded.level);
    for (int i = k - 1; i > r.loaded; --i) {
        if (at(i).level >= overloadFrom)
            r.overload = i;
    }
    for (int i = r.firstOn; i < r.loaded; ++i) {
        if (at(i).level < kIdleFraction * loaded.level)
            r.lastIdle = i;
    }
    return r;
}

/// 0..1: how well a valley separates its two modes. Ashman's D (distance over pooled sigma) is
/// 2 where two Gaussians stop being bimodal; the score reaches 0.63 at D = 6, 0.86 at D = 10.
double valleyScore(const Mode &a, const Mode &b, const Valley &v)
{
    const double spread = std::sqrt(0.5 * (a.sigma * a.sigma + b.sigma * b.sigma));
    const double d =
        spread > 0 ? (b.level - a.level) / spread : std::numeric_limits<double>::infinity();
    const double separation = std::clamp(1 - std::exp(-(d - 2) / 4), 0.0, 1.0);
    return separation * (1 - v.depthRatio);
}

double shareOf(const std::vector<Mode> &m, int from, int to)
{
    double share = 0;
    for (int i = from; i <= to; ++i)
        share += m[static_cast<size_t>(i)].share;
    return share;
}

/// Three significant digits of the loaded level, so suggestions read like a person's choice.
double roundTo(double x, double step)
{
    const double r = std::round(x / step) * step;
    return r > 0 ? r : x;
}

QString level(double v, Quantity q)
{
    return QStringLiteral("%1 %2").arg(QString::number(v, 'g', 4), quantityUnit(q));
}

} // namespace

ThresholdSuggestion suggestThresholds(std::vector<double> values, Quantity quantity)
{
    ThresholdSuggestion s;
    s.thresholds.quantity = quantity;
    s.thresholds.minDwellS = kMinDwellS;
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    s.sampleCount = static_cast<int>(values.size());
    if (values.size() < kMinSamples) {
        s.reason = QCoreApplication::translate(
                       "vocsync::analysis",
                       "Only %1 valid readings: at least %2 are needed to suggest thresholds.")
                       .arg(values.size())
                       .arg(kMinSamples);
        return s;
    }
    const loadmodes::Modes found = loadmodes::findModes(values);
    const std::vector<Mode> &m = found.modes;
    const std::vector<Valley> &v = found.valleys;
    if (m.empty()) {
        s.reason =
            QCoreApplication::translate("vocsync::analysis",
                                        "All readings are %1: the history shows no change of load.")
                .arg(level(loadmodes::quantile(values, 0.5), quantity));
        return s;
    }
    for (const Mode &mode : m)
        s.modes.append(LoadMode{mode.level, mode.share});
    if (m.size() == 1) {
        s.reason = QCoreApplication::translate("vocsync::analysis",
                                               "The readings show one load level only (around "
                                               "%1): the history never shows the facility both "
                                               "stopped and running.")
                       .arg(level(m.front().level, quantity));
        return s;
    }

    const Roles r = assignRoles(m);
    const auto at = [&m](int i) -> const Mode & { return m[static_cast<size_t>(i)]; };
    const auto valley = [&v](int i) -> const Valley & { return v[static_cast<size_t>(i)]; };
    const Mode &loaded = at(r.loaded);
    if (loaded.level <= 0) {
        s.reason = QCoreApplication::translate("vocsync::analysis",
                                               "The readings show no positive load level.");
        return s;
    }
    if (!r.hasOff && r.lastIdle < 0) {
        s.reason = QCoreApplication::translate(
                       "vocsync::analysis",
                       "The facility never stops or idles in this history: its lowest load "
                       "level, %1, is %2 % of its loaded level, %3.")
                       .arg(level(at(0).level, quantity))
                       .arg(std::round(100 * at(0).level / loaded.level))
                       .arg(level(loaded.level, quantity));
        return s;
    }

    QStringList notes;
    double narrowest = std::numeric_limits<double>::infinity();
    double off = 0;
    if (r.hasOff) {
        off = valley(0).centre;
        narrowest = valley(0).width;
    } else {
        // A fan that is never switched off: put "off" well below the idle level's lower edge.
        const Mode &low = at(0);
        off = 0.5 * std::max(low.level - 4 * low.sigma, 0.25 * low.level);
        notes << QCoreApplication::translate("vocsync::analysis",
                                             "No off period in this history: the off threshold "
                                             "is extrapolated below the idle level.");
    }
    const int runValley = r.lastIdle >= 0 ? r.lastIdle : 0;
    const double run = valley(runValley).centre;
    narrowest = std::min(narrowest, valley(runValley).width);

    double overload = 0;
    int overloadValley = -1;
    if (r.overload >= 0) {
        const Mode &o = at(r.overload);
        const double from =
            std::max(valley(r.overload - 1).centre, loaded.level + kOverloadSigmas * loaded.sigma);
        if (from < o.level - 2 * o.sigma) {
            overload = from;
            overloadValley = r.overload - 1;
            narrowest = std::min(narrowest, valley(overloadValley).width);
        } else {
            notes << QCoreApplication::translate("vocsync::analysis",
                                                 "Readings around %1 look like overload but are "
                                                 "not clearly apart from the loaded level: no "
                                                 "overload threshold is proposed.")
                         .arg(level(o.level, quantity));
        }
    }

    double h = std::min(kHysteresisBand * narrowest, std::max(kHysteresisSigmas * loaded.sigma,
                                                              kHysteresisFloor * loaded.level));
    if (!r.hasOff)
        h = std::min(h, off); // off - h/2 stays above zero, off + h/2 below the idle edge
    if (run > off)
        h = std::min(h, run - off);
    if (overload > 0)
        h = std::min(h, overload - run);

    const double step = std::pow(10.0, std::floor(std::log10(loaded.level)) - 2);
    s.thresholds.off = roundTo(off, step);
    s.thresholds.run = run > off ? roundTo(run, step) : s.thresholds.off;
    s.thresholds.overload = overload > 0 ? roundTo(overload, step) : 0;
    const double hRounded = std::floor(h / step) * step;
    s.thresholds.hysteresis = hRounded > 0 ? hRounded : h;

    // Confidence: the weaker of the off and run valleys, scaled by how well each state is
    // populated, by the sample size, and by what had to be extrapolated.
    double core = valleyScore(at(runValley), at(runValley + 1), valley(runValley));
    if (r.hasOff)
        core = std::min(core, valleyScore(at(0), at(1), valley(0)));
    const int k = static_cast<int>(m.size());
    const double offShare = r.hasOff ? at(0).share : kFullPopulation;
    const double idleShare = r.lastIdle >= 0 ? shareOf(m, r.firstOn, r.lastIdle) : kFullPopulation;
    const double runShare = shareOf(m, runValley + 1, k - 1);
    const double population = std::min(
        {1.0, offShare / kFullPopulation, idleShare / kFullPopulation, runShare / kFullPopulation});
    const double n = static_cast<double>(values.size());
    const double sampleScore = std::clamp(0.5 + 0.25 * std::log10(n / 100.0), 0.5, 1.0);
    double confidence = core * population * sampleScore;
    if (!r.hasOff)
        confidence *= kExtrapolatedOff;
    if (overloadValley >= 0) {
        confidence *= 0.8 + 0.2 * valleyScore(at(overloadValley), at(overloadValley + 1),
                                              valley(overloadValley));
    }
    s.confidence = std::clamp(confidence, 0.0, 1.0);
    s.reason = notes.join(QLatin1Char(' '));
    s.ok = true;
    return s;
}

double learnRatedLevel(std::vector<double> values)
{
    std::erase_if(values, [](double v) { return !(std::isfinite(v) && v > 0); });
    if (values.empty())
        return 0;
    // Regulators' practice (DOMAIN.md): the mode of the values above the median of the
    // non-zero ones, i.e. the level the facility sits at when it works at full load.
    const double median = loadmodes::quantile(values, 0.5);
    std::erase_if(values, [median](double v) { return v < median; });
    return loadmodes::peakOf(values);
}

} // namespace vocsync::analysis
