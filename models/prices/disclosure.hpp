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
/// together with their total (the cell with kAllValues in that dimension). Were exactly one
/// cell of a line suppressed, it could be worked out from the total and the others, so
/// one more is suppressed: the other non-total cell of the line with the fewest placements
/// (ties: the first in key order), or the total when there is no other. Lines are revisited
/// until none has exactly one suppressed cell. This protects against differencing within
/// one table and its margins; a table without margins publishes no totals and has no lines.
/// (It does not solve the general problem of several lines combined, for which exact
/// methods exist; the heuristic is the common one and is stated in every table.)
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
