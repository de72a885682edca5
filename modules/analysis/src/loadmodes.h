#pragma once

// Mode finding in a facility's load distribution, shared by the threshold suggestion and the
// rated-level learning (docs/threshold-suggestion.md describes the method and its constants).

#include <vector>

namespace vocsync::analysis::loadmodes {

/// One mode of a distribution, with the values of its region (between the adjacent valleys).
struct Mode
{
    double level = 0; ///< median of the values in the region
    double sigma = 0; ///< robust spread of the region: 1.4826 x median absolute deviation
    double share = 0; ///< fraction of all values that fall in the region
};

/// The low-density gap between two adjacent modes.
struct Valley
{
    double centre = 0;     ///< middle of the band where the density stays near its minimum
    double width = 0;      ///< width of that band
    double depthRatio = 1; ///< minimum density / the lower of the two peaks (0: an empty gap)
};

/// The modes of a sample, low to high; valleys[i] lies between modes[i] and modes[i + 1].
struct Modes
{
    std::vector<Mode> modes;
    std::vector<Valley> valleys;
};

/// Value at quantile q (0..1) of a non-empty sample; reorders it (nth_element, O(n)).
double quantile(std::vector<double> &values, double q);

/// Finds the modes of a sample of finite values (reordered in place); none when the sample is
/// (almost) constant, i.e. its 0.05 % and 99.95 % quantiles coincide. The method:
/// a 512-bin histogram over a robust range, Gaussian-smoothed with a bandwidth that shrinks as
/// n^(-1/3) (never below the readings' resolution), local maxima merged until every valley is
/// deep and statistically significant and every mode holds a minimum share. O(n) plus a few
/// O(n) selections.
Modes findModes(std::vector<double> &values);

/// The mode of a sample (non-empty, finite): the peak of a 512-bin histogram smoothed with a
/// Gaussian of 0.9 x min(sd, IQR/1.34) x n^(-1/7) (at least the readings' resolution), placed
/// between bins by a parabola through the top three. Reorders the sample.
double peakOf(std::vector<double> &values);

} // namespace vocsync::analysis::loadmodes
