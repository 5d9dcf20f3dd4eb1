/// \file cell_grammar.hpp
/// \brief The text forms the data contract accepts for numbers and flags.
///
/// Pure functions of one cell's text, with no diagnostics: `Table` turns a refusal into
/// a located message, and tests can pin the grammar down on its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace oversight {

/// A plain decimal: an optional leading minus, digits, then optionally a point and more
/// digits ("-1234.5"). No sign other than minus, no currency, separators, spaces,
/// exponent or suffix: spreadsheets write those, and each has fooled a reader before.
std::optional<double> parse_plain_decimal(std::string_view text);

/// Why `text` is not a plain decimal, phrased as the fix ("write it without the '£' sign").
std::string plain_decimal_advice(std::string_view text);

/// A whole number in the range of int: an optional leading minus, then digits.
std::optional<int> parse_whole_number(std::string_view text);

/// Exactly `true` or `false`.
std::optional<bool> parse_boolean(std::string_view text);

}  // namespace oversight
