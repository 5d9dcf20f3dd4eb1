/// \file exit_run.hpp
/// \brief One run of the exit model on one market, as `oversight exit` does it: the
/// baseline, and again for each policy lever on the lever's market, so that a lever
/// changes exactly what a run reads (fees, accounts, cash flows, capacity).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/market.hpp"
#include "engine/progress.hpp"
#include "models/exit/exit_scenario.hpp"
#include "models/exit/exit_selection.hpp"
#include "models/exit/exit_simulation.hpp"
#include "models/watchlist/watchlist.hpp"
#include "models/exit/policy_levers.hpp"
#include "reports/builders/exit_lever_tables.hpp"
#include "reports/builders/exit_tables.hpp"

namespace oversight {

/// What exits in the deterministic scenario, as given on the command line. It is resolved
/// against each run's market: ids name the same groups or entities in every run, and a
/// rule is read from that run's watchlist or stress (a lever can change who a rule selects).
struct ExitSelection {
    enum class Kind { Groups, Entities, Rule };
    Kind kind = Kind::Groups;
    std::vector<std::string> ids;      ///< groups (top parents) or entities
    std::optional<ExitRule> rule;
    std::string scenarios_file;        ///< more stress scenarios for a breach rule; "" = the library
};

struct ExitRunRequest {
    Date as_of;
    std::optional<ExitSelection> selection;  ///< nullopt: no scenario
    bool simulate = false;
    bool watchlist = false;                  ///< compute the watchlist even when nothing above needs it
    unsigned threads = 0;
    CashflowInputsAdjustment adjust;         ///< a lever's change to every group's cash flows
};

/// Everything one run computed. Holds the market its ExitMarket refers to.
struct ExitRun {
    std::shared_ptr<const Market> market;
    std::unique_ptr<const ExitMarket> exit;
    std::optional<Watchlist> watchlist;
    ExitScenarioLabel label;                 ///< when a scenario was run
    std::optional<ExitOutcome> outcome;
    std::vector<GroupPd> pds;                ///< when simulated
    std::optional<ExitSimulation> simulation;
};

/// Throws std::runtime_error for an id not in the store or not a top parent, and UsageError
/// for a rule that names a stress scenario that does not exist.
ExitRun run_exit(std::shared_ptr<const Market> market, const Assumptions& assumptions, const ExitRunRequest& request,
                 Progress& progress);

/// The runs of each lever applied alone to `market`, on the baseline request.
struct LeverRuns {
    std::vector<PolicyLever> levers;
    std::vector<LeverEffect> effects;
    std::vector<ExitRun> runs;

    /// The baseline and every lever, for exit_lever_tables (pointers into both).
    std::vector<ExitLeverRun> compared_with(const ExitRun& baseline) const;
};

/// Throws UsageError for a lever naming a region the market does not have.
LeverRuns run_levers(const Market& market, const Assumptions& assumptions, const ExitRunRequest& baseline_request,
                     const std::vector<PolicyLever>& levers, Progress& progress);

}  // namespace oversight
