/// \file annual_index.hpp
/// \brief A year's level of an index of indices.csv (cpi, wages, ...): the mean of its
/// points dated in that calendar year. Shared by the real-terms price index and the
/// should-cost's pay.
#pragma once

#include <optional>
#include <string_view>

#include "engine/market.hpp"

namespace oversight {

/// Nullopt when the index has no point in `year`, or the mean is not above 0 (a level of 0
/// or less cannot deflate or scale anything).
std::optional<double> annual_index(const Market& market, std::string_view index, int year);

}  // namespace oversight
