/// \file decimal_text.hpp
/// \brief The canonical text of a decimal number, as the transformation registries and
/// the reader's scale arithmetic both write it.
#pragma once

#include <string>

namespace oversight::ixbrl {

/// Whole and fraction digits (unsigned) without leading zeros of the whole part and
/// trailing zeros of the fraction: ("007", "50") -> "7.5", ("", "") -> "0".
std::string canonical_decimal(std::string whole, std::string fraction);

}  // namespace oversight::ixbrl
