#include <gtest/gtest.h>

#include "engine/domain/date.hpp"

using oversight::Date;

TEST(Date, ParsesAndPrintsIsoDates) {
    const auto date = Date::parse_iso("2024-02-29");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->year(), 2024);
    EXPECT_EQ(date->month(), 2u);
    EXPECT_EQ(date->day(), 29u);
    EXPECT_EQ(date->iso(), "2024-02-29");
}

TEST(Date, CountsDaysFromTheUnixEpoch) {
    // 1970-01-01 is day 0; 2000-01-01 is 30 years later with 7 leap days: 30*365+7 = 10957.
    EXPECT_EQ(Date::from_ymd(1970, 1, 1).days_since_epoch(), 0);
    EXPECT_EQ(Date::from_ymd(2000, 1, 1).days_since_epoch(), 10957);
    // 2024 is a leap year: 366 days from 1 Jan 2024 to 1 Jan 2025.
    EXPECT_EQ(Date::from_ymd(2025, 1, 1) - Date::from_ymd(2024, 1, 1), 366);
}

TEST(Date, RejectsAnythingButStrictIso) {
    for (const char* bad : {"2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00",
                            "", "abcd-ef-gh", "2024-00-10", "2024-04-31"})
        EXPECT_FALSE(Date::parse_iso(bad)) << bad;
    EXPECT_THROW(Date::from_ymd(2023, 2, 29), std::invalid_argument);
}

namespace oversight {
namespace {

TEST(Date, AddMonthsClampsToTheMonthEnd) {
    EXPECT_EQ(add_months(Date::from_ymd(2025, 8, 31), 6), Date::from_ymd(2026, 2, 28));
    EXPECT_EQ(add_months(Date::from_ymd(2023, 8, 31), 6), Date::from_ymd(2024, 2, 29));  // leap year
    EXPECT_EQ(add_months(Date::from_ymd(2028, 3, 31), -33), Date::from_ymd(2025, 6, 30));
    EXPECT_EQ(add_months(Date::from_ymd(2025, 1, 15), -1), Date::from_ymd(2024, 12, 15));
    EXPECT_EQ(add_months(Date::from_ymd(2025, 3, 31), 0), Date::from_ymd(2025, 3, 31));
}

}  // namespace

TEST(Date, LastMonthEndIsTheDateItselfOrTheEndOfTheMonthBefore) {
    EXPECT_EQ(last_month_end(Date::from_ymd(2025, 3, 31)), Date::from_ymd(2025, 3, 31));
    EXPECT_EQ(last_month_end(Date::from_ymd(2025, 3, 30)), Date::from_ymd(2025, 2, 28));
    EXPECT_EQ(last_month_end(Date::from_ymd(2024, 3, 1)), Date::from_ymd(2024, 2, 29));  // leap year
    EXPECT_EQ(last_month_end(Date::from_ymd(2025, 1, 15)), Date::from_ymd(2024, 12, 31));
}

}  // namespace oversight
