// The debt stress projection and reverse stress, on constructed cases worked by hand.
#include "models/debt/reverse_stress.hpp"
#include "models/debt/stress.hpp"

#include <gtest/gtest.h>

namespace oversight {
namespace {

const Date kAsOf = Date::from_ymd(2025, 3, 31);

Facility fixed_bullet(std::string id, double drawn, double rate_pct, Date maturity,
                      std::optional<double> max_leverage = std::nullopt) {
    Facility f;
    f.facility_id = std::move(id);
    f.entity_id = "P";
    f.kind = FacilityKind::TermLoan;
    f.drawn = drawn;
    f.rate_type = RateType::Fixed;
    f.fixed_rate_pct = rate_pct;
    f.start_date = Date::from_ymd(2022, 3, 31);
    f.maturity_date = maturity;
    f.amortisation = Amortisation::Bullet;
    f.frequency_months = 3;
    f.covenant_max_net_leverage = max_leverage;
    f.as_of = kAsOf;
    return f;
}

/// No tax, no capex, no cash: every figure follows from EBITDA and interest alone.
StressInputs provider(double turnover, double staff, double other, std::vector<Facility> facilities) {
    StressInputs in;
    in.provider_id = "P";
    in.name = "Provider";
    in.as_of = kAsOf;
    in.latest.period_months = 12;
    in.latest.turnover = turnover;
    in.latest.staff_costs = staff;
    in.latest.other_operating_costs = other;
    in.latest.cash = 0.0;
    in.facilities = std::move(facilities);
    in.maintenance_capex_pct_of_ebitda = 0.0;
    in.tax_rate_pct = 0.0;
    in.schedule.horizon_quarters = 8;
    return in;
}

const ProjectionCurve kFlat = make_flat_projection_curve(4.0, kAsOf);

TEST(Stress, BreachQuarterOfAConstructedCase) {
    // EBITDA 2m a year (0.5m a quarter); £30m at 8 % fixed, bullet 2035; covenant 15.22x.
    // Interest by quarter (Act/365F, business-day ends 30 Jun, 30 Sep, 31 Dec, 31 Mar, 30 Jun):
    // 91, 92, 92, 90, 91 days x 30m x 8 % / 365 = 598,356.16, 604,931.51, 604,931.51,
    // 591,780.82, 598,356.16. Cash: -98,356.16, -203,287.67, -308,219.18, -400,000.00,
    // -498,356.16. Leverage = (30m - cash) / 2m: 15.0492, 15.1016, 15.1541, 15.2000,
    // 15.2492 -> first above 15.22 in quarter 5.
    const StressInputs in =
        provider(20e6, 14e6, 4e6, {fixed_bullet("T", 30e6, 8.0, Date::from_ymd(2035, 3, 31), 15.22)});
    const StressResult r = stress_provider(in, StressScenario{}, kFlat);
    ASSERT_EQ(r.quarters.size(), 8u);
    EXPECT_NEAR(r.quarters[0].cash_interest, 30e6 * 0.08 * 91 / 365, 0.01);
    EXPECT_NEAR(r.quarters[3].cash, -400000.0, 0.05);
    EXPECT_NEAR(*r.quarters[3].net_leverage, 15.2, 1e-7);
    EXPECT_FALSE(r.quarters[3].leverage_breach);
    EXPECT_NEAR(*r.quarters[4].net_leverage, (30e6 + 498356.16) / 2e6, 1e-6);
    ASSERT_TRUE(r.first_breach_quarter);
    EXPECT_EQ(*r.first_breach_quarter, 5);
    // Cash is negative from the first quarter and nothing is undrawn: no runway.
    EXPECT_EQ(r.runway_quarters, 0);
    EXPECT_DOUBLE_EQ(r.shocked_annual_ebitda, 2e6);
}

TEST(Stress, BulletMaturityIsARefinancingNeedAndKeepsPayingInterest) {
    // £5m at 6 % maturing 30 Sep 2026 (quarter 6): due then, refinanced, still owed, and
    // quarter 7 (92 days to 31 Dec 2026) pays 5m x 6 % x 92 / 365 = 75,616.44 of interest.
    const StressInputs in = provider(20e6, 14e6, 4e6, {fixed_bullet("B", 5e6, 6.0, Date::from_ymd(2026, 9, 30))});
    const StressResult r = stress_provider(in, StressScenario{}, kFlat);
    EXPECT_DOUBLE_EQ(r.refinancing_need, 5e6);
    EXPECT_DOUBLE_EQ(r.quarters[5].refinancing_due, 5e6);
    EXPECT_DOUBLE_EQ(r.quarters[5].scheduled_principal, 0.0);  // not paid from cash
    EXPECT_DOUBLE_EQ(r.quarters[6].covenant_debt, 5e6);
    EXPECT_NEAR(r.quarters[6].cash_interest, 5e6 * 0.06 * 92 / 365, 0.01);
}

TEST(Stress, OccupancyShockActsOnEbitda) {
    StressScenario s;
    s.occupancy_change_pct = -10;
    // Turnover 12m x 0.9 = 10.8m; costs (6m + 2m) x (0.7 + 0.3 x 0.9 = 0.97) = 7.76m;
    // EBITDA 3.04m, a quarter 0.76m.
    const StressResult r = stress_provider(provider(12e6, 6e6, 2e6, {}), s, kFlat);
    EXPECT_NEAR(r.shocked_annual_ebitda, 3.04e6, 1e-6);
    EXPECT_NEAR(r.quarters[0].ebitda, 0.76e6, 1e-6);
    EXPECT_FALSE(r.first_breach_quarter);
}

TEST(ReverseStress, OccupancyFallAndFeeCutAtWhichTheCovenantBreaks) {
    // £10m at 0 % (no interest), covenant 4.75x, cash starts at 0 and grows by EBITDA / 4
    // a quarter, so quarter 1 binds: (10m - E / 4) / E > 4.75  <=>  E < 2m.
    // Occupancy change o: E = 12m (1 + o) - 8m (0.7 + 0.3 (1 + o)) = 4m + 9.6m o,
    // so E = 2m at o = -20.8333 %. Fee cut c: E = 12m (1 - c) - 8m = 2m at c = 16.6667 %.
    const StressInputs in =
        provider(12e6, 6e6, 2e6, {fixed_bullet("Z", 10e6, 0.0, Date::from_ymd(2035, 3, 31), 4.75)});
    const ProviderStressor stressor(in, kFlat);
    const BreakingPoint occupancy = breaking_occupancy_fall(stressor, StressScenario{});
    ASSERT_TRUE(occupancy.move);
    EXPECT_NEAR(*occupancy.move, 100.0 * 2.0 / 9.6, 2e-3);
    const BreakingPoint fee = breaking_fee_cut(stressor, StressScenario{});
    ASSERT_TRUE(fee.move);
    EXPECT_NEAR(*fee.move, 100.0 / 6.0, 2e-3);
    // Fixed-rate debt: no rate rise breaks it.
    EXPECT_FALSE(breaking_rate_rise(stressor, StressScenario{}).move.has_value());
}

/// Floating £20m at SONIA + 400 bp, bullet 2035, with an interest-cover floor of 2.0x.
Facility floating_with_cover_floor() {
    Facility f = fixed_bullet("F", 20e6, 0.0, Date::from_ymd(2035, 3, 31));
    f.rate_type = RateType::SoniaFloating;
    f.fixed_rate_pct.reset();
    f.margin_bps = 400;
    f.covenant_min_interest_cover = 2.0;
    return f;
}

TEST(ReverseStress, RateRiseAtWhichTheCoverFloorBreaks) {
    // EBITDA 4m a year, 1m a quarter: cover 2.0x breaks when a quarter's interest exceeds
    // 0.5m. The longest quarters have 92 days (30 Jun - 30 Sep 2025 and three more); with
    // a parallel shift s (continuous) the compounded SONIA over them is
    // (1 + 0.04 / 365)^92 exp(92 s / 365) - 1, so 20m x [that + 0.04 x 92 / 365] = 0.5m at
    // exp(92 s / 365) = (1.025 - 0.010082) / 1.010133: s = 187.499 bp.
    const StressInputs in = provider(12e6, 6e6, 2e6, {floating_with_cover_floor()});
    const BreakingPoint rise = breaking_rate_rise(ProviderStressor(in, kFlat), StressScenario{});
    ASSERT_TRUE(rise.move);
    EXPECT_NEAR(*rise.move, 187.4986, 2e-3);
    StressScenario below, above;
    below.parallel_shift_bp = *rise.move - 0.01;
    above.parallel_shift_bp = *rise.move + 0.01;
    EXPECT_FALSE(stress_provider(in, below, kFlat).first_breach_quarter);
    EXPECT_TRUE(stress_provider(in, above, kFlat).first_breach_quarter);
}

}  // namespace
}  // namespace oversight

#include "models/debt/stress_grid.hpp"

namespace oversight {
namespace {

TEST(StressGrid, BreachFrontierOfTheConstructedCase) {
    // The reverse-stress case: fixed-rate debt at 0 %, so rates change nothing, and a
    // covenant that breaks once occupancy falls by more than 20.8333 %. Falls 0, 5, ... 25:
    // only 25 % breaks (in quarter 1), in every rate column.
    const StressInputs in =
        provider(12e6, 6e6, 2e6, {fixed_bullet("Z", 10e6, 0.0, Date::from_ymd(2035, 3, 31), 4.75)});
    StressAssumptions a;
    a.grid_rate_steps = 3;
    a.grid_rate_step_bp = 100;
    a.grid_occupancy_steps = 6;
    a.grid_occupancy_step_pct = 5;
    const StressGrid grid = stress_grid(ProviderStressor(in, kFlat), StressScenario{}, a);
    EXPECT_EQ(grid.rate_rises_bp, (std::vector<double>{0, 100, 200}));
    EXPECT_EQ(grid.occupancy_falls_pct, (std::vector<double>{0, 5, 10, 15, 20, 25}));
    for (std::size_t j = 0; j < 3; ++j) {
        for (std::size_t i = 0; i < 5; ++i) EXPECT_FALSE(grid.first_breach[i][j]) << i << "," << j;
        EXPECT_EQ(grid.first_breach[5][j], 1);
        EXPECT_EQ(grid.frontier_fall_pct[j], 25.0);
    }
}

TEST(StressGrid, RateRisesMoveTheFrontier) {
    // The floating case of RateRiseAtWhichTheCoverFloorBreaks. In a 92-day quarter the
    // interest at a rise s is 20m x [1.010133 exp(0.252055 s) - 1 + 0.010082]: 404,296 at
    // 0 bp, 455,282 at 100 bp, 506,397 at 200 bp. Cover 2.0x breaks when EBITDA / 4 < 2 x
    // that, and EBITDA after an occupancy fall f is 4m - 9.6m f (the reverse-stress case),
    // so f > 7.975 % at 0 bp, f > 3.726 % at 100 bp, any f at 200 bp. With falls in steps
    // of 5 %: frontier 10 %, 5 %, 0 %.
    const StressInputs in = provider(12e6, 6e6, 2e6, {floating_with_cover_floor()});
    StressAssumptions a;
    a.grid_rate_steps = 3;
    a.grid_rate_step_bp = 100;
    a.grid_occupancy_steps = 4;
    a.grid_occupancy_step_pct = 5;
    const StressGrid grid = stress_grid(ProviderStressor(in, kFlat), StressScenario{}, a);
    EXPECT_EQ(grid.frontier_fall_pct[0], 10.0);
    EXPECT_EQ(grid.frontier_fall_pct[1], 5.0);
    EXPECT_EQ(grid.frontier_fall_pct[2], 0.0);
    EXPECT_FALSE(grid.first_breach[1][0]);  // 5 % at 0 bp holds
    // 0 % at 200 bp: quarter 1 already (91 days, which break above 198.3 bp:
    // exp(91 s / 365) = (1.025 - 0.009973) / 1.010022).
    EXPECT_EQ(grid.first_breach[0][2], 1);
}

}  // namespace
}  // namespace oversight
