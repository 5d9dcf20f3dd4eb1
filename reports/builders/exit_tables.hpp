/// \file exit_tables.hpp
/// \brief Provider exit as Tables (for `oversight exit` and the exit briefs): one
/// scenario's outcome for England, each region and each council that has to act; the
/// simulated distribution; and the assumptions behind both.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/exit/exit_scenario.hpp"
#include "models/exit/exit_selection.hpp"
#include "models/exit/exit_simulation.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// What exits in a deterministic scenario, as a reader should see it.
struct ExitScenarioLabel {
    std::string how;                  ///< e.g. "groups given", "rule stage>=4"
    std::vector<std::string> exiting; ///< "Name (id)" of each group or entity that exits
};

/// Summary, regions, councils with children displaced (the councils to warn), and the
/// assumptions used.
std::vector<Table> exit_scenario_tables(const ExitMarket& market, const ExitScenarioLabel& label,
                                        const ExitOutcome& outcome, const Assumptions& assumptions);

/// Summary of the run, the distribution for England and each region, each group's
/// probability and how often it failed, and the assumptions used.
std::vector<Table> exit_simulation_tables(const ExitMarket& market, const ExitSimulation& simulation,
                                          const std::vector<GroupPd>& pds, const Assumptions& assumptions);

/// The exit.* configuration keys a scenario or simulation depends on (every exit.* key of
/// the catalogue, in its order).
const std::vector<std::string>& exit_assumption_keys();

}  // namespace oversight
