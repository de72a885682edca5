#include "loadmodes.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace vocsync::analysis::loadmodes {

namespace {

constexpr int kBins = 512;
constexpr double kBandwidth = 0.15;      // kernel sigma = 0.15 x bins x n^(-1/3), at least 1 bin
constexpr double kTailQuantile = 0.0005; // robust range: ignore the 0.05 % extremes each side
constexpr double kRangePad = 0.03;       // so a mode at the range edge still is a local maximum
constexpr double kMaxValleyRatio = 0.7;  // two equal Gaussians dip this far at ~3 sigma apart
constexpr double kExtremeZ = 2.3;        // significance grows with the number of noise extremes
constexpr double kBandTolerance = 0.05;  // valley band: within 5 % of (peak - valley) of its floor
constexpr double kMadToSigma = 1.4826;   // MAD of a Gaussian x 1.4826 = its sigma

/// Histogram counts smoothed by a Gaussian kernel, with their cumulative raw counts.
struct Density
{
    double lo = 0;
    double binWidth = 0;
    std::vector<double> d;          ///< smoothed counts per bin
    std::vector<double> cumulative; ///< raw counts of bins [0, i), size kBins + 1
    double kernelSquares = 0;       ///< sum of squared kernel weights: variance factor of d
    double significanceZ = 3;       ///< standard errors a valley must be below its lower peak
};

/// Raw counts of [lo, hi) in kBins bins (values outside are left out).
std::vector<double> binCounts(const std::vector<double> &values, double lo, double width)
{
    std::vector<double> counts(kBins, 0.0);
    for (double v : values) {
        const double pos = (v - lo) / width;
        if (pos >= 0 && pos < kBins)
            counts[static_cast<size_t>(pos)] += 1;
    }
    return counts;
}

/// The spacing of the readings when a meter reports few decimals (0 for continuous data): the
/// median gap between occupied cells of a 65,536-cell grid over [lo, hi). Continuous data
/// occupies neighbouring cells wherever it is dense, so its estimate stays far below a bin.
/// Order-independent and O(n), unlike the smallest gap of the sorted values.
double resolution(const std::vector<double> &values, double lo, double hi)
{
    constexpr int kCells = 65536;
    const double width = (hi - lo) / kCells;
    std::vector<unsigned char> occupied(kCells, 0);
    for (double v : values) {
        const double pos = (v - lo) / width;
        if (pos >= 0 && pos < kCells)
            occupied[static_cast<size_t>(pos)] = 1;
    }
    std::vector<double> gaps;
    int last = -1;
    for (int i = 0; i < kCells; ++i) {
        if (!occupied[static_cast<size_t>(i)])
            continue;
        if (last >= 0)
            gaps.push_back(i - last);
        last = i;
    }
    if (gaps.empty())
        return 0;
    const auto mid = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    return *mid > 1 ? *mid * width : 0.0;
}

/// counts convolved with a Gaussian of sigma bins (cut at 4 sigma); *squares receives the sum
/// of the squared kernel weights, the factor from a bin's count variance to its smoothed one.
std::vector<double> smooth(const std::vector<double> &counts, double sigma, double *squares)
{
    const int radius = static_cast<int>(std::ceil(4 * sigma));
    std::vector<double> w(static_cast<size_t>(2 * radius + 1));
    double sum = 0;
    for (int j = -radius; j <= radius; ++j) {
        const double x = j / sigma;
        w[static_cast<size_t>(j + radius)] = std::exp(-0.5 * x * x);
        sum += w[static_cast<size_t>(j + radius)];
    }
    *squares = 0;
    for (double &x : w) {
        x /= sum;
        *squares += x * x;
    }
    const int n = static_cast<int>(counts.size());
    std::vector<double> d(counts.size(), 0.0);
    for (int i = 0; i < n; ++i) {
        const double c = counts[static_cast<size_t>(i)];
        if (c == 0)
            continue;
        const int from = std::max(0, i - radius);
        const int to = std::min(n - 1, i + radius);
        for (int k = from; k <= to; ++k)
            d[static_cast<size_t>(k)] += c * w[static_cast<size_t>(k - i + radius)];
    }
    return d;
}

Density smoothedHistogram(const std::vector<double> &values, double lo, double hi)
{
    Density h;
    h.lo = lo;
    h.binWidth = (hi - lo) / kBins;
    const std::vector<double> counts = binCounts(values, lo, h.binWidth);
    h.cumulative.assign(kBins + 1, 0.0);
    for (size_t i = 0; i < counts.size(); ++i)
        h.cumulative[i + 1] = h.cumulative[i] + counts[i];
    // Bandwidth shrinks as n^(-1/3) (the histogram rate): 16.5 bins (3.2 % of the range) for 100
    // values, 2.2 for 43,200 (30 days of minutes), the 1-bin floor from 250k. Small on purpose:
    // the valley tests below, not the smoothing, reject the noise peaks.
    const double n = static_cast<double>(values.size());
    // The kernel is at least as wide as the meter's resolution: a comb of quantised readings
    // would otherwise show a mode at every step.
    const double sigma = std::max(
        {1.0, kBandwidth * kBins * std::cbrt(1.0 / n), resolution(values, lo, hi) / h.binWidth});
    h.d = smooth(counts, sigma, &h.kernelSquares);
    // Peak and valley are the extremes of about m = bins / (2 sigma) independent noisy cells;
    // the extremes of m Gaussians reach sqrt(2 ln m) each, so their difference, in standard
    // errors of a difference, reaches 2 sqrt(ln m). 2.3 sqrt(ln m) adds a margin: 5.3 for 300k
    // values (m = 220), 3.8 for 100 (m = 15).
    const double cells = kBins / (2 * sigma);
    h.significanceZ = std::max(3.0, kExtremeZ * std::sqrt(std::log(std::max(cells, 1.0))));
    return h;
}

/// Local maxima of d (a plateau counts once, at its middle), treating outside as zero.
std::vector<int> localMaxima(const std::vector<double> &d)
{
    std::vector<int> peaks;
    const int n = static_cast<int>(d.size());
    int i = 0;
    while (i < n) {
        int j = i;
        while (j + 1 < n && d[static_cast<size_t>(j) + 1] == d[static_cast<size_t>(i)])
            ++j;
        const double left = i > 0 ? d[static_cast<size_t>(i) - 1] : 0.0;
        const double right = j + 1 < n ? d[static_cast<size_t>(j) + 1] : 0.0;
        const double here = d[static_cast<size_t>(i)];
        if (here > left && here > right)
            peaks.push_back((i + j) / 2);
        i = j + 1;
    }
    return peaks;
}

int argminBetween(const std::vector<double> &d, int a, int b)
{
    int best = a + 1;
    for (int i = a + 1; i < b; ++i) {
        if (d[static_cast<size_t>(i)] < d[static_cast<size_t>(best)])
            best = i;
    }
    return best;
}

/// Drops peaks until each holds minShare of the values and each valley is deep (at most 70 %
/// of the lower peak) and significant (h.significanceZ standard errors of the smoothed counts).
void mergePeaks(const Density &h, std::vector<int> &peaks, double n, double minShare)
{
    const auto at = [&h](int i) { return h.d[static_cast<size_t>(i)]; };
    while (peaks.size() >= 2) {
        const size_t k = peaks.size();
        std::vector<int> valleys(k - 1);
        for (size_t i = 0; i + 1 < k; ++i)
            valleys[i] = argminBetween(h.d, peaks[i], peaks[i + 1]);

        // A thinly populated peak goes first: it is noise or a rare excursion.
        size_t weakest = k;
        double weakestShare = minShare;
        for (size_t i = 0; i < k; ++i) {
            const int from = i == 0 ? 0 : valleys[i - 1];
            const int to = i + 1 == k ? kBins : valleys[i];
            const auto count = [&h](int bins) { return h.cumulative[static_cast<size_t>(bins)]; };
            const double share = (count(to) - count(from)) / n;
            if (share < weakestShare) {
                weakest = i;
                weakestShare = share;
            }
        }
        if (weakest < k) {
            peaks.erase(peaks.begin() + static_cast<std::ptrdiff_t>(weakest));
            continue;
        }

        size_t worst = k;
        double worstRatio = -1;
        for (size_t i = 0; i + 1 < k; ++i) {
            const double p = std::min(at(peaks[i]), at(peaks[i + 1]));
            const double v = at(valleys[i]);
            const double ratio = v / p;
            const double noise = std::sqrt((p + v) * h.kernelSquares);
            const bool weak = ratio > kMaxValleyRatio || p - v < h.significanceZ * noise;
            if (weak && ratio > worstRatio) {
                worst = i;
                worstRatio = ratio;
            }
        }
        if (worst == k)
            return;
        const size_t lower = at(peaks[worst]) < at(peaks[worst + 1]) ? worst : worst + 1;
        peaks.erase(peaks.begin() + static_cast<std::ptrdiff_t>(lower));
    }
}

Valley describeValley(const Density &h, int a, int b)
{
    const int v = argminBetween(h.d, a, b);
    const double floor = h.d[static_cast<size_t>(v)];
    const double lowerPeak = std::min(h.d[static_cast<size_t>(a)], h.d[static_cast<size_t>(b)]);
    const double tol = floor + kBandTolerance * (lowerPeak - floor);
    int from = v;
    while (from - 1 > a && h.d[static_cast<size_t>(from) - 1] <= tol)
        --from;
    int to = v;
    while (to + 1 < b && h.d[static_cast<size_t>(to) + 1] <= tol)
        ++to;
    Valley valley;
    valley.centre = h.lo + 0.5 * (from + to + 1) * h.binWidth;
    valley.width = (to - from + 1) * h.binWidth;
    valley.depthRatio = lowerPeak > 0 ? floor / lowerPeak : 1.0;
    return valley;
}

/// Median and robust sigma of [first, last), reordering it; scratch is reused between calls.
Mode describeRegion(std::vector<double>::iterator first, std::vector<double>::iterator last,
                    std::vector<double> &scratch)
{
    Mode m;
    const auto count = last - first;
    const auto mid = first + count / 2;
    std::nth_element(first, mid, last);
    m.level = *mid;
    scratch.clear();
    for (auto it = first; it != last; ++it)
        scratch.push_back(std::abs(*it - m.level));
    const auto madIt = scratch.begin() + static_cast<std::ptrdiff_t>(scratch.size() / 2);
    std::nth_element(scratch.begin(), madIt, scratch.end());
    m.sigma = kMadToSigma * *madIt;
    return m;
}

} // namespace

double quantile(std::vector<double> &values, double q)
{
    const size_t k = static_cast<size_t>(std::llround(q * static_cast<double>(values.size() - 1)));
    const auto it = values.begin() + static_cast<std::ptrdiff_t>(k);
    std::nth_element(values.begin(), it, values.end());
    return *it;
}

Modes findModes(std::vector<double> &values)
{
    const double low = quantile(values, kTailQuantile);
    const double high = quantile(values, 1 - kTailQuantile);
    if (high - low <= 1e-9 * std::max({1.0, std::abs(low), std::abs(high)}))
        return {};
    // The range always holds zero: whether the lowest mode is "near zero" is the off question.
    double lo = std::min(low, 0.0);
    double hi = std::max(high, 0.0);
    const double pad = kRangePad * (hi - lo);
    lo -= pad;
    hi += pad;
    const Density h = smoothedHistogram(values, lo, hi);
    const double n = static_cast<double>(values.size());

    std::vector<int> peaks = localMaxima(h.d);
    mergePeaks(h, peaks, n, std::max(0.002, 10.0 / n));

    Modes result;
    for (size_t i = 0; i + 1 < peaks.size(); ++i)
        result.valleys.push_back(describeValley(h, peaks[i], peaks[i + 1]));

    // Each value belongs to the mode between the valley centres around it (tails included).
    std::vector<double> scratch;
    scratch.reserve(values.size());
    auto first = values.begin();
    for (size_t i = 0; i < peaks.size(); ++i) {
        auto last = values.end();
        if (i < result.valleys.size()) {
            const double cut = result.valleys[i].centre;
            last = std::partition(first, values.end(), [cut](double v) { return v < cut; });
        }
        Mode m;
        if (first == last) {
            m.level = h.lo + (peaks[i] + 0.5) * h.binWidth;
        } else {
            m = describeRegion(first, last, scratch);
            m.share = static_cast<double>(last - first) / n;
        }
        result.modes.push_back(m);
        first = last;
    }
    return result;
}

double peakOf(std::vector<double> &values)
{
    const double n = static_cast<double>(values.size());
    const double lo = quantile(values, 0);
    const double hi = quantile(values, 0.999);
    if (hi <= lo)
        return lo;
    double sum = 0;
    double squares = 0;
    for (double v : values) {
        sum += v;
        squares += v * v;
    }
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(0.0, squares / n - mean * mean));
    const double iqr = quantile(values, 0.75) - quantile(values, 0.25);
    const double spread = iqr > 0 ? std::min(sd, iqr / 1.34) : sd;
    // Silverman's factor with the n^(-1/7) rate that suits locating a mode (not the n^(-1/5)
    // that suits the density): 0.19 x spread for 100k values.
    const double bandwidth =
        std::max(0.9 * spread * std::pow(n, -1.0 / 7.0), resolution(values, lo, hi));
    const double width = (hi - lo) / kBins;
    double unused = 0;
    const std::vector<double> d =
        smooth(binCounts(values, lo, width), std::max(1.0, bandwidth / width), &unused);
    const auto top = std::max_element(d.begin(), d.end());
    const auto p = top - d.begin();
    double offset = 0;
    if (p > 0 && p + 1 < kBins) {
        // Parabola through the top three bins: the peak between bin centres.
        const double left = *(top - 1);
        const double right = *(top + 1);
        const double curvature = left - 2 * *top + right;
        if (curvature < 0)
            offset = 0.5 * (left - right) / curvature;
    }
    return lo + (static_cast<double>(p) + 0.5 + offset) * width;
}

} // namespace vocsync::analysis::loadmodes
