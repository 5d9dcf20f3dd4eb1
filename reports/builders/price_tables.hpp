/// \file price_tables.hpp
/// \brief Price cells as a Table (for `oversight prices`), under disclosure control: a
/// suppressed cell keeps its key and says why instead of showing any figure.
#pragma once

#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/prices/council_comparison.hpp"
#include "models/prices/disclosure.hpp"
#include "models/prices/hedonic.hpp"
#include "models/prices/price_index.hpp"
#include "models/prices/quote_check.hpp"
#include "models/prices/should_cost.hpp"
#include "models/prices/price_cells.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

enum class PriceMeasure { Fee, Total };  ///< core weekly fee, or fee plus extras

struct PriceView {
    PriceMeasure measure = PriceMeasure::Fee;
    bool weighted = false;     ///< by placement-weeks
    bool show_totals = true;   ///< false: the "all" rows are left out (disclosure control still counted them)
};

/// `verdicts[i]` is the disclosure of `table.cells[i]`.
Table price_cells_table(const PriceTable& table, const std::vector<CellDisclosure>& verdicts, const PriceView& view,
                        const DisclosureAssumptions& rules);

/// The price index by region, type and year, nominal and real. A point with fewer
/// placements or providers than the disclosure thresholds is suppressed and says so.
Table price_index_table(const PriceIndex& index, const DisclosureAssumptions& rules);

/// Each council against its region and RCC; `verdicts` from disclosure_control over
/// `comparisons.disclosure_cells` (the councils' verdicts come first, in order).
Table council_comparison_table(const CouncilComparisons& comparisons, const std::vector<CellDisclosure>& verdicts,
                               const DisclosureAssumptions& rules);

/// The should-cost build-up: one row per line with its arithmetic, then the total and band.
Table should_cost_table(const ShouldCost& cost);

/// A quote checked: the region's distribution and the quote's position, the like-for-like
/// premium, the should-cost comparison and the provider group's margin, one row each.
Table quote_check_table(const QuoteCheck& check);

/// The hedonic model's estimates: one row per factor level (the reference levels with 0),
/// premium = exp(estimate) - 1; notes give the fit. A level with fewer placements or
/// provider groups than the disclosure thresholds would show few providers' prices: its
/// estimate is suppressed and says so.
Table hedonic_terms_table(const HedonicFit& fit, const DisclosureAssumptions& rules);

/// Each provider's like-for-like premium against the average provider, with its 95 %
/// interval. About one provider each: for commissioners and Ofsted, not for publication.
/// With `min_placements` above 0 (a brief): only the identified providers with at least
/// that many placements, highest premium first, and a note of how many are left out.
Table provider_premiums_table(const HedonicFit& fit, std::size_t min_placements = 0);

}  // namespace oversight
