/// \file stress_tables.hpp
/// \brief Debt stress results as Tables (for `oversight stress` and the debt brief).
#pragma once

#include <vector>

#include "models/debt/group_stress.hpp"
#include "models/debt/stress_grid.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// One row per group and scenario: EBITDA after the shocks, first covenant breach,
/// liquidity runway, refinancing need, peak leverage and lowest cover.
Table stress_summary_table(const StressRun& run);

/// One group: its quarters under each scenario, then the reverse stress.
std::vector<Table> group_stress_tables(const StressRun& run, const GroupStress& group, const ReverseStress& reverse);

/// Rows: occupancy falls; columns: rate rises; cells: the first breach quarter (empty:
/// no breach in the horizon). Notes: the breach frontier per rate rise.
Table stress_grid_table(const StressRun& run, const GroupStress& group, const StressGrid& grid);

}  // namespace oversight
