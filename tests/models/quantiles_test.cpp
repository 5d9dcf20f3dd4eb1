// Published quantiles against hand-worked cases (models/prices/quantiles.hpp).
#include "models/prices/quantiles.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace oversight {
namespace {

TEST(Quantiles, Type7OfFourValues) {
    // h = 3p: median h = 1.5 -> 2 + 0.5 x 1 = 2.5; p10 h = 0.3 -> 1.3; p90 h = 2.7 -> 3.7
    // (numpy.percentile([1, 2, 3, 4], [10, 50, 90]) = 1.3, 2.5, 3.7).
    const std::vector<double> x = {1, 2, 3, 4};
    EXPECT_DOUBLE_EQ(quantile_type7(x, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(quantile_type7(x, 0.1), 1.3);
    EXPECT_DOUBLE_EQ(quantile_type7(x, 0.9), 3.7);
    EXPECT_DOUBLE_EQ(quantile_type7(x, 0.0), 1.0);
    EXPECT_DOUBLE_EQ(quantile_type7(x, 1.0), 4.0);
}

TEST(Quantiles, Type7OfFivePricesAndOfOne) {
    // Weekly fees 4,000 4,500 5,200 6,000 9,000: h = 4p; p25 h = 1 -> 4,500 exactly;
    // p75 h = 3 -> 6,000; p10 h = 0.4 -> 4,000 + 0.4 x 500 = 4,200.
    const std::vector<double> fees = {4000, 4500, 5200, 6000, 9000};
    EXPECT_DOUBLE_EQ(quantile_type7(fees, 0.25), 4500.0);
    EXPECT_DOUBLE_EQ(quantile_type7(fees, 0.75), 6000.0);
    EXPECT_DOUBLE_EQ(quantile_type7(fees, 0.10), 4200.0);
    const std::vector<double> one = {777};
    EXPECT_DOUBLE_EQ(quantile_type7(one, 0.9), 777.0);
}

TEST(Quantiles, WeightedByWeeksWorkedByHand) {
    // Values 100, 200, 300 with 1, 1 and 4 weeks: rescaled weights 0.5, 0.5, 2 (sum 3),
    // cumulative 0.5, 1, 3, so positions 0, 1, 2 hold 100, 300, 300. h = 2p:
    // median h = 1 -> 300; p25 h = 0.5 -> 100 + 0.5 x 200 = 200; p10 h = 0.2 -> 140.
    const std::vector<double> x = {100, 200, 300}, weeks = {1, 1, 4};
    EXPECT_DOUBLE_EQ(weighted_quantile_type7(x, weeks, 0.5), 300.0);
    EXPECT_DOUBLE_EQ(weighted_quantile_type7(x, weeks, 0.25), 200.0);
    EXPECT_DOUBLE_EQ(weighted_quantile_type7(x, weeks, 0.10), 140.0);
    EXPECT_DOUBLE_EQ(quantile_type7(x, 0.5), 200.0);  // unweighted, for contrast
    // The unit does not matter: days instead of weeks.
    const std::vector<double> days = {7, 7, 28};
    EXPECT_DOUBLE_EQ(weighted_quantile_type7(x, days, 0.25), 200.0);
}

TEST(Quantiles, EqualWeightsAreType7) {
    const std::vector<double> x = {1, 1, 2, 3, 4, 5, 6, 9};
    for (double w : {1.0, 0.1, 3.7, 52.0 / 7.0}) {
        const std::vector<double> weights(x.size(), w);
        for (double p : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0})
            EXPECT_NEAR(weighted_quantile_type7(x, weights, p), quantile_type7(x, p), 1e-12) << w << " " << p;
    }
}

TEST(Quantiles, AZeroWeightValueCoversNoPosition) {
    // 100 (weight 0), 200, 300 (weight 1 each): rescaled 0, 1.5, 1.5; cumulative 0, 1.5, 3:
    // positions 0 and 1 hold 200, position 2 holds 300; median (h = 1) 200. (The value still
    // counts in n: 200 and 300 alone would give 250.)
    const std::vector<double> x = {100, 200, 300}, w = {0, 1, 1};
    EXPECT_DOUBLE_EQ(weighted_quantile_type7(x, w, 0.5), 200.0);
    EXPECT_DOUBLE_EQ(weighted_quantile_type7(x, w, 0.0), 200.0);
}

TEST(Quantiles, RejectWhatHasNoQuantile) {
    const std::vector<double> none, x = {1, 2}, w = {1, 1}, negative = {1, -1}, zero = {0, 0}, short_w = {1};
    EXPECT_THROW(quantile_type7(none, 0.5), std::invalid_argument);
    EXPECT_THROW(quantile_type7(x, 1.5), std::invalid_argument);
    EXPECT_THROW(quantile_type7(x, -0.1), std::invalid_argument);
    EXPECT_THROW(weighted_quantile_type7(x, negative, 0.5), std::invalid_argument);
    EXPECT_THROW(weighted_quantile_type7(x, zero, 0.5), std::invalid_argument);
    EXPECT_THROW(weighted_quantile_type7(x, short_w, 0.5), std::invalid_argument);
    EXPECT_THROW(weighted_quantile_type7(none, none, 0.5), std::invalid_argument);
}

}  // namespace
}  // namespace oversight
