#include "ingest/cell_grammar.hpp"

#include <algorithm>
#include <charconv>
#include <system_error>

namespace oversight {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

/// `-?digits(.digits)?`, checked before std::from_chars, which on its own would also
/// take "inf", "nan" and exponents.
bool has_plain_decimal_shape(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    const auto point = text.find('.');
    if (point == std::string_view::npos) return all_digits(text);
    return all_digits(text.substr(0, point)) && all_digits(text.substr(point + 1));
}

bool contains_any(std::string_view text, std::string_view characters) {
    return text.find_first_of(characters) != std::string_view::npos;
}

}  // namespace

std::optional<double> parse_plain_decimal(std::string_view text) {
    if (!has_plain_decimal_shape(text)) return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value,
                                              std::chars_format::fixed);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string plain_decimal_advice(std::string_view text) {
    if (text.find("\xC2\xA3") != std::string_view::npos || contains_any(text, "$"))
        return "write the amount without a currency sign";
    if (contains_any(text, ",")) return "write the number without thousands separators";
    if (contains_any(text, " \t")) return "remove the spaces";
    if (contains_any(text, "%")) return "write the number without '%'";
    if (!text.empty() && text.front() == '(' && text.back() == ')')
        return "write a negative amount with a leading minus, not in brackets";
    if (!text.empty() && text.front() == '+') return "write the number without a plus sign";
    if (!text.empty() && contains_any(text.substr(text.size() - 1), "kKmMbB"))
        return "write the full amount in pounds, not in thousands or millions";
    if (contains_any(text, "eE")) return "write the number out in full, without an exponent";
    if (!text.empty() && (text.front() == '.' || text.back() == '.'))
        return "write digits on both sides of the decimal point";
    return "expected digits with an optional leading minus and decimal point, e.g. -1234.5";
}

std::optional<int> parse_whole_number(std::string_view text) {
    const std::string_view digits = !text.empty() && text.front() == '-' ? text.substr(1) : text;
    if (!all_digits(digits)) return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<bool> parse_boolean(std::string_view text) {
    if (text == "true") return true;
    if (text == "false") return false;
    return std::nullopt;
}

}  // namespace oversight
