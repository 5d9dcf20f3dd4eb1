// Composite risk score and oversight stage: worked by hand from the rules in
// docs/configuration.md ("Failure risk").
#include <gtest/gtest.h>

#include "models/oversight_risk/oversight_risk.hpp"

namespace oversight {
namespace {

RiskInputs typical_leveraged_group() {
    RiskInputs in;
    in.altman_z_double_prime = 1.85;         // (2.6 - 1.85) / 1.5 = 50
    in.default_probability_1y_pct = 10.0;    // 10 x 2 = 20
    in.net_leverage = 6.0;                   // 6 / 8 = 75
    in.min_covenant_headroom_pct = 33.8;     // (35 - 33.8) / 35 = 3.428571...
    in.liquidity_cover = 1.0;                // (2 - 1) / 2 = 50
    in.places_inadequate_or_ri_pct = 20.0;   // 20
    return in;
}

TEST(OversightRisk, CompositeWorkedByHand) {
    const RiskAssessment r = assess_risk(typical_leveraged_group(), RiskAssumptions{});
    ASSERT_EQ(r.components.size(), 6u);
    EXPECT_NEAR(*r.components[0].score, 50.0, 1e-9);
    EXPECT_NEAR(*r.components[1].score, 20.0, 1e-9);
    EXPECT_NEAR(*r.components[2].score, 75.0, 1e-9);
    EXPECT_NEAR(*r.components[3].score, 1.2 / 35.0 * 100.0, 1e-9);
    EXPECT_NEAR(*r.components[4].score, 50.0, 1e-9);
    EXPECT_NEAR(*r.components[5].score, 20.0, 1e-9);
    // Weights 0.25, 0.25, 0.15, 0.15, 0.10, 0.10 sum to 1:
    // 12.5 + 5 + 11.25 + 0.514286 + 5 + 2 = 36.264286
    EXPECT_NEAR(r.composite, 36.264285714, 1e-6);
    EXPECT_EQ(r.stage, 2);  // 20 <= 36.3 < 40
    EXPECT_EQ(r.stage_name, "Regular monitoring");
    EXPECT_FALSE(r.notify_councils);
    ASSERT_EQ(r.headline_drivers.size(), 3u);
    EXPECT_EQ(r.headline_drivers[0], "Altman Z'' 1.85");      // 12.5
    EXPECT_EQ(r.headline_drivers[1], "Net leverage 6.0x");    // 11.25
    EXPECT_EQ(r.headline_drivers[2], "1-year default probability 10.0%");  // 5, first of the ties
}

TEST(OversightRisk, MissingComponentsAreLeftOutAndWeightsRescaled) {
    RiskInputs in = typical_leveraged_group();
    in.altman_z_double_prime.reset();
    in.default_probability_1y_pct.reset();
    const RiskAssessment r = assess_risk(in, RiskAssumptions{});
    EXPECT_FALSE(r.components[0].score.has_value());
    EXPECT_EQ(r.components[0].input, "not available");
    // Remaining weights 0.15 + 0.15 + 0.10 + 0.10 = 0.5:
    // (75 x 0.15 + 3.428571 x 0.15 + 50 x 0.10 + 20 x 0.10) / 0.5 = (11.25 + 0.514286 + 5 + 2) / 0.5
    EXPECT_NEAR(r.composite, 37.528571429, 1e-6);
}

TEST(OversightRisk, EbitdaNegativeScoresLeverageInFullAndNoCovenantScoresZero) {
    RiskInputs in;
    in.ebitda_negative = true;
    in.net_leverage = 2.0;  // ignored: a multiple of a negative EBITDA means nothing
    const RiskAssessment r = assess_risk(in, RiskAssumptions{});
    EXPECT_EQ(r.components[2].input, "EBITDA negative");
    EXPECT_NEAR(*r.components[2].score, 100.0, 1e-9);
    EXPECT_EQ(r.components[3].input, "no covenant");
    EXPECT_NEAR(*r.components[3].score, 0.0, 1e-9);
    EXPECT_EQ(r.components[4].input, "nothing falls due");
    // Used: leverage 0.15 (100), headroom 0.15 (0), liquidity 0.10 (0): 15 / 0.4 = 37.5
    EXPECT_NEAR(r.composite, 37.5, 1e-9);
}

TEST(OversightRisk, StageThresholdsAtTheirBoundaries) {
    // Only the quality component: the composite equals the share of weak places.
    RiskAssumptions a;
    RiskInputs in;
    in.liquidity_known = false;
    in.min_covenant_headroom_pct = std::nullopt;
    a.weight_headroom = 0.0;
    const auto stage_at = [&](double composite) {
        in.places_inadequate_or_ri_pct = composite;
        return assess_risk(in, a).stage;
    };
    EXPECT_EQ(stage_at(19.999), 1);
    EXPECT_EQ(stage_at(20.0), 2);
    EXPECT_EQ(stage_at(39.999), 2);
    EXPECT_EQ(stage_at(40.0), 3);
    EXPECT_EQ(stage_at(55.0), 4);
    EXPECT_EQ(stage_at(69.999), 4);
    EXPECT_EQ(stage_at(70.0), 5);
    EXPECT_EQ(stage_at(100.0), 5);
}

TEST(OversightRisk, NotificationTestIsConfigurable) {
    RiskInputs in = typical_leveraged_group();
    in.default_probability_1y_pct = 12.0;
    RiskAssumptions more_likely_than_not;  // 50 %
    EXPECT_FALSE(assess_risk(in, more_likely_than_not).notify_councils);
    RiskAssumptions real_possibility;
    real_possibility.notify_probability_pct = 10.0;
    const RiskAssessment r = assess_risk(in, real_possibility);
    EXPECT_TRUE(r.notify_councils);
    EXPECT_EQ(r.stage, 6);
    EXPECT_EQ(r.stage_name, "Formal notification");
    in.default_probability_1y_pct = 50.0;  // exactly at the threshold: notified
    EXPECT_TRUE(assess_risk(in, more_likely_than_not).notify_councils);
}

TEST(OversightRisk, WorseInputsNeverLowerTheComposite) {
    const RiskAssumptions a;
    RiskInputs in = typical_leveraged_group();
    double previous = assess_risk(in, a).composite;
    for (double leverage : {6.5, 7.0, 9.0, 12.0}) {
        in.net_leverage = leverage;
        const double now = assess_risk(in, a).composite;
        EXPECT_GE(now, previous) << leverage;
        previous = now;
    }
    for (double headroom : {20.0, 5.0, -10.0}) {
        in.min_covenant_headroom_pct = headroom;
        const double now = assess_risk(in, a).composite;
        EXPECT_GE(now, previous) << headroom;
        previous = now;
    }
}

}  // namespace
}  // namespace oversight

namespace oversight {
namespace {

TEST(OversightRisk, NoAccountsIsNeverLowRisk) {
    // Only the quality overlay can be read (10 % weak places): composite 10, stage 1 by
    // the composite, raised to stage 3 because the finances cannot be seen.
    RiskInputs in;
    in.accounts_missing = true;
    in.liquidity_known = false;
    in.covenants_unmeasured = true;  // it borrows under covenants nobody can test
    in.places_inadequate_or_ri_pct = 10.0;
    const RiskAssessment r = assess_risk(in, RiskAssumptions{});
    EXPECT_EQ(r.components[3].input, "not measurable");
    EXPECT_FALSE(r.components[3].score.has_value());  // left out, not scored as "no covenant"
    EXPECT_NEAR(r.composite, 10.0, 1e-9);
    EXPECT_EQ(r.stage, 3);
    ASSERT_FALSE(r.headline_drivers.empty());
    EXPECT_EQ(r.headline_drivers.front(), "no accounts filed");
    RiskAssumptions stricter;
    stricter.stage_without_accounts = 4;
    EXPECT_EQ(assess_risk(in, stricter).stage, 4);
}

TEST(OversightRisk, ComfortAnchorsAreConfigurable) {
    RiskInputs in;
    in.min_covenant_headroom_pct = 20.0;
    in.liquidity_known = false;
    RiskAssumptions a;
    // Headroom only (weight 0.15): (35 - 20) / 35 = 42.857; with the anchor at 40: 50.
    EXPECT_NEAR(assess_risk(in, a).composite, 15.0 / 35.0 * 100.0, 1e-9);
    a.headroom_comfortable_pct = 40.0;
    EXPECT_NEAR(assess_risk(in, a).composite, 50.0, 1e-9);
}

}  // namespace
}  // namespace oversight
