/// \file stress_tables.hpp
/// \brief Debt stress results as Tables (for `oversight stress` and the debt brief).
#pragma once

#include <string>
#include <vector>

#include "models/debt/market_stress.hpp"
#include "models/debt/stress_grid.hpp"
#include "reports/brief/chart.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// One row per provider (group or entity) and scenario: EBITDA after the shocks, first
/// covenant breach, liquidity runway, refinancing need, peak leverage and lowest cover.
/// `only_id` (when not empty) keeps that provider's rows alone.
Table stress_summary_table(const StressRun& run, const std::string& only_id = "");

/// The scenarios as data: rate shifts and operating shocks, one row each.
Table stress_scenarios_table(const std::vector<StressScenario>& scenarios);

/// One provider: its quarters under each scenario, then the reverse stress.
std::vector<Table> provider_stress_tables(const StressRun& run, const StressedProvider& provider,
                                          const ReverseStress& reverse);

/// Each facility's projection quarter by quarter (`schedules[i]` of the provider's
/// facility i, under the scenario named): opening balance, interest (cash and PIK),
/// principal, closing balance, undrawn headroom, compounded SONIA and the all-in rate.
Table facility_schedule_table(const StressedProvider& provider, const std::vector<FacilitySchedule>& schedules,
                              const std::string& scenario_id);

/// Rows: occupancy falls; columns: rate rises; cells: the first breach quarter (empty:
/// no breach in the horizon). Notes: the breach frontier per rate rise.
Table stress_grid_table(const StressRun& run, const StressedProvider& provider, const StressGrid& grid);

/// The same grid as a heat map: rows occupancy falls, columns rate rises, the first breach
/// quarter coloured from late (mild) to early (severe); no breach is left white.
Chart stress_grid_chart(const StressedProvider& provider, const StressGrid& grid);

/// One row per provider with a grid: the breach frontier, i.e. for each rate rise the
/// smallest occupancy fall of the grid that breaks a covenant.

Table stress_frontier_table(const StressRun& run);

}  // namespace oversight
