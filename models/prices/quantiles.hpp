/// \file quantiles.hpp
/// \brief Published quantiles, exact (no streaming approximation): the "linear" definition
/// (Hyndman and Fan type 7, the default of R and numpy) and its weighted variant, used
/// for placement-weighted price statistics (DOMAIN.md §6).
///
/// Type 7. For sorted x_0 <= ... <= x_(n-1) and 0 <= p <= 1: h = (n - 1) p and
///   Q(p) = x_floor(h) + (h - floor(h)) (x_(floor(h)+1) - x_floor(h)).
/// So the median of {1, 2, 3, 4} is 2.5 and its 10th percentile 1.3.
///
/// Weighted. Each value counts as if it appeared w'_i times, with the weights first
/// rescaled to add up to n (w'_i = n w_i / sum w): value i then covers the positions
/// [C_(i-1), C_i) of an expanded list of n positions, C_i = w'_0 + ... + w'_i, and
///   Q(p) = v(floor(h)) + (h - floor(h)) (v(floor(h) + 1) - v(floor(h))), h = (n - 1) p,
/// where v(j) is the value covering position j (v(n) = x_(n-1)). Equal weights give type 7
/// exactly, and the unit of the weights (weeks or days) does not matter. Example: values
/// 100, 200, 300 with weights 1, 1, 4 rescale to 0.5, 0.5, 2, so positions 0, 1, 2 hold
/// 100, 300, 300: the median (h = 1) is 300, the 25th percentile (h = 0.5) 200, where the
/// unweighted median is 200.
#pragma once

#include <span>
#include <vector>

namespace oversight {

/// Throws std::invalid_argument when `sorted` is empty or p is outside [0, 1].
double quantile_type7(std::span<const double> sorted, double p);

/// `values` sorted ascending, `weights` aligned with them, each >= 0 with a positive sum.
/// Throws std::invalid_argument otherwise, or when p is outside [0, 1].
double weighted_quantile_type7(std::span<const double> values, std::span<const double> weights, double p);

/// Several weighted quantiles of the same values at once (one pass over the weights).
std::vector<double> weighted_quantiles_type7(std::span<const double> values, std::span<const double> weights,
                                             std::span<const double> ps);

}  // namespace oversight
