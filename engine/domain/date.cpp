#include "engine/domain/date.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace oversight {
namespace {
std::chrono::year_month_day civil(std::int32_t days) {
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}
}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    if (!ymd.ok())
        throw std::invalid_argument("no such date: " + std::to_string(year) + "-" +
                                    std::to_string(month) + "-" + std::to_string(day));
    return Date(static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parse_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const auto y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (!y || !m || !d) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                          std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return Date(static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()));
}

int Date::year() const { return static_cast<int>(civil(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(civil(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(civil(days_).day()); }

std::string Date::iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

Date last_month_end(Date date) {
    return (date + 1).day() == 1 ? date : Date::from_ymd(date.year(), date.month(), 1) + (-1);
}

Date add_months(Date date, int months) {
    const int index = date.year() * 12 + static_cast<int>(date.month()) - 1 + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const auto month = static_cast<unsigned>(index - year * 12 + 1);
    const std::chrono::year_month_day_last last{std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{month}}};
    return Date::from_ymd(year, month, std::min(date.day(), static_cast<unsigned>(last.day())));
}

}  // namespace oversight
