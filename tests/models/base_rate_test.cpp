// The base rate for floating debt, read from curves.csv quotes.
#include <gtest/gtest.h>

#include "models/rates/base_rate.hpp"

namespace oversight {
namespace {

TEST(BaseRate, TenorsInDays) {
    EXPECT_EQ(tenor_days("ON"), 1);
    EXPECT_EQ(tenor_days("1W"), 7);
    EXPECT_EQ(tenor_days("3M"), 90);
    EXPECT_EQ(tenor_days("10Y"), 3650);
    EXPECT_FALSE(tenor_days("M").has_value());
    EXPECT_FALSE(tenor_days("3Q").has_value());
    EXPECT_FALSE(tenor_days("-1M").has_value());
}

TEST(BaseRate, ShortestTenorOfTheLatestCurveOnOrBeforeTheDate) {
    MarketData data;
    const Date march = Date::from_ymd(2025, 3, 31), april = Date::from_ymd(2025, 4, 30);
    data.curves = {{march, "SONIA", "1M", CurveInstrument::Deposit, 4.46},
                   {march, "SONIA", "1W", CurveInstrument::Deposit, 4.45},
                   {march, "SONIA", "5Y", CurveInstrument::OisSwap, 3.85},
                   {march, "ESTR", "ON", CurveInstrument::Deposit, 2.4},  // another curve: ignored
                   {april, "SONIA", "1M", CurveInstrument::Deposit, 4.20}};
    const Market market(data);
    const BaseRate on_march = sonia_base_rate(market, march, 9.9);
    EXPECT_DOUBLE_EQ(on_march.rate_pct, 4.45);
    EXPECT_EQ(on_march.source, "curves.csv: SONIA 1W on 2025-03-31");
    EXPECT_DOUBLE_EQ(sonia_base_rate(market, Date::from_ymd(2025, 6, 1), 9.9).rate_pct, 4.20);
    const BaseRate before = sonia_base_rate(market, Date::from_ymd(2025, 1, 1), 9.9);
    EXPECT_DOUBLE_EQ(before.rate_pct, 9.9);
    EXPECT_EQ(before.source, "configuration");
}

}  // namespace
}  // namespace oversight
