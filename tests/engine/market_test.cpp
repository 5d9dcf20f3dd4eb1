#include <gtest/gtest.h>

#include "engine/market.hpp"

using namespace oversight;

namespace {
MarketData ownership(std::vector<std::pair<std::string, std::optional<std::string>>> chain) {
    MarketData data;
    data.regions.push_back({"E12000002", "North West"});
    data.local_authorities.push_back({"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt});
    for (auto& [id, parent] : chain) data.entities.push_back({id, "Co " + id, parent, OwnerType::Private, std::nullopt});
    return data;
}
}  // namespace

TEST(Market, GroupsAreTopParents) {
    // TOP <- MID <- OPCO1, MID <- OPCO2; LONE stands alone.
    Market market(ownership({{"TOP", std::nullopt}, {"MID", "TOP"}, {"OPCO1", "MID"}, {"OPCO2", "MID"}, {"LONE", std::nullopt}}));
    EXPECT_EQ(market.group_of("OPCO1"), "TOP");
    EXPECT_EQ(market.group_of("MID"), "TOP");
    EXPECT_EQ(market.group_of("LONE"), "LONE");
    EXPECT_EQ(market.group_ids(), (std::vector<std::string>{"TOP", "LONE"}));
    EXPECT_EQ(market.group_members("TOP").size(), 4u);
    EXPECT_EQ(market.subsidiaries_of("MID").size(), 2u);
}

TEST(Market, RefusesCyclesAndDanglingReferences) {
    EXPECT_THROW(Market(ownership({{"A", "B"}, {"B", "A"}})), std::invalid_argument);
    EXPECT_THROW(Market(ownership({{"A", "NOPE"}})), std::invalid_argument);
    MarketData data = ownership({{"A", std::nullopt}});
    data.settings.push_back({"SC1", "Home", "MISSING", SettingType::ChildrensHome, "E08000003", 3,
                             OfstedRating::Good, {}, std::nullopt});
    EXPECT_THROW(Market{data}, std::invalid_argument);
}

TEST(Market, IndexesSettingsPlacementsAndAccounts) {
    MarketData data = ownership({{"A", std::nullopt}});
    data.settings.push_back({"SC1", "Home", "A", SettingType::ChildrensHome, "E08000003", 3, OfstedRating::Good, {}, std::nullopt});
    Placement p;
    p.placement_id = "P1";
    p.la_code = "E08000003";
    p.urn = "SC1";
    p.start_date = Date::from_ymd(2024, 1, 1);
    data.placements.push_back(p);
    Accounts later, earlier;
    later.entity_id = earlier.entity_id = "A";
    later.period_end = Date::from_ymd(2025, 3, 31);
    earlier.period_end = Date::from_ymd(2024, 3, 31);
    data.accounts = {later, earlier};
    Market market(data);
    EXPECT_EQ(market.settings_of("A").size(), 1u);
    EXPECT_EQ(market.placements_in("SC1").size(), 1u);
    ASSERT_EQ(market.accounts_of("A").size(), 2u);
    EXPECT_EQ(market.accounts_of("A")[0], 1u);  // oldest first
    EXPECT_TRUE(market.placements_in("NONE").empty());
    EXPECT_EQ(market.latest_date(), Date::from_ymd(2024, 1, 1));
}
