// The operating shocks of the stress scenarios, worked by hand.
#include "models/debt/operating_shock.hpp"

#include <gtest/gtest.h>

namespace oversight {
namespace {

/// Turnover 10m, staff 6m, other 2m, D&A 0.5m: EBITDA 2m, operating profit 1.5m (15 %).
Accounts year() {
    Accounts a;
    a.period_months = 12;
    a.turnover = 10e6;
    a.staff_costs = 6e6;
    a.other_operating_costs = 2e6;
    a.depreciation_amortisation = 0.5e6;
    a.operating_profit = 1.5e6;
    return a;
}

TEST(OperatingShock, BaseLeavesTheYearAsItIs) {
    const ShockedYear y = shock_year(year(), StressScenario{});
    EXPECT_DOUBLE_EQ(y.turnover, 10e6);
    EXPECT_DOUBLE_EQ(y.ebitda, 2e6);
    EXPECT_DOUBLE_EQ(y.operating_profit, 1.5e6);
    EXPECT_FALSE(y.profit_cap_binding);
}

TEST(OperatingShock, OccupancyDownTenPercentWithSeventyPercentFixed) {
    StressScenario s;
    s.occupancy_change_pct = -10;
    // Turnover 10m x 0.9 = 9m. Costs scale by 0.7 + 0.3 x 0.9 = 0.97: staff 5.82m, other 1.94m.
    // EBITDA = 9 - 5.82 - 1.94 = 1.24m; operating profit 0.74m.
    const ShockedYear y = shock_year(year(), s);
    EXPECT_NEAR(y.turnover, 9e6, 1e-6);
    EXPECT_NEAR(y.staff_costs, 5.82e6, 1e-6);
    EXPECT_NEAR(y.other_operating_costs, 1.94e6, 1e-6);
    EXPECT_NEAR(y.ebitda, 1.24e6, 1e-6);
    EXPECT_NEAR(y.operating_profit, 0.74e6, 1e-6);
}

TEST(OperatingShock, WagesAndFees) {
    StressScenario s;
    s.wage_inflation_pct = 8;
    s.fee_change_pct = 3;
    // Turnover 10.3m; staff 6m x 1.08 = 6.48m; other 2m. EBITDA = 10.3 - 6.48 - 2 = 1.82m.
    const ShockedYear y = shock_year(year(), s);
    EXPECT_NEAR(y.ebitda, 1.82e6, 1e-6);
}

TEST(OperatingShock, ProfitCapCutsFeesOnlyWhenItBinds) {
    StressScenario s;
    s.profit_cap_pct = 10;
    // Costs incl. D&A = 8.5m; capped turnover = 8.5 / 0.9 = 9.444444m; operating profit =
    // 0.944444m = 10 % of turnover; EBITDA = 9.444444 - 8 = 1.444444m.
    const ShockedYear y = shock_year(year(), s);
    EXPECT_TRUE(y.profit_cap_binding);
    EXPECT_NEAR(y.turnover, 8.5e6 / 0.9, 1e-6);
    EXPECT_NEAR(y.operating_profit / y.turnover, 0.10, 1e-12);
    EXPECT_NEAR(y.ebitda, 8.5e6 / 0.9 - 8e6, 1e-6);
    s.profit_cap_pct = 20;  // the year makes 15 %: the cap does not bind
    EXPECT_FALSE(shock_year(year(), s).profit_cap_binding);
    EXPECT_DOUBLE_EQ(shock_year(year(), s).turnover, 10e6);
}

TEST(OperatingShock, ShortPeriodsAreAnnualised) {
    Accounts half = year();
    half.period_months = 6;  // the same figures over six months: double them for a year
    EXPECT_NEAR(shock_year(half, StressScenario{}).ebitda, 4e6, 1e-6);
}

}  // namespace
}  // namespace oversight
