/// \file region_brief.hpp
/// \brief The regional price brief for Regional Care Cooperative commissioners: what the
/// region's councils pay by placement type and need band (box plots and the cells), each
/// council against the region, the like-for-like price index, each provider group's
/// premium once need is controlled for, and the should-cost of a children's home placement
/// by need band. Every price figure has passed disclosure control. Marked
/// OFFICIAL-SENSITIVE: the provider premiums are about named providers' prices.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/geography.hpp"
#include "models/prices/council_comparison.hpp"
#include "models/prices/disclosure.hpp"
#include "models/prices/hedonic.hpp"
#include "models/prices/price_cells.hpp"
#include "models/prices/price_index.hpp"
#include "models/prices/should_cost.hpp"
#include "reports/brief/brief.hpp"
#include "reports/builders/brief_parts.hpp"

namespace oversight {

/// What the brief shows, all computed before on the region's councils: `cells` by type
/// and band with totals over the last twelve months (`verdicts` one per cell), the council
/// comparisons over the same period (`council_verdicts` one per disclosure cell), the index
/// and the hedonic fit over five years, and the should-cost of bands 1-4.
struct RegionBriefContent {
    const Region& region;
    const PriceTable& cells;
    const std::vector<CellDisclosure>& verdicts;
    const CouncilComparisons& councils;
    const std::vector<CellDisclosure>& council_verdicts;
    const PriceIndex& index;
    const HedonicFit* fit;  ///< null when the region's placements are too few to fit it
    std::string fit_failure;  ///< why, then
    const std::vector<ShouldCost>& should_costs;
};

/// The brief's id is "region-<region code>". Throws std::invalid_argument when the cells
/// are not by type and band or a verdict is missing.
Brief build_region_brief(const RegionBriefContent& content, const Assumptions& assumptions,
                         const BriefProvenance& provenance);

}  // namespace oversight
