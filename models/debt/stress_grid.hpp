/// \file stress_grid.hpp
/// \brief Rates x occupancy grid of one provider: the first covenant breach quarter in
/// each cell, and the breach frontier (the smallest occupancy fall that breaks a
/// covenant at each rate rise).
#pragma once

#include <optional>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/debt/stress.hpp"

namespace oversight {

struct StressGrid {
    std::vector<double> rate_rises_bp;        ///< columns: 0, step, 2 step, ...
    std::vector<double> occupancy_falls_pct;  ///< rows: 0, step, 2 step, ...
    /// [row][column]: first breach quarter; nullopt = no breach within the horizon.
    std::vector<std::vector<std::optional<int>>> first_breach;
    /// Per column: the smallest occupancy fall of the grid with a breach; nullopt = none.
    std::vector<std::optional<double>> frontier_fall_pct;
};

/// Each cell is `scenario` with the rate rise added to its parallel shift and occupancy
/// scaled down by the fall (so the grid can sit on top of any scenario, usually base).
/// Runs on the fast path (ProviderStressor).
StressGrid stress_grid(const ProviderStressor& provider, const StressScenario& scenario,
                       const StressAssumptions& assumptions);

}  // namespace oversight
