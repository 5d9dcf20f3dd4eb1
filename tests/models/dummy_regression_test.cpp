// The regression under the hedonic model and the index, on a case small enough to do by hand
// (models/prices/dummy_regression.hpp).
#include "models/prices/dummy_regression.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace oversight::prices_detail {
namespace {

TEST(DummyRegression, TwoGroupsByHand) {
    // Group A: 1, 2, 3 (mean 2); group B: 4, 6, 8 (mean 6). A is the reference (a tie in
    // counts goes to the first in code order): intercept 2, B's effect 4.
    // RSS = (1 + 0 + 1) + (4 + 0 + 4) = 10; s^2 = 10 / (6 - 2) = 2.5;
    // se(B) = sqrt(2.5 (1/3 + 1/3)) = 1.290994; se(intercept) = sqrt(2.5 / 3) = 0.912871.
    // TSS about the mean 4: 9 + 4 + 1 + 0 + 4 + 16 = 34, R^2 = 1 - 10/34 = 0.705882.
    const std::vector<std::vector<std::string>> levels = {{"A"}, {"A"}, {"A"}, {"B"}, {"B"}, {"B"}};
    const std::vector<double> y = {1, 2, 3, 4, 6, 8};
    const DummyRegression r = fit_dummy_regression({{"g", ReferenceLevel::MostFrequent}}, levels, y);
    EXPECT_NEAR(r.intercept, 2.0, 1e-12);
    EXPECT_NEAR(r.intercept_std_error, std::sqrt(2.5 / 3.0), 1e-12);
    ASSERT_EQ(r.levels[0].size(), 2u);
    EXPECT_TRUE(r.levels[0][0].reference);
    EXPECT_NEAR(r.levels[0][1].estimate, 4.0, 1e-12);
    EXPECT_NEAR(r.levels[0][1].std_error, std::sqrt(2.5 * 2.0 / 3.0), 1e-12);
    EXPECT_NEAR(r.residual_sd, std::sqrt(2.5), 1e-12);
    EXPECT_NEAR(r.r_squared, 1.0 - 10.0 / 34.0, 1e-12);
    EXPECT_EQ(r.parameters, 2u);
}

TEST(DummyRegression, ALaterFactorThatRepeatsAnEarlierOneIsLeftOut) {
    // h copies g exactly: its dummy is g's, so it is left out and said to be.
    const std::vector<std::vector<std::string>> levels = {{"A", "x"}, {"A", "x"}, {"B", "y"}, {"B", "y"}, {"A", "x"}};
    const std::vector<double> y = {1, 2, 5, 6, 3};
    const DummyRegression r =
        fit_dummy_regression({{"g", ReferenceLevel::MostFrequent}, {"h", ReferenceLevel::MostFrequent}}, levels, y);
    ASSERT_EQ(r.states.size(), 1u);
    EXPECT_EQ(r.states[0], "h y: not identified (a combination of the other columns), left out");
    EXPECT_FALSE(r.levels[1][1].identified);
    EXPECT_NEAR(r.levels[0][1].estimate, 5.5 - 2.0, 1e-12);  // B's mean less A's
}

TEST(DummyRegression, FirstLevelReferenceAndTooFewObservations) {
    const std::vector<std::vector<std::string>> levels = {{"2021"}, {"2022"}, {"2022"}, {"2022"}};
    const DummyRegression r = fit_dummy_regression({{"year", ReferenceLevel::First}}, levels, {1, 2, 3, 4});
    EXPECT_TRUE(r.levels[0][0].reference);  // 2021, though 2022 is the more frequent
    EXPECT_NEAR(r.levels[0][1].estimate, 3.0 - 1.0, 1e-12);
    EXPECT_THROW(fit_dummy_regression({{"g", ReferenceLevel::First}}, {{"A"}, {"B"}}, {1, 2}), std::invalid_argument);
}

}  // namespace
}  // namespace oversight::prices_detail
