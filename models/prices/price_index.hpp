/// \file price_index.hpp
/// \brief A price index per region and placement type over time, like for like: a
/// time-dummy hedonic regression within each region x type, in nominal and in real terms.
///
/// Within each (commissioning region, placement type), over the placements starting in the
/// period: log(weekly fee) = intercept + need band + age band + route + start year +
/// provider (dummy_regression.hpp; year before provider, so that a provider met in one
/// year only gives way to the year). The first year is the base: index(y) = 100 exp(d_y),
/// d the year's coefficient, with its standard error in log points. A year with no
/// placement starting has no point; a region x type with no more placements than
/// parameters has none, with a state.
///
/// Placements with a weekly fee of 0 or less have no logarithm: they are left out and
/// counted in a state.
///
/// Real terms: divided by the CPI of indices.csv (index name "cpi"), each year's CPI the
/// mean of its points dated in that calendar year: real(y) = index(y) x CPI(base) / CPI(y).
/// Without a CPI point in the base year or in y, the real figure is absent, with a state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/market.hpp"
#include "models/prices/price_cells.hpp"

namespace oversight {

struct PriceIndexPoint {
    std::string region_code;
    std::string region_name;
    std::string type;  ///< placement type code
    int year = 0;
    std::size_t placements = 0;  ///< starting in that year
    std::size_t providers = 0;   ///< groups with a placement starting in that year
    double largest_provider_share_pct = 0.0;  ///< the largest group's share of those placements
    double index = 100.0;        ///< base year = 100
    double log_std_error = 0.0;  ///< of log(index / 100); 0 for the base year
    std::optional<double> real_index;
};

struct PriceIndex {
    PriceFilter filter;
    std::vector<PriceIndexPoint> points;  ///< by region, type, year
    std::vector<std::string> states;
};

/// Pure. Placements that fail the filter's place, type or band filters are left out.
PriceIndex price_index(const Market& market, const PriceFilter& filter);

}  // namespace oversight
