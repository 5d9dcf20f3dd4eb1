// Disclosure control of price tables on constructed cells (models/prices/disclosure.hpp).
#include "models/prices/disclosure.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace oversight {
namespace {

PriceCell cell(std::vector<std::string> key, std::size_t placements, std::size_t providers = 5,
               double largest_share_pct = 30.0) {
    PriceCell c;
    c.key = std::move(key);
    c.label = c.key;
    c.placements = placements;
    c.providers = providers;
    c.largest_provider_share_pct = largest_share_pct;
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
    // The other non-total cell with the fewest placements goes too: U5; the total stays.
    const std::vector<PriceCell> cells = {cell({"K2"}, 20), cell({"U4"}, 3), cell({"U5"}, 10), cell({"all"}, 33)};
    const auto v = disclosure_control(cells, kRules);
    EXPECT_TRUE(v[0].published());
    EXPECT_EQ(v[1].suppression, Suppression::Primary);
    EXPECT_EQ(v[2].suppression, Suppression::Secondary);
    EXPECT_EQ(v[2].reason, "suppressed: would let a suppressed cell be worked out from a total");
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
