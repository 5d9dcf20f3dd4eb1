/// \file should_cost.hpp
/// \brief What a children's home placement should cost a week, built up line by line after
/// the Fair Cost of Care method (DOMAIN.md §6), with return on operations and return on
/// capital stated separately, and the fair price band it implies.
///
/// For need band b in a council's region, as at a date (assumptions: ShouldCostAssumptions,
/// configuration keys should_cost.*; occupancy o = occupancy_pct / 100):
///   pay        = hourly pay x (1 + London uplift, in region E12000007) x wages(year) / wages(base year)
///   care staff = care hours(b) x pay / o
///   on-costs   = care staff x on-costs %
///   management = (care staff + on-costs) x management %
///   premises   = premises per week / o
///   overheads  = (care staff + on-costs + management + premises) x overheads %
///   costs      = the five lines above
///   return on operations = costs x return on operations %
///   return on capital    = capital per place x return on capital % / 52 / o
///   should-cost          = costs + both returns; band = should-cost x (1 -+ band %)
/// wages(y) is the mean of the "wages" points of indices.csv dated in year y; without one
/// in either year, pay is not moved (a state says so). Costs per place are divided by the
/// occupancy: a home staffs and keeps its places whether or not every one is filled.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/market.hpp"

namespace oversight {

struct CostLine {
    std::string line;   ///< e.g. "care staff"
    double per_week = 0.0;
    std::string basis;  ///< the line's arithmetic with its inputs, for a reader to redo
};

struct ShouldCost {
    int need_band = 1;
    std::string region_code;
    Date as_of;
    double hourly_pay = 0.0;         ///< after the London uplift and the wages index
    double wages_ratio = 1.0;        ///< wages(as_of year) / wages(base year)
    std::vector<CostLine> lines;     ///< the five cost lines, then the two returns
    double costs = 0.0;
    double should_cost = 0.0;
    double band_low = 0.0, band_high = 0.0;
    double combined_return_pct = 0.0;  ///< (both returns) / costs
    std::vector<std::string> states;
};

/// Throws std::invalid_argument for a need band outside 1-4 or an occupancy that is not
/// above 0 and at most 100.
ShouldCost should_cost(const Market& market, int need_band, const std::string& region_code, Date as_of,
                       const ShouldCostAssumptions& assumptions);

}  // namespace oversight
