// Rate shifts of the stress scenarios applied to a projection curve.
#include "models/debt/projection_curves.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace oversight {
namespace {

const Date kAsOf = Date::from_ymd(2025, 3, 31);

TEST(ProjectionCurves, ParallelShiftIsAContinuousSpread) {
    const ProjectionCurve base = make_flat_projection_curve(4.0, kAsOf);
    StressScenario s;
    s.id = "up200";
    s.parallel_shift_bp = 200;
    const ProjectionCurve up = shifted_curve(base, s);
    // P'(t) = P(t) exp(-0.02 t): at 2 years, a factor exp(-0.04).
    EXPECT_NEAR(up.discount(2.0) / base.discount(2.0), std::exp(-0.04), 1e-14);
    EXPECT_DOUBLE_EQ(up.discount(0.0), base.discount(0.0));
}

TEST(ProjectionCurves, TenorShiftsInterpolateLinearlyAndHoldFlatBeyond) {
    const ProjectionCurve base = make_flat_projection_curve(4.0, kAsOf);
    StressScenario s;
    s.id = "steepener";
    s.tenor_shifts = {{"1Y", 0.0}, {"5Y", 100.0}};  // 1Y = 365 days = 1.0 year; 5Y = 5.0
    const ProjectionCurve steep = shifted_curve(base, s);
    const auto spread_at = [&](double t) { return -std::log(steep.discount(t) / base.discount(t)) / t; };
    EXPECT_NEAR(spread_at(0.5), 0.0, 1e-12);      // before 1Y: the 1Y shift, 0
    EXPECT_NEAR(spread_at(3.0), 0.005, 1e-12);    // halfway from 1Y to 5Y: 50 bp
    EXPECT_NEAR(spread_at(10.0), 0.01, 1e-12);    // beyond 5Y: 100 bp
    s.tenor_shifts = {{"5 years", 10.0}};
    EXPECT_THROW(shifted_curve(base, s), std::invalid_argument);
}

TEST(ProjectionCurves, BootstrappedCurveAsADiscountFunction) {
    // A single 1Y deposit at 4 %: DF(1Y) = 1 / (1 + 0.04 x 365 / 365).
    const std::vector<CurveQuote> quotes = {{kAsOf, "SONIA", "1Y", CurveInstrument::Deposit, 4.0}};
    const ProjectionCurve curve = sonia_projection_curve(quotes, kAsOf);
    EXPECT_NEAR(curve.discount(1.0), 1.0 / 1.04, 1e-10);
    EXPECT_EQ(curve.reference_date, kAsOf);
}

}  // namespace
}  // namespace oversight
