// Price cells on a constructed market worked by hand (models/prices/price_cells.hpp).
//
// Councils: Manchester and Bolton (North West, "GM RCC"), Westminster (London, no RCC).
// Groups: A (settings HA and FA, run by its subsidiary A1), B (HB), C (HC).
// Placements, in 2024 (366 days) unless said:
//   P1 Manchester HA K2 band 3 fee 5,000 + 500 extras, from 2023-06-01, ongoing: 366 days
//   P2 Manchester HB K2 band 3 fee 6,000, 2024-07-01 to 07-14: 14 days = 2 weeks
//   P3 Bolton     HB K2 band 3 fee 7,000, 2024-12-25 to 2025-02-01: 7 days in 2024
//   P4 Bolton     HC K2 band 2 fee 4,000, 2022-01-01 to 2023-12-31: none in 2024
//   P5 Westminster HC U4 band 1 fee 900, 2024-03-01 to 03-07: 7 days
//   P6 Manchester FA U4 band 1 fee 1,000 + 100 extras, from 2024-11-01, ongoing: 61 days
#include "models/prices/price_cells.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace oversight {
namespace {

Setting setting(std::string urn, std::string entity, std::string la) {
    Setting s;
    s.urn = std::move(urn);
    s.name = s.urn;
    s.entity_id = std::move(entity);
    s.la_code = std::move(la);
    s.registered_places = 4;
    return s;
}

Placement placement(std::string id, std::string la, std::string urn, PlacementType type, int band, double fee,
                    std::optional<double> extras, Date start, std::optional<Date> end) {
    Placement p;
    p.placement_id = std::move(id);
    p.la_code = std::move(la);
    p.urn = std::move(urn);
    p.placement_type = type;
    p.need_band = band;
    p.weekly_fee = fee;
    p.weekly_extras = extras;
    p.start_date = start;
    p.end_date = end;
    return p;
}

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

Market market() {
    MarketData d;
    d.regions = {{"E12000002", "North West"}, {"E12000007", "London"}};
    d.local_authorities = {{"E08000003", "Manchester", "E12000002", "GM RCC", 53.48, -2.24, std::nullopt},
                           {"E08000001", "Bolton", "E12000002", "GM RCC", 53.58, -2.43, std::nullopt},
                           {"E09000033", "Westminster", "E12000007", std::nullopt, 51.50, -0.14, std::nullopt}};
    d.entities = {{"A", "Group A", std::nullopt, OwnerType::PrivateEquity, std::nullopt},
                  {"A1", "A Homes", "A", OwnerType::PrivateEquity, std::nullopt},
                  {"B", "B Care", std::nullopt, OwnerType::Private, std::nullopt},
                  {"C", "C Trust", std::nullopt, OwnerType::Voluntary, std::nullopt}};
    d.settings = {setting("HA", "A1", "E08000003"), setting("HB", "B", "E08000001"), setting("HC", "C", "E09000033"),
                  setting("FA", "A1", "E08000003")};
    d.settings[3].setting_type = SettingType::Ifa;
    using T = PlacementType;
    d.placements = {
        placement("P1", "E08000003", "HA", T::K2, 3, 5000, 500, ymd(2023, 6, 1), std::nullopt),
        placement("P2", "E08000003", "HB", T::K2, 3, 6000, std::nullopt, ymd(2024, 7, 1), ymd(2024, 7, 14)),
        placement("P3", "E08000001", "HB", T::K2, 3, 7000, std::nullopt, ymd(2024, 12, 25), ymd(2025, 2, 1)),
        placement("P4", "E08000001", "HC", T::K2, 2, 4000, std::nullopt, ymd(2022, 1, 1), ymd(2023, 12, 31)),
        placement("P5", "E09000033", "HC", T::U4, 1, 900, std::nullopt, ymd(2024, 3, 1), ymd(2024, 3, 7)),
        placement("P6", "E08000003", "FA", T::U4, 1, 1000, 100, ymd(2024, 11, 1), std::nullopt)};
    return Market(std::move(d));
}

PriceFilter year_2024() {
    PriceFilter f;
    f.from = ymd(2024, 1, 1);
    f.to = ymd(2024, 12, 31);
    return f;
}

const PriceCell& find(const PriceTable& t, std::vector<std::string> key) {
    for (const PriceCell& c : t.cells)
        if (c.key == key) return c;
    throw std::runtime_error("no cell");
}

TEST(PriceCells, TypeAndBandWithTotalsWorkedByHand) {
    const Market m = market();
    const PriceTable t = price_table(m, year_2024(), {PriceDimension::Type, PriceDimension::Band}, true);
    // K2/3 holds P1, P2, P3 (P4 ended before 2024): fees 5,000 6,000 7,000.
    const PriceCell& k2 = find(t, {"K2", "3"});
    EXPECT_EQ(k2.placements, 3u);
    EXPECT_EQ(k2.providers, 2u);  // A (P1, through its subsidiary A1) and B (P2, P3)
    EXPECT_NEAR(k2.placement_weeks, 366.0 / 7 + 2 + 1, 1e-9);
    EXPECT_DOUBLE_EQ(k2.fee.mean, 6000.0);
    EXPECT_DOUBLE_EQ(k2.fee.median, 6000.0);
    EXPECT_DOUBLE_EQ(k2.fee.p10, 5200.0);  // h = 0.2
    EXPECT_DOUBLE_EQ(k2.fee.p25, 5500.0);
    EXPECT_DOUBLE_EQ(k2.fee.p75, 6500.0);
    EXPECT_DOUBLE_EQ(k2.fee.p90, 6800.0);
    EXPECT_DOUBLE_EQ(k2.fee.iqr, 1000.0);
    ASSERT_TRUE(k2.fee.cv_pct);
    EXPECT_NEAR(*k2.fee.cv_pct, 100.0 / 6.0, 1e-9);  // sample sd 1,000 / mean 6,000
    // With extras: 5,500 6,000 7,000.
    EXPECT_NEAR(k2.total.mean, 18500.0 / 3, 1e-9);
    EXPECT_DOUBLE_EQ(k2.total.median, 6000.0);
    // Weighted by weeks 52.2857, 2, 1: mean (5,000 x 366/7 + 12,000 + 7,000) / (366/7 + 3).
    const double w1 = 366.0 / 7;
    EXPECT_NEAR(k2.fee_weighted.mean, (5000 * w1 + 12000 + 7000) / (w1 + 3), 1e-9);
    // Rescaled weights 3 x (52.29, 2, 1) / 55.29 = 2.837, 0.109, 0.054: every position
    // holds 5,000, so every weighted quantile is 5,000.
    EXPECT_DOUBLE_EQ(k2.fee_weighted.median, 5000.0);
    EXPECT_DOUBLE_EQ(k2.fee_weighted.p90, 5000.0);
    // Spend: 5,500 x 52.29 + 6,000 x 2 + 7,000 x 1; group A's share is P1's.
    EXPECT_NEAR(k2.spend, 5500 * w1 + 19000, 1e-6);
    EXPECT_NEAR(k2.largest_provider_share_pct, 100.0 * 5500 * w1 / (5500 * w1 + 19000), 1e-9);

    const PriceCell& u4 = find(t, {"U4", "1"});
    EXPECT_EQ(u4.placements, 2u);
    EXPECT_DOUBLE_EQ(u4.fee.median, 950.0);
    EXPECT_DOUBLE_EQ(u4.total.mean, 1000.0);  // 900 and 1,100
    const PriceCell& all = find(t, {"all", "all"});
    EXPECT_EQ(all.placements, 5u);
    EXPECT_EQ(all.providers, 3u);
    EXPECT_EQ(find(t, {"K2", "all"}).placements, 3u);
    EXPECT_EQ(find(t, {"all", "1"}).placements, 2u);
    // Sorted with each group's total after its rows; no empty cells (K2/2 has nothing in 2024).
    ASSERT_EQ(t.cells.size(), 7u);
    EXPECT_EQ(t.cells[0].key, (std::vector<std::string>{"K2", "3"}));
    EXPECT_EQ(t.cells[1].key, (std::vector<std::string>{"K2", "all"}));
    EXPECT_EQ(t.cells.back().key, (std::vector<std::string>{"all", "all"}));
    EXPECT_TRUE(t.cells.back().is_margin());
    EXPECT_FALSE(t.cells[0].is_margin());
}

TEST(PriceCells, YearsSplitAPlacementButTheTotalCountsItOnce) {
    // 2023-07-01 to 2024-12-31: P1 has 184 days in 2023 and 366 in 2024; P4 184 in 2023.
    PriceFilter f;
    f.from = ymd(2023, 7, 1);
    f.to = ymd(2024, 12, 31);
    const PriceTable t = price_table(market(), f, {PriceDimension::Year}, true);
    const PriceCell& y2023 = find(t, {"2023"});
    EXPECT_EQ(y2023.placements, 2u);
    EXPECT_NEAR(y2023.placement_weeks, (184.0 + 184.0) / 7, 1e-9);
    EXPECT_EQ(find(t, {"2024"}).placements, 5u);
    const PriceCell& all = find(t, {"all"});
    EXPECT_EQ(all.placements, 6u);
    // P1 550 days, P2 14, P3 7, P4 184, P5 7, P6 61: 823 days.
    EXPECT_NEAR(all.placement_weeks, 823.0 / 7, 1e-9);
}

TEST(PriceCells, FiltersAndGeography) {
    const Market m = market();
    PriceFilter f = year_2024();
    f.region_code = "E12000002";
    EXPECT_EQ(price_table(m, f, {}, false).cells.at(0).placements, 4u);  // all but P5
    f = year_2024();
    f.rcc = "GM RCC";
    EXPECT_EQ(price_table(m, f, {}, false).cells.at(0).placements, 4u);
    f = year_2024();
    f.la_code = "E08000001";
    EXPECT_EQ(price_table(m, f, {}, false).cells.at(0).placements, 1u);  // P3 (P4 ended in 2023)
    f = year_2024();
    f.type = PlacementType::U4;
    f.need_band = 1;
    EXPECT_EQ(price_table(m, f, {}, false).cells.at(0).placements, 2u);

    const PriceTable by_place = price_table(m, year_2024(), {PriceDimension::Region, PriceDimension::Rcc}, false);
    ASSERT_EQ(by_place.cells.size(), 2u);
    EXPECT_EQ(by_place.cells[0].key, (std::vector<std::string>{"E12000002", "GM RCC"}));
    EXPECT_EQ(by_place.cells[0].label[0], "North West");
    EXPECT_EQ(by_place.cells[1].key, (std::vector<std::string>{"E12000007", "none"}));  // Westminster has no RCC
    const PriceTable by_age = price_table(m, year_2024(), {PriceDimension::Age}, false);
    EXPECT_EQ(by_age.cells.at(0).key[0], "unknown");  // no placement here has an age band
}

TEST(PriceCells, RejectsAPeriodBackwardsAndADimensionTwice) {
    const Market m = market();
    PriceFilter f = year_2024();
    std::swap(f.from, f.to);
    EXPECT_THROW(price_table(m, f, {}, false), std::invalid_argument);
    EXPECT_THROW(price_table(m, year_2024(), {PriceDimension::Type, PriceDimension::Type}, false), std::invalid_argument);
    EXPECT_EQ(parse_price_dimension("band"), PriceDimension::Band);
    EXPECT_FALSE(parse_price_dimension("colour"));
}

}  // namespace
}  // namespace oversight
