/// \file exit_lever_tables.hpp
/// \brief Policy levers side by side with the baseline, as Tables (for `oversight exit
/// --lever` and the exit brief): what each lever changed, the scenario and the simulated
/// year under it, and the groups whose EBITDA or default probability moved.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "models/exit/exit_scenario.hpp"
#include "models/exit/exit_selection.hpp"
#include "models/exit/exit_simulation.hpp"
#include "models/exit/policy_levers.hpp"
#include "models/watchlist/watchlist.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// One run compared: the baseline (no lever) or one lever. Pointers are null where the
/// run did not compute the figure.
struct ExitLeverRun {
    std::string lever;                           ///< "baseline" or the lever as given
    LeverEffect effect;                          ///< all zero for the baseline
    const ExitMarket* exit = nullptr;
    const Watchlist* watchlist = nullptr;
    const ExitOutcome* outcome = nullptr;        ///< the deterministic scenario
    const ExitSimulation* simulation = nullptr;  ///< the simulated year
};

/// `runs[0]` is the baseline. Tables: exit_levers (what changed, PDs), exit_lever_scenario
/// (when the runs have a scenario), exit_lever_simulation (when simulated) and
/// exit_lever_groups (each group whose latest EBITDA or one-year PD differs from the
/// baseline's).
std::vector<Table> exit_lever_tables(std::span<const ExitLeverRun> runs);

}  // namespace oversight
