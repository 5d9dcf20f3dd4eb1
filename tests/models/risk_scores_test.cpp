// Failure-risk scores (DOMAIN.md §3) on accounts built in code. Every expected value is
// worked by hand in the comments: each ratio, its product with the coefficient, the sum.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/risk_scores/risk_scores.hpp"

using namespace oversight;

namespace {

constexpr double kTolerance = 1e-9;

/// A healthy provider, figures in pounds for a 12-month period.
///   turnover 2,000,000 = staff 1,400,000 + other 450,000 + D&A 50,000 + EBIT 100,000
///   EBIT 100,000 - interest 20,000 = PBT 80,000; tax 20,000, so net income 60,000
///   total assets 1,000,000 of which current 400,000
///   current liabilities 250,000 + non-current 350,000 = total liabilities 600,000
///   net assets 1,000,000 - 600,000 = 400,000; retained earnings 300,000
Accounts alpha() {
    Accounts a;
    a.entity_id = "ALPHA";
    a.period_end = Date::from_ymd(2025, 3, 31);
    a.turnover = 2'000'000;
    a.staff_costs = 1'400'000;
    a.other_operating_costs = 450'000;
    a.depreciation_amortisation = 50'000;
    a.operating_profit = 100'000;
    a.interest_payable = 20'000;
    a.profit_before_tax = 80'000;
    a.tax = 20'000;
    a.cash = 150'000;
    a.current_assets = 400'000;
    a.total_assets = 1'000'000;
    a.current_liabilities = 250'000;
    a.non_current_liabilities = 350'000;
    a.retained_earnings = 300'000;
    a.net_assets = 400'000;
    return a;
}

/// A thin-margin, short-funded provider.
///   turnover 1,500,000 = staff 1,100,000 + other 340,000 + D&A 40,000 + EBIT 20,000
///   EBIT 20,000 - interest 50,000 = PBT -30,000
///   total assets 1,000,000 of which current 200,000
///   current liabilities 300,000 + non-current 500,000 = total liabilities 800,000
///   net assets 200,000; retained earnings 50,000
Accounts beta() {
    Accounts a;
    a.entity_id = "BETA";
    a.period_end = Date::from_ymd(2025, 3, 31);
    a.turnover = 1'500'000;
    a.staff_costs = 1'100'000;
    a.other_operating_costs = 340'000;
    a.depreciation_amortisation = 40'000;
    a.operating_profit = 20'000;
    a.interest_payable = 50'000;
    a.profit_before_tax = -30'000;
    a.tax = 0;
    a.cash = 50'000;
    a.current_assets = 200'000;
    a.total_assets = 1'000'000;
    a.current_liabilities = 300'000;
    a.non_current_liabilities = 500'000;
    a.retained_earnings = 50'000;
    a.net_assets = 200'000;
    return a;
}

/// Insolvent on the balance sheet and loss-making, no tax charge filed.
///   total assets 1,000,000 of which current 300,000
///   current liabilities 400,000 + non-current 800,000 = total liabilities 1,200,000
///   net assets -200,000; retained earnings -250,000; EBIT -50,000; PBT -100,000; D&A 40,000
Accounts delta() {
    Accounts a;
    a.entity_id = "DELTA";
    a.period_end = Date::from_ymd(2025, 3, 31);
    a.turnover = 1'200'000;
    a.staff_costs = 900'000;
    a.other_operating_costs = 310'000;
    a.depreciation_amortisation = 40'000;
    a.operating_profit = -50'000;
    a.interest_payable = 50'000;
    a.profit_before_tax = -100'000;
    a.current_assets = 300'000;
    a.total_assets = 1'000'000;
    a.current_liabilities = 400'000;
    a.non_current_liabilities = 800'000;
    a.retained_earnings = -250'000;
    a.net_assets = -200'000;
    return a;
}

/// `accounts` as if filed for `months` months at the same annual rate: every flow scaled
/// by months / 12, the balance sheet unchanged.
Accounts as_period_of(Accounts accounts, int months) {
    const double share = months / 12.0;
    accounts.period_months = months;
    for (double* flow : {&accounts.turnover, &accounts.staff_costs, &accounts.other_operating_costs,
                         &accounts.depreciation_amortisation, &accounts.operating_profit, &accounts.interest_payable,
                         &accounts.profit_before_tax})
        *flow *= share;
    if (accounts.tax) *accounts.tax *= share;
    return accounts;
}

bool has_state(const ScoreResult& result, const std::string& state) {
    return std::find(result.states.begin(), result.states.end(), state) != result.states.end();
}

const ScoreDriver& driver(const ScoreResult& result, const std::string& name) {
    for (const ScoreDriver& d : result.drivers)
        if (d.name == name) return d;
    throw std::runtime_error("no driver " + name + " in " + result.model);
}

void expect_ratio(const ScoreResult& result, const std::string& name, double ratio, double contribution,
                  double tolerance = 1e-6) {
    const ScoreDriver& d = driver(result, name);
    ASSERT_TRUE(d.ratio) << result.model << " " << name;
    ASSERT_TRUE(d.contribution) << result.model << " " << name;
    EXPECT_NEAR(*d.ratio, ratio, tolerance) << result.model << " " << name;
    EXPECT_NEAR(*d.contribution, contribution, tolerance) << result.model << " " << name;
}

void expect_missing(const ScoreResult& result, const std::string& name) {
    const ScoreDriver& d = driver(result, name);
    EXPECT_FALSE(d.ratio) << result.model << " " << name;
    EXPECT_FALSE(d.contribution) << result.model << " " << name;
}

/// A result that could not be formed: no value, no probability, zone "not available",
/// and `state` among the reasons.
void expect_not_available(const ScoreResult& result, const std::string& state) {
    EXPECT_FALSE(result.value) << result.model;
    EXPECT_FALSE(result.probability_pct) << result.model;
    EXPECT_EQ(result.zone, "not available") << result.model;
    EXPECT_TRUE(has_state(result, state)) << result.model << " lacks state '" << state << "'";
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Altman

TEST(RiskScoreAltman, ZDoublePrimeWorkedByHandSafe) {
    // X1 = (400,000 - 250,000) / 1,000,000 = 0.15     x 6.56 = 0.984
    // X2 = 300,000 / 1,000,000 = 0.30                  x 3.26 = 0.978
    // X3 = 100,000 / 1,000,000 = 0.10                  x 6.72 = 0.672
    // X4 = 400,000 / 600,000 = 0.666667                x 1.05 = 0.700
    // Z'' = 0.984 + 0.978 + 0.672 + 0.700 = 3.334 > 2.6: safe
    const ScoreResult z = altman_z_double_prime(alpha());
    EXPECT_EQ(z.model, "Altman Z''");
    ASSERT_EQ(z.drivers.size(), 4u);
    expect_ratio(z, "X1", 0.15, 0.984);
    expect_ratio(z, "X2", 0.30, 0.978);
    expect_ratio(z, "X3", 0.10, 0.672);
    expect_ratio(z, "X4", 0.666667, 0.700);
    EXPECT_DOUBLE_EQ(driver(z, "X1").coefficient, 6.56);
    EXPECT_DOUBLE_EQ(driver(z, "X2").coefficient, 3.26);
    EXPECT_DOUBLE_EQ(driver(z, "X3").coefficient, 6.72);
    EXPECT_DOUBLE_EQ(driver(z, "X4").coefficient, 1.05);
    EXPECT_DOUBLE_EQ(z.constant, 0.0);
    ASSERT_TRUE(z.value);
    EXPECT_NEAR(*z.value, 3.334, kTolerance);
    EXPECT_EQ(z.zone, "safe");
    EXPECT_FALSE(z.probability_pct);
    EXPECT_TRUE(z.states.empty());
}

TEST(RiskScoreAltman, ZPrimeAndZWorkedByHand) {
    // Alpha, with X5 = 2,000,000 / 1,000,000 = 2.0.
    // Z' = 0.717 x 0.15 + 0.847 x 0.30 + 3.107 x 0.10 + 0.420 x 0.666667 + 0.998 x 2.0
    //    = 0.10755 + 0.2541 + 0.3107 + 0.28 + 1.996 = 2.94835 > 2.90: safe
    const ScoreResult z_prime = altman_z_prime(alpha());
    ASSERT_EQ(z_prime.drivers.size(), 5u);
    expect_ratio(z_prime, "X1", 0.15, 0.10755);
    expect_ratio(z_prime, "X2", 0.30, 0.2541);
    expect_ratio(z_prime, "X3", 0.10, 0.3107);
    expect_ratio(z_prime, "X4", 0.666667, 0.28);
    expect_ratio(z_prime, "X5", 2.0, 1.996);
    ASSERT_TRUE(z_prime.value);
    EXPECT_NEAR(*z_prime.value, 2.94835, kTolerance);
    EXPECT_EQ(z_prime.zone, "safe");

    // Z = 1.2 x 0.15 + 1.4 x 0.30 + 3.3 x 0.10 + 0.6 x 0.666667 + 1.0 x 2.0
    //   = 0.18 + 0.42 + 0.33 + 0.40 + 2.00 = 3.33 > 2.99: safe
    const ScoreResult z = altman_z(alpha());
    expect_ratio(z, "X1", 0.15, 0.18);
    expect_ratio(z, "X2", 0.30, 0.42);
    expect_ratio(z, "X3", 0.10, 0.33);
    expect_ratio(z, "X4", 0.666667, 0.40);
    expect_ratio(z, "X5", 2.0, 2.0);
    ASSERT_TRUE(z.value);
    EXPECT_NEAR(*z.value, 3.33, kTolerance);
    EXPECT_EQ(z.zone, "safe");
    // The original model wants market value of equity; unlisted, so book equity says so.
    EXPECT_TRUE(has_state(z, "market value of equity not observed (unlisted): book equity used for X4"));
    EXPECT_NE(driver(z, "X4").definition.find("unlisted"), std::string::npos);
    EXPECT_FALSE(has_state(z_prime, "market value of equity not observed (unlisted): book equity used for X4"));
}

TEST(RiskScoreAltman, VariantsDisagreeOnAThinMarginProvider) {
    // Beta: X1 = (200,000 - 300,000) / 1,000,000 = -0.10, X2 = 50,000 / 1,000,000 = 0.05,
    // X3 = 20,000 / 1,000,000 = 0.02, X4 = 200,000 / 800,000 = 0.25, X5 = 1.5.
    // Z'' = -0.656 + 0.163 + 0.1344 + 0.2625 = -0.0961 < 1.1: distress
    // Z'  = -0.0717 + 0.04235 + 0.06214 + 0.105 + 1.497 = 1.63479, 1.23..2.90: grey
    // Z   = -0.12 + 0.07 + 0.066 + 0.15 + 1.5 = 1.666 < 1.81: distress
    const ScoreResult z_double_prime = altman_z_double_prime(beta());
    expect_ratio(z_double_prime, "X1", -0.10, -0.656);
    expect_ratio(z_double_prime, "X2", 0.05, 0.163);
    expect_ratio(z_double_prime, "X3", 0.02, 0.1344);
    expect_ratio(z_double_prime, "X4", 0.25, 0.2625);
    EXPECT_NEAR(*z_double_prime.value, -0.0961, kTolerance);
    EXPECT_EQ(z_double_prime.zone, "distress");

    const ScoreResult z_prime = altman_z_prime(beta());
    EXPECT_NEAR(*z_prime.value, 1.63479, kTolerance);
    EXPECT_EQ(z_prime.zone, "grey");

    const ScoreResult z = altman_z(beta());
    EXPECT_NEAR(*z.value, 1.666, kTolerance);
    EXPECT_EQ(z.zone, "distress");
}

TEST(RiskScoreAltman, ZDoublePrimeGreyFromEquityAlone) {
    // Working capital 0, no retained earnings, no EBIT: only X4 counts.
    // X4 = 600,000 / (100,000 + 200,000) = 2.0, Z'' = 1.05 x 2.0 = 2.1: grey
    Accounts a;
    a.total_assets = 900'000;
    a.current_assets = 100'000;
    a.current_liabilities = 100'000;
    a.non_current_liabilities = 200'000;
    a.net_assets = 600'000;
    a.retained_earnings = 0.0;
    const ScoreResult z = altman_z_double_prime(a);
    expect_ratio(z, "X1", 0.0, 0.0);
    expect_ratio(z, "X4", 2.0, 2.1);
    EXPECT_NEAR(*z.value, 2.1, kTolerance);
    EXPECT_EQ(z.zone, "grey");
}

TEST(RiskScoreAltman, ZoneBoundariesBelongToGrey) {
    // "> 2.6 safe, 1.1-2.6 grey, < 1.1 distress": both limits are grey.
    EXPECT_EQ(altman_zone(2.6, kAltmanZDoublePrimeZones), "grey");
    EXPECT_EQ(altman_zone(2.6 + 1e-9, kAltmanZDoublePrimeZones), "safe");
    EXPECT_EQ(altman_zone(1.1, kAltmanZDoublePrimeZones), "grey");
    EXPECT_EQ(altman_zone(1.1 - 1e-9, kAltmanZDoublePrimeZones), "distress");

    EXPECT_EQ(altman_zone(2.90, kAltmanZPrimeZones), "grey");
    EXPECT_EQ(altman_zone(2.90 + 1e-9, kAltmanZPrimeZones), "safe");
    EXPECT_EQ(altman_zone(1.23, kAltmanZPrimeZones), "grey");
    EXPECT_EQ(altman_zone(1.23 - 1e-9, kAltmanZPrimeZones), "distress");

    EXPECT_EQ(altman_zone(2.99, kAltmanZZones), "grey");
    EXPECT_EQ(altman_zone(2.99 + 1e-9, kAltmanZZones), "safe");
    EXPECT_EQ(altman_zone(1.81, kAltmanZZones), "grey");
    EXPECT_EQ(altman_zone(1.81 - 1e-9, kAltmanZZones), "distress");
}

TEST(RiskScoreAltman, NoRetainedEarningsFiledGivesNoScore) {
    Accounts a = alpha();
    a.retained_earnings.reset();
    for (const ScoreResult& z : {altman_z_double_prime(a), altman_z_prime(a), altman_z(a)}) {
        expect_not_available(z, "no retained earnings filed");
        expect_missing(z, "X2");
        // The ratios that can be formed are still shown.
        expect_ratio(z, "X1", 0.15, 0.15 * driver(z, "X1").coefficient);
    }
}

TEST(RiskScoreAltman, TotalAssetsZeroGivesNoScore) {
    Accounts a = alpha();
    a.total_assets = 0.0;
    const ScoreResult z = altman_z_double_prime(a);
    expect_not_available(z, "total assets not positive");
    expect_missing(z, "X1");
    expect_missing(z, "X2");
    expect_missing(z, "X3");
    // X4 = 400,000 / 600,000 does not need total assets.
    expect_ratio(z, "X4", 0.666667, 0.700);
    expect_missing(altman_z_prime(a), "X5");
}

TEST(RiskScoreAltman, NoLiabilitiesGivesNoX4) {
    // Equity over zero liabilities has no finite value; never a huge X4.
    Accounts a = alpha();
    a.current_liabilities = 0.0;
    a.non_current_liabilities = 0.0;
    a.net_assets = a.total_assets;
    const ScoreResult z = altman_z_double_prime(a);
    expect_not_available(z, "total liabilities not positive");
    expect_missing(z, "X4");
    expect_ratio(z, "X1", 0.40, 2.624);  // 400,000 / 1,000,000 x 6.56
}

TEST(RiskScoreAltman, NegativeEquityAndOperatingLossAreScoredAndStated) {
    // Delta: X1 = (300,000 - 400,000) / 1,000,000 = -0.10   x 6.56 = -0.656
    //        X2 = -250,000 / 1,000,000 = -0.25              x 3.26 = -0.815
    //        X3 = -50,000 / 1,000,000 = -0.05               x 6.72 = -0.336
    //        X4 = -200,000 / 1,200,000 = -0.166667          x 1.05 = -0.175
    // Z'' = -1.982 < 1.1: distress. Negative equity is an input the model was fitted
    // with, so the score stands; the states tell the reader.
    const ScoreResult z = altman_z_double_prime(delta());
    expect_ratio(z, "X4", -0.166667, -0.175);
    ASSERT_TRUE(z.value);
    EXPECT_NEAR(*z.value, -1.982, kTolerance);
    EXPECT_EQ(z.zone, "distress");
    EXPECT_TRUE(has_state(z, "book equity negative"));
    EXPECT_TRUE(has_state(z, "EBIT negative"));
    EXPECT_FALSE(has_state(altman_z_double_prime(alpha()), "EBIT negative"));
}

TEST(RiskScoreAltman, ShortPeriodIsAnnualised) {
    // Alpha filed for 6 months at the same annual rate: EBIT 50,000 x 12 / 6 = 100,000 and
    // sales 1,000,000 x 12 / 6 = 2,000,000, so the scores equal the 12-month ones.
    const Accounts half_year = as_period_of(alpha(), 6);
    const ScoreResult z_double_prime = altman_z_double_prime(half_year);
    EXPECT_NEAR(*z_double_prime.value, 3.334, kTolerance);
    EXPECT_TRUE(has_state(z_double_prime, "EBIT annualised from a 6-month period"));
    const ScoreResult z_prime = altman_z_prime(half_year);
    EXPECT_NEAR(*z_prime.value, 2.94835, kTolerance);
    EXPECT_TRUE(has_state(z_prime, "sales and EBIT annualised from a 6-month period"));
}

TEST(RiskScoreAltman, MoreCurrentLiabilitiesNeverRaisesZDoublePrime) {
    // Assets held, each extra pound owed within a year comes out of equity (net assets =
    // total assets - liabilities): X1 and X4 both fall, so Z'' must not rise, also once
    // equity turns negative.
    Accounts a = alpha();
    double previous_score = std::numeric_limits<double>::infinity();
    for (double current_liabilities = 0.0; current_liabilities <= 3'000'000; current_liabilities += 25'000) {
        a.current_liabilities = current_liabilities;
        a.net_assets = a.total_assets - a.current_liabilities - a.non_current_liabilities;
        const ScoreResult z = altman_z_double_prime(a);
        ASSERT_TRUE(z.value) << current_liabilities;
        EXPECT_LE(*z.value, previous_score) << "current liabilities " << current_liabilities;
        previous_score = *z.value;
    }
}

// ---------------------------------------------------------------------------------------
// Taffler

TEST(RiskScoreTaffler, WorkedByHandNotAtRisk) {
    // Alpha:
    // x1 = 80,000 / 250,000 = 0.32                    x 12.18  =  3.8976
    // x2 = 400,000 / 600,000 = 0.666667               x 2.50   =  1.666667
    // x3 = 250,000 / 1,000,000 = 0.25                 x -10.68 = -2.67
    // x4: daily costs = (1,400,000 + 450,000) / 365 = 5,068.49 a day;
    //     (400,000 - 0 - 250,000) / 5,068.49 = 29.594595 days  x 0.029 = 0.858243
    // z = 3.20 + 3.8976 + 1.666667 - 2.67 + 0.858243 = 6.952510 >= 0: not at risk
    const ScoreResult z = taffler(alpha());
    EXPECT_EQ(z.model, "Taffler z");
    EXPECT_DOUBLE_EQ(z.constant, 3.20);
    expect_ratio(z, "x1", 0.32, 3.8976);
    expect_ratio(z, "x2", 0.666667, 1.666667);
    expect_ratio(z, "x3", 0.25, -2.67);
    expect_ratio(z, "x4", 29.594595, 0.858243);
    EXPECT_DOUBLE_EQ(driver(z, "x3").coefficient, -10.68);
    EXPECT_DOUBLE_EQ(driver(z, "x4").coefficient, 0.029);
    ASSERT_TRUE(z.value);
    EXPECT_NEAR(*z.value, 6.952510, 1e-6);
    EXPECT_EQ(z.zone, "not at risk");
    EXPECT_TRUE(z.states.empty());
}

TEST(RiskScoreTaffler, WorkedByHandAtRisk) {
    // Beta:
    // x1 = -30,000 / 300,000 = -0.10                  x 12.18  = -1.218
    // x2 = 200,000 / 800,000 = 0.25                   x 2.50   =  0.625
    // x3 = 300,000 / 1,000,000 = 0.30                 x -10.68 = -3.204
    // x4 = (200,000 - 300,000) / (1,440,000 / 365) = -25.347222 days  x 0.029 = -0.735069
    // z = 3.20 - 1.218 + 0.625 - 3.204 - 0.735069 = -1.332069 < 0: at risk
    const ScoreResult z = taffler(beta());
    expect_ratio(z, "x1", -0.10, -1.218);
    expect_ratio(z, "x2", 0.25, 0.625);
    expect_ratio(z, "x3", 0.30, -3.204);
    expect_ratio(z, "x4", -25.347222, -0.735069);
    EXPECT_NEAR(*z.value, -1.332069, 1e-6);
    EXPECT_EQ(z.zone, "at risk");
    EXPECT_TRUE(has_state(z, "loss before tax"));
}

TEST(RiskScoreTaffler, ZoneBoundary) {
    EXPECT_EQ(taffler_zone(0.0), "not at risk");
    EXPECT_EQ(taffler_zone(-1e-9), "at risk");
    EXPECT_EQ(taffler_zone(1e-9), "not at risk");
}

TEST(RiskScoreTaffler, ShortPeriodGivesTheSameScore) {
    // Six months at the same rate: PBT 40,000 x 2 = 80,000 (x1 unchanged) and daily costs
    // 925,000 / (6 x 365/12 = 182.5 days) = 5,068.49 a day (x4 unchanged).
    const ScoreResult z = taffler(as_period_of(alpha(), 6));
    EXPECT_NEAR(*z.value, 6.952510, 1e-6);
    expect_ratio(z, "x4", 29.594595, 0.858243);
    EXPECT_TRUE(has_state(z, "profit before tax annualised from a 6-month period"));
}

TEST(RiskScoreTaffler, MissingInputsGiveNoScore) {
    Accounts no_current_liabilities = alpha();
    no_current_liabilities.current_liabilities = 0.0;
    const ScoreResult z1 = taffler(no_current_liabilities);
    expect_not_available(z1, "current liabilities not positive");
    expect_missing(z1, "x1");

    Accounts no_liabilities = no_current_liabilities;
    no_liabilities.non_current_liabilities = 0.0;
    const ScoreResult z2 = taffler(no_liabilities);
    expect_not_available(z2, "total liabilities not positive");
    expect_missing(z2, "x2");

    Accounts no_assets = alpha();
    no_assets.total_assets = 0.0;
    const ScoreResult z3 = taffler(no_assets);
    expect_not_available(z3, "total assets not positive");
    expect_missing(z3, "x3");

    Accounts no_costs = alpha();
    no_costs.staff_costs = 0.0;
    no_costs.other_operating_costs = 0.0;
    const ScoreResult z4 = taffler(no_costs);
    expect_not_available(z4, "operating costs not positive");
    expect_missing(z4, "x4");
}

// ---------------------------------------------------------------------------------------
// Ohlson

TEST(RiskScoreOhlson, WorkedByHandWithPreviousYear) {
    // Alpha, price level 0.5; last year PBT 40,000, tax 10,000, so NI 30,000.
    // NI = 80,000 - 20,000 = 60,000; FFO = 60,000 + 50,000 = 110,000.
    // SIZE  = ln(1.0 / 0.5) = 0.693147                x -0.407  = -0.282111
    // TLTA  = 600,000 / 1,000,000 = 0.60              x 6.03    =  3.618
    // WCTA  = 150,000 / 1,000,000 = 0.15              x -1.43   = -0.2145
    // CLCA  = 250,000 / 400,000 = 0.625               x 0.0757  =  0.0473125
    // OENEG = 0 (600,000 <= 1,000,000)                x -1.72   =  0
    // NITA  = 60,000 / 1,000,000 = 0.06               x -2.37   = -0.1422
    // FUTL  = 110,000 / 600,000 = 0.183333            x -1.83   = -0.3355
    // INTWO = 0 (no losses)                           x 0.285   =  0
    // CHIN  = (60,000 - 30,000) / (60,000 + 30,000) = 0.333333  x -0.521 = -0.173667
    // T = -1.32 - 0.282111 + 3.618 - 0.2145 + 0.0473125 - 0.1422 - 0.3355 - 0.173667
    //   = 1.197335; probability = 1 / (1 + e^-1.197335) = 76.805 %
    Accounts last_year = alpha();
    last_year.profit_before_tax = 40'000;
    last_year.tax = 10'000;
    const ScoreResult o = ohlson(alpha(), &last_year, 0.5);
    EXPECT_EQ(o.model, "Ohlson O-score");
    EXPECT_DOUBLE_EQ(o.constant, -1.32);
    expect_ratio(o, "SIZE", 0.693147, -0.282111);
    expect_ratio(o, "TLTA", 0.60, 3.618);
    expect_ratio(o, "WCTA", 0.15, -0.2145);
    expect_ratio(o, "CLCA", 0.625, 0.0473125);
    expect_ratio(o, "OENEG", 0.0, 0.0);
    expect_ratio(o, "NITA", 0.06, -0.1422);
    expect_ratio(o, "FUTL", 0.183333, -0.3355);
    expect_ratio(o, "INTWO", 0.0, 0.0);
    expect_ratio(o, "CHIN", 0.333333, -0.173667);
    ASSERT_TRUE(o.value);
    EXPECT_NEAR(*o.value, 1.197335, 1e-6);
    ASSERT_TRUE(o.probability_pct);
    EXPECT_NEAR(*o.probability_pct, 76.805, 1e-3);
    EXPECT_EQ(o.zone, "failure predicted");
    EXPECT_TRUE(o.states.empty());
}

TEST(RiskScoreOhlson, WorkedByHandInsolventWithTwoLosses) {
    // Delta, no tax filed (taken as 0), price level 1; last year NI -50,000.
    // NI = -100,000; FFO = -100,000 + 40,000 = -60,000; TL = 1,200,000 > TA = 1,000,000.
    // SIZE  = ln(1.0 / 1.0) = 0                       x -0.407  =  0
    // TLTA  = 1.2                                     x 6.03    =  7.236
    // WCTA  = -100,000 / 1,000,000 = -0.10            x -1.43   =  0.143
    // CLCA  = 400,000 / 300,000 = 1.333333            x 0.0757  =  0.100933
    // OENEG = 1                                       x -1.72   = -1.72
    // NITA  = -0.10                                   x -2.37   =  0.237
    // FUTL  = -60,000 / 1,200,000 = -0.05             x -1.83   =  0.0915
    // INTWO = 1 (losses this year and last)           x 0.285   =  0.285
    // CHIN  = (-100,000 + 50,000) / (100,000 + 50,000) = -0.333333  x -0.521 = 0.173667
    // T = -1.32 + 7.236 + 0.143 + 0.100933 - 1.72 + 0.237 + 0.0915 + 0.285 + 0.173667
    //   = 5.2271; probability = 1 / (1 + e^-5.2271) = 99.466 %
    Accounts last_year = delta();
    last_year.profit_before_tax = -50'000;
    last_year.tax = 0.0;
    const ScoreResult o = ohlson(delta(), &last_year);
    expect_ratio(o, "SIZE", 0.0, 0.0);
    expect_ratio(o, "TLTA", 1.2, 7.236);
    expect_ratio(o, "WCTA", -0.10, 0.143);
    expect_ratio(o, "CLCA", 1.333333, 0.100933);
    expect_ratio(o, "OENEG", 1.0, -1.72);
    expect_ratio(o, "NITA", -0.10, 0.237);
    expect_ratio(o, "FUTL", -0.05, 0.0915);
    expect_ratio(o, "INTWO", 1.0, 0.285);
    expect_ratio(o, "CHIN", -0.333333, 0.173667);
    EXPECT_NEAR(*o.value, 5.2271, 1e-6);
    EXPECT_NEAR(*o.probability_pct, 99.466, 1e-3);
    EXPECT_EQ(o.zone, "failure predicted");
    EXPECT_TRUE(has_state(o, "no tax filed: net income taken as profit before tax"));
    EXPECT_FALSE(has_state(o, "previous year: no tax filed, net income taken as profit before tax"));
    EXPECT_TRUE(has_state(o, "net loss"));
    EXPECT_TRUE(has_state(o, "total liabilities exceed total assets"));
}

TEST(RiskScoreOhlson, WithoutPreviousYearTrendTermsAreZeroAndStated) {
    // Alpha at price level 0.5 as above but INTWO = CHIN = 0:
    // T = 1.197335 + 0.173667 = 1.371002; probability = 1 / (1 + e^-1.371002) = 79.754 %
    const ScoreResult o = ohlson(alpha(), nullptr, 0.5);
    expect_ratio(o, "INTWO", 0.0, 0.0);
    expect_ratio(o, "CHIN", 0.0, 0.0);
    EXPECT_NEAR(*o.value, 1.371002, 1e-6);
    EXPECT_NEAR(*o.probability_pct, 79.754, 1e-3);
    EXPECT_TRUE(has_state(o, "no previous year's accounts: two-year loss indicator taken as 0"));
    EXPECT_TRUE(has_state(o, "no previous year's accounts: change in net income taken as 0"));
}

TEST(RiskScoreOhlson, SizeUsesPoundsMillionsOverPriceLevel) {
    // Total assets £4,000,000: SIZE = ln(4) = 1.386294 at the default price level 1,
    // ln(4 / 2) = 0.693147 at price level 2.
    Accounts a = alpha();
    a.total_assets = 4'000'000;
    expect_ratio(ohlson(a, nullptr), "SIZE", 1.386294, -0.407 * 1.386294);
    expect_ratio(ohlson(a, nullptr, 2.0), "SIZE", 0.693147, -0.407 * 0.693147);
    expect_not_available(ohlson(a, nullptr, 0.0), "price level not positive");
}

TEST(RiskScoreOhlson, ZoneIsMoreProbableThanNot) {
    EXPECT_EQ(ohlson_zone(50.0), "failure not predicted");
    EXPECT_EQ(ohlson_zone(50.0 + 1e-9), "failure predicted");
    EXPECT_EQ(ohlson_zone(3.0), "failure not predicted");
}

TEST(RiskScoreOhlson, MissingInputsGiveNoScore) {
    Accounts no_assets = alpha();
    no_assets.total_assets = 0.0;
    const ScoreResult o1 = ohlson(no_assets, nullptr);
    expect_not_available(o1, "total assets not positive");
    for (const char* name : {"SIZE", "TLTA", "WCTA", "NITA"}) expect_missing(o1, name);

    Accounts no_liabilities = alpha();
    no_liabilities.current_liabilities = 0.0;
    no_liabilities.non_current_liabilities = 0.0;
    const ScoreResult o2 = ohlson(no_liabilities, nullptr);
    expect_not_available(o2, "total liabilities not positive");
    expect_missing(o2, "FUTL");

    Accounts no_current_assets = alpha();
    no_current_assets.current_assets = 0.0;
    const ScoreResult o3 = ohlson(no_current_assets, nullptr);
    expect_not_available(o3, "current assets not positive");
    expect_missing(o3, "CLCA");
}

TEST(RiskScoreOhlson, NetIncomeZeroInBothYearsIsNoChange) {
    // CHIN = 0 / 0 is read as no change, and said.
    Accounts a = alpha();
    a.profit_before_tax = 0.0;
    a.tax = 0.0;
    const ScoreResult o = ohlson(a, &a);
    expect_ratio(o, "CHIN", 0.0, 0.0);
    EXPECT_TRUE(o.value);
    EXPECT_TRUE(has_state(o, "net income 0 in both years: change in net income taken as 0"));
}

// ---------------------------------------------------------------------------------------
// Merton

TEST(RiskScoreMerton, DomainWorkedExample) {
    // V = 850, F = 600, mu = 8 %, sigma = 25 %, T = 1:
    // ln(850 / 600) = 0.348307; (0.08 - 0.25^2 / 2) x 1 = 0.04875; sigma sqrt(T) = 0.25
    // DD = (0.348307 + 0.04875) / 0.25 = 1.588227; PD = N(-1.588227) = 5.6118 %
    const ScoreResult m = merton(850, 600, 0.08, 0.25, 1.0);
    EXPECT_EQ(m.model, "Merton distance to default");
    ASSERT_TRUE(m.value);
    EXPECT_NEAR(*m.value, 1.588, 5e-4);  // DOMAIN.md: DD ~ 1.588
    EXPECT_NEAR(*m.value, 1.588227, 1e-6);
    ASSERT_TRUE(m.probability_pct);
    EXPECT_NEAR(*m.probability_pct, 5.6, 0.05);  // DOMAIN.md: PD ~ 5.6 %
    EXPECT_NEAR(*m.probability_pct, 5.6118, 1e-4);
    EXPECT_EQ(m.zone, "default not predicted");
    // Each term over sigma sqrt(T) = 0.25, i.e. coefficient 4.
    expect_ratio(m, "leverage", 0.348307, 1.393227);
    expect_ratio(m, "drift", 0.04875, 0.195);
    EXPECT_DOUBLE_EQ(driver(m, "leverage").coefficient, 4.0);
}

TEST(RiskScoreMerton, LongerHorizonWorkedByHand) {
    // T = 4: drift term 0.04875 x 4 = 0.195; sigma sqrt(T) = 0.25 x 2 = 0.5
    // DD = (0.348307 + 0.195) / 0.5 = 1.086613; PD = N(-1.086613) = 13.8604 %
    const ScoreResult m = merton(850, 600, 0.08, 0.25, 4.0);
    EXPECT_NEAR(*m.value, 1.086613, 1e-6);
    EXPECT_NEAR(*m.probability_pct, 13.8604, 1e-4);
}

TEST(RiskScoreMerton, DebtAboveAssetsPredictsDefault) {
    // V = 500, F = 600, mu = 0, sigma = 25 %, T = 1:
    // DD = (ln(500 / 600) - 0.03125) / 0.25 = (-0.182322 - 0.03125) / 0.25 = -0.854286
    // PD = N(0.854286) = 80.353 %
    const ScoreResult m = merton(500, 600, 0.0, 0.25, 1.0);
    EXPECT_NEAR(*m.value, -0.854286, 1e-6);
    EXPECT_NEAR(*m.probability_pct, 80.353, 1e-3);
    EXPECT_EQ(m.zone, "default predicted");
    EXPECT_EQ(merton_zone(50.0), "default not predicted");
    EXPECT_EQ(merton_zone(50.0 + 1e-9), "default predicted");
}

TEST(RiskScoreMerton, HigherDebtFaceNeverLowersDefaultProbability) {
    double previous_pd = 0.0;
    for (double debt_face = 50.0; debt_face <= 5'000.0; debt_face += 50.0) {
        const ScoreResult m = merton(850, debt_face, 0.08, 0.25, 1.0);
        ASSERT_TRUE(m.probability_pct) << debt_face;
        EXPECT_GE(*m.probability_pct, previous_pd) << "debt face " << debt_face;
        previous_pd = *m.probability_pct;
    }
    EXPECT_GT(previous_pd, 99.0);  // F = 5,000 against V = 850: DD = -6.89
}

TEST(RiskScoreMerton, InvalidInputsGiveNoScore) {
    expect_not_available(merton(0, 600, 0.08, 0.25, 1.0), "asset value not positive");
    expect_not_available(merton(850, 0, 0.08, 0.25, 1.0), "debt face value not positive");
    expect_not_available(merton(850, 600, 0.08, 0.0, 1.0), "asset volatility not positive");
    expect_not_available(merton(850, 600, 0.08, 0.25, 0.0), "horizon not positive");
    // With no scale the leverage ratio is still shown, but no contribution.
    const ScoreResult m = merton(850, 600, 0.08, 0.0, 1.0);
    const ScoreDriver& leverage = driver(m, "leverage");
    ASSERT_TRUE(leverage.ratio);
    EXPECT_NEAR(*leverage.ratio, 0.348307, 1e-6);
    EXPECT_FALSE(leverage.contribution);
}

// ---------------------------------------------------------------------------------------
// Every model: the value is the constant plus the drivers' contributions, and each
// contribution is the coefficient times the ratio, so a brief's table adds up.

TEST(RiskScoreExplanation, ContributionsAddUpToTheValue) {
    Accounts last_year = alpha();
    last_year.profit_before_tax = 40'000;
    const std::vector<ScoreResult> results = {
        altman_z_double_prime(beta()), altman_z_prime(beta()), altman_z(beta()), taffler(beta()),
        ohlson(beta(), &last_year), merton(850, 600, 0.08, 0.25, 2.0)};
    for (const ScoreResult& result : results) {
        ASSERT_TRUE(result.value) << result.model;
        double sum = result.constant;
        for (const ScoreDriver& d : result.drivers) {
            ASSERT_TRUE(d.ratio && d.contribution) << result.model << " " << d.name;
            EXPECT_DOUBLE_EQ(*d.contribution, d.coefficient * *d.ratio) << result.model << " " << d.name;
            EXPECT_FALSE(d.definition.empty()) << result.model << " " << d.name;
            sum += *d.contribution;
        }
        EXPECT_NEAR(*result.value, sum, 1e-12) << result.model;
    }
}
