/// \file projection_curves.hpp
/// \brief The curves facilities are projected on: the bootstrapped SONIA curve as a plain
/// discount function, and the same curve under a stress scenario's rate shifts.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/config/stress_scenarios.hpp"
#include "engine/domain/market_data.hpp"
#include "models/debt/facility_schedule.hpp"

namespace oversight {

/// The SONIA curve of `as_of` bootstrapped from `quotes` (see sonia_curve.hpp), as a
/// discount function of Act/365F years from `as_of`. Throws as sonia_curve_report does.
ProjectionCurve sonia_projection_curve(const std::vector<CurveQuote>& quotes, Date as_of);

/// A scenario's rate shifts as one spread curve s(t), a decimal per year continuously
/// compounded, t in Act/365F years: the parallel shift plus the tenor shifts
/// interpolated linearly in time between their tenors and held flat beyond the ends
/// (a tenor's time is its length in days / 365, models/rates/base_rate.hpp `tenor_days`).
/// The one definition of a shift: `shifted_curve` and the fast projection
/// (facility_projector.hpp) both read it.
class RateShift {
public:
    RateShift() = default;  ///< no shift
    /// Throws std::invalid_argument naming the scenario for a tenor that is not of the
    /// form 1W, 3M, 5Y.
    explicit RateShift(const StressScenario& scenario);
    double at(double years) const;  ///< s(t)
    const std::string& scenario_id() const { return scenario_id_; }

private:
    std::string scenario_id_;
    double parallel_ = 0.0;
    std::vector<std::pair<double, double>> knots_;  ///< (years, spread), sorted by years
};

/// `base` with the scenario's rate shifts as continuously compounded spreads:
/// P'(t) = P(t) exp(-s(t) t), s(t) = parallel shift + the tenor shifts interpolated
/// linearly in time between their tenors and held flat beyond the ends. Throws
/// std::invalid_argument for a tenor that is not of the form 1W, 3M, 5Y.
ProjectionCurve shifted_curve(const ProjectionCurve& base, const StressScenario& scenario);

}  // namespace oversight
