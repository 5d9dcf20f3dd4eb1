// The should-cost build-up (models/prices/should_cost.hpp) worked by hand with the default
// assumptions: 13.50 an hour, 28 % on-costs, 18 % management, £450 premises, 12 %
// overheads, 85 % occupancy, 5 % return on operations, 6 % a year on £150,000 a place.
#include "models/prices/should_cost.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace oversight {
namespace {

Market with_wages(std::vector<IndexPoint> points) {
    MarketData d;
    d.indices = std::move(points);
    return Market(std::move(d));
}

TEST(ShouldCost, BandThreeOutsideLondonByHand) {
    // 168 h x 13.50 / 0.85 = 2,668.24 care staff; x 28 % = 747.11 on-costs;
    // (2,668.24 + 747.11) x 18 % = 614.76 management; 450 / 0.85 = 529.41 premises;
    // (2,668.24 + 747.11 + 614.76 + 529.41) x 12 % = 547.14 overheads: costs 5,106.66.
    // Returns: 5,106.66 x 5 % = 255.33 and 150,000 x 6 % / 52 / 0.85 = 203.62:
    // should-cost 5,565.61, band 5,009.05 to 6,122.17, combined return 8.99 % of costs.
    const Market market = with_wages({{"wages", Date::from_ymd(2024, 3, 31), 110.0}});
    const ShouldCost s = should_cost(market, 3, "E12000002", Date::from_ymd(2024, 9, 30), ShouldCostAssumptions{});
    EXPECT_DOUBLE_EQ(s.wages_ratio, 1.0);  // as-at year = base year
    ASSERT_EQ(s.lines.size(), 7u);
    EXPECT_NEAR(s.lines[0].per_week, 2668.2353, 1e-4);
    EXPECT_NEAR(s.lines[1].per_week, 747.1059, 1e-4);
    EXPECT_NEAR(s.lines[2].per_week, 614.7614, 1e-4);
    EXPECT_NEAR(s.lines[3].per_week, 529.4118, 1e-4);
    EXPECT_NEAR(s.lines[4].per_week, 547.1417, 1e-4);
    EXPECT_NEAR(s.costs, 5106.6561, 1e-4);
    EXPECT_NEAR(s.lines[5].per_week, 255.3328, 1e-4);
    EXPECT_NEAR(s.lines[6].per_week, 203.6199, 1e-4);
    EXPECT_NEAR(s.should_cost, 5565.6088, 1e-4);
    EXPECT_NEAR(s.band_low, 5009.0479, 1e-4);
    EXPECT_NEAR(s.band_high, 6122.1697, 1e-4);
    EXPECT_NEAR(s.combined_return_pct, 8.9873, 1e-4);
    EXPECT_TRUE(s.states.empty());
    EXPECT_EQ(s.lines[0].line, "care staff");
}

TEST(ShouldCostWages, LondonAndTheWagesIndexMovePay) {
    // Pay 13.50 x 1.12 (London) x 104 / 100 (wages 2025 over 2024) = 15.7248 an hour;
    // the same build-up gives 6,346.66.
    const Market market = with_wages({{"wages", Date::from_ymd(2024, 3, 31), 100.0},
                                      {"wages", Date::from_ymd(2025, 3, 31), 103.0},
                                      {"wages", Date::from_ymd(2025, 9, 30), 105.0}});
    const ShouldCost s = should_cost(market, 3, "E12000007", Date::from_ymd(2025, 10, 1), ShouldCostAssumptions{});
    EXPECT_NEAR(s.wages_ratio, 1.04, 1e-12);
    EXPECT_NEAR(s.hourly_pay, 15.7248, 1e-9);
    EXPECT_NEAR(s.should_cost, 6346.6620, 1e-4);
}

TEST(ShouldCostWages, WithoutAWagesIndexPayIsNotMovedAndItSaysSo) {
    const Market market = with_wages({});
    const ShouldCost s = should_cost(market, 1, "E12000002", Date::from_ymd(2026, 1, 1), ShouldCostAssumptions{});
    EXPECT_DOUBLE_EQ(s.wages_ratio, 1.0);
    ASSERT_EQ(s.states.size(), 1u);
    EXPECT_EQ(s.states[0], "no wages index (indices.csv, index wages) for 2024: pay of 2024 used unchanged");
}

TEST(ShouldCost, RejectsABandOrOccupancyThatCannotBe) {
    const Market market = with_wages({});
    EXPECT_THROW(should_cost(market, 5, "E12000002", Date::from_ymd(2025, 1, 1), ShouldCostAssumptions{}),
                 std::invalid_argument);
    ShouldCostAssumptions empty_home;
    empty_home.occupancy_pct = 0.0;
    EXPECT_THROW(should_cost(market, 2, "E12000002", Date::from_ymd(2025, 1, 1), empty_home), std::invalid_argument);
}

}  // namespace
}  // namespace oversight
