/// \file exit_selection.hpp
/// \brief Who exits: the groups a rule selects for a deterministic scenario, and each
/// group's one-year default probability for the simulation, both read from the models
/// that own those figures (the watchlist and the debt stress).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "models/debt/stress.hpp"
#include "models/exit/exit_market.hpp"
#include "models/watchlist/watchlist.hpp"

namespace oversight {

/// "stage>=N" (oversight stage 1-6), "pd>=X" (one-year cash-flow default probability, %),
/// or "breach:SCENARIO" (a covenant breach or cash running out within the horizon under
/// that stress scenario).
struct ExitRule {
    enum class Kind { Stage, Probability, Breach };
    Kind kind = Kind::Stage;
    int stage = 0;
    double probability_pct = 0.0;
    std::string scenario;
    std::string text;  ///< as given
};

/// Throws std::invalid_argument naming the three accepted forms.
ExitRule parse_exit_rule(std::string_view text);

/// Indexes into market.groups() of the groups the rule selects, in that order. Council-run
/// groups are never selected. `watchlist` answers stage and probability rules; breach
/// rules read `stressed` (group-level results of stress_market, any scenarios) for the
/// scenario named, which must be one of `scenarios` (else std::invalid_argument).
std::vector<std::size_t> groups_selected(const ExitMarket& market, const ExitRule& rule, const Watchlist& watchlist,
                                         std::span<const StressScenario> scenarios = {},
                                         std::span<const StressResult> stressed = {});

/// Where a group's probability in the simulation comes from.
enum class PdSource { CashflowSimulation, Floor, NoAccounts, CouncilRun, NoSettings };
const char* pd_source_name(PdSource source);

struct GroupPd {
    double probability = 0.0;  ///< 0-1
    PdSource source = PdSource::CashflowSimulation;
};

/// One per group of market.groups(): the watchlist's one-year cash-flow default
/// probability, at least exit.pd_floor_pct; exit.pd_without_accounts_pct for a group
/// without one; 0 for council-run groups and groups without settings.
std::vector<GroupPd> group_default_probabilities(const ExitMarket& market, const Watchlist& watchlist,
                                                 const ExitAssumptions& assumptions);

/// The probabilities alone (0-1), in the same order: what simulate_exits reads.
std::vector<double> probabilities_of(const std::vector<GroupPd>& pds);

}  // namespace oversight
