/// \file date.hpp
/// \brief Calendar date as a day count, parsed from and printed as ISO YYYY-MM-DD.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace oversight {

/// A civil (proleptic Gregorian) date held as days since 1970-01-01, so that
/// differences and comparisons are integer arithmetic.
class Date {
public:
    constexpr Date() = default;
    static Date from_days(std::int32_t days_since_epoch) { return Date(days_since_epoch); }
    /// Throws std::invalid_argument when the day does not exist.
    static Date from_ymd(int year, unsigned month, unsigned day);
    /// Strict ISO 8601 calendar date, exactly YYYY-MM-DD; nullopt otherwise.
    static std::optional<Date> parse_iso(std::string_view text);

    std::int32_t days_since_epoch() const { return days_; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    std::string iso() const;

    friend constexpr auto operator<=>(Date, Date) = default;
    friend constexpr std::int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }
    friend Date operator+(Date a, std::int32_t days) { return Date(a.days_ + days); }

private:
    constexpr explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

/// `date` moved by whole calendar months, the day clamped to the end of a shorter month
/// (31 Aug + 6 months = 28 Feb). The one month arithmetic of the engine: schedules count
/// from a fixed anchor each time (maturity - k x frequency), so clamping never drifts.
Date add_months(Date date, int months);

/// `date` when it ends a month, else the end of the month before.
Date last_month_end(Date date);

}  // namespace oversight
