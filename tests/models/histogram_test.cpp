// Histogram bins of whole numbers: widths from 1, 2, 5, 10, ... worked by hand.
#include "models/common/histogram.hpp"

#include <gtest/gtest.h>

using namespace oversight;

TEST(Histogram, TheSmallestRoundWidthThatFitsTheBins) {
    // 0..25 in at most 5 bins: width 1 needs 26, 2 needs 13, 5 needs 6, 10 needs 3.
    const std::vector<int> values = {0, 0, 3, 7, 12, 25};
    const Histogram h = integer_histogram(values, 5);
    EXPECT_EQ(h.edges, (std::vector<double>{0, 10, 20, 30}));
    EXPECT_EQ(h.counts, (std::vector<double>{4, 1, 1}));
}

TEST(Histogram, TheFirstEdgeIsTheSmallestValueRoundedDown) {
    // 337..512 in at most 20 bins: width 5 from 335 needs 36, width 10 from 330 needs 19:
    // 337 in [330, 340), 340 in [340, 350), 512 in [510, 520).
    const std::vector<int> values = {337, 340, 512};
    const Histogram h = integer_histogram(values, 20);
    ASSERT_EQ(h.edges.size(), 20u);
    EXPECT_EQ(h.edges.front(), 330);
    EXPECT_EQ(h.edges.back(), 520);
    EXPECT_EQ(h.counts[0], 1);
    EXPECT_EQ(h.counts[1], 1);
    EXPECT_EQ(h.counts[18], 1);
    double total = 0;
    for (const double c : h.counts) total += c;
    EXPECT_EQ(total, 3);
}

TEST(Histogram, OneValueOrNone) {
    const std::vector<int> same = {4, 4};
    const Histogram h = integer_histogram(same, 10);
    EXPECT_EQ(h.edges, (std::vector<double>{4, 5}));
    EXPECT_EQ(h.counts, (std::vector<double>{2}));
    EXPECT_TRUE(integer_histogram(std::vector<int>{}, 10).counts.empty());
}
