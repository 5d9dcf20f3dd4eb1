// Disclosure control of price tables on constructed cells (models/prices/disclosure.hpp).
#include "models/prices/disclosure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace oversight {
namespace {

/// A cell with its own providers (numbers not shared with any other cell unless given):
/// spend 1,000 a placement, the first provider `largest_share_pct` of it, the rest equal.
PriceCell cell(std::vector<std::string> key, std::size_t placements, std::size_t providers = 5,
               double largest_share_pct = 30.0) {
    static std::size_t next_provider = 0;
    PriceCell c;
    c.key = std::move(key);
    c.label = c.key;
    c.placements = placements;
    c.providers = providers;
    c.largest_provider_share_pct = largest_share_pct;
    c.spend = 1000.0 * static_cast<double>(placements);
    for (std::size_t p = 0; p < providers; ++p) {
        const double share = p == 0 ? largest_share_pct / 100.0
                                    : (1.0 - largest_share_pct / 100.0) / static_cast<double>(providers - 1);
        c.provider_spend.push_back({next_provider++, share * c.spend});
    }
    return c;
}

/// A cell whose providers are given: (provider number, spend).
PriceCell cell_of(std::vector<std::string> key, std::size_t placements,
                  std::vector<std::pair<std::size_t, double>> provider_spend) {
    PriceCell c;
    c.key = std::move(key);
    c.label = c.key;
    c.placements = placements;
    c.providers = provider_spend.size();
    c.provider_spend = std::move(provider_spend);
    double largest = 0.0;
    for (const auto& [p, s] : c.provider_spend) {
        c.spend += s;
        largest = std::max(largest, s);
    }
    c.largest_provider_share_pct = 100.0 * largest / c.spend;
    return c;
}

const DisclosureAssumptions kRules;  // 5 placements, 3 providers, 70 %

TEST(Disclosure, PrimaryRules) {
    const std::vector<PriceCell> cells = {cell({"K2"}, 4), cell({"U4"}, 5, 2), cell({"U5"}, 9, 4, 75.0),
                                          cell({"U6"}, 9, 4, 70.0), cell({"H5"}, 5, 3)};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_EQ(v[0].suppression, Suppression::Primary);
    EXPECT_EQ(v[0].reason, "suppressed: fewer than 5 placements");
    EXPECT_EQ(v[1].reason, "suppressed: fewer than 3 providers");
    EXPECT_EQ(v[2].reason, "suppressed: one provider has more than 70 % of the spend");
    EXPECT_TRUE(v[3].published());  // exactly 70 % is allowed: the rule is "more than"
    EXPECT_TRUE(v[4].published());  // exactly at both minimums
    DisclosureAssumptions stricter;
    stricter.min_placements = 10;
    EXPECT_FALSE(disclosure_control(cells, stricter)[3].published());
}

TEST(Disclosure, ATotalWouldRevealTheOnlySuppressedCell) {
    // K2 20, U4 3 (primary), U5 10, total 33: publishing the rest would give U4 = 33 - 20 - 10.
    // The other non-total cell with the fewest placements goes too: U5, and U4 + U5 (13
    // placements, 10 providers, none above 30 %) pass together; the total stays.
    const std::vector<PriceCell> cells = {cell({"K2"}, 20), cell({"U4"}, 3), cell({"U5"}, 10), cell({"all"}, 33)};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_TRUE(v[0].published());
    EXPECT_EQ(v[1].suppression, Suppression::Primary);
    EXPECT_EQ(v[2].suppression, Suppression::Secondary);
    EXPECT_EQ(v[2].reason, "suppressed: would let suppressed cells be worked out from a total");
    EXPECT_TRUE(v[3].published());
}

TEST(Disclosure, ALineOfOneCellAndItsTotalLosesTheTotal) {
    // The total of a line holding one cell is that cell, so it goes with it. In a real table
    // it has the same counts and fails the same rule; constructed here with counts that
    // pass, to reach the secondary rule's last resort.
    const std::vector<PriceCell> cells = {cell({"K2"}, 3), cell({"all"}, 30)};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_EQ(v[0].suppression, Suppression::Primary);
    EXPECT_EQ(v[1].suppression, Suppression::Secondary);
}

TEST(Disclosure, TwoWayTableWithMargins) {
    // Placements by region (R1, R2) and type (K2, U4) with every total:
    //            K2   U4   all
    //   R1       20    3    23
    //   R2       15   12    27
    //   all      35   15    50
    // R1/U4 fails the placements rule. Its column (U4) then has one suppressed cell, so R2/U4
    // goes; its row (R1) likewise, so R1/K2 goes; then the K2 column and the R2 row each hold
    // one suppressed cell until R2/K2 goes too. The four inner cells are suppressed and every
    // total published: a + b = 23, c + d = 27, a + c = 35, b + d = 15 has rank 3, so R1/U4
    // (b) cannot be solved for.
    const std::vector<PriceCell> cells = {
        cell({"R1", "K2"}, 20), cell({"R1", "U4"}, 3),  cell({"R1", "all"}, 23),
        cell({"R2", "K2"}, 15), cell({"R2", "U4"}, 12), cell({"R2", "all"}, 27),
        cell({"all", "K2"}, 35), cell({"all", "U4"}, 15), cell({"all", "all"}, 50)};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_EQ(v[1].suppression, Suppression::Primary);
    for (std::size_t i : {0u, 3u, 4u}) EXPECT_EQ(v[i].suppression, Suppression::Secondary) << i;
    for (std::size_t i : {2u, 5u, 6u, 7u, 8u}) EXPECT_TRUE(v[i].published()) << i;
}

TEST(Disclosure, SuppressedCellsMustPassTogether) {
    // Band 4 by type: K1 4, U4 4 and U6 5 placements fail the placements rule; K2 has 50.
    // Group 1 has most of the three small cells' spend: 4,000 + 3,600 + 4,000 = 11,600 of
    // 13,000 (89 %), so total - K2 would give away group 1's band-4 spend: K2 goes too.
    const std::vector<PriceCell> cells = {
        cell_of({"K1"}, 4, {{1, 4000.0}}), cell_of({"K2"}, 50, {{2, 10000.0}, {3, 10000.0}, {4, 10000.0}, {5, 10000.0}}),
        cell_of({"U4"}, 4, {{1, 3600.0}, {6, 400.0}}), cell_of({"U6"}, 5, {{1, 4000.0}, {7, 1000.0}}),
        cell_of({"all"}, 63, {{1, 11600.0}, {2, 10000.0}, {3, 10000.0}, {4, 10000.0}, {5, 10000.0}, {6, 400.0}, {7, 1000.0}})};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_EQ(v[0].suppression, Suppression::Primary);
    EXPECT_EQ(v[1].suppression, Suppression::Secondary);
    EXPECT_EQ(v[2].suppression, Suppression::Primary);
    EXPECT_EQ(v[3].suppression, Suppression::Primary);
    EXPECT_TRUE(v[4].published());  // all four hidden together: group 1 has 11,600 of 51,600
}

TEST(Disclosure, WithoutTotalsNothingIsSuppressedTwice) {
    const std::vector<PriceCell> cells = {cell({"K2"}, 20), cell({"U4"}, 3), cell({"U5"}, 10)};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_TRUE(v[0].published());
    EXPECT_FALSE(v[1].published());
    EXPECT_TRUE(v[2].published());
}

TEST(Disclosure, CellsMustShareTheirDimensions) {
    const std::vector<PriceCell> cells = {cell({"K2"}, 20), cell({"R1", "U4"}, 30)};
    EXPECT_THROW(disclosure_control(cells, kRules), std::invalid_argument);
}

}  // namespace
}  // namespace oversight
