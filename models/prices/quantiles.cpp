#include "models/prices/quantiles.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace oversight {
namespace {

void check_p(double p) {
    if (!(p >= 0.0 && p <= 1.0)) throw std::invalid_argument("quantile: p = " + std::to_string(p) + " is outside [0, 1]");
}

}  // namespace

double quantile_type7(std::span<const double> sorted, double p) {
    check_p(p);
    if (sorted.empty()) throw std::invalid_argument("quantile of no values");
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    if (lower + 1 >= sorted.size()) return sorted.back();
    return sorted[lower] + (h - static_cast<double>(lower)) * (sorted[lower + 1] - sorted[lower]);
}

std::vector<double> weighted_quantiles_type7(std::span<const double> values, std::span<const double> weights,
                                             std::span<const double> ps) {
    for (double p : ps) check_p(p);
    if (values.empty()) throw std::invalid_argument("quantile of no values");
    if (weights.size() != values.size()) throw std::invalid_argument("quantile: one weight per value is needed");
    double total = 0.0;
    for (double w : weights) {
        if (!(w >= 0.0) || !std::isfinite(w)) throw std::invalid_argument("quantile: a weight is negative or not finite");
        total += w;
    }
    if (!(total > 0.0)) throw std::invalid_argument("quantile: the weights add up to zero");
    const std::size_t n = values.size();
    const double scale = static_cast<double>(n) / total;
    std::vector<double> cumulative(n);
    double running = 0.0;
    for (std::size_t i = 0; i < n; ++i) cumulative[i] = running += weights[i] * scale;
    // Positions are whole numbers; a tolerance keeps equal weights, whose cumulative sums
    // are whole numbers up to rounding, on the right side of each boundary.
    const double tolerance = 1e-9 * static_cast<double>(n);
    const auto value_at = [&](std::size_t position) {  // the first value whose block passes `position`
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), static_cast<double>(position) + tolerance);
        return it == cumulative.end() ? values[n - 1] : values[static_cast<std::size_t>(it - cumulative.begin())];
    };
    std::vector<double> quantiles;
    quantiles.reserve(ps.size());
    for (double p : ps) {
        const double h = static_cast<double>(n - 1) * p;
        const auto lower = static_cast<std::size_t>(std::floor(h));
        const double low = value_at(lower);
        quantiles.push_back(lower + 1 >= n ? low : low + (h - static_cast<double>(lower)) * (value_at(lower + 1) - low));
    }
    return quantiles;
}

double weighted_quantile_type7(std::span<const double> values, std::span<const double> weights, double p) {
    const double ps[] = {p};
    return weighted_quantiles_type7(values, weights, ps).front();
}

}  // namespace oversight
