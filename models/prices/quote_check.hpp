/// \file quote_check.hpp
/// \brief One provider's quote for one placement, checked in one answer: where it sits in
/// what the council's region pays for the same type and need band, its like-for-like
/// premium, how it compares with the should-cost, and the provider group's margin.
///
/// - Region: the cell of the council's region, that type and band in the region x type x
///   band table of the 12 months to the as-at date with its totals (price_cells.hpp), with
///   that table's disclosure verdict, secondary suppression included; the quote's position
///   is stated against the published quantiles only (e.g. "between p75 and p90").
/// - Like for like: the national hedonic model (hedonic.hpp) over the five years to the
///   as-at date prices the same region, type and band, the most common age band and route,
///   the latest start year, at the average provider: expected = exp(intercept + effects),
///   the intercept being the average provider's; premium = quote / expected - 1. It is
///   withheld when a level it uses is suppressed in the published hedonic table.
/// So the check shows nothing the published tables do not.
/// - Should-cost (children's homes, K1 and K2 only): should_cost.hpp for the band in the
///   region; the quote against the point and the band.
/// - Provider (with a setting URN): the operating margin of the group running it in its
///   latest complete accounts year (models/profitability).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/placement.hpp"
#include "engine/market.hpp"
#include "models/prices/disclosure.hpp"
#include "models/prices/price_cells.hpp"
#include "models/prices/should_cost.hpp"

namespace oversight {

struct QuoteRequest {
    std::string la_code;
    PlacementType type = PlacementType::K2;
    int need_band = 1;
    double weekly_fee = 0.0;
    std::optional<std::string> urn;
    Date as_of;
};

struct QuoteCheck {
    QuoteRequest request;
    std::string la_name, region_code, region_name;
    std::optional<PriceCell> region_cell;  ///< the region's type x band cell, if any placement
    CellDisclosure disclosure;             ///< of that cell
    std::string position;                  ///< against the published quantiles, or why there is none
    std::optional<double> expected_fee;    ///< like for like at the average provider
    std::optional<double> premium_pct;
    std::string expected_basis;            ///< the levels priced
    std::optional<ShouldCost> should_cost;
    std::optional<double> vs_should_cost_pct;  ///< quote / should-cost - 1
    std::string should_cost_position;          ///< "below the band", "within the band", "above the band"
    std::optional<std::string> group_id, group_name;
    std::optional<double> group_operating_margin_pct;
    std::optional<int> group_margin_year;
    std::vector<std::string> states;
};

/// Throws std::invalid_argument for an unknown council or URN, a band outside 1-4 or a
/// fee that is not positive.
QuoteCheck check_quote(const Market& market, const QuoteRequest& request, const Assumptions& assumptions);

}  // namespace oversight
