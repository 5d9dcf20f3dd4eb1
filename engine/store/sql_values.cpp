#include "engine/store/sql_values.hpp"

#include <cmath>
#include <stdexcept>

namespace oversight {

std::string RowContext::text(std::string_view column, const std::string& value) const {
    if (value.find('\0') != std::string::npos)
        fail(column, "text contains a NUL character, which the store cannot keep");
    return value;
}

OptionalText RowContext::text(std::string_view column,
                              const std::optional<std::string>& value) const {
    return value ? OptionalText(text(column, *value)) : OptionalText();
}

double RowContext::real(std::string_view column, double value) const {
    if (std::isnan(value)) fail(column, "NaN is not a number the store can keep");
    return value;
}

OptionalReal RowContext::real(std::string_view column, const std::optional<double>& value) const {
    return value ? OptionalReal(real(column, *value)) : OptionalReal();
}

std::string RowContext::date(std::string_view column, Date value) const {
    std::string iso = value.iso();
    if (!Date::parse_iso(iso))
        fail(column, "date " + iso + " is outside the years 0000-9999 the store keeps");
    return iso;
}

OptionalText RowContext::date(std::string_view column, const std::optional<Date>& value) const {
    return value ? OptionalText(date(column, *value)) : OptionalText();
}

Date RowContext::parse_date(std::string_view column, const std::string& text) const {
    if (const auto date = Date::parse_iso(text)) return *date;
    fail(column, "'" + text + "' is not an ISO date YYYY-MM-DD");
}

std::optional<Date> RowContext::parse_date(std::string_view column,
                                           const OptionalText& text) const {
    if (text.isNull()) return std::nullopt;
    return parse_date(column, text.value());
}

void RowContext::fail(std::string_view column, const std::string& problem) const {
    std::string where(table_);
    where += " row " + std::to_string(index_ + 1);
    if (!key_.empty()) {
        where += " (";
        where += key_;
        where += ')';
    }
    where += ", column ";
    where += column;
    throw std::runtime_error(where + ": " + problem);
}

}  // namespace oversight
