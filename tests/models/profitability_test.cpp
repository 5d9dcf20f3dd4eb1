// Profitability on a tiny market built in code; every expected value is worked by hand
// in the comments (DOMAIN.md §2 definitions).
#include <gtest/gtest.h>

#include "models/profitability/profitability.hpp"

using namespace oversight;

namespace {

Accounts accounts(const std::string& id, Date end, double turnover, double op, double da, double ta, double cl,
                  AccountsBasis basis = AccountsBasis::Entity) {
    Accounts a;
    a.entity_id = id;
    a.period_end = end;
    a.basis = basis;
    a.turnover = turnover;
    a.operating_profit = op;
    a.depreciation_amortisation = da;
    a.staff_costs = turnover - op - da;  // keeps the P&L identity; other costs 0
    a.profit_before_tax = op;
    a.total_assets = ta;
    a.current_liabilities = cl;
    a.net_assets = ta - cl;
    return a;
}

Placement placement(const std::string& id, const std::string& urn, Date start, std::optional<Date> end) {
    Placement p;
    p.placement_id = id;
    p.la_code = "E08000003";
    p.urn = urn;
    p.start_date = start;
    p.end_date = end;
    return p;
}

MarketData base() {
    MarketData data;
    data.regions.push_back({"E12000002", "North West"});
    data.local_authorities.push_back({"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt});
    return data;
}

const ProfitabilityRow& row_for(const std::vector<ProfitabilityRow>& rows, const std::string& id, int year) {
    for (const auto& row : rows)
        if (row.id == id && row.year == year) return row;
    throw std::runtime_error("no row " + id + " " + std::to_string(year));
}

}  // namespace

TEST(Profitability, EntityFiguresWorkedByHand) {
    MarketData data = base();
    data.entities.push_back({"A", "Alpha Care", std::nullopt, OwnerType::Private, std::nullopt});
    data.settings.push_back({"SC1", "Home", "A", SettingType::ChildrensHome, "E08000003", 4, OfstedRating::Good, {}, std::nullopt});
    // 2024: CE = 800,000 - 200,000 = 600,000. 2025: CE = 1,000,000 - 300,000 = 700,000.
    data.accounts.push_back(accounts("A", Date::from_ymd(2024, 3, 31), 1'000'000, 150'000, 50'000, 800'000, 200'000));
    data.accounts.push_back(accounts("A", Date::from_ymd(2025, 3, 31), 1'200'000, 180'000, 60'000, 1'000'000, 300'000));
    // Period 2024-04-01..2025-03-31 has 365 days. P1 covers all of it (365 days);
    // P2 runs 2025-01-18..2025-03-31 = 14 + 28 + 31 = 73 days. Average = 438 / 365 = 1.2.
    data.placements.push_back(placement("P1", "SC1", Date::from_ymd(2023, 6, 1), std::nullopt));
    data.placements.push_back(placement("P2", "SC1", Date::from_ymd(2025, 1, 18), Date::from_ymd(2025, 6, 30)));
    const auto result = compute_profitability(Market(data), ProfitabilityAssumptions{});

    const auto& latest = row_for(result.entities, "A", 2025);
    EXPECT_DOUBLE_EQ(latest.ebitda, 240'000);                 // 180,000 + 60,000
    EXPECT_NEAR(*latest.ebitda_margin_pct, 20.0, 1e-9);        // 240,000 / 1,200,000
    EXPECT_NEAR(*latest.operating_margin_pct, 15.0, 1e-9);     // 180,000 / 1,200,000
    EXPECT_DOUBLE_EQ(latest.capital_employed, 700'000);
    EXPECT_TRUE(latest.capital_employed_averaged);
    EXPECT_DOUBLE_EQ(latest.capital_employed_used, 650'000);  // (600,000 + 700,000) / 2
    EXPECT_NEAR(*latest.roce_pct, 27.692307692, 1e-6);         // 180,000 / 650,000
    EXPECT_DOUBLE_EQ(latest.cost_of_capital_pct, 10.0);
    EXPECT_NEAR(latest.excess_profit, 115'000, 1e-6);          // 180,000 - 10% x 650,000
    EXPECT_NEAR(*latest.average_children_placed, 1.2, 1e-12);
    EXPECT_NEAR(*latest.excess_profit_per_child, 95'833.333333, 1e-3);  // 115,000 / 1.2

    const auto& first = row_for(result.entities, "A", 2024);
    EXPECT_FALSE(first.capital_employed_averaged);
    EXPECT_NEAR(*first.roce_pct, 25.0, 1e-9);  // 150,000 / 600,000 (closing only)
}

TEST(Profitability, OwnOrParentCostOfCapital) {
    MarketData data = base();
    data.entities.push_back({"TOP", "Top Holdings", std::nullopt, OwnerType::PrivateEquity, 12.0});
    data.entities.push_back({"OPCO", "Operating Co", "TOP", OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"OWN", "Own Rate Ltd", "TOP", OwnerType::PrivateEquity, 9.0});
    data.accounts.push_back(accounts("OPCO", Date::from_ymd(2025, 3, 31), 100, 10, 0, 100, 0));
    data.accounts.push_back(accounts("OWN", Date::from_ymd(2025, 3, 31), 100, 10, 0, 100, 0));
    const auto result = compute_profitability(Market(data), ProfitabilityAssumptions{});
    EXPECT_DOUBLE_EQ(row_for(result.entities, "OPCO", 2025).cost_of_capital_pct, 12.0);  // the parent's
    EXPECT_DOUBLE_EQ(row_for(result.entities, "OWN", 2025).cost_of_capital_pct, 9.0);    // its own
    // OPCO: 10 - 12% x 100 = -2.
    EXPECT_NEAR(row_for(result.entities, "OPCO", 2025).excess_profit, -2.0, 1e-12);
}

TEST(Profitability, GroupUsesConsolidatedAccountsWithoutDoubleCounting) {
    MarketData data = base();
    data.entities.push_back({"TOP", "Harbour", std::nullopt, OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"SUB", "Harbour Homes", "TOP", OwnerType::PrivateEquity, std::nullopt});
    data.entities.push_back({"TOP2", "Two Subs Holdings", std::nullopt, OwnerType::Private, std::nullopt});
    data.entities.push_back({"S1", "Sub One", "TOP2", OwnerType::Private, std::nullopt});
    data.entities.push_back({"S2", "Sub Two", "TOP2", OwnerType::Private, std::nullopt});
    const Date end = Date::from_ymd(2025, 3, 31);
    data.accounts.push_back(accounts("TOP", end, 5'000'000, 500'000, 100'000, 4'000'000, 1'000'000, AccountsBasis::Consolidated));
    data.accounts.push_back(accounts("SUB", end, 1'200'000, 180'000, 60'000, 1'000'000, 300'000));
    data.accounts.push_back(accounts("S1", end, 1'000'000, 100'000, 0, 500'000, 100'000));
    data.accounts.push_back(accounts("S2", end, 1'000'000, 50'000, 0, 300'000, 100'000));
    const auto result = compute_profitability(Market(data), ProfitabilityAssumptions{});

    const auto& harbour = row_for(result.groups, "TOP", 2025);
    EXPECT_DOUBLE_EQ(harbour.turnover, 5'000'000);  // consolidated only; SUB's 1.2m not added
    EXPECT_EQ(harbour.basis, "consolidated");
    EXPECT_EQ(harbour.entities_included, 1);
    const auto& two = row_for(result.groups, "TOP2", 2025);
    EXPECT_DOUBLE_EQ(two.turnover, 2'000'000);            // 1m + 1m
    EXPECT_DOUBLE_EQ(two.capital_employed, 600'000);      // (500k-100k) + (300k-100k)
    EXPECT_NEAR(*two.operating_margin_pct, 7.5, 1e-9);    // 150,000 / 2,000,000
    EXPECT_EQ(two.basis, "sum of entities");
}

TEST(Profitability, NegativeEbitdaAndCapitalGiveStatesNotNumbers) {
    MarketData data = base();
    data.entities.push_back({"L", "Loss Ltd", std::nullopt, OwnerType::Private, std::nullopt});
    // OP -50,000 + D&A 20,000 = EBITDA -30,000; CE = 100,000 - 250,000 = -150,000.
    data.accounts.push_back(accounts("L", Date::from_ymd(2025, 3, 31), 400'000, -50'000, 20'000, 100'000, 250'000));
    const auto result = compute_profitability(Market(data), ProfitabilityAssumptions{});
    const auto& row = row_for(result.entities, "L", 2025);
    EXPECT_DOUBLE_EQ(row.ebitda, -30'000);
    EXPECT_FALSE(row.roce_pct);
    EXPECT_FALSE(row.excess_profit_per_child);
    const auto has = [&](const std::string& state) {
        return std::find(row.states.begin(), row.states.end(), state) != row.states.end();
    };
    EXPECT_TRUE(has("ebitda: EBITDA negative"));
    EXPECT_TRUE(has("roce_pct: capital employed not positive"));
}
