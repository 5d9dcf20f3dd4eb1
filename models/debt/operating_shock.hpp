/// \file operating_shock.hpp
/// \brief What a stress scenario does to a provider's year of trading: turnover, costs,
/// EBITDA and operating profit after the occupancy, fee, wage and profit-cap shocks.
/// The rate shifts act on debt and are applied elsewhere (the facility projections).
#pragma once

#include <string>

#include "engine/config/stress_scenarios.hpp"
#include "engine/domain/accounts.hpp"

namespace oversight {

struct ShockedYear {
    double turnover = 0.0;
    double staff_costs = 0.0;
    double other_operating_costs = 0.0;
    double depreciation_amortisation = 0.0;  ///< unchanged by the shocks
    double ebitda = 0.0;
    double operating_profit = 0.0;
    bool profit_cap_binding = false;  ///< fees were cut to meet the cap
};

/// Annualised (x 12 / period_months) figures of `accounts` under `scenario`:
///   turnover'  = turnover x (1 + occupancy) x (1 + fee)
///   variable   = fixed share f kept, the rest moves with occupancy: f + (1 - f)(1 + occupancy)
///   staff'     = staff costs x (1 + wages) x variable
///   other'     = other operating costs x variable
///   EBITDA'    = turnover' - staff' - other'; operating profit' = EBITDA' - D&A
/// and with a profit cap c, when operating profit' / turnover' > c, turnover is cut to
/// (staff' + other' + D&A) / (1 - c), so that the margin is exactly c.
ShockedYear shock_year(const Accounts& accounts, const StressScenario& scenario);

/// A relative change of `change_pct` followed by a further fall of `fall_pct`, as one
/// relative change: (1 + change)(1 - fall) - 1, in percent (occupancy or fees).
inline double after_further_fall_pct(double change_pct, double fall_pct) {
    return (1.0 + change_pct / 100.0) * (1.0 - fall_pct / 100.0) * 100.0 - 100.0;
}

}  // namespace oversight
