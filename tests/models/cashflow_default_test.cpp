// Cash-flow default simulation (DOMAIN.md §3). Deterministic cases (volatility 0) are
// worked by hand in the comments, quarter by quarter, following the steps of
// models/cashflow_default/cashflow_default.hpp; the random cases test properties
// (monotonicity, insensitivity, reproducibility) that hold because every provider and
// scenario sees the same normals.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "models/cashflow_default/cashflow_default.hpp"
#include "models/provider_accounts/provider_accounts.hpp"

using namespace oversight;

namespace {

const Date kAsOf = Date::from_ymd(2025, 3, 31);
const Date kLate = Date::from_ymd(2031, 3, 31);  // beyond the three-year horizon

constexpr double kM = 1'000'000.0;

Facility fixed_loan(const std::string& id, double drawn, double rate_pct, Date maturity,
                    std::optional<double> max_leverage = std::nullopt) {
    Facility f;
    f.facility_id = id;
    f.entity_id = "P";
    f.kind = FacilityKind::TermLoan;
    f.drawn = drawn;
    f.rate_type = RateType::Fixed;
    f.fixed_rate_pct = rate_pct;
    f.start_date = Date::from_ymd(2022, 3, 31);
    f.maturity_date = maturity;
    f.amortisation = Amortisation::Bullet;
    f.covenant_max_net_leverage = max_leverage;
    f.as_of = kAsOf;
    return f;
}

Facility floating_loan(const std::string& id, double drawn, double margin_bps, std::optional<double> max_leverage,
                       double hedged_pct = 0.0) {
    Facility f = fixed_loan(id, drawn, 0.0, kLate, max_leverage);
    f.rate_type = RateType::SoniaFloating;
    f.fixed_rate_pct.reset();
    f.margin_bps = margin_bps;
    f.hedged_pct = hedged_pct;
    return f;
}

Facility revolver(const std::string& id, double limit, double drawn, double margin_bps,
                  std::optional<double> max_leverage, double hedged_pct = 0.0) {
    Facility f = floating_loan(id, drawn, margin_bps, max_leverage, hedged_pct);
    f.kind = FacilityKind::RevolvingCredit;
    f.limit = limit;
    return f;
}

/// One provider with one year of accounts: EBITDA `ebitda`, cash `cash`; tax 25 %,
/// maintenance capex 10 % of EBITDA, SONIA 4.5 %.
CashflowDefaultInputs provider(double ebitda, double cash, std::vector<Facility> facilities = {}) {
    CashflowDefaultInputs in;
    in.provider_id = "P";
    in.name = "Provider";
    in.as_of = kAsOf;
    in.ebitda_history = {{2024, ebitda}};
    in.cash = cash;
    in.facilities = std::move(facilities);
    in.sonia_pct = 4.5;
    in.hedge_swap_rate_pct = 2.0;
    in.tax_rate_pct = 25.0;
    in.maintenance_capex = 0.1 * std::max(ebitda, 0.0);
    return in;
}

/// Volatility 0: every path is the base case, so a PD is 0 or 100.
CashflowDefaultAssumptions deterministic() {
    CashflowDefaultAssumptions a;
    a.sector_ebitda_volatility_pct = 0.0;
    a.paths = 50;
    return a;
}

/// The leveraged provider of the monotonicity tests: EBITDA £10m (one year of history,
/// so the sector volatility), cash £2m, a floating term loan of `debt` at SONIA + 500 bps
/// and an undrawn £5m revolver at SONIA + 450 bps, both with a 6.5x net leverage
/// covenant and maturing after the horizon.
CashflowDefaultInputs leveraged(double debt, double sonia_pct = 4.5, double hedged_pct = 0.0) {
    CashflowDefaultInputs in = provider(10 * kM, 2 * kM,
                                        {floating_loan("TLB", debt, 500, 6.5, hedged_pct),
                                         revolver("RCF", 5 * kM, 0.0, 450, 6.5, hedged_pct)});
    in.sonia_pct = sonia_pct;
    return in;
}

bool has_state(const CashflowDefaultResult& r, const std::string& state) {
    for (const auto& s : r.states)
        if (s == state) return true;
    return false;
}

}  // namespace

TEST(CashflowDefaultStates, NoDebtAndPositiveEbitdaNeverDefaults) {
    // EBITDA £1m, cash £0.1m, no facilities, sector volatility 20 % (£0.2m a year, so the
    // run rate moves £0.1m a quarter). Cash falls in a quarter only when the run rate is
    // below the £0.1m capex, a fall of 9 quarterly standard deviations; and by then the
    // earlier quarters have added well over £1m of cash, which a run rate that falls
    // £0.1m a quarter (1 sd) cannot burn within 12 quarters. PD 0 on any path.
    const auto r = simulate_cashflow_default(provider(1 * kM, 0.1 * kM), CashflowDefaultAssumptions{});
    ASSERT_TRUE(r.pd_1y_pct && r.pd_3y_pct);
    EXPECT_EQ(*r.pd_1y_pct, 0.0);
    EXPECT_EQ(*r.pd_3y_pct, 0.0);
    EXPECT_EQ(r.paths, 10000);
    EXPECT_TRUE(has_state(r, "no facilities: no debt service"));
    EXPECT_EQ(r.annual_debt_service, 0.0);
    EXPECT_EQ(r.volatility_source, VolatilitySource::Sector);
    EXPECT_DOUBLE_EQ(r.volatility_pct, 20.0);
    EXPECT_DOUBLE_EQ(r.volatility_gbp, 0.2 * kM);
}

TEST(CashflowDefaultStates, NoAccountsGivesNoProbability) {
    CashflowDefaultInputs in = provider(1 * kM, 0.0, {fixed_loan("T", 5 * kM, 8.0, kLate)});
    in.ebitda_history.clear();
    const auto r = simulate_cashflow_default(in, CashflowDefaultAssumptions{});
    EXPECT_FALSE(r.pd_1y_pct);
    EXPECT_FALSE(r.pd_3y_pct);
    EXPECT_TRUE(has_state(r, "no accounts"));
    EXPECT_DOUBLE_EQ(r.annual_debt_service, 0.4 * kM);  // 5m x 8 %: still reported
}

TEST(CashflowDefaultStates, NegativeEbitdaBurnsCashUntilItRunsOut) {
    // EBITDA -£1m, no facilities, cash £2m, capex 0 (10 % of max(E0, 0)), no tax on a
    // loss: cash falls £0.25m a quarter: 1.75, 1.50, ... 0 after quarter 8 (0 is not
    // < 0), -0.25 after quarter 9: liquidity default in the third year.
    const auto r = simulate_cashflow_default(provider(-1 * kM, 2 * kM), deterministic());
    EXPECT_TRUE(has_state(r, "EBITDA negative"));
    EXPECT_TRUE(has_state(r, "no facilities: no debt service"));
    EXPECT_EQ(*r.pd_1y_pct, 0.0);
    EXPECT_EQ(*r.pd_3y_pct, 100.0);
    EXPECT_EQ(r.liquidity_share_pct, 100.0);
}

TEST(CashflowDefaultDeterministic, LeverageAboveTheCovenantDefaultsAtTheSecondTestDate) {
    // EBITDA £4m, £30m fixed at 8 % bullet after the horizon, covenant 7.0x, cash 0.
    // Per quarter: EBITDA 1.0, capex 0.1, interest 30 x 8 % / 4 = 0.6,
    // tax 25 % x (1.0 - 0.1 - 0.6) = 0.075, cash flow 1.0 - 0.075 - 0.1 - 0.6 = 0.225.
    // Q1: net debt 30 - 0.225 = 29.775, trailing EBITDA 4.0: 7.44x > 7.0x, breach.
    // Q2: 29.55 / 4.0 = 7.39x, breach again: covenant default at quarter 2 on every path.
    const auto r = simulate_cashflow_default(provider(4 * kM, 0.0, {fixed_loan("T", 30 * kM, 8.0, kLate, 7.0)}),
                                             deterministic());
    EXPECT_EQ(*r.pd_1y_pct, 100.0);
    EXPECT_EQ(*r.pd_3y_pct, 100.0);
    EXPECT_EQ(r.covenant_defaults, 50);
    EXPECT_EQ(r.liquidity_defaults, 0);
    EXPECT_EQ(r.covenant_share_pct, 100.0);
    EXPECT_DOUBLE_EQ(r.base_ebitda, 4 * kM);
    EXPECT_DOUBLE_EQ(r.net_debt, 30 * kM);
    EXPECT_DOUBLE_EQ(r.cash_interest, 2.4 * kM);
    EXPECT_EQ(r.scheduled_amortisation, 0.0);
    EXPECT_DOUBLE_EQ(r.annual_debt_service, 2.4 * kM);
    EXPECT_EQ(r.max_net_leverage, 7.0);
}

TEST(CashflowDefaultDeterministic, LeverageJustInsideTheCovenantNeverDefaults) {
    // £28m: 7.0x at as_of (not a test date). Interest 0.56, tax 25 % x (0.9 - 0.56) =
    // 0.085, cash flow 0.9 - 0.085 - 0.56 = 0.255. Q1: 27.745 / 4 = 6.94x <= 7.0x, and
    // net debt only falls after: PD 0.
    const auto r = simulate_cashflow_default(provider(4 * kM, 0.0, {fixed_loan("T", 28 * kM, 8.0, kLate, 7.0)}),
                                             deterministic());
    EXPECT_EQ(*r.pd_1y_pct, 0.0);
    EXPECT_EQ(*r.pd_3y_pct, 0.0);
}

TEST(CashflowDefaultDeterministic, OneBreachCuredNextQuarterIsNoDefault) {
    // £28.3m. Cash flow = 0.75 x (0.9 - 0.02 x 28.3) = 0.75 x 0.334 = 0.2505 a quarter.
    // Q1: 28.3 - 0.2505 = 28.0495 / 4 = 7.012x: breach. Q2: 27.799 / 4 = 6.950x: cured.
    const auto r = simulate_cashflow_default(provider(4 * kM, 0.0, {fixed_loan("T", 28.3 * kM, 8.0, kLate, 7.0)}),
                                             deterministic());
    EXPECT_EQ(*r.pd_3y_pct, 0.0);
}

TEST(CashflowDefaultDeterministic, MaturityIsRefinancedOnlyWhenTheCovenantPasses) {
    // The £30m loan of the breach case now matures on 2025-06-30 (quarter 1). At 7.0x the
    // Q1 test fails (7.44x), so it is not refinanced: cash 0.225 - 30 = -29.775, no
    // undrawn facility: liquidity default at quarter 1.
    const Date q1 = Date::from_ymd(2025, 6, 30);
    const auto refused = simulate_cashflow_default(provider(4 * kM, 0.0, {fixed_loan("T", 30 * kM, 8.0, q1, 7.0)}),
                                                   deterministic());
    EXPECT_EQ(*refused.pd_1y_pct, 100.0);
    EXPECT_EQ(refused.liquidity_share_pct, 100.0);
    EXPECT_EQ(refused.facilities_maturing, 1);
    // With an 8.0x covenant the Q1 test passes (7.44x): refinanced on the same terms,
    // net debt falls 0.225 a quarter, never above 7.44x: PD 0.
    const auto refinanced = simulate_cashflow_default(
        provider(4 * kM, 0.0, {fixed_loan("T", 30 * kM, 8.0, q1, 8.0)}), deterministic());
    EXPECT_EQ(*refinanced.pd_3y_pct, 0.0);
}

TEST(CashflowDefaultDeterministic, LiquidityDefaultWhenCashAndRevolverRunOut) {
    // EBITDA £1m, cash £0.5m, £20m fixed at 8 % (no covenant), an undrawn £0.3m revolver
    // at 8 % fixed. A quarter: EBITDA 0.25, capex 0.025, interest 0.4, no tax (loss):
    // cash flow -0.175. Cash: Q1 0.325, Q2 0.150, Q3 -0.025 (+0.3 undrawn = 0.275).
    // Q4: overdraft interest 0.025 x 8 % / 4 = 0.0005, cash -0.2005 (+0.3 = 0.0995).
    // Q5: overdraft interest 0.2005 x 2 % = 0.00401, cash -0.37951, + 0.3 = -0.0795 < 0:
    // liquidity default in quarter 5 — none within one year, all within three.
    Facility rcf = fixed_loan("RCF", 0.0, 8.0, kLate);
    rcf.kind = FacilityKind::RevolvingCredit;
    rcf.limit = 0.3 * kM;
    const auto r = simulate_cashflow_default(provider(1 * kM, 0.5 * kM, {fixed_loan("T", 20 * kM, 8.0, kLate), rcf}),
                                             deterministic());
    EXPECT_EQ(*r.pd_1y_pct, 0.0);
    EXPECT_EQ(*r.pd_3y_pct, 100.0);
    EXPECT_EQ(r.liquidity_share_pct, 100.0);
    EXPECT_DOUBLE_EQ(r.undrawn_committed, 0.3 * kM);
    EXPECT_DOUBLE_EQ(r.annual_debt_service, 1.6 * kM);
    EXPECT_FALSE(r.max_net_leverage);
}

TEST(CashflowDefaultDeterministic, LinearAmortisationIsDebtService) {
    // £12m at 5 % fixed, linear, quarterly, maturing 2028-03-31: instalments on
    // 2028-03-31 minus 0, 3, ..., 33 months (2025-06-30 is the first after as_of): 12 of
    // £1m. First year: 4 instalments = £4m; interest at as_of 12 x 5 % = £0.6m; debt
    // service £4.6m. The last instalment clears the loan at maturity: nothing to refinance.
    Facility loan = fixed_loan("T", 12 * kM, 5.0, Date::from_ymd(2028, 3, 31));
    loan.amortisation = Amortisation::Linear;
    loan.frequency_months = 3;
    const auto r = simulate_cashflow_default(provider(10 * kM, 1 * kM, {loan}), deterministic());
    EXPECT_DOUBLE_EQ(r.scheduled_amortisation, 4 * kM);
    EXPECT_DOUBLE_EQ(r.cash_interest, 0.6 * kM);
    EXPECT_DOUBLE_EQ(r.annual_debt_service, 4.6 * kM);
    EXPECT_EQ(r.facilities_maturing, 0);
    EXPECT_EQ(*r.pd_3y_pct, 0.0);  // EBITDA 10 - capex 1 covers 4.6 and tax
}

TEST(CashflowDefaultDeterministic, LiquidityCoverOfWhatFallsDueInAYear) {
    // The linear loan above: (cash 1m + no undrawn) / (debt service 4.6m + nothing
    // maturing) = 0.217391.
    Facility loan = fixed_loan("T", 12 * kM, 5.0, Date::from_ymd(2028, 3, 31));
    loan.amortisation = Amortisation::Linear;
    loan.frequency_months = 3;
    const auto r = simulate_cashflow_default(provider(10 * kM, 1 * kM, {loan}), deterministic());
    ASSERT_TRUE(r.liquidity_cover);
    EXPECT_NEAR(*r.liquidity_cover, 1.0 / 4.6, 1e-12);
    // A bullet £3m at 6 % maturing within the year: cover = 1m / (0.18m + 3m) = 0.314465.
    const auto bullet = simulate_cashflow_default(
        provider(10 * kM, 1 * kM, {fixed_loan("B", 3 * kM, 6.0, Date::from_ymd(2025, 12, 31))}), deterministic());
    EXPECT_DOUBLE_EQ(bullet.maturing_1y, 3 * kM);
    ASSERT_TRUE(bullet.liquidity_cover);
    EXPECT_NEAR(*bullet.liquidity_cover, 1.0 / 3.18, 1e-12);
    EXPECT_FALSE(simulate_cashflow_default(provider(10 * kM, 1 * kM), deterministic()).liquidity_cover);
}

TEST(CashflowDefaultStates, BankDebtMissingFromFacilitiesGivesNoProbability) {
    // The accounts owe the bank £10m; facilities.csv describes £2m of it.
    CashflowDefaultInputs in = provider(3 * kM, 1 * kM, {fixed_loan("T", 2 * kM, 6.0, Date::from_ymd(2030, 3, 31))});
    in.accounts_bank_debt = 10 * kM;
    const auto r = simulate_cashflow_default(in, deterministic());
    EXPECT_FALSE(r.pd_1y_pct.has_value());
    EXPECT_TRUE(has_state(r, "bank debt in the accounts (GBP 10000000) is not described in facilities.csv "
                             "(GBP 2000000): no default probability"));
    // £2.15m against £2m: within 10 % (and the £50,000 floor does not matter): simulated.
    in.accounts_bank_debt = 2.15 * kM;
    EXPECT_TRUE(simulate_cashflow_default(in, deterministic()).pd_1y_pct.has_value());
}

TEST(CashflowDefaultDeterministic, RatePathMovesOnlyItsYearAndTheUnhedgedShare) {
    // EBITDA £4m, cash £0.2m, £30m floating at SONIA 4.5 % + 500 bps (9.5 %), no covenant.
    // A quarter at the flat rate: EBITDA 1.0, capex 0.1, interest 0.7125, tax 25 % of
    // 0.1875 = 0.046875: cash +0.140625, never a default.
    // SONIA +800 bps (17.5 %): interest 1.3125, no tax, cash −0.4125 a quarter.
    //  - in year 1: Q1 cash 0.2 − 0.4125 < 0, a liquidity default within the year;
    //  - in year 2 only: cash 0.7625 after Q4, 0.35 after Q5, −0.0625 after Q6: a default
    //    within three years but not within one;
    //  - fully hedged (swap 2 % + 500 bps = 7 %, the path does not reach it): interest
    //    0.525, tax 0.09375, cash +0.28125: no default.
    const Facility loan = floating_loan("T", 30 * kM, 500, std::nullopt);
    CashflowDefaultInputs in = provider(4 * kM, 0.2 * kM, {loan});
    EXPECT_EQ(*simulate_cashflow_default(in, deterministic()).pd_3y_pct, 0.0);
    in.sonia_shift_bp_by_year = {800, 800, 800};
    const auto every_year = simulate_cashflow_default(in, deterministic());
    EXPECT_EQ(*every_year.pd_1y_pct, 100.0);
    EXPECT_EQ(every_year.liquidity_share_pct, 100.0);
    EXPECT_DOUBLE_EQ(every_year.cash_interest, 30 * kM * 0.095);  // at as_of: the flat rate
    in.sonia_shift_bp_by_year = {0, 800, 0};
    const auto second_year = simulate_cashflow_default(in, deterministic());
    EXPECT_EQ(*second_year.pd_1y_pct, 0.0);
    EXPECT_EQ(*second_year.pd_3y_pct, 100.0);
    CashflowDefaultInputs hedged = provider(4 * kM, 0.2 * kM, {floating_loan("T", 30 * kM, 500, std::nullopt, 100.0)});
    hedged.sonia_shift_bp_by_year = {800, 800, 800};
    EXPECT_EQ(*simulate_cashflow_default(hedged, deterministic()).pd_3y_pct, 0.0);
}

TEST(CashflowDefaultDeterministic, RatePathFloorsSoniaAtZero) {
    // EBITDA £1.6m, cash £0.1m, £30m at SONIA 4.5 % + 500 bps, SONIA −1,000 bps: floored at
    // 0, the loan pays 5 %, 0.375 a quarter; EBITDA 0.4, capex 0.04, no tax: cash −0.015 a
    // quarter, −0.005 after Q7, a default within three years. Unfloored it would pay −0.5 %
    // and the cash would grow.
    CashflowDefaultInputs in = provider(1.6 * kM, 0.1 * kM, {floating_loan("T", 30 * kM, 500, std::nullopt)});
    in.sonia_shift_bp_by_year = {-1000, -1000, -1000};
    const auto r = simulate_cashflow_default(in, deterministic());
    EXPECT_EQ(*r.pd_1y_pct, 0.0);
    EXPECT_EQ(*r.pd_3y_pct, 100.0);
}

TEST(CashflowDefaultDeterministic, LevyIsACashCostAfterTaxNotInEbitda) {
    // The provider above at the flat rate (cash +0.140625 a quarter) with a levy of £0.64m a
    // year, 0.16 a quarter: cash −0.019375 a quarter, 0.00625 after Q10 and −0.013125 after
    // Q11: a default in year 3. Were the levy deductible, tax would fall by 25 % × 0.16 and
    // cash would rise by 0.020625 a quarter: no default.
    CashflowDefaultInputs in = provider(4 * kM, 0.2 * kM, {floating_loan("T", 30 * kM, 500, std::nullopt)});
    in.annual_levy = 0.64 * kM;
    const auto r = simulate_cashflow_default(in, deterministic());
    EXPECT_EQ(*r.pd_1y_pct, 0.0);
    EXPECT_EQ(*r.pd_3y_pct, 100.0);
    EXPECT_DOUBLE_EQ(r.base_ebitda, 4 * kM);
}

TEST(CashflowDefaultDeterministic, PikShareholderLoansAreNeitherCashNorCovenantDebt) {
    // The just-inside case (£28m, 7.0x, PD 0) plus £50m of PIK shareholder loan notes at
    // 12 %: no cash interest (rolled up), excluded from covenant net debt: still PD 0 and
    // the same debt service.
    Facility notes = fixed_loan("PIK", 50 * kM, 12.0, Date::from_ymd(2026, 3, 31));
    notes.kind = FacilityKind::ShareholderLoan;
    notes.pik = true;
    const auto r = simulate_cashflow_default(
        provider(4 * kM, 0.0, {fixed_loan("T", 28 * kM, 8.0, kLate, 7.0), notes}), deterministic());
    EXPECT_EQ(*r.pd_3y_pct, 0.0);
    EXPECT_DOUBLE_EQ(r.annual_debt_service, 28 * kM * 0.08);
    EXPECT_DOUBLE_EQ(r.covenant_debt, 28 * kM);
    EXPECT_EQ(r.facilities_maturing, 0);  // shareholder loans are extended
}

TEST(CashflowDefaultVolatility, OwnHistoryWithFourYears) {
    // EBITDA 10, 12, 11, 14 (£m): changes +2, -1, +3, mean 4/3; deviations 2/3, -7/3, 5/3;
    // squares 4/9 + 49/9 + 25/9 = 78/9; / (3 - 1) = 13/3; sd = sqrt(13/3) = 2.0817m;
    // as a share of the base 14: 14.869 %.
    CashflowDefaultInputs in = provider(14 * kM, 1 * kM);
    in.ebitda_history = {{2021, 10 * kM}, {2022, 12 * kM}, {2023, 11 * kM}, {2024, 14 * kM}};
    const auto r = simulate_cashflow_default(in, CashflowDefaultAssumptions{});
    EXPECT_EQ(r.volatility_source, VolatilitySource::OwnHistory);
    EXPECT_EQ(r.history_changes, 3);
    EXPECT_NEAR(r.volatility_gbp, std::sqrt(13.0 / 3.0) * kM, 1e-6);
    EXPECT_NEAR(r.volatility_pct, 14.869, 0.001);
    EXPECT_STREQ(volatility_source_name(r.volatility_source), "own history");

    // Five years required: the sector's 20 % of 14m = 2.8m.
    CashflowDefaultAssumptions five;
    five.min_history_years = 5;
    const auto sector = simulate_cashflow_default(in, five);
    EXPECT_EQ(sector.volatility_source, VolatilitySource::Sector);
    EXPECT_DOUBLE_EQ(sector.volatility_gbp, 2.8 * kM);

    // A gap (2019, 2021, 2022, 2023): only two changes between consecutive years.
    in.ebitda_history = {{2019, 10 * kM}, {2021, 12 * kM}, {2022, 11 * kM}, {2023, 14 * kM}};
    const auto gap = simulate_cashflow_default(in, CashflowDefaultAssumptions{});
    EXPECT_EQ(gap.volatility_source, VolatilitySource::Sector);
    EXPECT_EQ(gap.history_changes, 2);
}

TEST(CashflowDefaultMonotonicity, MoreDebtNeverLowersThePd) {
    const CashflowDefaultAssumptions a;
    double previous_1y = -1, previous_3y = -1;
    for (double debt = 30; debt <= 75; debt += 5) {
        const auto r = simulate_cashflow_default(leveraged(debt * kM), a);
        EXPECT_GE(*r.pd_1y_pct, previous_1y) << debt;
        EXPECT_GE(*r.pd_3y_pct, previous_3y) << debt;
        previous_1y = *r.pd_1y_pct;
        previous_3y = *r.pd_3y_pct;
    }
    EXPECT_GT(previous_3y, *simulate_cashflow_default(leveraged(30 * kM), a).pd_3y_pct);
}

TEST(CashflowDefaultMonotonicity, HigherVolatilityNeverLowersThePdOfALeveragedProvider) {
    // £55m: (55 - 2) / 10 = 5.3x against 6.5x, healthy in the base case (cash flow
    // positive), so every default comes from the EBITDA paths' spread.
    CashflowDefaultAssumptions a;
    double previous = -1;
    for (double sigma : {0.0, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 60.0}) {
        a.sector_ebitda_volatility_pct = sigma;
        const auto r = simulate_cashflow_default(leveraged(55 * kM), a);
        EXPECT_GE(*r.pd_3y_pct, previous) << sigma;
        if (sigma == 0.0) {
            EXPECT_EQ(*r.pd_3y_pct, 0.0);
        }
        previous = *r.pd_3y_pct;
    }
    EXPECT_GT(previous, 0.0);
}

TEST(CashflowDefaultMonotonicity, HigherSoniaNeverLowersThePdOfAnUnhedgedBorrower) {
    const CashflowDefaultAssumptions a;
    double previous = -1;
    for (double sonia = 0.0; sonia <= 10.0; sonia += 1.0) {
        const auto r = simulate_cashflow_default(leveraged(55 * kM, sonia), a);
        EXPECT_GE(*r.pd_3y_pct, previous) << sonia;
        previous = *r.pd_3y_pct;
    }
    EXPECT_GT(previous, *simulate_cashflow_default(leveraged(55 * kM, 0.0), a).pd_3y_pct);
}

TEST(CashflowDefaultMonotonicity, FullyHedgedPdIgnoresSonia) {
    // Hedged 100 %: every floating facility pays swap 2 % + margin, whatever SONIA is.
    const CashflowDefaultAssumptions a;
    const auto at_low = simulate_cashflow_default(leveraged(55 * kM, 1.0, 100.0), a);
    const auto at_high = simulate_cashflow_default(leveraged(55 * kM, 9.0, 100.0), a);
    EXPECT_EQ(at_low.defaults_1y, at_high.defaults_1y);
    EXPECT_EQ(at_low.defaults_3y, at_high.defaults_3y);
    EXPECT_DOUBLE_EQ(at_low.cash_interest, at_high.cash_interest);
    EXPECT_DOUBLE_EQ(at_low.cash_interest, 55 * kM * 0.07);  // 2 % + 500 bps
    // Unhedged, the same SONIA move does change it.
    EXPECT_LT(simulate_cashflow_default(leveraged(55 * kM, 1.0), a).defaults_3y,
              simulate_cashflow_default(leveraged(55 * kM, 9.0), a).defaults_3y);
}

TEST(CashflowDefaultReproducibility, SameSeedSameResultOtherSeedOtherPaths) {
    CashflowDefaultAssumptions a;
    const auto first = simulate_cashflow_default(leveraged(60 * kM), a);
    const auto second = simulate_cashflow_default(leveraged(60 * kM), a);
    EXPECT_EQ(first.defaults_1y, second.defaults_1y);
    EXPECT_EQ(first.defaults_3y, second.defaults_3y);
    EXPECT_EQ(first.liquidity_defaults, second.liquidity_defaults);
    EXPECT_EQ(*first.pd_3y_pct, *second.pd_3y_pct);
    ASSERT_GT(first.defaults_3y, 0);
    ASSERT_LT(first.defaults_3y, a.paths);
    a.seed = 2;
    const auto other = simulate_cashflow_default(leveraged(60 * kM), a);
    EXPECT_NE(first.defaults_3y, other.defaults_3y);
    a.paths = 0;
    EXPECT_THROW(simulate_cashflow_default(leveraged(60 * kM), a), std::invalid_argument);
}

TEST(CashflowDefaultReproducibility, ManyProvidersOnThreadsMatchOneByOne) {
    const CashflowDefaultAssumptions a;
    std::vector<CashflowDefaultInputs> inputs;
    for (double debt = 40; debt <= 70; debt += 3) inputs.push_back(leveraged(debt * kM));
    const auto together = simulate_cashflow_defaults(inputs, a, 2);
    ASSERT_EQ(together.size(), inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto alone = simulate_cashflow_default(inputs[i], a);
        EXPECT_EQ(together[i].defaults_1y, alone.defaults_1y);
        EXPECT_EQ(together[i].defaults_3y, alone.defaults_3y);
        EXPECT_EQ(together[i].covenant_defaults, alone.covenant_defaults);
    }
}

TEST(CashflowDefaultInputs, GroupInputsFromTheMarket) {
    // Group P (consolidated accounts) with subsidiary S (own accounts, and the borrower).
    MarketData data;
    data.entities.push_back({"P", "Parent Holdings", std::nullopt, OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"S", "Sub Care", std::string("P"), OwnerType::PrivateEquity, std::nullopt});
    const auto accounts = [](std::string id, Date end, int months, AccountsBasis basis, double op, double da,
                             double cash) {
        Accounts a;
        a.entity_id = std::move(id);
        a.period_end = end;
        a.period_months = months;
        a.basis = basis;
        a.operating_profit = op;
        a.depreciation_amortisation = da;
        a.cash = cash;
        return a;
    };
    // 2023: a six-month period, EBITDA (1.5 + 0.5) x 12 / 6 = 4m a year.
    data.accounts.push_back(accounts("P", Date::from_ymd(2023, 12, 31), 6, AccountsBasis::Consolidated, 1.5 * kM,
                                     0.5 * kM, 1 * kM));
    // 2024: consolidated EBITDA 4.5 + 0.5 = 5m, cash 2m; P's own row is not used.
    data.accounts.push_back(accounts("P", Date::from_ymd(2024, 12, 31), 12, AccountsBasis::Entity, 0.1 * kM, 0, 0.1 * kM));
    data.accounts.push_back(accounts("P", Date::from_ymd(2024, 12, 31), 12, AccountsBasis::Consolidated, 4.5 * kM,
                                     0.5 * kM, 2 * kM));
    data.accounts.push_back(accounts("S", Date::from_ymd(2024, 12, 31), 12, AccountsBasis::Entity, 4 * kM, 0.4 * kM,
                                     1.5 * kM));
    // 2025: filed after as_of, not used.
    data.accounts.push_back(accounts("P", Date::from_ymd(2025, 12, 31), 12, AccountsBasis::Consolidated, 9 * kM, 0,
                                     9 * kM));
    Facility loan = fixed_loan("F1", 20 * kM, 8.0, kLate, 6.0);
    loan.entity_id = "S";
    data.facilities.push_back(loan);
    const Market market(std::move(data));

    std::vector<ProviderYear> group;
    for (const auto& row : group_years(market))
        if (row.id == "P") group.push_back(row);
    CashflowDefaultAssumptions a;
    const auto in = inputs_for(market, group, kAsOf, 5.25, a);
    EXPECT_EQ(in.provider_id, "P");
    ASSERT_EQ(in.ebitda_history.size(), 2u);
    EXPECT_EQ(in.ebitda_history[0].year, 2023);
    EXPECT_DOUBLE_EQ(in.ebitda_history[0].ebitda, 4 * kM);
    EXPECT_EQ(in.ebitda_history[1].year, 2024);
    EXPECT_DOUBLE_EQ(in.ebitda_history[1].ebitda, 5 * kM);
    EXPECT_DOUBLE_EQ(in.cash, 2 * kM);
    ASSERT_EQ(in.facilities.size(), 1u);
    EXPECT_EQ(in.facilities[0].facility_id, "F1");
    EXPECT_DOUBLE_EQ(in.maintenance_capex, 0.5 * kM);  // 10 % of 5m
    EXPECT_EQ(in.sonia_pct, 5.25);
    EXPECT_EQ(in.tax_rate_pct, 25.0);
    EXPECT_EQ(in.hedge_swap_rate_pct, 2.0);

    // P as an entity: two 2024 rows (entity and consolidated); the consolidated one counts.
    std::vector<ProviderYear> entity;
    for (const auto& row : entity_years(market))
        if (row.id == "P") entity.push_back(row);
    const auto own = inputs_for(market, entity, kAsOf, 4.5, a);
    ASSERT_EQ(own.ebitda_history.size(), 2u);
    EXPECT_DOUBLE_EQ(own.ebitda_history[1].ebitda, 5 * kM);
    EXPECT_TRUE(own.facilities.empty());  // the loan is S's

    const auto none = inputs_for(market, {}, kAsOf, 4.5, a);
    EXPECT_TRUE(none.ebitda_history.empty());
    EXPECT_TRUE(has_state(simulate_cashflow_default(none, a), "no accounts"));
}
