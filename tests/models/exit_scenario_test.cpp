// One provider's exit on a market small enough to solve by hand.
#include "models/exit/exit_scenario.hpp"

#include <gtest/gtest.h>

namespace oversight {
namespace {

const Date kAsOf = Date::from_ymd(2025, 3, 31);

Setting setting(std::string urn, std::string entity, SettingType type, std::string la, int places) {
    return Setting{urn, "Setting " + urn, entity, type, la, places, OfstedRating::Good, {}, std::nullopt};
}

Placement placement(std::string id, std::string la, std::string urn, PlacementType type, int band, double fee,
                    std::optional<Date> end = std::nullopt) {
    Placement p;
    p.placement_id = id;
    p.la_code = la;
    p.urn = urn;
    p.placement_type = type;
    p.need_band = band;
    p.weekly_fee = fee;
    p.weekly_extras = 700.0;  // extras follow the child: never in the comparison
    p.start_date = Date::from_ymd(2024, 1, 1);
    p.end_date = end;
    return p;
}

/// Councils on the Greenwich meridian, so distances are 6371.0088 km × Δlat in radians:
/// A (53.0 N) and B (52.5 N) in region N, 55.598 km apart; C (51.0 N) in region S,
/// 166.793 km from B and 222.390 km from A (beyond the 200 km reach).
/// Group X (fails): home X1 at A (3 places) with two A children K2 band 2 at £4,000 and one
/// B child K2 band 3 at £6,000 (and one that left the day before); agency X2 at B with two
/// A children U4 band 1 at £900.
/// Group Y: home Y1 at A (4 places; A children K2 band 2 at £3,000, £3,500, £4,000: 1 free);
/// home Y2 at B (2 places; one B child K2 band 3 at £5,000: 1 free); agency Y3 at A (5
/// places; four A children U4 band 1 at £800, £800, £850, £850: 1 free).
/// Council C: home Z1 at C (5 places, empty).
MarketData sample() {
    MarketData d;
    d.regions = {{"N", "North"}, {"S", "South"}};
    d.local_authorities = {{"A", "Council A", "N", std::nullopt, 53.0, 0.0, std::nullopt},
                           {"B", "Council B", "N", std::nullopt, 52.5, 0.0, std::nullopt},
                           {"C", "Council C", "S", std::nullopt, 51.0, 0.0, std::nullopt}};
    d.entities = {{"X", "X Homes", std::nullopt, OwnerType::PrivateEquity, std::nullopt},
                  {"Y", "Y Care", std::nullopt, OwnerType::Private, std::nullopt},
                  {"Z", "Council C", std::nullopt, OwnerType::LocalAuthority, std::nullopt}};
    d.settings = {setting("X1", "X", SettingType::ChildrensHome, "A", 3),
                  setting("X2", "X", SettingType::Ifa, "B", 10),
                  setting("Y1", "Y", SettingType::ChildrensHome, "A", 4),
                  setting("Y2", "Y", SettingType::ChildrensHome, "B", 2),
                  setting("Y3", "Y", SettingType::Ifa, "A", 5),
                  setting("Z1", "Z", SettingType::LaChildrensHome, "C", 5)};
    using enum PlacementType;
    d.placements = {placement("P1", "A", "X1", K2, 2, 4000), placement("P2", "A", "X1", K2, 2, 4000),
                    placement("P3", "B", "X1", K2, 3, 6000),
                    placement("P4", "B", "X1", K2, 1, 2000, Date::from_ymd(2025, 3, 30)),
                    placement("P5", "A", "X2", U4, 1, 900), placement("P6", "A", "X2", U4, 1, 900),
                    placement("P7", "A", "Y1", K2, 2, 3000), placement("P8", "A", "Y1", K2, 2, 3500),
                    placement("P9", "A", "Y1", K2, 2, 4000), placement("P10", "B", "Y2", K2, 3, 5000),
                    placement("P11", "A", "Y3", U4, 1, 800), placement("P12", "A", "Y3", U4, 1, 800),
                    placement("P13", "A", "Y3", U4, 1, 850), placement("P14", "A", "Y3", U4, 1, 850)};
    return d;
}

ExitAssumptions assumptions() {
    ExitAssumptions a;
    a.travel_cost_per_km_week_gbp = 1.0;
    a.max_distance_km = 200.0;
    a.emergency_capacity_pct = 0.0;
    a.unplaced_weekly_cost_gbp = 10000.0;
    return a;
}

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

TEST(ExitMarket, RefusesNegativeAssumptions) {
    const Market market(sample());
    ExitAssumptions a = assumptions();
    a.max_distance_km = -1;
    EXPECT_THROW(ExitMarket(market, a, kAsOf), std::invalid_argument);
}

}  // namespace
}  // namespace oversight
