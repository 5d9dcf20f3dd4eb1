// Difficult to replace: a small market worked by hand.
#include <gtest/gtest.h>

#include "models/replaceability/provider_settings.hpp"
#include "models/replaceability/replaceability.hpp"

namespace oversight {
namespace {

const Date kAsOf = Date::from_ymd(2025, 3, 31);

Setting setting(std::string urn, std::string entity, SettingType type, std::string la, int places,
                OfstedRating rating = OfstedRating::Good, std::vector<Specialism> specialisms = {}) {
    return Setting{urn, "Setting " + urn, entity, type, la, places, rating, std::move(specialisms), std::nullopt};
}

Placement placement(std::string id, std::string la, std::string urn, std::optional<Date> end = std::nullopt,
                    double fee = 5000.0) {
    Placement p;
    p.placement_id = id;
    p.la_code = la;
    p.urn = urn;
    p.weekly_fee = fee;
    p.start_date = Date::from_ymd(2024, 1, 1);
    p.end_date = end;
    return p;
}

/// North West: Manchester and Bolton. London: Westminster.
/// Group G (private equity, holding G with operator GO): homes H1 (4 places, Manchester,
/// requires improvement, complex needs), H2 (2, Bolton), H3 (6, Westminster, secure);
/// agency F1 (20 places). Charity C: home H4 (8, Manchester). Council LA: home H5 (10,
/// Westminster).
MarketData sample() {
    MarketData d;
    d.regions = {{"E12000002", "North West"}, {"E12000007", "London"}};
    d.local_authorities = {{"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt},
                           {"E08000001", "Bolton", "E12000002", std::nullopt, 53.58, -2.43, std::nullopt},
                           {"E09000033", "Westminster", "E12000007", std::nullopt, 51.50, -0.14, std::nullopt}};
    d.entities = {{"G", "Group Topco", std::nullopt, OwnerType::PrivateEquity, std::nullopt},
                  {"GO", "Group Homes Ltd", "G", OwnerType::PrivateEquity, std::nullopt},
                  {"C", "Charity", std::nullopt, OwnerType::Voluntary, std::nullopt},
                  {"LA", "Westminster Council", std::nullopt, OwnerType::LocalAuthority, std::nullopt}};
    d.settings = {setting("H1", "GO", SettingType::ChildrensHome, "E08000003", 4, OfstedRating::RequiresImprovement,
                          {Specialism::ComplexNeeds}),
                  setting("H2", "GO", SettingType::ChildrensHome, "E08000001", 2),
                  setting("H3", "GO", SettingType::SecureChildrensHome, "E09000033", 6),
                  setting("F1", "GO", SettingType::Ifa, "E09000033", 20),
                  setting("H4", "C", SettingType::ChildrensHome, "E08000003", 8),
                  setting("H5", "LA", SettingType::LaChildrensHome, "E09000033", 10, OfstedRating::Inadequate)};
    d.placements = {placement("P1", "E08000003", "H1"), placement("P2", "E08000003", "H1"),
                    placement("P3", "E09000033", "H3", std::nullopt, 9000.0),
                    placement("P4", "E08000001", "F1", std::nullopt, 900.0),
                    placement("P5", "E08000001", "H2", Date::from_ymd(2025, 3, 30)),  // ended the day before
                    placement("P6", "E09000033", "H5")};
    return d;
}

TEST(Replaceability, GroupProfileWorkedByHand) {
    const Market market(sample());
    const auto result = compute_replaceability(market, ReplaceabilityAssumptions{}, kAsOf);
    // Home places: 4 + 2 + 6 + 8 + 10 = 30; IFA places 20.
    EXPECT_EQ(result.national_home_places, 30);
    EXPECT_EQ(result.national_ifa_places, 20);
    ASSERT_EQ(result.groups.size(), 3u);
    // By places: G 32, LA 10, C 8.
    const GroupReplaceability& g = result.groups[0];
    EXPECT_EQ(g.group_id, "G");
    EXPECT_EQ(g.settings, 4);
    EXPECT_EQ(g.places, 32);
    EXPECT_EQ(g.home_places, 12);
    EXPECT_EQ(g.ifa_places, 20);
    EXPECT_EQ(g.settings_by_type.at(SettingType::ChildrensHome), 2);
    EXPECT_EQ(g.places_by_type.at(SettingType::SecureChildrensHome), 6);
    EXPECT_NEAR(g.national_home_share_pct, 40.0, 1e-9);   // 12 / 30
    EXPECT_NEAR(g.national_ifa_share_pct, 100.0, 1e-9);   // 20 / 20
    // North West home places 4 + 2 + 8 = 14, G has 6: 42.857 %; London 6 + 10 = 16, G has 6: 37.5 %.
    ASSERT_EQ(g.regions.size(), 2u);
    EXPECT_EQ(g.regions[0].region_code, "E12000002");
    EXPECT_NEAR(g.regions[0].share_of_region_home_places_pct, 6.0 / 14.0 * 100.0, 1e-9);
    EXPECT_NEAR(g.regions[1].share_of_region_home_places_pct, 37.5, 1e-9);
    EXPECT_EQ(g.largest_region_name, "North West");
    // Council areas: Manchester homes 4 (G) + 8 (charity) = 12, G 33.3 %; Bolton 2, all G's
    // (100 %); Westminster 6 (G) + 10 (council) = 16, G 37.5 %. Largest share first.
    ASSERT_EQ(g.local_authorities.size(), 3u);
    EXPECT_EQ(g.local_authorities[0].la_name, "Bolton");
    EXPECT_NEAR(g.local_authorities[0].share_of_la_home_places_pct, 100.0, 1e-9);
    EXPECT_EQ(g.local_authorities[1].la_code, "E09000033");
    EXPECT_NEAR(g.local_authorities[1].share_of_la_home_places_pct, 37.5, 1e-9);
    EXPECT_EQ(g.local_authorities[2].home_places, 4);
    EXPECT_NEAR(g.local_authorities[2].share_of_la_home_places_pct, 4.0 / 12.0 * 100.0, 1e-9);
    EXPECT_EQ(g.secure_places, 6);
    EXPECT_EQ(g.complex_needs_places, 4);
    EXPECT_NEAR(g.places_inadequate_or_ri_pct, 4.0 / 32.0 * 100.0, 1e-9);  // H1 only
    // Ongoing on 31 March 2025: P1, P2 (Manchester), P3 (Westminster), P4 (Bolton); P5 ended.
    EXPECT_EQ(g.children_placed, 4);
    ASSERT_EQ(g.councils.size(), 3u);
    EXPECT_EQ(g.councils[0].la_code, "E08000003");
    EXPECT_EQ(g.councils[0].la_name, "Manchester");
    EXPECT_EQ(g.councils[0].children, 2);
    EXPECT_NEAR(g.councils[0].weekly_spend, 10000.0, 1e-9);
    // Ties on one child ordered by code: Bolton E08000001 before Westminster E09000033.
    EXPECT_EQ(g.councils[1].la_code, "E08000001");
    EXPECT_NEAR(g.councils[2].weekly_spend, 9000.0, 1e-9);
}

TEST(Replaceability, ScopeOnEachFactorWithReasons) {
    const Market market(sample());
    ReplaceabilityAssumptions a;
    a.min_settings = 4;               // G has 4: met
    a.min_places = 33;                // G has 32: not met
    a.min_councils = 4;               // G has 3: not met
    a.min_national_share_pct = 50.0;  // G: 40 % of homes (no), 100 % of IFA places (met)
    a.min_region_share_pct = 45.0;    // G: 42.9 % (no)
    const auto result = compute_replaceability(market, a, kAsOf);
    const GroupReplaceability& g = result.groups[0];
    EXPECT_TRUE(g.in_scope);
    ASSERT_EQ(g.scope_reasons.size(), 2u);
    EXPECT_EQ(g.scope_reasons[0], "number: 4 settings (threshold 4)");
    EXPECT_EQ(g.scope_reasons[1], "market share: 100.0% of fostering agency places in England (threshold 50.0%)");

    // The charity: 8 places in Manchester = 8 / 14 = 57.1 % of North West home places.
    const GroupReplaceability& charity = result.groups[2];
    EXPECT_EQ(charity.group_id, "C");
    ASSERT_EQ(charity.scope_reasons.size(), 1u);
    EXPECT_EQ(charity.scope_reasons[0],
              "geographical concentration: 57.1% of home places in North West (threshold 45.0%)");

    // A council's own homes are never in scope, whatever their size (33 % of London).
    const GroupReplaceability& council = result.groups[1];
    EXPECT_EQ(council.group_id, "LA");
    EXPECT_FALSE(council.in_scope);
    EXPECT_TRUE(council.scope_reasons.empty());
}

TEST(Replaceability, NothingMetMeansOutOfScope) {
    const Market market(sample());
    ReplaceabilityAssumptions a;
    a.min_settings = 100;
    a.min_places = 1000;
    a.min_councils = 100;
    a.min_national_share_pct = 101.0;
    a.min_region_share_pct = 101.0;
    for (const auto& g : compute_replaceability(market, a, kAsOf).groups) EXPECT_FALSE(g.in_scope) << g.group_id;
}

TEST(ProviderSettings, GroupSettingsRatingsAndChildrenWorkedByHand) {
    const Market market(sample());
    const auto members = market.group_members("G");
    const ProviderSettings s = provider_settings(market, members, kAsOf);
    // G runs H1 (4), H2 (2), H3 (6) and F1 (20) through GO: largest first F1, H3, H1, H2.
    ASSERT_EQ(s.settings.size(), 4u);
    EXPECT_EQ(s.settings[0].setting->urn, "F1");
    EXPECT_EQ(s.settings[1].setting->urn, "H3");
    EXPECT_EQ(s.settings[2].setting->urn, "H1");
    EXPECT_EQ(s.settings[3].setting->urn, "H2");
    EXPECT_EQ(s.settings[0].operator_name, "Group Homes Ltd");
    EXPECT_EQ(s.settings[2].la_name, "Manchester");
    EXPECT_EQ(s.settings[1].region_name, "London");
    // Ongoing on 2025-03-31: P1, P2 in H1, P3 in H3, P4 in F1; P5 in H2 ended the day before.
    EXPECT_EQ(s.settings[2].children_placed, 2);
    EXPECT_EQ(s.settings[3].children_placed, 0);
    EXPECT_EQ(s.children_placed, 4);
    EXPECT_EQ(s.places, 32);
    // Ratings: H1 requires improvement (1 setting, 4 places); the other three good (28 places).
    ASSERT_EQ(s.by_rating.size(), 2u);
    EXPECT_EQ(s.by_rating.at(OfstedRating::RequiresImprovement).settings, 1);
    EXPECT_EQ(s.by_rating.at(OfstedRating::RequiresImprovement).places, 4);
    EXPECT_EQ(s.by_rating.at(OfstedRating::Good).settings, 3);
    EXPECT_EQ(s.by_rating.at(OfstedRating::Good).places, 28);
}

}  // namespace
}  // namespace oversight
