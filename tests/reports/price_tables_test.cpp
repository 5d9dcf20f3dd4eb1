// Price tables show nothing of a suppressed cell or level (reports/builders/price_tables.hpp).
#include "reports/builders/price_tables.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace oversight {
namespace {

TEST(PriceTables, ASuppressedCellShowsNoFigure) {
    PriceTable table;
    table.dimensions = {PriceDimension::Type};
    table.filter.from = Date::from_ymd(2024, 1, 1);
    table.filter.to = Date::from_ymd(2024, 12, 31);
    PriceCell k2;
    k2.key = k2.label = {"K2"};
    k2.placements = 3;
    k2.fee.median = 5000;
    table.cells = {k2};
    const std::vector<CellDisclosure> verdicts = {{Suppression::Primary, "suppressed: fewer than 5 placements"}};
    const Table t = price_cells_table(table, verdicts, PriceView{}, DisclosureAssumptions{});
    ASSERT_EQ(t.rows().size(), 1u);
    const auto& row = t.rows()[0];
    for (std::size_t c = 1; c + 1 < row.size(); ++c) EXPECT_TRUE(row[c].is_missing()) << t.columns()[c].key;
    EXPECT_EQ(std::get<std::string>(row.back().value), "suppressed: fewer than 5 placements");
}

TEST(PriceTables, AHedonicLevelWithOneProviderIsSuppressed) {
    HedonicFit fit;
    fit.filter.from = Date::from_ymd(2020, 1, 1);
    fit.filter.to = Date::from_ymd(2024, 12, 31);
    fit.terms = {{"intercept", "", 8.4, 0.01, false, 500, 40},
                 {"route", "in_house", -0.3, 0.02, false, 60, 1},
                 {"type", "U4", -1.6, 0.01, false, 200, 30}};
    const Table t = hedonic_terms_table(fit, DisclosureAssumptions{});
    ASSERT_EQ(t.rows().size(), 3u);
    const auto& in_house = t.rows()[1];
    EXPECT_TRUE(in_house[3].is_missing());  // estimate
    EXPECT_EQ(std::get<std::string>(in_house.back().value), "suppressed: fewer than 3 providers");
    const auto& u4 = t.rows()[2];
    EXPECT_DOUBLE_EQ(std::get<double>(u4[3].value), -1.6);
    EXPECT_NEAR(std::get<double>(u4[5].value), 100.0 * (std::exp(-1.6) - 1.0), 1e-9);
}

}  // namespace
}  // namespace oversight
