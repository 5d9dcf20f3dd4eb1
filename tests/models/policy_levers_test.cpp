// Policy levers of the exit model (models/exit/policy_levers.hpp), on the exit tests'
// meridian market with accounts added. Every expected figure is worked by hand in the
// comments from the rows below.
#include "models/exit/policy_levers.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "models/exit/exit_scenario.hpp"
#include "tests/models/exit_sample_market.hpp"

using namespace oversight;
using namespace oversight::exit_sample;

namespace {

constexpr double kM = 1'000'000.0;
constexpr double kWeeks = 365.25 / 7.0;

Accounts accounts(std::string entity, AccountsBasis basis, double turnover, double staff, double other, double da,
                  double cash, double total_assets, double current_liabilities, double bank_debt) {
    Accounts a;
    a.entity_id = std::move(entity);
    a.period_end = Date::from_ymd(2024, 12, 31);
    a.basis = basis;
    a.turnover = turnover;
    a.staff_costs = staff;
    a.other_operating_costs = other;
    a.depreciation_amortisation = da;
    a.operating_profit = turnover - staff - other - da;
    a.profit_before_tax = a.operating_profit;
    a.cash = cash;
    a.current_assets = cash;
    a.total_assets = total_assets;
    a.current_liabilities = current_liabilities;
    a.non_current_liabilities = bank_debt;
    a.bank_debt = bank_debt;
    a.shareholder_loans = 0.0;
    a.lease_liabilities = 0.0;
    a.net_assets = total_assets - current_liabilities - bank_debt;
    return a;
}

/// The exit sample with: X a top company whose subsidiary XS runs home X1 (X runs agency
/// X2 itself); X's consolidated accounts: turnover £10m, staff £5m, other £2m, D&A £0.5m,
/// so operating profit £2.5m (25 %) and EBITDA £3m; cash £1m, total assets £12m, current
/// liabilities £1m, a £10m fixed 6 % bullet loan to 2030 with a 5.0x net leverage covenant
/// (net debt £9m: 3.0x). Y files £4m turnover, £2.5m staff, £1.1m other, £0.2m D&A:
/// operating profit £0.2m (5 %); total assets £2m, current liabilities £0.5m, no debt.
/// Council C (Z) files £1m turnover with 30 % margin: councils are never capped.
MarketData levered_sample() {
    MarketData d = sample();
    d.entities.push_back({"XS", "X Homes Operations", std::string("X"), OwnerType::PrivateEquity, std::nullopt});
    d.settings[0].entity_id = "XS";
    d.accounts = {accounts("X", AccountsBasis::Consolidated, 10 * kM, 5 * kM, 2 * kM, 0.5 * kM, 1 * kM, 12 * kM, 1 * kM,
                           10 * kM),
                  accounts("Y", AccountsBasis::Entity, 4 * kM, 2.5 * kM, 1.1 * kM, 0.2 * kM, 0.5 * kM, 2 * kM,
                           0.5 * kM, 0.0),
                  accounts("Z", AccountsBasis::Entity, 1 * kM, 0.5 * kM, 0.2 * kM, 0.0, 0.1 * kM, 1 * kM, 0.1 * kM, 0.0)};
    Facility loan;
    loan.facility_id = "X-TL";
    loan.entity_id = "X";
    loan.drawn = 10 * kM;
    loan.rate_type = RateType::Fixed;
    loan.fixed_rate_pct = 6.0;
    loan.start_date = Date::from_ymd(2023, 1, 1);
    loan.maturity_date = Date::from_ymd(2030, 1, 1);
    loan.covenant_max_net_leverage = 5.0;
    loan.as_of = kAsOf;
    d.facilities = {loan};
    return d;
}

const Placement& placement_named(const MarketData& data, const std::string& id) {
    for (const Placement& p : data.placements)
        if (p.placement_id == id) return p;
    throw std::out_of_range(id);
}

const Accounts& accounts_of(const MarketData& data, const std::string& entity) {
    for (const Accounts& a : data.accounts)
        if (a.entity_id == entity) return a;
    throw std::out_of_range(entity);
}

const WatchlistEntry& entry_of(const Watchlist& watchlist, const std::string& group) {
    for (const WatchlistEntry& entry : watchlist.groups)
        if (entry.profile.group_id == group) return entry;
    throw std::out_of_range(group);
}

}  // namespace

TEST(PolicyLeverParsing, EveryFormAndItsErrors) {
    EXPECT_EQ(parse_policy_lever("profit_cap=10").percent, 10.0);
    EXPECT_EQ(parse_policy_lever("windfall_tax=50").kind, PolicyLever::Kind::WindfallTax);
    const PolicyLever tariff = parse_policy_lever("tariff=U4:700/800/900/1000");
    EXPECT_EQ(tariff.tariff_type, PlacementType::U4);
    EXPECT_EQ(tariff.tariff_weekly_gbp[3], 1000.0);
    EXPECT_EQ(parse_policy_lever("tariff=4000/5000/6500/9000").tariff_type, PlacementType::K2);
    EXPECT_EQ(parse_policy_lever("rate=+200").shift_bp, (std::array<double, 3>{200, 200, 200}));
    EXPECT_EQ(parse_policy_lever("rate=100/-50/0").shift_bp, (std::array<double, 3>{100, -50, 0}));
    const PolicyLever capacity = parse_policy_lever("capacity=E12000002:40");
    EXPECT_EQ(*capacity.region, "E12000002");
    EXPECT_EQ(capacity.places, 40);
    EXPECT_FALSE(parse_policy_lever("capacity=25").region);

    const auto message = [](const std::string& text) {
        try {
            parse_policy_lever(text);
        } catch (const std::invalid_argument& error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(message("profit_cap").find("expected profit_cap=PCT"), std::string::npos);
    EXPECT_NE(message("cap=10").find("expected profit_cap=PCT"), std::string::npos);
    EXPECT_NE(message("profit_cap=ten").find("'ten' is not a number"), std::string::npos);
    EXPECT_NE(message("profit_cap=100").find("below 100"), std::string::npos);
    EXPECT_NE(message("windfall_tax=0").find("above 0"), std::string::npos);
    EXPECT_NE(message("tariff=4000/5000").find("four weekly fees"), std::string::npos);
    EXPECT_NE(message("tariff=4000/0/6500/9000").find("band 2"), std::string::npos);
    EXPECT_NE(message("tariff=Q9:1/2/3/4").find("'Q9' is not a placement type"), std::string::npos);
    EXPECT_NE(message("rate=100/200").find("one shift"), std::string::npos);
    EXPECT_NE(message("rate=5000").find("-1000 to 2000"), std::string::npos);
    EXPECT_NE(message("capacity=2.5").find("whole number"), std::string::npos);
    EXPECT_NE(message("capacity=N:0").find("whole number"), std::string::npos);
}

TEST(PolicyLevers, ProfitCapCutsTurnoverAndFeesAboveTheCap) {
    const Market market(levered_sample());
    const LeveredMarket capped = apply_policy_lever(market, parse_policy_lever("profit_cap=10"), Assumptions{}, kAsOf);
    // X at 25 %: turnover cut to costs / (1 − 10 %) = 7.5m / 0.9 = £8,333,333.33, a cut of
    // £1,666,666.67 off turnover, operating profit and profit before tax: margin exactly 10 %.
    const Accounts& x = accounts_of(capped.data, "X");
    EXPECT_NEAR(x.turnover, 7.5 * kM / 0.9, 0.01);
    EXPECT_NEAR(x.operating_profit, 7.5 * kM / 0.9 - 7.5 * kM, 0.01);
    EXPECT_NEAR(x.operating_profit / x.turnover, 0.10, 1e-12);
    EXPECT_NEAR(x.profit_before_tax, x.operating_profit, 0.01);
    // Y at 5 % and the council at 30 % are not cut.
    EXPECT_EQ(accounts_of(capped.data, "Y").turnover, 4 * kM);
    EXPECT_EQ(accounts_of(capped.data, "Z").turnover, 1 * kM);
    EXPECT_EQ(capped.effect.accounts_rows_changed, 1);
    // Fees fall in proportion, 8,333,333.33 / 10m = 5/6: XS's home X1 through X's
    // consolidated accounts (P1, P2 £4,000 -> £3,333.33, P3 £6,000 -> £5,000), X's agency X2
    // through its own (P5 £900 -> £750); extras £700 -> £583.33. P4 ended before the date.
    EXPECT_NEAR(placement_named(capped.data, "P1").weekly_fee, 4000.0 * 5 / 6, 1e-9);
    EXPECT_NEAR(placement_named(capped.data, "P3").weekly_fee, 5000.0, 1e-9);
    EXPECT_NEAR(placement_named(capped.data, "P5").weekly_fee, 750.0, 1e-9);
    EXPECT_NEAR(*placement_named(capped.data, "P5").weekly_extras, 700.0 * 5 / 6, 1e-9);
    EXPECT_EQ(placement_named(capped.data, "P4").weekly_fee, 2000.0);
    EXPECT_EQ(placement_named(capped.data, "P7").weekly_fee, 3000.0);
    EXPECT_EQ(capped.effect.placements_repriced, 5);
    // Before: P1, P2 4,700, P3 6,700, P5, P6 1,600 = £19,300 a week; a sixth of it a year.
    EXPECT_NEAR(capped.effect.fees_change_gbp_a_year, -19300.0 / 6 * kWeeks, 1e-6);
}

TEST(PolicyLevers, ProfitCapActsOnTheAccountsTheGroupIsMeasuredBy) {
    // XS files its own accounts too, at a 40 % margin (turnover £5m, costs £3m). The group's
    // figures come from X's consolidated accounts, which stand for XS (group_years), so the
    // cap acts on those: XS's row is left as filed, and its home's fees fall by X's 5/6, not
    // by the 2/3 its own row would give (3m / 0.9 = £3.33m of £5m).
    MarketData data = levered_sample();
    data.accounts.push_back(accounts("XS", AccountsBasis::Entity, 5 * kM, 2 * kM, 0.8 * kM, 0.2 * kM, 0.1 * kM, 1 * kM,
                                     0.1 * kM, 0.0));
    const Market market(data);
    const LeveredMarket capped = apply_policy_lever(market, parse_policy_lever("profit_cap=10"), Assumptions{}, kAsOf);
    EXPECT_EQ(accounts_of(capped.data, "XS").turnover, 5 * kM);
    EXPECT_EQ(capped.effect.accounts_rows_changed, 1);
    EXPECT_NEAR(placement_named(capped.data, "P1").weekly_fee, 4000.0 * 5 / 6, 1e-9);
}

TEST(PolicyLevers, ProfitCapRaisesThePdOfALeveragedGroup) {
    // X's EBITDA falls from £3m to 833,333.33 + 500,000 = £1,333,333.33 and its net leverage
    // from 9m / 3m = 3.0x to 9m / 1.333m = 6.75x, above its 5.0x covenant: the test fails at
    // every quarter date, and with no cure by the second the group defaults there on every
    // path (for the trailing EBITDA to reach 9m / 5 = 1.8m by then, the two new quarters
    // would need a run rate of 2.27m, over five standard deviations away).
    // Before: a default needs the trailing EBITDA below about £1.8m, 40 % under £3m, at two
    // tests in a row. By quarter 4 the trailing sum is 3m + 0.3m × (4Z1+3Z2+2Z3+Z4) / 4 with
    // sd 0.3m × √30 / 4 = 0.41m: 2.9 standard deviations, under 0.2 % of paths.
    const Market market(levered_sample());
    Assumptions assumptions;
    const Watchlist before = compute_watchlist(market, assumptions, kAsOf);
    const LeveredMarket capped = apply_policy_lever(market, parse_policy_lever("profit_cap=10"), assumptions, kAsOf);
    const Market capped_market(capped.data);
    const Watchlist after = compute_watchlist(capped_market, assumptions, kAsOf, capped.adjust);

    const WatchlistEntry& x_before = entry_of(before, "X");
    const WatchlistEntry& x_after = entry_of(after, "X");
    EXPECT_NEAR(x_before.health->annual_ebitda, 3 * kM, 0.01);
    EXPECT_NEAR(x_after.health->annual_ebitda, 7.5 * kM / 0.9 - 7 * kM, 0.01);
    EXPECT_NEAR(*x_before.health->net_leverage_excl_shareholder_loans, 3.0, 1e-9);
    EXPECT_NEAR(*x_after.health->net_leverage_excl_shareholder_loans, 6.75, 1e-9);
    EXPECT_LT(*x_before.default_probability->pd_1y_pct, 1.0);
    EXPECT_EQ(*x_after.default_probability->pd_1y_pct, 100.0);
    EXPECT_EQ(x_after.default_probability->covenant_share_pct, 100.0);
    // Y, below the cap and without debt, is untouched.
    EXPECT_EQ(*entry_of(after, "Y").default_probability->pd_1y_pct, *entry_of(before, "Y").default_probability->pd_1y_pct);
}

TEST(PolicyLevers, TariffSetsFeesByNeedBandAndMovesTurnover) {
    const Market market(levered_sample());
    const LeveredMarket tariff =
        apply_policy_lever(market, parse_policy_lever("tariff=4000/5000/6500/9000"), Assumptions{}, kAsOf);
    // K2 ongoing: XS (X1) P1, P2 band 2 £4,000 -> £5,000 (+1,000 each), P3 band 3 £6,000 ->
    // £6,500 (+500): +£2,500 a week. Y (Y1, Y2) P7 3,000, P8 3,500, P9 4,000 -> 5,000 and P10
    // band 3 5,000 -> 6,500: +£6,000 a week. U4 children, the ended P4 and extras unchanged.
    EXPECT_EQ(placement_named(tariff.data, "P1").weekly_fee, 5000.0);
    EXPECT_EQ(placement_named(tariff.data, "P10").weekly_fee, 6500.0);
    EXPECT_EQ(placement_named(tariff.data, "P4").weekly_fee, 2000.0);
    EXPECT_EQ(placement_named(tariff.data, "P5").weekly_fee, 900.0);
    EXPECT_EQ(*placement_named(tariff.data, "P1").weekly_extras, 700.0);
    EXPECT_EQ(tariff.effect.placements_repriced, 7);
    EXPECT_NEAR(tariff.effect.fees_change_gbp_a_year, 8500.0 * kWeeks, 1e-6);
    // X's consolidated accounts cover XS's home: +2,500 × 365.25 / 7 = £130,446.43 a year;
    // Y's own: +6,000 × 365.25 / 7 = £313,071.43. The council's are untouched.
    EXPECT_NEAR(accounts_of(tariff.data, "X").turnover, 10 * kM + 2500.0 * kWeeks, 1e-6);
    EXPECT_NEAR(accounts_of(tariff.data, "X").operating_profit, 2.5 * kM + 2500.0 * kWeeks, 1e-6);
    EXPECT_NEAR(accounts_of(tariff.data, "Y").turnover, 4 * kM + 6000.0 * kWeeks, 1e-6);
    EXPECT_EQ(accounts_of(tariff.data, "Z").turnover, 1 * kM);
    EXPECT_EQ(tariff.effect.accounts_rows_changed, 2);
}

TEST(PolicyLevers, WindfallTaxIsALevyOnExcessProfit) {
    // W, a holding company with accounts and no settings, is not in the simulation and pays
    // nothing here.
    MarketData data = levered_sample();
    data.entities.push_back({"W", "W Holdings", std::nullopt, OwnerType::Private, std::nullopt});
    data.accounts.push_back(accounts("W", AccountsBasis::Entity, 10 * kM, 1 * kM, 1 * kM, 0.0, 1 * kM, 2 * kM, 0.5 * kM, 0.0));
    const Market market(data);
    const LeveredMarket tax = apply_policy_lever(market, parse_policy_lever("windfall_tax=50"), Assumptions{}, kAsOf);
    // Excess profit at a 10 % cost of capital on capital employed (total assets − current
    // liabilities, one year so not averaged): X 2.5m − 10 % × 11m = 1.4m; Y 0.2m − 10 % ×
    // 1.5m = 0.05m. Half of each: £700,000 and £25,000. Councils pay none.
    EXPECT_NEAR(tax.effect.levy_gbp_a_year, 725000.0, 1e-6);
    EXPECT_EQ(tax.effect.accounts_rows_changed, 0);
    ASSERT_TRUE(tax.adjust);
    CashflowDefaultInputs x, y, z;
    x.provider_id = "X";
    y.provider_id = "Y";
    z.provider_id = "Z";
    tax.adjust(x);
    tax.adjust(y);
    tax.adjust(z);
    EXPECT_NEAR(x.annual_levy, 700000.0, 1e-6);
    EXPECT_NEAR(y.annual_levy, 25000.0, 1e-6);
    EXPECT_EQ(z.annual_levy, 0.0);
}

TEST(PolicyLevers, RatePathShiftsSoniaInEveryGroupsCashFlows) {
    const Market market(levered_sample());
    const LeveredMarket rate = apply_policy_lever(market, parse_policy_lever("rate=100/200/300"), Assumptions{}, kAsOf);
    CashflowDefaultInputs inputs;
    rate.adjust(inputs);
    EXPECT_EQ(inputs.sonia_shift_bp_by_year, (std::array<double, 3>{100, 200, 300}));
    EXPECT_EQ(rate.data.placements.size(), market.data().placements.size());
}

TEST(PolicyLevers, CapacityAddsCouncilHomesAcrossTheRegion) {
    const Market market(levered_sample());
    // Every region, 5 places: N has A and B (3 and 2), S has C (5).
    const LeveredMarket everywhere = apply_policy_lever(market, parse_policy_lever("capacity=5"), Assumptions{}, kAsOf);
    EXPECT_EQ(everywhere.effect.settings_added, 3);
    EXPECT_EQ(everywhere.effect.places_added, 10);
    const Setting& added_a = everywhere.data.settings[market.data().settings.size()];
    EXPECT_EQ(added_a.urn, "ADDED-A");
    EXPECT_EQ(added_a.registered_places, 3);
    EXPECT_EQ(added_a.setting_type, SettingType::LaChildrensHome);
    EXPECT_EQ(everywhere.data.settings.back().registered_places, 5);  // ADDED-C

    EXPECT_THROW(apply_policy_lever(market, parse_policy_lever("capacity=W:5"), Assumptions{}, kAsOf),
                 std::invalid_argument);
}

TEST(PolicyLevers, AddedCapacityKeepsDisplacedChildrenNearHome) {
    // One place at A and one at B (capacity=N:2). Group X exits. The new homes have no
    // placements: region N's K2 medians, band 2 £4,000 (3,000 3,500 4,000 4,000 4,000) and
    // band 3 £5,500 (5,000 and 6,000). A's two band 2 children: Y1 £3,500 and ADDED-A
    // £4,000 (Y2 would be £4,055.60); B's band 3 child: Y2 £5,000 (ADDED-B £5,500, Z1
    // £5,666.79). The baseline sent A's child to Y2 and B's to Z1 (worked in
    // exit_scenario_test); now all three stay in their own council. The U4 children are as
    // before: one to Y3 (£825), one unplaced.
    const Market market(levered_sample());
    const LeveredMarket added = apply_policy_lever(market, parse_policy_lever("capacity=N:2"), Assumptions{}, kAsOf);
    const Market added_market(added.data);
    const ExitMarket exit(added_market, assumptions(), kAsOf);
    EXPECT_TRUE(exit.groups()[exit.group_index(kAddedCapacityEntity)].council_run);
    const ExitOutcome outcome = replace_displaced(exit, settings_of_groups(exit, {exit.group_index("X")}));
    EXPECT_EQ(outcome.england.displaced, 5);
    EXPECT_EQ(outcome.england.own_council, 4);
    EXPECT_EQ(outcome.england.own_region, 0);
    EXPECT_EQ(outcome.england.elsewhere, 0);
    EXPECT_EQ(outcome.england.unplaced, 1);
    // Fees after 3,500 + 4,000 + 5,000 + 825 = £13,325, no travel, £10,000 for the unplaced;
    // before £15,800 in fees and £166.80 of travel (2 × 55.60 + 55.60): +£7,358.20 a week.
    EXPECT_EQ(outcome.england.weekly_cost_change(), 1332500 + 1000000 - 1580000 - 16680);
}
