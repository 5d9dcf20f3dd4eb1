/// \file council_comparison.hpp
/// \brief Each council against its region and its Regional Care Cooperative, like for like:
/// what it pays for the same type and need band, how much it buys spot, how much out of its
/// own area and how far from home (DOMAIN.md §6, DATA.md placements.csv).
///
/// Over the placements ongoing in the period, each weighted by its placement-weeks w:
/// - premium against the region = sum(w x fee) / sum(w x B(type, band)) - 1, where
///   B(type, band) is the weeks-weighted mean fee of the region's placements of that type
///   and need band (the council's own included): what the council pays over what the
///   region pays for the same mix. Against the RCC likewise (absent without an RCC).
/// - spot share = weeks bought on the spot route / all weeks; out-of-area share = weeks in
///   a setting in another council / all weeks; distance = weeks-weighted mean great-circle
///   distance from the council's centroid to its settings' councils' (geography.hpp).
/// The region's and RCC's own shares and distance are given alongside.
///
/// Each council is also a price cell for disclosure control (disclosure.hpp): its
/// placements, provider groups and the largest group's share of its spend, with its
/// region as the total of a line, so that a region's figures cannot give a suppressed
/// council away.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/market.hpp"
#include "models/prices/price_cells.hpp"

namespace oversight {

struct AreaProfile {
    std::size_t placements = 0;
    double placement_weeks = 0.0;
    double spot_share_pct = 0.0;
    double out_of_area_pct = 0.0;
    double mean_distance_km = 0.0;
};

struct CouncilComparison {
    std::string la_code;
    std::string la_name;
    std::string region_code;
    std::optional<std::string> rcc;
    AreaProfile council;
    AreaProfile region;
    std::optional<AreaProfile> rcc_profile;
    double premium_vs_region_pct = 0.0;
    std::optional<double> premium_vs_rcc_pct;
    std::size_t providers = 0;
    double largest_provider_share_pct = 0.0;  ///< of the council's spend (fee + extras)
};

struct CouncilComparisons {
    PriceFilter filter;
    std::vector<CouncilComparison> councils;  ///< by region, then council code
    /// For disclosure control: one cell per council keyed {region, council} and one per
    /// region keyed {region, all}, in that order (councils then their region).
    std::vector<PriceCell> disclosure_cells;
};

/// Councils with placements in the filter's period that pass its filters. Pure.
CouncilComparisons compare_councils(const Market& market, const PriceFilter& filter);

}  // namespace oversight
