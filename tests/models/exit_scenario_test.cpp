// One provider's exit on a market small enough to solve by hand.
#include "models/exit/exit_scenario.hpp"

#include <gtest/gtest.h>

#include "tests/models/exit_sample_market.hpp"

namespace oversight {
namespace {

using namespace exit_sample;

std::size_t index_of(const ExitMarket& m, const std::string& urn) {
    for (std::size_t s = 0; s < m.settings().size(); ++s)
        if (m.settings()[s].urn == urn) return s;
    throw std::out_of_range(urn);
}

TEST(ExitMarket, PlacesPricesAndReach) {
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    EXPECT_EQ(exit.settings()[index_of(exit, "X1")].occupied, 3);  // P4 ended the day before
    EXPECT_EQ(exit.settings()[index_of(exit, "Y1")].free_places, 1);
    EXPECT_EQ(exit.settings()[index_of(exit, "Z1")].free_places, 5);
    EXPECT_TRUE(exit.groups()[exit.group_index("Z")].council_run);
    using enum PlacementType;
    // Y1's own band-2 median: 3,000, 3,500, 4,000 -> £3,500.
    EXPECT_EQ(exit.price(index_of(exit, "Y1"), K2, 2), 350000);
    // Y2 has no band-2 child: region N's K2 band 2 on the date: 3,000 3,500 4,000 4,000 4,000 -> £4,000.
    EXPECT_EQ(exit.price(index_of(exit, "Y2"), K2, 2), 400000);
    // Z1: nothing of its own, none in region S: England's K2 band 3, 5,000 and 6,000 -> £5,500.
    EXPECT_EQ(exit.price(index_of(exit, "Z1"), K2, 3), 550000);
    // Cost adds £1 a km: B's child at Z1, 166.793 km -> 550,000 + 16,679 pence.
    const DemandKey b_band3{1, K2, 3};
    EXPECT_EQ(exit.cost(b_band3, index_of(exit, "Z1")), 566679);
    // From A, Z1 (222 km) is out of reach: homes reachable are X1 and Y1 (0 km), then Y2.
    const DemandKey a_band2{0, K2, 2};
    std::vector<std::string> reach;
    for (const std::size_t s : exit.reachable(a_band2)) reach.push_back(exit.settings()[s].urn);
    EXPECT_EQ(reach, (std::vector<std::string>{"X1", "Y1", "Y2"}));
}

TEST(ExitScenario, GroupExitWorkedByHand) {
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    const ExitOutcome outcome = replace_displaced(exit, settings_of_groups(exit, {exit.group_index("X")}));
    // Displaced: A's two K2 band 2, B's K2 band 3 (X1); A's two U4 band 1 (X2).
    // Free places: Y1 1, Y2 1, Y3 1, Z1 5. A's K2 children can reach Y1 (£3,500 + 0) and
    // Y2 (£4,000 + £55.60); B's child Y2 (£5,000), Y1 (£5,500 + £55.60) or Z1 (£5,500 +
    // £166.79). All three K2 children can be placed only if A's take Y1 and Y2 and B's
    // goes to Z1: placing more comes before cost. One U4 child goes to Y3 (£825, the
    // median of 800 800 850 850); the other is unplaced.
    EXPECT_EQ(outcome.settings_closed, 2);
    EXPECT_EQ(outcome.demand_groups, 3);
    const ExitArea& a = outcome.councils[0];
    EXPECT_EQ(a.displaced, 4);
    EXPECT_EQ(a.own_council, 2);  // Y1, Y3
    EXPECT_EQ(a.own_region, 1);   // Y2 at B
    EXPECT_EQ(a.elsewhere, 0);
    EXPECT_EQ(a.unplaced, 1);
    EXPECT_EQ(a.fees_before, 980000);     // 2 x 4,000 + 2 x 900
    EXPECT_EQ(a.travel_before, 11120);    // the U4 children at B: 2 x £55.60
    EXPECT_EQ(a.fees_after, 832500);      // 3,500 + 4,000 + 825
    EXPECT_EQ(a.travel_after, 5560);
    EXPECT_EQ(a.unplaced_cost, 1000000);
    EXPECT_EQ(a.weekly_cost_change(), 846940);  // 832,500 + 5,560 + 1,000,000 − 980,000 − 11,120
    EXPECT_NEAR(a.average_km_before(), 27.79877, 1e-4);  // 2 x 55.5975 / 4
    EXPECT_NEAR(a.average_km_after(), 18.53251, 1e-4);   // 55.5975 / 3
    const ExitArea& b = outcome.councils[1];
    EXPECT_EQ(b.displaced, 1);
    EXPECT_EQ(b.elsewhere, 1);  // Z1, region S
    EXPECT_EQ(b.weekly_cost_change(), -38881);  // 550,000 + 16,679 − 600,000 − 5,560
    EXPECT_EQ(outcome.councils[2].displaced, 0);
    // England and region N: 808,059 pence a week, £421,633.64 a year (× 365.25 / 7).
    EXPECT_EQ(outcome.england.displaced, 5);
    EXPECT_EQ(outcome.england.unplaced, 1);
    EXPECT_EQ(outcome.england.weekly_cost_change(), 808059);
    EXPECT_NEAR(outcome.england.annual_cost_change_gbp(), 421633.6425, 1e-6);
    EXPECT_EQ(outcome.regions[0].weekly_cost_change(), 808059);
    EXPECT_EQ(outcome.regions[1].displaced, 0);
}

TEST(ExitScenario, EmergencyPlacesAreRoundedDown) {
    // At 25 %: Y1 (4 places) gets 1 more, Y3 (5) 1, Y2 (2) none, Z1 (5) 1. A's K2 children
    // both go to Y1 (£3,500 each), B's to Y2 (£5,000), both U4 children to Y3: none unplaced.
    ExitAssumptions a = assumptions();
    a.emergency_capacity_pct = 25.0;
    const Market market(sample());
    const ExitMarket exit(market, a, kAsOf);
    EXPECT_EQ(exit.settings()[index_of(exit, "Y2")].free_places, 1);
    EXPECT_EQ(exit.settings()[index_of(exit, "Y3")].free_places, 2);
    const ExitOutcome outcome = replace_displaced(exit, settings_of_groups(exit, {exit.group_index("X")}));
    EXPECT_EQ(outcome.england.unplaced, 0);
    EXPECT_EQ(outcome.england.own_council, 5);  // Y1, Y3 for A's; Y2 is in B itself
    EXPECT_EQ(outcome.england.own_region, 0);
    EXPECT_EQ(outcome.councils[1].own_council, 1);
    // 2 x 3,500 + 5,000 + 2 x 825 − (2 x 4,000 + 6,000 + 2 x 900) − (B's £55.60 + 2 x £55.60).
    EXPECT_EQ(outcome.england.weekly_cost_change(), 700000 + 500000 + 165000 - 800000 - 600000 - 180000 - 16680);
}

TEST(ExitScenario, NothingClosesNothingChanges) {
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    const ExitOutcome outcome = replace_displaced(exit, std::vector<char>(exit.settings().size(), 0));
    EXPECT_EQ(outcome.england.displaced, 0);
    EXPECT_EQ(outcome.england.weekly_cost_change(), 0);
    EXPECT_THROW(replace_displaced(exit, {1}), std::invalid_argument);
}

TEST(ExitMarket, OwnPriceNeedsEnoughPlacements) {
    // Y1's band 2 rests on 3 placements (£3,500), Y3's band 1 on 4 (£825). With at least 4
    // needed, Y1 takes region N's K2 band 2 median (£4,000) and Y3 keeps its own.
    ExitAssumptions a = assumptions();
    a.min_placements_for_own_price = 4;
    const Market market(sample());
    const ExitMarket exit(market, a, kAsOf);
    EXPECT_EQ(exit.price(index_of(exit, "Y1"), PlacementType::K2, 2), 400000);
    EXPECT_EQ(exit.price(index_of(exit, "Y3"), PlacementType::U4, 1), 82500);
}

TEST(ExitMarket, RefusesAssumptionsOutOfRange) {
    const Market market(sample());
    auto message = [&](auto change) {
        ExitAssumptions a = assumptions();
        change(a);
        try {
            ExitMarket(market, a, kAsOf);
        } catch (const std::invalid_argument& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(message([](ExitAssumptions& a) { a.max_distance_km = -1; }),
              "configuration key exit.max_distance_km = -1: must not be negative");
    EXPECT_EQ(message([](ExitAssumptions& a) { a.correlation = 1.0; }),
              "configuration key exit.correlation = 1: must be at least 0 and below 1");
    EXPECT_EQ(message([](ExitAssumptions& a) { a.pd_without_accounts_pct = 101; }),
              "configuration key exit.pd_without_accounts_pct = 101: must be a percentage from 0 to 100");
    EXPECT_EQ(message([](ExitAssumptions& a) { a.travel_cost_per_km_week_gbp = -0.5; }),
              "configuration key exit.travel_cost_per_km_week_gbp = -0.5: must not be negative");
    EXPECT_EQ(message([](ExitAssumptions&) {}), "accepted");
}

}  // namespace
}  // namespace oversight
