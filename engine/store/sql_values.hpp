/// \file sql_values.hpp
/// \brief Domain values as the store's columns hold them, and back: dates as ISO text,
/// enumerations as their contract codes, optionals as NULL. Every value that cannot make
/// the trip exactly is refused with its table, row and column.
#pragma once

#include <Poco/Nullable.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "engine/domain/codes.hpp"
#include "engine/domain/date.hpp"

namespace oversight {

using OptionalText = Poco::Nullable<std::string>;
using OptionalReal = Poco::Nullable<double>;
using OptionalInteger = Poco::Nullable<int>;

/// A value that needs no check (an optional int), as a nullable column value.
template <typename T>
Poco::Nullable<T> to_nullable(const std::optional<T>& value) {
    return value ? Poco::Nullable<T>(*value) : Poco::Nullable<T>();
}

/// A nullable column value as the domain's optional.
template <typename T>
std::optional<T> to_optional(const Poco::Nullable<T>& value) {
    if (value.isNull()) return std::nullopt;
    return value.value();
}

/// One row of one table: the place named in the message of any value that cannot be
/// written or read back (std::runtime_error).
class RowContext {
public:
    /// `index` is 0-based (messages count from 1); `key` is the row's identifier, if any.
    RowContext(std::string_view table, std::size_t index, std::string_view key = {})
        : table_(table), index_(index), key_(key) {}

    // --- domain -> column -------------------------------------------------------------
    /// Refuses NUL characters, which neither SQLite's text API nor PostgreSQL keep.
    std::string text(std::string_view column, const std::string& value) const;
    OptionalText text(std::string_view column, const std::optional<std::string>& value) const;
    /// Refuses NaN, which SQLite stores as NULL (infinities and every finite double are
    /// kept bit for bit, except that -0.0 may come back as 0.0).
    double real(std::string_view column, double value) const;
    OptionalReal real(std::string_view column, const std::optional<double>& value) const;
    /// Refuses a year outside 0000-9999, which has no YYYY-MM-DD form.
    std::string date(std::string_view column, Date value) const;
    OptionalText date(std::string_view column, const std::optional<Date>& value) const;
    template <typename E>
    static std::string code(E value) {
        return std::string(code_of(value));
    }
    template <typename E>
    static OptionalText code(const std::optional<E>& value) {
        return value ? OptionalText(code(*value)) : OptionalText();
    }

    // --- column -> domain -------------------------------------------------------------
    Date parse_date(std::string_view column, const std::string& text) const;
    std::optional<Date> parse_date(std::string_view column, const OptionalText& text) const;
    template <typename E>
    E parse(std::string_view column, const std::string& text) const {
        if (const auto value = parse_code<E>(text)) return *value;
        fail(column, "'" + text + "' is not one of " + known_codes<E>());
    }
    template <typename E>
    std::optional<E> parse(std::string_view column, const OptionalText& text) const {
        if (text.isNull()) return std::nullopt;
        return parse<E>(column, text.value());
    }

    [[noreturn]] void fail(std::string_view column, const std::string& problem) const;

private:
    std::string_view table_;
    std::size_t index_;
    std::string_view key_;
};

}  // namespace oversight
