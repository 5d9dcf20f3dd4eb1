/// \file disclosure.hpp
/// \brief Statistical disclosure control of price tables (DOMAIN.md §6): no published cell
/// may reveal a single provider's commercially sensitive prices.
///
/// Primary suppression (thresholds: DisclosureAssumptions, configuration keys
/// disclosure.*): a cell is suppressed when it has fewer than `min_placements`
/// placements, fewer than `min_providers` providers (groups), or one provider with more
/// than `dominance_pct` % of its spend (the dominance rule). Margins are tested like any
/// other cell.
///
/// Secondary suppression. A "line" is a set of cells that differ in one dimension only,
/// together with their total (the cell with kAllValues in that dimension). When the total
/// is published, the suppressed cells of the line can be worked out together (the total
/// less the published cells), so they must pass the primary rules together: at least two
/// of them, with enough placements and providers between them and no provider above the
/// dominance share of their combined spend (PriceCell::provider_spend). Until they do, the
/// line's published non-total cell with the fewest placements (ties: the first in key
/// order) is suppressed too, or the total when none is left. Lines are revisited until all
/// pass. This protects against differencing within one table and its totals; a table
/// without totals publishes none and has no lines, so `oversight prices` always computes
/// the totals and only hides them on request. (It does not solve several lines together,
/// for which exact methods exist; the heuristic is the common one.)
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/prices/price_cells.hpp"

namespace oversight {

enum class Suppression { None, Primary, Secondary };

struct CellDisclosure {
    Suppression suppression = Suppression::None;
    std::string reason;  ///< why, for readers: empty when published
    bool published() const { return suppression == Suppression::None; }
};

/// The primary rules on their own: "suppressed: <why>", or empty when they pass. For
/// figures that are not cells (index points, model levels) with no spend measured, pass a
/// largest share of 0: only the counts are tested.
std::string primary_suppression(std::size_t placements, std::size_t providers, double largest_provider_share_pct,
                                const DisclosureAssumptions& rules);

/// One verdict per cell of `cells`, in their order. Cells are matched into lines by their
/// keys; every cell must have the same number of key parts.
std::vector<CellDisclosure> disclosure_control(std::span<const PriceCell> cells, const DisclosureAssumptions& rules);

}  // namespace oversight
