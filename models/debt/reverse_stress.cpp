#include "models/debt/reverse_stress.hpp"

#include <functional>

#include "models/debt/operating_shock.hpp"

namespace oversight {
namespace {

constexpr double kTolerance = 1e-3;

/// Bisection for the least move in [0, largest] at which `breaks(move)` holds.
BreakingPoint bisect(double largest, const std::function<bool(double)>& breaks) {
    BreakingPoint point;
    ++point.evaluations;
    if (breaks(0.0)) {
        point.move = 0.0;
        return point;
    }
    ++point.evaluations;
    if (!breaks(largest)) return point;
    double low = 0.0, high = largest;  // breaks(low) false, breaks(high) true
    while (high - low > kTolerance) {
        const double mid = 0.5 * (low + high);
        ++point.evaluations;
        (breaks(mid) ? high : low) = mid;
    }
    point.move = high;
    return point;
}

bool breaches(const ProviderStressor& provider, const StressScenario& scenario) {
    return provider.run(scenario).first_breach_quarter.has_value();
}

}  // namespace

BreakingPoint breaking_occupancy_fall(const ProviderStressor& provider, const StressScenario& scenario) {
    return bisect(99.0, [&](double fall) {
        StressScenario moved = scenario;
        moved.occupancy_change_pct = after_further_fall_pct(scenario.occupancy_change_pct, fall);
        return breaches(provider, moved);
    });
}

BreakingPoint breaking_fee_cut(const ProviderStressor& provider, const StressScenario& scenario) {
    return bisect(99.0, [&](double cut) {
        StressScenario moved = scenario;
        moved.fee_change_pct = after_further_fall_pct(scenario.fee_change_pct, cut);
        return breaches(provider, moved);
    });
}

BreakingPoint breaking_rate_rise(const ProviderStressor& provider, const StressScenario& scenario) {
    return bisect(3000.0, [&](double rise) {
        StressScenario moved = scenario;
        moved.parallel_shift_bp = scenario.parallel_shift_bp + rise;
        return breaches(provider, moved);
    });
}

}  // namespace oversight
