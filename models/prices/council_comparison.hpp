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
/// The benchmarks and the region and RCC profiles are always over the whole region and RCC
/// (the filter's type and band apply); its region, RCC or council only choose the councils
/// listed.
///
/// Disclosure control (disclosure.hpp): each council is a cell keyed {region, RCC, council}
/// (RCC "none" without one), each RCC of a region a total {region, RCC, all} and each
/// region {region, all, all}, with their placements, provider groups and spend by group,
/// so that neither an RCC's nor a region's figures can give a suppressed council away.
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
    /// For disclosure control: first one cell per listed council, in the order of
    /// `councils`; then the RCC and region totals (see the file comment), every council of
    /// a listed council's region included.
    std::vector<PriceCell> disclosure_cells;
};

/// Councils with placements in the filter's period that pass its filters. Pure.
CouncilComparisons compare_councils(const Market& market, const PriceFilter& filter);

}  // namespace oversight
