#include "models/debt/stress_grid.hpp"

#include "models/debt/operating_shock.hpp"

namespace oversight {

StressGrid stress_grid(const ProviderStressor& provider, const StressScenario& scenario, const StressAssumptions& a) {
    StressGrid grid;
    for (int j = 0; j < a.grid_rate_steps; ++j) grid.rate_rises_bp.push_back(j * a.grid_rate_step_bp);
    for (int i = 0; i < a.grid_occupancy_steps; ++i) grid.occupancy_falls_pct.push_back(i * a.grid_occupancy_step_pct);
    grid.first_breach.assign(grid.occupancy_falls_pct.size(),
                             std::vector<std::optional<int>>(grid.rate_rises_bp.size()));
    grid.frontier_fall_pct.assign(grid.rate_rises_bp.size(), std::nullopt);
    for (std::size_t i = 0; i < grid.occupancy_falls_pct.size(); ++i)
        for (std::size_t j = 0; j < grid.rate_rises_bp.size(); ++j) {
            StressScenario cell = scenario;
            cell.parallel_shift_bp += grid.rate_rises_bp[j];
            cell.occupancy_change_pct = after_further_fall_pct(scenario.occupancy_change_pct, grid.occupancy_falls_pct[i]);
            grid.first_breach[i][j] = provider.run(cell).first_breach_quarter;
            if (grid.first_breach[i][j] && !grid.frontier_fall_pct[j]) grid.frontier_fall_pct[j] = grid.occupancy_falls_pct[i];
        }
    return grid;
}

}  // namespace oversight
