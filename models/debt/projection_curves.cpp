#include "models/debt/projection_curves.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "models/debt/quantlib_curve.hpp"
#include "models/rates/base_rate.hpp"

namespace oversight {

ProjectionCurve sonia_projection_curve(const std::vector<CurveQuote>& quotes, Date as_of) {
    const auto curve = bootstrap_sonia(quotes, as_of);
    // The bootstrapped curve is fixed to its reference date (see quantlib_curve.hpp), so the
    // function stays right whatever QuantLib's evaluation date is later.
    return {as_of, [curve](double years) { return curve->discount(years); },
            "SONIA curve of " + as_of.iso() + " bootstrapped from curves.csv"};
}

RateShift::RateShift(const StressScenario& scenario)
    : scenario_id_(scenario.id), parallel_(scenario.parallel_shift_bp / 10000.0) {
    for (const TenorShift& shift : scenario.tenor_shifts) {
        const auto days = tenor_days(shift.tenor);
        if (!days) throw std::invalid_argument("scenario " + scenario.id + ": tenor '" + shift.tenor + "' is not like 1W, 3M, 5Y");
        knots_.emplace_back(*days / 365.0, shift.shift_bp / 10000.0);
    }
    std::sort(knots_.begin(), knots_.end());
}

double RateShift::at(double t) const {
    if (knots_.empty()) return parallel_;
    if (t <= knots_.front().first) return parallel_ + knots_.front().second;
    if (t >= knots_.back().first) return parallel_ + knots_.back().second;
    const auto upper = std::upper_bound(knots_.begin(), knots_.end(), std::make_pair(t, -1e300));
    const auto lower = upper - 1;
    const double w = (t - lower->first) / (upper->first - lower->first);
    return parallel_ + lower->second + w * (upper->second - lower->second);
}

ProjectionCurve shifted_curve(const ProjectionCurve& base, const StressScenario& scenario) {
    const RateShift shift(scenario);
    auto discount = base.discount;
    return {base.reference_date, [discount, shift](double t) { return discount(t) * std::exp(-shift.at(t) * t); },
            base.description + ", shifted by scenario " + scenario.id};
}

}  // namespace oversight
