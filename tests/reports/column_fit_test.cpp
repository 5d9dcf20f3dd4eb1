// How a PDF table's columns share the page (reports/pdf/column_fit.hpp). Every expected
// width is worked by hand from the rule in the header's comment.
#include "reports/pdf/column_fit.hpp"

#include <gtest/gtest.h>

using namespace oversight;

TEST(ColumnFit, RoomBeyondEveryWantGoesToTheTextColumns) {
    // Least 50 + 60 = 110 fits 300 at size 8. Wants 100 and 60 are met (lacking 50 of the
    // spare 190); the other 140 goes to the one text column: 240 and 60.
    const ColumnFit fit = fit_columns({{50, 100}, {60, 60}}, {true, false}, 300, 8.0, 5.5, 0);
    EXPECT_DOUBLE_EQ(fit.font_size, 8.0);
    ASSERT_EQ(fit.widths.size(), 2u);
    EXPECT_DOUBLE_EQ(fit.widths[0], 240.0);
    EXPECT_DOUBLE_EQ(fit.widths[1], 60.0);
}

TEST(ColumnFit, ShortRoomIsSharedInProportionToWhatEachColumnLacks) {
    // Least 100 + 100 leaves 100 of 300; the text column lacks 200, the number 40 (of 240):
    // 100 + 200 x 100 / 240 = 183.33 and 100 + 40 x 100 / 240 = 116.67.
    const ColumnFit fit = fit_columns({{100, 300}, {100, 140}}, {true, false}, 300, 8.0, 5.5, 0);
    EXPECT_DOUBLE_EQ(fit.font_size, 8.0);
    EXPECT_NEAR(fit.widths[0], 183.3333, 1e-4);
    EXPECT_NEAR(fit.widths[1], 116.6667, 1e-4);
}

TEST(ColumnFit, AWideTableIsSetSmallerBeforeAnyNumberWraps) {
    // Four numbers of 100 at size 8 need 400 > 300: at 7.5 375, at 7 350, at 6.5 325, at 6
    // exactly 300, so the table is set at 6 and each column is 75 wide, none cut.
    const ColumnFit fit = fit_columns({{100, 100}, {100, 100}, {100, 100}, {100, 100}},
                                      {false, false, false, false}, 300, 8.0, 5.5, 0);
    EXPECT_DOUBLE_EQ(fit.font_size, 6.0);
    for (const double w : fit.widths) EXPECT_DOUBLE_EQ(w, 75.0);
}

TEST(ColumnFit, OnlyWhenTheSmallestSizeCannotHoldTheNumbersAreTheyScaledDown) {
    // 4 x 200 = 800 at 8 is 550 at 5.5, still over 300: the least widths (137.5 each at 5.5)
    // are scaled to the page, 75 each.
    const ColumnFit fit = fit_columns({{200, 200}, {200, 200}, {200, 200}, {200, 200}},
                                      {false, false, false, false}, 300, 8.0, 5.5, 0);
    EXPECT_DOUBLE_EQ(fit.font_size, 5.5);
    for (const double w : fit.widths) EXPECT_DOUBLE_EQ(w, 75.0);
}

TEST(ColumnFit, WithoutTextColumnsTheRoomIsSharedByAll) {
    // Wants 50 and 30 met; the 120 left is shared in proportion to the wants (75 and 45):
    // 125 and 75.
    const ColumnFit fit = fit_columns({{50, 50}, {30, 30}}, {false, false}, 200, 8.0, 5.5, 0);
    EXPECT_DOUBLE_EQ(fit.widths[0], 125.0);
    EXPECT_DOUBLE_EQ(fit.widths[1], 75.0);
}

TEST(ColumnFit, ATableTooWideForTheSmallestSizeIsSplitIntoPartsLedByTheFirstColumn) {
    // A name of 45 and thirteen sums of 54 need 747 at size 7: 747 x 5.5 / 7 = 586.9 at 5.5,
    // over 510.
    std::vector<ColumnNeed> needs = {{45, 45}};
    for (int c = 0; c < 13; ++c) needs.push_back({54, 54});
    EXPECT_FALSE(fits_page(needs, 510, 7.0, 5.5, 0));
    // 45 + 8 x 54 = 477 fits 510, a ninth sum would make 531: columns 1-8, then 9-13.
    const auto parts = split_columns(needs, 510, 0);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(parts[1], (std::vector<std::size_t>{0, 9, 10, 11, 12, 13}));
    // Without the last five sums: 477 at 7, 374.8 at 5.5, fits: one part.
    needs.resize(9);
    EXPECT_TRUE(fits_page(needs, 510, 7.0, 5.5, 0));
    EXPECT_EQ(split_columns(needs, 510, 0).size(), 1u);
}

TEST(ColumnFit, PaddingDoesNotShrinkWithTheFont) {
    // Content 100 + 100 with 8 of padding each needs 216 at size 8 > 200. At 7.5 the
    // content is 187.5, with padding 203.5 > 200; at 7, 175 + 16 = 191 fits: each column
    // 87.5 + 8 = 95.5, and the 9 left goes to the text column: 104.5 and 95.5.
    const ColumnFit fit = fit_columns({{100, 100}, {100, 100}}, {true, false}, 200, 8.0, 5.5, 8);
    EXPECT_DOUBLE_EQ(fit.font_size, 7.0);
    EXPECT_DOUBLE_EQ(fit.widths[0], 104.5);
    EXPECT_DOUBLE_EQ(fit.widths[1], 95.5);
}
