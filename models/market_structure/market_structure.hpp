/// \file market_structure.hpp
/// \brief Who supplies the market: places by region and owner type, the largest groups'
/// shares, regional concentration (HHI), and the largest groups' margins against the
/// CMA's published figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/provider.hpp"
#include "engine/market.hpp"
#include "models/profitability/profitability.hpp"

namespace oversight {

/// Children's homes here are `childrens_home`, `secure_childrens_home` and
/// `la_childrens_home` settings; fostering is `ifa` (independent agencies only).
struct RegionSupply {
    std::string region_code;
    std::string region_name;
    int homes = 0;
    int home_places = 0;
    int groups = 0;               ///< groups with at least one home in the region
    double share_of_homes_pct = 0;  ///< of all homes in England
    double hhi = 0;               ///< Herfindahl-Hirschman index of home places by group, 0-10,000
    std::string largest_group_name;
    double largest_group_share_pct = 0;  ///< of the region's home places
};

struct GroupSupply {
    std::string group_id;
    std::string name;
    OwnerType owner_type = OwnerType::Private;
    int homes = 0;
    int home_places = 0;
    int ifa_places = 0;
    double share_of_home_places_pct = 0;
    double share_of_ifa_places_pct = 0;
    std::optional<double> latest_operating_margin_pct;  ///< from the group's latest profitability row
    std::optional<int> latest_year;
};

struct OwnershipSupply {
    OwnerType owner_type = OwnerType::Private;
    int homes = 0;
    int home_places = 0;
    double share_of_homes_pct = 0;
};

/// Pooled operating margin (sum of operating profit / sum of turnover, latest year of
/// each group) of the largest groups, beside the CMA's figure for the same population.
struct MarginBenchmark {
    std::string population;  ///< e.g. "15 largest children's home groups"
    int groups_counted = 0;  ///< groups of the population that have accounts
    std::optional<double> pooled_operating_margin_pct;
    double published_margin_pct = 0;
};

struct MarketStructure {
    Date as_of;
    int homes = 0;
    int home_places = 0;
    int ifas = 0;
    int ifa_places = 0;
    int ongoing_placements = 0;  ///< on as_of
    int groups_with_homes = 0;
    std::vector<RegionSupply> regions;             ///< in regions.csv order
    std::vector<OwnershipSupply> ownership;        ///< by owner type, largest first
    // The largest groups are ranked among privately owned groups only (private equity,
    // private, listed), as Ofsted's "largest private providers" and the CMA's largest
    // providers are: a council's own homes or a charity are not the market being measured.
    int private_home_places = 0;
    int private_ifa_places = 0;
    std::vector<GroupSupply> largest_home_groups;  ///< N largest private, by home places, descending
    std::vector<GroupSupply> largest_ifa_groups;   ///< N largest private, by IFA places, descending
    double top_groups_home_share_pct = 0;  ///< share of private home places of the N largest private groups
    double top_groups_ifa_share_pct = 0;   ///< share of private IFA places of the N largest private IFA groups
    int top_groups_counted = 0;            ///< N, from assumptions
    MarginBenchmark homes_margin;          ///< 15 largest private home groups vs CMA 22.6 %
    MarginBenchmark ifa_margin;            ///< largest private IFA groups vs CMA 19.4 %
};

/// Pure. `profitability` supplies the groups' margins (one source for that figure).
MarketStructure compute_market_structure(const Market& market, const ProfitabilityResult& profitability,
                                         const MarketStructureAssumptions& assumptions, Date as_of);

/// True for the setting types counted as children's homes above.
bool is_childrens_home(SettingType type);

/// Private equity, private and listed owners: the private market of the CMA and Ofsted.
bool is_privately_owned(OwnerType type);

}  // namespace oversight
