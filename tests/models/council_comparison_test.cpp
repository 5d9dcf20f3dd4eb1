// Councils against their region and RCC (models/prices/council_comparison.hpp), worked by
// hand on a constructed market; and the great-circle distance it uses.
//
// Manchester (53.48, -2.24) and Bolton (53.58, -2.43) are in the North West and "GM RCC";
// Westminster (51.50, -0.14) in London. Homes: HA in Manchester (group A), HB in Bolton (B),
// HC in Westminster (C). Placements in 2024, weeks = days / 7:
//   Q1 Manchester -> HA  K2 band 3  fee 5,000  2 weeks  framework
//   Q2 Manchester -> HB  K2 band 3  fee 6,000  1 week   spot
//   Q3 Bolton     -> HB  K2 band 3  fee 4,000  3 weeks  spot
//   Q4 Bolton     -> HA  U4 band 1  fee   900  4 weeks  framework
//   Q5 Manchester -> HC  U4 band 1  fee 1,100  2 weeks  spot
// Distances (haversine, R = 6,371.0088 km): Manchester-Bolton 16.7734 km,
// Manchester-Westminster 262.0607 km.
#include "models/prices/council_comparison.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <tuple>

#include "models/prices/disclosure.hpp"

namespace oversight {
namespace {

Placement placement(std::string id, std::string la, std::string urn, PlacementType type, int band, double fee,
                    Date start, int days, PurchaseRoute route) {
    Placement p;
    p.placement_id = std::move(id);
    p.la_code = std::move(la);
    p.urn = std::move(urn);
    p.placement_type = type;
    p.need_band = band;
    p.weekly_fee = fee;
    p.start_date = start;
    p.end_date = start + (days - 1);
    p.purchase_route = route;
    return p;
}

Market market() {
    MarketData d;
    d.regions = {{"E12000002", "North West"}, {"E12000007", "London"}};
    d.local_authorities = {{"E08000003", "Manchester", "E12000002", "GM RCC", 53.48, -2.24, std::nullopt},
                           {"E08000001", "Bolton", "E12000002", "GM RCC", 53.58, -2.43, std::nullopt},
                           {"E09000033", "Westminster", "E12000007", std::nullopt, 51.50, -0.14, std::nullopt}};
    d.entities = {{"A", "A", std::nullopt, OwnerType::Private, std::nullopt},
                  {"B", "B", std::nullopt, OwnerType::Private, std::nullopt},
                  {"C", "C", std::nullopt, OwnerType::Private, std::nullopt}};
    for (const auto& [urn, entity, la] : {std::tuple{"HA", "A", "E08000003"}, std::tuple{"HB", "B", "E08000001"},
                                          std::tuple{"HC", "C", "E09000033"}}) {
        Setting s;
        s.urn = urn;
        s.name = urn;
        s.entity_id = entity;
        s.la_code = la;
        d.settings.push_back(s);
    }
    using T = PlacementType;
    using R = PurchaseRoute;
    const auto day = [](int m, int dd) { return Date::from_ymd(2024, m, dd); };
    d.placements = {placement("Q1", "E08000003", "HA", T::K2, 3, 5000, day(1, 1), 14, R::Framework),
                    placement("Q2", "E08000003", "HB", T::K2, 3, 6000, day(2, 1), 7, R::Spot),
                    placement("Q3", "E08000001", "HB", T::K2, 3, 4000, day(3, 1), 21, R::Spot),
                    placement("Q4", "E08000001", "HA", T::U4, 1, 900, day(4, 1), 28, R::Framework),
                    placement("Q5", "E08000003", "HC", T::U4, 1, 1100, day(5, 1), 14, R::Spot)};
    return Market(std::move(d));
}

PriceFilter year_2024() {
    PriceFilter f;
    f.from = Date::from_ymd(2024, 1, 1);
    f.to = Date::from_ymd(2024, 12, 31);
    return f;
}

TEST(GreatCircle, OneDegreeOfLongitudeOnTheEquator) {
    // 2 pi R / 360 with R = 6,371.0088 km: 111.19508 km.
    const LocalAuthority a{"A", "A", "R", std::nullopt, 0.0, 0.0, std::nullopt};
    const LocalAuthority b{"B", "B", "R", std::nullopt, 0.0, 1.0, std::nullopt};
    EXPECT_NEAR(great_circle_km(a, b), 6371.0088 * std::numbers::pi / 180.0, 1e-9);
    EXPECT_NEAR(great_circle_km(b, a), great_circle_km(a, b), 1e-12);
    EXPECT_EQ(great_circle_km(a, a), 0.0);
}

TEST(CouncilComparison, PremiumSharesAndDistanceByHand) {
    const CouncilComparisons result = compare_councils(market(), year_2024());
    ASSERT_EQ(result.councils.size(), 2u);  // Westminster commissions nothing
    const CouncilComparison& bolton = result.councils[0];
    const CouncilComparison& manchester = result.councils[1];
    ASSERT_EQ(bolton.la_code, "E08000001");
    ASSERT_EQ(manchester.la_code, "E08000003");
    // North West prices for the same type and band, weeks-weighted: K2/3 (2 x 5,000 + 6,000
    // + 3 x 4,000) / 6 = 4,666.67; U4/1 (4 x 900 + 2 x 1,100) / 6 = 966.67.
    // Manchester pays 2 x 5,000 + 6,000 + 2 x 1,100 = 18,200 for a mix the region prices at
    // 3 x 4,666.67 + 2 x 966.67 = 15,933.33: +14.226 %. Bolton pays 3 x 4,000 + 4 x 900 =
    // 15,600 for 3 x 4,666.67 + 4 x 966.67 = 17,866.67: -12.687 %.
    EXPECT_NEAR(manchester.premium_vs_region_pct, 100.0 * (18200.0 / (3 * 28000.0 / 6 + 2 * 5800.0 / 6) - 1.0), 1e-9);
    EXPECT_NEAR(manchester.premium_vs_region_pct, 14.2259, 1e-4);
    EXPECT_NEAR(bolton.premium_vs_region_pct, -12.6866, 1e-4);
    // GM RCC is the same two councils, so the same premiums.
    ASSERT_TRUE(manchester.premium_vs_rcc_pct);
    EXPECT_NEAR(*manchester.premium_vs_rcc_pct, manchester.premium_vs_region_pct, 1e-9);
    // Manchester: 5 weeks, spot 1 + 2 = 3 (60 %), out of area 1 (Bolton) + 2 (Westminster)
    // = 3 (60 %), distance (16.7734 + 2 x 262.0607) / 5 = 108.1789 km.
    EXPECT_EQ(manchester.council.placements, 3u);
    EXPECT_NEAR(manchester.council.placement_weeks, 5.0, 1e-12);
    EXPECT_NEAR(manchester.council.spot_share_pct, 60.0, 1e-9);
    EXPECT_NEAR(manchester.council.out_of_area_pct, 60.0, 1e-9);
    EXPECT_NEAR(manchester.council.mean_distance_km, 108.1789, 1e-4);
    // Bolton: 7 weeks, spot 3 (42.857 %), out of area 4 (57.143 %), 4 x 16.7734 / 7 = 9.5848 km.
    EXPECT_NEAR(bolton.council.spot_share_pct, 300.0 / 7, 1e-9);
    EXPECT_NEAR(bolton.council.out_of_area_pct, 400.0 / 7, 1e-9);
    EXPECT_NEAR(bolton.council.mean_distance_km, 9.5848, 1e-4);
    // The North West: 12 weeks, spot 6 (50 %), out of area 7, distance 607.9881 / 12 = 50.6657.
    EXPECT_NEAR(manchester.region.spot_share_pct, 50.0, 1e-9);
    EXPECT_NEAR(manchester.region.out_of_area_pct, 700.0 / 12, 1e-9);
    EXPECT_NEAR(manchester.region.mean_distance_km, 50.6657, 1e-4);
    // Manchester buys from A (10,000), B (6,000) and C (2,200): A has 54.95 % of its spend.
    EXPECT_EQ(manchester.providers, 3u);
    EXPECT_NEAR(manchester.largest_provider_share_pct, 100.0 * 10000 / 18200, 1e-9);
}

TEST(CouncilComparison, ARegionCannotGiveASuppressedCouncilAway) {
    // Three provider groups needed: Bolton (2) fails; were Manchester published, the North West
    // (published: 5 placements, 3 groups, B 53 % of its spend) would reveal Bolton.
    const CouncilComparisons result = compare_councils(market(), year_2024());
    DisclosureAssumptions rules;
    rules.min_placements = 2;
    const auto verdicts = disclosure_control(result.disclosure_cells, rules);
    ASSERT_EQ(verdicts.size(), 4u);  // Bolton, Manchester, then GM RCC and the North West
    EXPECT_EQ(result.disclosure_cells[2].key, (std::vector<std::string>{"E12000002", "GM RCC", "all"}));
    EXPECT_EQ(result.disclosure_cells[3].key, (std::vector<std::string>{"E12000002", "all", "all"}));
    EXPECT_EQ(verdicts[0].suppression, Suppression::Primary);
    EXPECT_EQ(verdicts[1].suppression, Suppression::Secondary);  // Bolton and Manchester pass together
    EXPECT_TRUE(verdicts[2].published());
    EXPECT_TRUE(verdicts[3].published());
}

TEST(CouncilComparison, FiltersChooseCouncilsNotBenchmarks) {
    // Bolton alone: its premium is still against the whole North West (-12.687 %), not 0.
    PriceFilter only_bolton = year_2024();
    only_bolton.la_code = "E08000001";
    const CouncilComparisons result = compare_councils(market(), only_bolton);
    ASSERT_EQ(result.councils.size(), 1u);
    EXPECT_NEAR(result.councils[0].premium_vs_region_pct, -12.6866, 1e-4);
    EXPECT_NEAR(result.councils[0].region.spot_share_pct, 50.0, 1e-9);
    // Manchester is still among the disclosure cells: its line with Bolton is whole.
    EXPECT_EQ(result.disclosure_cells.size(), 4u);
}

}  // namespace
}  // namespace oversight
