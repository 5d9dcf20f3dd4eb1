// Group roll-up: which years are whole groups, and which are fragments.
#include "models/provider_accounts/provider_accounts.hpp"

#include <gtest/gtest.h>

namespace oversight {
namespace {

Accounts filed(std::string entity, int year, AccountsBasis basis, double turnover) {
    Accounts a;
    a.entity_id = std::move(entity);
    a.period_end = Date::from_ymd(year, 3, 31);
    a.basis = basis;
    a.turnover = turnover;
    return a;
}

/// Topco T (consolidated accounts 2023 and 2024, none yet for 2025) owns S, which files
/// its own accounts every year, 2025 included.
Market market() {
    MarketData d;
    d.entities = {{"T", "Topco", std::nullopt, OwnerType::PrivateEquity, std::nullopt},
                  {"S", "Sub", "T", OwnerType::PrivateEquity, std::nullopt}};
    d.accounts = {filed("T", 2023, AccountsBasis::Consolidated, 100), filed("T", 2024, AccountsBasis::Consolidated, 110),
                  filed("S", 2023, AccountsBasis::Entity, 60), filed("S", 2024, AccountsBasis::Entity, 65),
                  filed("S", 2025, AccountsBasis::Entity, 70)};
    return Market(d);
}

TEST(ProviderAccounts, AYearOnlyASubsidiaryFiledIsAPartialGroup) {
    const Market m = market();
    const auto years = group_years(m);
    ASSERT_EQ(years.size(), 3u);
    // 2023 and 2024: Topco's consolidated accounts stand for both (S is not added again).
    EXPECT_EQ(years[0].basis, "consolidated");
    EXPECT_DOUBLE_EQ(years[1].totals.turnover, 110);
    EXPECT_TRUE(years[1].complete);
    // 2025: only S's 70 — Topco, which files in other years, is not covered.
    EXPECT_EQ(years[2].year, 2025);
    EXPECT_FALSE(years[2].complete);
    EXPECT_EQ(years[2].basis, "partial group");
    EXPECT_DOUBLE_EQ(years[2].totals.turnover, 70);
    // The group's latest year is 2024, and 2025 is nobody's opening year.
    const auto latest = latest_complete_years(years);
    EXPECT_EQ(latest.at("T"), 1u);
    EXPECT_EQ(previous_year(years, 1), &years[0]);
}

TEST(ProviderAccounts, EntityRowsAreAlwaysComplete) {
    const Market m = market();
    const auto years = entity_years(m);
    ASSERT_EQ(years.size(), 5u);
    for (const auto& y : years) EXPECT_TRUE(y.complete) << y.id << " " << y.year;
    EXPECT_EQ(latest_complete_years(years).at("S"), 4u);  // S 2025
}

}  // namespace
}  // namespace oversight

namespace oversight {
namespace {

TEST(ProviderAccounts, OptionalFiguresOfASumNeedEveryMemberButBorrowingSumsWhatIsFiled) {
    // Top parent A and subsidiary B each file their own accounts for 2025 (no consolidated
    // accounts): A files retained earnings 500 and shareholder loans 300; B files neither.
    MarketData d;
    d.entities = {{"A", "A", std::nullopt, OwnerType::Private, std::nullopt},
                  {"B", "B", "A", OwnerType::Private, std::nullopt}};
    Accounts a = filed("A", 2025, AccountsBasis::Entity, 100);
    a.retained_earnings = 500;
    a.shareholder_loans = 300;
    d.accounts = {a, filed("B", 2025, AccountsBasis::Entity, 50)};
    const auto years = group_years(Market(d));
    ASSERT_EQ(years.size(), 1u);
    EXPECT_EQ(years[0].basis, "sum of entities");
    EXPECT_DOUBLE_EQ(years[0].totals.turnover, 150);
    EXPECT_FALSE(years[0].totals.retained_earnings.has_value());  // B's is unknown: so is the group's
    EXPECT_EQ(years[0].totals.shareholder_loans, 300.0);          // B filed no loans: taken as none
}

}  // namespace
}  // namespace oversight
