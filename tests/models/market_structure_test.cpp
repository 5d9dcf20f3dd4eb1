// Market structure on a tiny market with hand-worked shares and HHI.
#include <gtest/gtest.h>

#include "models/market_structure/market_structure.hpp"

using namespace oversight;

TEST(MarketStructure, SharesAndHhiWorkedByHand) {
    MarketData data;
    data.regions = {{"E12000002", "North West"}, {"E12000007", "London"}};
    data.local_authorities.push_back({"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt});
    data.local_authorities.push_back({"E09000033", "Westminster", "E12000007", std::nullopt, 51.50, -0.14, std::nullopt});
    data.entities.push_back({"G1", "Big Group", std::nullopt, OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"G1OP", "Big Group Homes", "G1", OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"G2", "Small Charity", std::nullopt, OwnerType::Voluntary, std::nullopt});
    auto home = [](std::string urn, std::string entity, std::string la, int places) {
        return Setting{urn, "Home " + urn, entity, SettingType::ChildrensHome, la, places, OfstedRating::Good, {}, std::nullopt};
    };
    // North West: G1 3 places (2 homes), G2 1 place. London: G1 4 places.
    data.settings = {home("H1", "G1OP", "E08000003", 2), home("H2", "G1OP", "E08000003", 1),
                     home("H3", "G2", "E08000003", 1), home("H4", "G1OP", "E09000033", 4)};
    data.settings.push_back({"F1", "Agency", "G2", SettingType::Ifa, "E09000033", 30, OfstedRating::Good, {}, std::nullopt});

    MarketStructureAssumptions assumptions;
    assumptions.largest_groups = 1;
    const auto s = compute_market_structure(Market(data), ProfitabilityResult{}, assumptions, Date::from_ymd(2025, 3, 31));

    EXPECT_EQ(s.homes, 4);
    EXPECT_EQ(s.home_places, 8);
    EXPECT_EQ(s.ifa_places, 30);
    ASSERT_EQ(s.regions.size(), 2u);
    EXPECT_EQ(s.regions[0].homes, 3);
    EXPECT_NEAR(s.regions[0].share_of_homes_pct, 75.0, 1e-9);  // 3 of 4 homes
    EXPECT_NEAR(s.regions[0].hhi, 6250.0, 1e-9);               // 75^2 + 25^2
    EXPECT_EQ(s.regions[0].largest_group_name, "Big Group");
    EXPECT_NEAR(s.regions[1].hhi, 10000.0, 1e-9);              // a single supplier
    // The largest groups are ranked among private owners: G1 (private equity) has all 7
    // private places; the charity G2 is not in the private market, so no IFA group ranks.
    EXPECT_EQ(s.private_home_places, 7);
    EXPECT_NEAR(s.top_groups_home_share_pct, 100.0, 1e-9);
    ASSERT_EQ(s.largest_home_groups.size(), 1u);
    EXPECT_NEAR(s.largest_home_groups[0].share_of_home_places_pct, 87.5, 1e-9);  // 7 of all 8 places
    EXPECT_TRUE(s.largest_ifa_groups.empty());
    EXPECT_EQ(s.private_ifa_places, 0);
    EXPECT_NEAR(s.top_groups_ifa_share_pct, 0.0, 1e-9);
    // Ownership: private equity 3 homes (75 %), voluntary 1 (25 %), largest first.
    ASSERT_EQ(s.ownership.size(), 2u);
    EXPECT_EQ(s.ownership[0].owner_type, OwnerType::PrivateEquity);
    EXPECT_NEAR(s.ownership[0].share_of_homes_pct, 75.0, 1e-9);
    EXPECT_FALSE(s.homes_margin.pooled_operating_margin_pct);  // no accounts at all
}

TEST(MarketStructure, PooledMarginWeighsGroupsBySize) {
    MarketData data;
    data.local_authorities.push_back({"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt});
    data.entities.push_back({"G1", "One", std::nullopt, OwnerType::Private, std::nullopt});
    data.entities.push_back({"G2", "Two", std::nullopt, OwnerType::Private, std::nullopt});
    data.settings.push_back({"H1", "Home", "G1", SettingType::ChildrensHome, "E08000003", 5, OfstedRating::Good, {}, std::nullopt});
    data.settings.push_back({"H2", "Home", "G2", SettingType::ChildrensHome, "E08000003", 2, OfstedRating::Good, {}, std::nullopt});
    ProfitabilityResult profitability;
    ProfitabilityRow g1, g2;
    g1.id = "G1"; g1.turnover = 9'000'000; g1.operating_profit = 2'700'000; g1.operating_margin_pct = 30;
    g2.id = "G2"; g2.turnover = 1'000'000; g2.operating_profit = 0; g2.operating_margin_pct = 0;
    profitability.groups = {g1, g2};
    const auto s = compute_market_structure(Market(data), profitability, MarketStructureAssumptions{}, Date::from_ymd(2025, 3, 31));
    // (2.7m + 0) / (9m + 1m) = 27 %, not the simple average 15 %.
    ASSERT_TRUE(s.homes_margin.pooled_operating_margin_pct);
    EXPECT_NEAR(*s.homes_margin.pooled_operating_margin_pct, 27.0, 1e-9);
    EXPECT_EQ(s.homes_margin.groups_counted, 2);
}

TEST(MarketStructure, TopGroupShareIsOfPrivatePlaces) {
    // Three private groups with 5, 3 and 2 home places and a council with 10: the two
    // largest private groups hold (5 + 3) / (5 + 3 + 2) = 80 % of private places, though
    // only 8 / 20 = 40 % of all places.
    MarketData data;
    data.regions = {{"E12000002", "North West"}};
    data.local_authorities.push_back({"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt});
    data.entities.push_back({"A", "A", std::nullopt, OwnerType::Private, std::nullopt});
    data.entities.push_back({"B", "B", std::nullopt, OwnerType::Listed, std::nullopt});
    data.entities.push_back({"C", "C", std::nullopt, OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"LA", "Council", std::nullopt, OwnerType::LocalAuthority, std::nullopt});
    auto home = [](std::string urn, std::string entity, SettingType type, int places) {
        return Setting{urn, "Home " + urn, entity, type, "E08000003", places, OfstedRating::Good, {}, std::nullopt};
    };
    data.settings = {home("H1", "A", SettingType::ChildrensHome, 5), home("H2", "B", SettingType::ChildrensHome, 3),
                     home("H3", "C", SettingType::ChildrensHome, 2), home("H4", "LA", SettingType::LaChildrensHome, 10)};
    MarketStructureAssumptions assumptions;
    assumptions.largest_groups = 2;
    const auto s = compute_market_structure(Market(data), ProfitabilityResult{}, assumptions, Date::from_ymd(2025, 3, 31));
    EXPECT_EQ(s.home_places, 20);
    EXPECT_EQ(s.private_home_places, 10);
    EXPECT_NEAR(s.top_groups_home_share_pct, 80.0, 1e-9);
    ASSERT_EQ(s.largest_home_groups.size(), 2u);
    EXPECT_EQ(s.largest_home_groups[0].group_id, "A");
    EXPECT_EQ(s.largest_home_groups[1].group_id, "B");
}
