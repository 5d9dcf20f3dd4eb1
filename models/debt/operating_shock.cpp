#include "models/debt/operating_shock.hpp"

namespace oversight {

ShockedYear shock_year(const Accounts& a, const StressScenario& s) {
    const double annualise = a.period_months > 0 ? 12.0 / a.period_months : 1.0;
    const double occupancy = 1.0 + s.occupancy_change_pct / 100.0;
    const double fixed = s.fixed_cost_share_pct / 100.0;
    const double variable = fixed + (1.0 - fixed) * occupancy;

    ShockedYear y;
    y.turnover = a.turnover * annualise * occupancy * (1.0 + s.fee_change_pct / 100.0);
    y.staff_costs = a.staff_costs * annualise * (1.0 + s.wage_inflation_pct / 100.0) * variable;
    y.other_operating_costs = a.other_operating_costs * annualise * variable;
    y.depreciation_amortisation = a.depreciation_amortisation * annualise;
    if (s.profit_cap_pct && y.turnover > 0.0) {
        const double cap = *s.profit_cap_pct / 100.0;
        const double costs = y.staff_costs + y.other_operating_costs + y.depreciation_amortisation;
        const double capped_turnover = costs / (1.0 - cap);
        if (capped_turnover < y.turnover) {
            y.turnover = capped_turnover;
            y.profit_cap_binding = true;
        }
    }
    y.ebitda = y.turnover - y.staff_costs - y.other_operating_costs;
    y.operating_profit = y.ebitda - y.depreciation_amortisation;
    return y;
}

}  // namespace oversight
